"""Finds highly sensitive content and personal data in free text (French, English).

``classify(text)`` returns the categories a note affirms (sexual orientation, HIV and STIs,
mental health, ...), each finding with its qualifiers (negated, hypothetical, about someone
else, past history), and the NIRs, phone numbers, e-mails and names written in it. A
lexicon matched in one pass (Aho-Corasick) and cue rules in the manner of NegEx and EDS-NLP:
no model, nothing downloaded, thousands of notes a second on one core.
"""

from carevault.classify._classifier import Classification, Finding, check_text, classify
from carevault.classify._labels import ACT_CODE_SYSTEM, CONFIDENTIALITY_SYSTEM, security_labels
from carevault.classify._lines import MAX_LINE_BYTES, LineResult, classify_lines
from carevault.classify._pii import PersonalData
from carevault.classify._terms import CATEGORIES
from carevault.classify._text import MAX_TEXT_CHARS

__all__ = [
    "ACT_CODE_SYSTEM",
    "CATEGORIES",
    "CONFIDENTIALITY_SYSTEM",
    "MAX_LINE_BYTES",
    "MAX_TEXT_CHARS",
    "Classification",
    "Finding",
    "LineResult",
    "PersonalData",
    "check_text",
    "classify",
    "classify_lines",
    "security_labels",
]
