"""Classifying a stream of JSON lines ``{"id", "text"}``: one output line per input line,
a clear error for a line that is not a note, and the rest processed.

A line longer than ``MAX_LINE_BYTES`` is skipped as it is read (never held whole in
memory), with an error naming its length.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

import orjson

from carevault.classify._classifier import classify
from carevault.errors import InputError

MAX_LINE_BYTES = 4 * 1024 * 1024
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class LineResult:
    """The output of one input line: ``body`` is what is printed; ``error`` is set when
    the line was refused."""

    number: int
    body: dict[str, Any]
    error: str | None = None


def _read_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes | int]]:
    """(line number, the line) or (line number, its length) when it is too long."""
    number = 0
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte-order mark
        if len(line) <= MAX_LINE_BYTES or line.endswith(b"\n"):
            yield number, line
            continue
        length = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(_CHUNK)
            if not line:
                break
            length += len(line)
        yield number, length


def _parse(raw: bytes) -> dict[str, Any]:
    """One line as a JSON object, or InputError naming what is wrong."""
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        if _not_utf8(raw):
            raise InputError("the line is not UTF-8 text") from None
        raise InputError(f"invalid JSON: {exc.args[0].split(':')[0]}") from None
    if not isinstance(value, dict):
        raise InputError('a line must be a JSON object {"id", "text"}')
    return value


def _note_id(note: dict[str, Any]) -> str | int:
    if "id" not in note:
        raise InputError('the object has no "id"')
    note_id = note["id"]
    if not isinstance(note_id, str | int) or isinstance(note_id, bool):
        raise InputError('"id" must be a string or an integer')
    return note_id


def _not_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def classify_lines(stream: IO[bytes]) -> Iterator[LineResult]:
    """Classify every JSON line of ``stream``; blank lines are skipped."""
    for number, line in _read_lines(stream):
        if isinstance(line, int):
            message = f"the line is {line:,} bytes long; the limit is {MAX_LINE_BYTES:,}"
            yield LineResult(number, {"id": None, "line": number, "error": message}, message)
            continue
        if not line.strip():
            continue
        note_id = None
        try:
            note = _parse(line.rstrip(b"\r\n"))
            note_id = _note_id(note)
            if "text" not in note:
                raise InputError('the object has no "text"')
            result = classify(note["text"])
        except InputError as exc:
            message = str(exc)
            yield LineResult(number, {"id": note_id, "line": number, "error": message}, message)
            continue
        yield LineResult(number, {"id": note_id, **result.as_json()})
