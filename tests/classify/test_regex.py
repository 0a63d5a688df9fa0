"""Expressions rewritten to start with a set of first characters match the same spans as
written, and those the rewrite cannot keep exact are left as they are."""

from __future__ import annotations

import random
import re

import pytest

from carevault.classify._regex import fast_start

REWRITTEN = [
    r"\b(?:sa|her)\s+(?:mari|husband)\b",
    r"\b(?:north|west)\s+african\b",
    r"\b(?:a|ab|abc)\b",
    r"\b(?:(?:de\s+)?la|le)\s+porte\b",
    r"\b[2-9]\s*(?:e|eme|nd|rd|th)\s+partenaire\b",
    r"\bsit-ins?\b|\bsit\s+in\b",
    r"\b(?:[a-c]x|b)y",
]
KEPT = [
    r"\b(?:a|b)*c",  # a quantified leading group
    r"\b(?:|a)x",  # an empty alternative
    r"\b(?P<word>ab)\b",  # a named group is not copied
    r"\b(?:x)\1",  # nor a backreference
    r"\ba(?#[)|\bb]x",  # a comment's text is not parsed
    r"\b[^a]b",  # a negated class
    r"\b_x",  # '_' is a word character outside the ASCII letters and digits
    r"\bab|cd",  # an alternative without the boundary
    r"(?:ab)\b",
    r"\b(?:été|ete)\s+frappée?",  # a first character outside ASCII
]
WORDS = [
    "sa",
    "her",
    "mari",
    "husband",
    "north",
    "west",
    "african",
    "a",
    "ab",
    "abc",
    "de",
    "la",
    "le",
    "porte",
    "2e",
    "3 eme",
    "9th",
    "partenaire",
    "la porte",
    "de la porte",
    "le  porte",
    "sit-in",
    "sit-ins",
    "sit in",
    "ax",
    "bx",
    "by",
    "cxy",
    "été",
    "ete",
    "frappée",
    "frappé",
    "xab",
    "_ab",
    "é",
]


def _texts(count: int = 400) -> list[str]:
    rng = random.Random(9)
    glue = [" ", "  ", "", "-", ",", "\n", "é", "_"]
    return [
        "".join(rng.choice(WORDS) + rng.choice(glue) for _ in range(rng.randrange(1, 12)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("source", REWRITTEN)
def test_a_rewritten_expression_finds_the_same_spans(source: str) -> None:
    fast = fast_start(source)
    assert fast != source
    assert not fast.startswith(r"\b")  # re can skip to its first characters
    written, rewritten = re.compile(source), re.compile(fast)
    texts = _texts()
    assert any(written.search(text) for text in texts)  # the texts reach it
    for text in texts:
        assert [m.span() for m in rewritten.finditer(text)] == [
            m.span() for m in written.finditer(text)
        ], text


@pytest.mark.parametrize("source", KEPT)
def test_an_expression_it_cannot_keep_exact_is_left_as_written(source: str) -> None:
    assert fast_start(source) == source
