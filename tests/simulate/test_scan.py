from __future__ import annotations

import io
from pathlib import Path

import orjson
import pytest

from carevault.simulate import scan
from carevault.simulate.scan import ScanResult, build_needles, scan_bytes, scan_tree, truth_values


def test_finds_utf8_values_and_names_their_kind() -> None:
    needles = build_needles([("family", "Lefèvre"), ("phone", "06 12 34 56 78")])
    result = ScanResult(needles=needles.count)
    scan_bytes("xx Lefèvre yy 06 12 34 56 78".encode(), needles, "f", result)
    assert sorted(kind for _, kind, _ in result.hits) == ["family", "phone"]


def test_short_values_are_searched_quoted() -> None:
    needles = build_needles([("family", "Roux")])
    result = ScanResult()
    scan_bytes(b"Roux alone is not enough", needles, "f", result)
    assert result.hits == []
    scan_bytes(b'{"family":"Roux"}', needles, "f", result)
    assert [kind for _, kind, _ in result.hits] == ["family"]


def test_a_value_split_across_read_blocks_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.bin"
    block = 64
    monkeypatch.setattr(scan, "_CHUNK", block)
    path.write_bytes(b"\x00" * (block - 3) + b"Lefevre-Dubois" + b"\x00" * 100)
    result = scan_tree(tmp_path, build_needles([("family", "Lefevre-Dubois")]))
    assert [kind for _, kind, _ in result.hits] == ["family"]
    assert result.bytes == path.stat().st_size


def test_truth_values_cover_every_kind() -> None:
    person = {
        "family": "Martin",
        "given": ["Léa"],
        "maiden": None,
        "nir": "280027512345626",
        "phones": ["0612345678"],
        "emails": ["lea@example.fr"],
        "address": {"line": ["3 rue Haute"]},
        "note_sentences": ["Toux depuis 3 jours."],
        "third_parties": ["Paul Martin"],
    }
    kinds = {kind for kind, _ in truth_values(io.StringIO(orjson.dumps(person).decode()))}
    assert kinds == {
        "family",
        "given",
        "full_name",
        "nir",
        "phone",
        "email",
        "address",
        "sentence",
        "third_party",
    }
