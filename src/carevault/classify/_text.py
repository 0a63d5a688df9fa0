"""Folding text for matching, keeping every offset: one character in, one character out.

A folded note is lower-case, without accents, with typographic apostrophes, dashes and
spaces made plain, so that "Idées suicidaires", "idees suicidaires" and "IDÉES SUICIDAIRES"
all read "idees suicidaires" — at the same offsets as the original, so a finding's span
points into the text the doctor wrote. Characters whose lower case is longer than one
character (rare: "İ") keep their place as themselves.
"""

from __future__ import annotations

import re
import unicodedata

MAX_TEXT_CHARS = 1_000_000  # a note longer than this is not a note (1 MB of free text)

_SPECIAL = {
    "\u2019": "'",  # right single quotation mark, the apostrophe of word processors
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\t": " ",
    "\r": " ",
}


def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    lowered = char.lower()
    if len(lowered) != 1:
        return char
    base = unicodedata.normalize("NFD", lowered)[0]
    return base if base.isascii() else lowered


# Latin letters with accents and the punctuation above; anything else folds with str.lower.
_TABLE = {
    code: _fold_char(chr(code))
    for code in [*range(0xC0, 0x250), *(ord(c) for c in _SPECIAL)]
    if _fold_char(chr(code)) != chr(code)
}


def fold(text: str) -> str:
    """Lower case, no accents, plain apostrophes and dashes; same length as ``text``."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if not lowered.isascii():
        # A note holds few distinct non-ASCII characters: one str.replace each (str.translate
        # would look up every character of the note in a dict). No character folds into one
        # that folds again, so the order of the replacements does not matter.
        for char in set(_NON_ASCII.findall(lowered)):
            folded = _TABLE.get(ord(char))
            if folded is not None:
                lowered = lowered.replace(char, folded)
    return (
        lowered.translate(_ASCII_TABLE)
        if "`" in lowered or "\t" in lowered or "\r" in lowered
        else lowered
    )


_ASCII_TABLE = {ord(k): v for k, v in _SPECIAL.items() if k.isascii()}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


_NON_WORD = re.compile(r"[^\w]")
_ASCII_SPACED = bytes(
    code if chr(code).isalnum() or chr(code) == "_" else ord(" ") for code in range(256)
)


def spaced(folded: str) -> str:
    """``folded`` with every character that is not a letter or digit made a space, and a
    space added at each end: matching " word " in it finds whole words only, and
    ``spaced(t)[i + 1]`` is ``t[i]``. An automaton of space-delimited keys run over it
    reports only word-aligned matches, which keeps matching fast."""
    if folded.isascii():
        return f" {folded.encode('ascii').translate(_ASCII_SPACED).decode('ascii')} "
    return f" {_NON_WORD.sub(' ', folded)} "


# C0/C1 controls but tab and line breaks, lone surrogates, and U+FFFD (what a decoder puts
# for bytes that were not text).
_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffd]")


def binary_characters(text: str) -> int:
    """How many characters of ``text`` mark binary data read as text."""
    return len(_BINARY.findall(text))
