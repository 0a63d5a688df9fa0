"""A note written to make the classifier's regular expressions backtrack would hold a worker
with one request (a note or an administrative comment, up to a megabyte, is classified as it
is written): the first text below, at this size, took 12 s before the foreign-phone
expression took its groups atomically (a megabyte of it, 69 s); each is now read in well
under a second. The bound is far above that, so that only a return of backtracking fails."""

from __future__ import annotations

import time

import pytest

from carevault.classify import classify

_TEXT_CHARS = 200_000
ADVERSARIAL = {
    "digits after a plus": "+1" + "1" * 34,
    "digits after 00 and a country code": "0044 1" + "2" * 40 + " ",
    "many short groups after a plus": "+44 " + "12 " * 20,
    "an area code in parentheses, then digits": "+1 (2" + "1" * 30 + ") ",
    "a UK trunk code, then digits": "(020) " + "7" * 50 + " ",
    "a NIR's body, again and again": "1 85 05 75 112 345 ",
}


@pytest.mark.parametrize("piece", ADVERSARIAL.values(), ids=list(ADVERSARIAL))
def test_a_text_built_to_backtrack_is_read_in_linear_time(piece: str) -> None:
    text = (piece * (_TEXT_CHARS // len(piece) + 1))[:_TEXT_CHARS]
    started = time.process_time()
    classify(text)
    assert time.process_time() - started < 5.0
