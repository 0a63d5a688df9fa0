"""`carevault classify`: a file or stdin of JSON lines, or one --text; run in-process."""

from __future__ import annotations

import io
import json
from pathlib import Path

import orjson
import pytest

from carevault.cli import run


def classify_cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: bytes = b"",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    capsys.readouterr()
    code = run(["classify", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def lines(*notes: dict[str, object]) -> bytes:
    return b"".join(orjson.dumps(note) + b"\n" for note in notes)


def test_a_file_gives_one_json_line_per_note(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_bytes(
        lines(
            {"id": "n1", "text": "Mère dépressive. Sa fille Léa au 0612345678."},
            {"id": "n2", "text": "Angine, amoxicilline 1 g x2/j."},
        )
    )
    code, out, err = classify_cli(capsys, monkeypatch, str(path))
    assert (code, err) == (0, "")
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["id"] == "n1" and first["categories"] == ["mental_health"]
    assert first["pii"] == {"nir": [], "phone": ["0612345678"], "email": [], "person": ["Léa"]}
    assert {"start", "end", "category", "negated", "hypothetical", "subject", "history"} == set(
        first["findings"][0]
    )
    assert second == {
        "id": "n2",
        "categories": [],
        "findings": [],
        "pii": {"nir": [], "phone": [], "email": [], "person": []},
    }


def test_stdin_with_a_bad_line_keeps_the_rest_and_exits_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = lines({"id": 1, "text": "IVG x2"}) + b"{oops\n" + lines({"id": 3, "text": "RAS"})
    code, out, err = classify_cli(capsys, monkeypatch, "-", stdin=stdin)
    assert code == 1
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == [1, None, 3]
    assert results[1] == {
        "id": None,
        "line": 2,
        "error": "invalid JSON: unexpected character, expected a string key",
    }
    assert results[0]["categories"] == ["reproductive"]
    assert err.strip() == '1 of 3 line(s) refused; see their "error"'


def test_one_text_readable(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = classify_cli(
        capsys, monkeypatch, "--text", "Pas d'idées suicidaires. Sérologie VIH positive."
    )
    assert code == 0
    assert "sensitive: hiv_sti" in out
    assert "idées suicidaires" in out and "negated" in out


def test_one_text_json(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = classify_cli(capsys, monkeypatch, "--text", "Dépistage VIH proposé.", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["categories"] == []
    assert result["findings"][0]["hypothetical"] is True


def test_an_empty_text_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = classify_cli(capsys, monkeypatch, "--text", "  ")
    assert (code, out, err) == (1, "", "error: text is empty\n")


def test_a_missing_file_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    code, _, err = classify_cli(capsys, monkeypatch, str(tmp_path / "absent.jsonl"))
    assert code == 1
    assert err.startswith("error: No such file or directory")
