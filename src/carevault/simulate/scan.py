"""Scan bytes for plaintext: the check behind the stolen-data-folder test and the demo.

Every value of a truth file (names, NIR, phones, emails, address lines, note sentences) is a
needle, searched as its exact UTF-8 bytes with an Aho-Corasick automaton over every file.
A needle shorter than 5 bytes would match random ciphertext by chance (a 4-byte needle hits
50 MB of random bytes with probability ~1%), so short values are searched in the quoted
form JSON would give them (``"Roux"``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import ahocorasick
import orjson

MIN_NEEDLE_BYTES = 5
_CHUNK = 8 << 20


@dataclass
class Needles:
    automaton: Any
    count: int
    kinds: dict[str, int] = field(default_factory=dict)


@dataclass
class ScanResult:
    files: int = 0
    bytes: int = 0
    needles: int = 0
    hits: list[tuple[str, str, str]] = field(default_factory=list)  # (file, kind, value)

    @property
    def clean(self) -> bool:
        return not self.hits


def truth_values(truth: IO[str]) -> Iterator[tuple[str, str]]:
    """(kind, value) for every plaintext value in a ``simulate practice`` truth file."""
    for line in truth:
        if not line.strip():
            continue
        person = orjson.loads(line)
        for kind in ("family", "maiden", "nir"):
            if person.get(kind):
                yield kind, str(person[kind])
        for given in person.get("given") or []:
            yield "given", given
        yield "full_name", f"{' '.join(person.get('given') or [])} {person.get('family', '')}"
        for kind, key in (("phone", "phones"), ("email", "emails"), ("sentence", "note_sentences")):
            for value in person.get(key) or []:
                yield kind, value
        for name in person.get("third_parties") or []:
            yield "third_party", name
        address = person.get("address") or {}
        for address_line in address.get("line") or []:
            yield "address", address_line


def build_needles(values: Iterable[tuple[str, str]]) -> Needles:
    automaton = ahocorasick.Automaton()
    kinds: dict[str, int] = {}
    count = 0
    for kind, raw_value in values:
        value = raw_value.strip()
        if not value:
            continue
        for raw in _forms(value):
            key = raw.decode("latin-1")
            if key not in automaton:
                automaton.add_word(key, (kind, value))
                kinds[kind] = kinds.get(kind, 0) + 1
                count += 1
    if count:
        automaton.make_automaton()
    return Needles(automaton, count, kinds)


def _forms(value: str) -> list[bytes]:
    """UTF-8, and the \\uXXXX-escaped form ASCII-only JSON writers give accented text."""
    forms = [value.encode("utf-8")]
    escaped = json.dumps(value)[1:-1].encode("ascii")
    if escaped != forms[0]:
        forms.append(escaped)
    return [raw if len(raw) >= MIN_NEEDLE_BYTES else b'"' + raw + b'"' for raw in forms]


def scan_bytes(data: bytes, needles: Needles, label: str, result: ScanResult) -> None:
    result.bytes += len(data)
    if not needles.count:
        return
    for _, (kind, value) in needles.automaton.iter(data.decode("latin-1")):
        result.hits.append((label, kind, value))


def scan_tree(root: Path, needles: Needles, *, skip: Iterable[Path] = ()) -> ScanResult:
    """Scan every byte of every file under ``root`` (files in ``skip`` excepted)."""
    skipped = {path.resolve() for path in skip}
    result = ScanResult(needles=needles.count)
    for directory, _, names in os.walk(root):
        for name in sorted(names):
            path = Path(directory, name)
            if path.resolve() in skipped:
                continue
            result.files += 1
            scan_file(path, needles, result)
    return result


def scan_file(path: Path, needles: Needles, result: ScanResult) -> None:
    overlap = 4096  # longer than any needle we look for; catches values split across chunks
    tail = b""
    with path.open("rb") as handle:
        while block := handle.read(_CHUNK):
            scan_bytes(tail + block, needles, str(path), result)
            result.bytes -= len(tail)
            tail = block[-overlap:]
    result.hits = list(dict.fromkeys(result.hits))
