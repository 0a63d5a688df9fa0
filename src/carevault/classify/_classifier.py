"""classify(text): the sensitive categories a note affirms, each finding with its
qualifiers, and the personal data written in it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import Any, NamedTuple

from carevault.classify._partners import same_sex_partners
from carevault.classify._pii import PersonalData, find_personal_data
from carevault.classify._qualifiers import CUE_WINDOW, NoteCues
from carevault.classify._terms import PARTNER_TERM, Hit, finder, keeps, longest_hits
from carevault.classify._text import MAX_TEXT_CHARS, binary_characters, fold, spaced
from carevault.errors import InputError

# Findings qualified in one text, the first ones: a note holds a few; a text holding
# thousands (a pasted log, an attack) is labelled from its first ones, in bounded time.
MAX_FINDINGS = 1_000


class Finding(NamedTuple):
    """One mention of a sensitive category: ``text[start:end]`` is the words found."""

    start: int
    end: int
    category: str
    negated: bool
    hypothetical: bool
    subject: str  # "patient" or "other"
    history: bool
    label: str | None  # the HL7 v3 information sensitivity code, None where HL7 has none

    @property
    def affirmed(self) -> bool:
        return not (self.negated or self.hypothetical)

    def as_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "category": self.category,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "subject": self.subject,
            "history": self.history,
        }


@dataclass(frozen=True, slots=True)
class Classification:
    categories: tuple[str, ...]  # sorted ids of the affirmed categories
    findings: tuple[Finding, ...]
    pii: PersonalData

    def as_json(self) -> dict[str, Any]:
        return {
            "categories": list(self.categories),
            "findings": [finding.as_json() for finding in self.findings],
            "pii": self.pii.as_json(),
        }


def check_text(text: object) -> str:
    """The text if it can be classified, or InputError naming what is wrong with it."""
    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {_json_type(text)}")
    if not text.strip():
        raise InputError("text is empty")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"text is {len(text):,} characters long; the limit is {MAX_TEXT_CHARS:,}")
    binary = binary_characters(text)
    if binary:
        raise InputError(
            f"text holds {binary} control or undecodable character(s): binary data, not a note"
        )
    return text


def classify(text: str) -> Classification:
    """The sensitive categories, findings and personal data of one free text.

    Raises InputError if ``text`` is not a note (empty, binary, longer than 1 MB).
    """
    check_text(text)
    folded = fold(text)
    words = spaced(folded)
    pii, names = find_personal_data(text, words)
    findings = _findings(text, folded, words)
    if names:  # "M. Gay", "Madame Sida": a name is not a finding
        findings = tuple(f for f in findings if not _inside(f, names))
    categories = tuple(sorted({f.category for f in findings if f.affirmed}))
    return Classification(categories, findings, pii)


def _inside(finding: Finding, spans: list[tuple[int, int]]) -> bool:
    return any(start <= finding.start and finding.end <= end for start, end in spans)


def _findings(text: str, folded: str, words: str) -> tuple[Finding, ...]:
    hits = list(islice(finder().hits(text, folded, words), MAX_FINDINGS * 2))
    hits.extend(Hit(start, end, PARTNER_TERM) for start, end in same_sex_partners(folded, words))
    if not hits:
        return ()
    # Cues are read up to a clause past the last hit: in a long text, no further.
    reach = min(len(folded), max(hit.end for hit in hits) + 2 * CUE_WINDOW)
    cues = NoteCues(folded[:reach], f"{words[: reach + 1]} ")
    kept = []
    for hit in hits:
        if hit.term is PARTNER_TERM and cues.other_person_before(hit.start):
            continue  # "sa mère et son compagnon": the mother's partner
        if hit.term.conditional:
            begin, stop = cues.clause_before(hit.start), cues.clause_after(hit.end)
            if not keeps(hit, folded[begin : hit.start], folded[hit.end : stop]):
                continue
        kept.append(hit)
    findings: dict[tuple[int, int, str], Finding] = {}
    yielding: list[tuple[tuple[int, int, str], frozenset[str]]] = []
    weak: list[tuple[tuple[int, int, str], re.Pattern[str] | None]] = []
    signs: list[tuple[int, int, str]] = []
    for hit in longest_hits(kept)[:MAX_FINDINGS]:
        key = (hit.start, hit.end, hit.term.category)
        if key in findings:
            continue
        qualifiers = cues.qualify(
            hit.start, hit.end, hit.term.category, screening=hit.term.screening
        )
        findings[key] = Finding(
            start=hit.start,
            end=hit.end,
            category=hit.term.category,
            negated=qualifiers.negated,
            hypothetical=qualifiers.hypothetical,
            subject="other" if qualifiers.other_subject else "patient",
            history=qualifiers.history,
            label=hit.term.label,
        )
        if hit.term.unless is not None:
            yielding.append((key, hit.term.unless))
        if hit.term.weak:
            weak.append((key, hit.term.weak_of))
        if hit.term.sign:
            signs.append(key)
    if yielding:
        # A term that yields to a category the note speaks of (even as a question, not
        # denied) is about that category: "signalement" in a note about sexual abuse.
        others = {key for key, _ in yielding}
        spoken = {
            finding.category
            for key, finding in findings.items()
            if key not in others and not finding.negated
        }
        for key, categories in yielding:
            if not spoken.isdisjoint(categories):
                del findings[key]
    if signs:
        # A sign ("ecchymoses d'âges différents") in a note that names its category
        # otherwise follows what the note says of it: affirmed, the category stands anyway;
        # suspected or denied ("suspicion de maltraitance non confirmée"), it was the grounds.
        # A procedure that yields to another category ("signalement à faire") names none.
        sign_keys = set(signs)
        procedures = {key for key, _ in yielding}
        named = {key[2] for key in findings if key not in sign_keys and key not in procedures}
        for key in signs:
            if key[2] in named and key in findings:
                del findings[key]
    if weak:
        _drop_weak(findings, weak, folded)
    return tuple(findings.values())


def _drop_weak(
    findings: dict[tuple[int, int, str], Finding],
    weak: list[tuple[tuple[int, int, str], re.Pattern[str] | None]],
    folded: str,
) -> None:
    """A weak term (a service's name: "Pédopsychiatrie", "Psychiatrie de liaison") is not a
    finding in a note that denies its category and affirms it nowhere else ("pas de trouble
    psychiatrique retrouvé"); a past history denied ("pas d'ATCD psychiatrique") does not
    count. A term weak to some words only yields to their denial: low mood to a depressive
    disorder denied ("humeur basse, pas d'épisode dépressif caractérisé"), not to suicidal
    ideas denied."""
    denials = [f for f in findings.values() if f.negated and not f.history]
    if not denials:
        return
    weak_keys = {key for key, _ in weak}
    affirmed = {
        finding.category
        for key, finding in findings.items()
        if key not in weak_keys and finding.affirmed
    }
    for key, words in weak:
        if (
            key in findings
            and key[2] not in affirmed
            and any(
                f.category == key[2] and (words is None or words.search(folded, f.start, f.end))
                for f in denials
            )
        ):
            del findings[key]


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", bool: "a boolean", int: "a number"}
    if value is None:
        return "null"
    return names.get(type(value), "a number" if isinstance(value, float) else "another type")
