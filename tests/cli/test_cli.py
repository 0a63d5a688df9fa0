"""The CLI, run in-process through the same entry point as the `carevault` script."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import orjson
import pytest

from carevault.crypto import LocalKeyProvider
from carevault.identifiers import with_key
from support.cli import CLI
from support.fhir import note, patient

NIR = with_key("2800275123456")


def test_help_lists_every_command(cli: CLI) -> None:
    code, out, _ = cli("--help")
    assert code == 0
    commands = ("init", "patient", "note", "import", "export", "simulate", "demo", "keys")
    for command in (*commands, "practice", "user", "token", "serve"):
        assert command in out


@pytest.mark.parametrize(
    "command",
    [
        ["init"],
        ["patient", "add"],
        ["patient", "get"],
        ["patient", "search"],
        ["patient", "delete"],
        ["note", "add"],
        ["import"],
        ["export"],
        ["keys", "rotate"],
        ["simulate", "practice"],
        ["demo"],
    ],
)
def test_every_command_takes_json(cli: CLI, command: list[str]) -> None:
    code, out, _ = cli(*command, "--help")
    assert code == 0
    assert "--json" in out


def test_init_shows_the_admin_password_once_and_keeps_the_key_private(cli: CLI) -> None:
    result = cli.json("init")
    assert result["admin"]["username"] == "admin"
    assert len(result["admin"]["password"]) >= 20
    key_file = Path(result["key_file"])
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert result["admin"]["password"] not in (cli.data / "carevault.toml").read_text()
    code, _, err = cli("init", "--data", str(cli.data))
    assert code == 1
    assert err == f"error: {cli.data} already holds a carevault store; nothing changed\n"


def test_patient_lifecycle(cli: CLI) -> None:
    cli.json("init")
    added = cli.json(
        "patient",
        "add",
        "--family",
        "Lefèvre",
        "--given",
        "Éloïse",
        "--birthdate",
        "1980-02-03",
        "--nir",
        NIR,
        "--phone",
        "06 12 34 56 78",
        "--email",
        "e@example.fr",
    )
    got = cli.json("patient", "get", added["id"])
    assert got["name"][0]["family"] == "Lefèvre"
    found = cli.json("patient", "search", "--family", "LEFEVRE", "--birthdate", "1980-02-03")
    assert [p["id"] for p in found["patients"]] == [added["id"]]
    assert cli.json("patient", "search", "--identifier", NIR)["total"] == 1
    erased = cli.json("patient", "delete", added["id"], "--yes")
    assert erased == {"id": added["id"], "erased": True, "keys_rewrapped": 0}
    code, _, err = cli("patient", "get", added["id"], "--data", str(cli.data))
    assert (code, err) == (1, f"error: no Patient/{added['id']} in this practice\n")


def test_invalid_nir_gets_a_clear_error(cli: CLI) -> None:
    cli.json("init")
    code, out, err = cli(
        "patient", "add", "--family", "X", "--nir", NIR[:13] + "00", "--data", str(cli.data)
    )
    assert code == 1 and out == ""
    assert (
        err
        == "error: Patient: identifier[0]: invalid NIR: the control key does not match the number\n"
    )


def test_patient_from_fhir_file_and_stdin(cli: CLI, tmp_path: Path) -> None:
    cli.json("init")
    path = tmp_path / "p.json"
    path.write_bytes(orjson.dumps(patient()))
    assert cli.json("patient", "add", "--file", str(path))["resourceType"] == "Patient"
    from_stdin = cli.json("patient", "add", "--file", "-", stdin=orjson.dumps(patient()).decode())
    assert from_stdin["name"][0]["family"] == "Lefèvre"
    code, _, err = cli("patient", "add", "--file", "-", "--data", str(cli.data), stdin="{oops")
    assert code == 1 and err.startswith("error: -: malformed JSON")


def test_note_from_argument_file_and_stdin(cli: CLI, tmp_path: Path) -> None:
    cli.json("init")
    person = cli.json("patient", "add", "--family", "Durand")
    note_file = tmp_path / "n.txt"
    note_file.write_text("Note depuis un fichier", encoding="utf-8")
    cli.json("note", "add", "--patient", person["id"], "Note en argument")
    cli.json("note", "add", "--patient", person["id"], "--file", str(note_file))
    cli.json("note", "add", "--patient", person["id"], "-", stdin="Note par l'entrée standard")
    exported = tmp_path / "export.ndjson"
    cli.json("export", "--out", str(exported))
    texts = sorted(
        __import__("base64").b64decode(r["content"][0]["attachment"]["data"]).decode()
        for r in map(json.loads, exported.read_text().splitlines())
        if r["resourceType"] == "DocumentReference"
    )
    assert texts == ["Note depuis un fichier", "Note en argument", "Note par l'entrée standard"]
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600


def test_import_reports_bad_lines_and_export_to_stdout(cli: CLI, tmp_path: Path) -> None:
    cli.json("init")
    source = tmp_path / "in.ndjson"
    source.write_bytes(
        orjson.dumps(patient("p1"))
        + b"\n"
        + b"{broken\n"
        + orjson.dumps(note("n1", "Patient/p1", "Bonjour"))
        + b"\n"
    )
    code, out, _ = cli("import", str(source), "--json", "--data", str(cli.data))
    assert code == 1  # some lines were skipped
    report = json.loads(out)
    assert report["created"] == 2
    [error] = report["errors"]
    assert error["line"] == 2 and error["error"].startswith("line 2: malformed JSON (")
    code, out, _ = cli("export", "--data", str(cli.data))
    assert code == 0
    assert [json.loads(line)["resourceType"] for line in out.splitlines()] == [
        "Patient",
        "DocumentReference",
    ]


def test_sealed_key_file_and_wrong_passphrase(cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    result = cli.json("init", "--passphrase-stdin", stdin="a long enough passphrase\n")
    key_file = Path(result["key_file"])
    assert result["key_sealed"] is True
    monkeypatch.setenv("CAREVAULT_KEY_PASSPHRASE", "not the passphrase")
    code, _, err = cli("patient", "add", "--family", "X", "--data", str(cli.data))
    assert code == 1
    assert err == f"error: wrong passphrase for key file {key_file} (or the file was altered)\n"
    monkeypatch.setenv("CAREVAULT_KEY_PASSPHRASE", "a long enough passphrase")
    assert cli.json("patient", "add", "--family", "X")["resourceType"] == "Patient"


def test_wrong_key_file_is_named(cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli.json("init")
    LocalKeyProvider.create(tmp_path / "other.key", "another-store")
    monkeypatch.setenv("CAREVAULT_KEY_FILE", str(tmp_path / "other.key"))
    code, _, err = cli("patient", "search", "--family", "x", "--data", str(cli.data))
    assert code == 1
    assert err.startswith(
        f"error: key file {tmp_path / 'other.key'} belongs to store another-store, not"
    )


def test_commands_on_a_folder_without_store(cli: CLI, database_url: str | None) -> None:
    some_id = "7d0f6bb2-3f1c-4c39-9a8e-3c1f2b1d0e55"
    code, _, err = cli("patient", "get", some_id, "--data", str(cli.data))
    assert code == 1
    if database_url is None:
        data = cli.data
        assert err == f"error: no carevault store in {data}: run `carevault init --data {data}`\n"
    else:
        assert err == "error: the database has no carevault store: run `carevault init`\n"


def test_ids_are_checked_before_anything_records_them(cli: CLI) -> None:
    cli.json("init")
    code, _, err = cli("patient", "get", "Dupont Jean", "--data", str(cli.data))
    assert (code, err) == (1, "error: that is not a Patient id (carevault ids are UUIDs)\n")
    cli.json("patient", "search", "--family", "Nobody")  # a command that does log
    log = (cli.data / "logs" / "carevault.log").read_text(encoding="utf-8")
    assert "access" in log and "Dupont" not in log


def test_patient_add_file_must_hold_a_patient(cli: CLI, tmp_path: Path) -> None:
    cli.json("init")
    bundle = tmp_path / "b.json"
    bundle.write_bytes(orjson.dumps({"resourceType": "Bundle", "type": "collection"}))
    code, _, err = cli("patient", "add", "--file", str(bundle), "--data", str(cli.data))
    assert (code, err) == (1, f"error: {bundle}: expected a FHIR Patient resource\n")


def test_unknown_elements_are_not_echoed(cli: CLI, tmp_path: Path) -> None:
    cli.json("init")
    path = tmp_path / "p.json"
    path.write_bytes(orjson.dumps({**patient(), "Dupont Jean VIH+": True}))
    code, _, err = cli("patient", "add", "--file", str(path), "--data", str(cli.data))
    assert (code, err) == (1, "error: Patient: invalid Patient: (resource): unknown element\n")


def test_os_errors_are_one_line(cli: CLI, tmp_path: Path) -> None:
    code, out, err = cli(
        "simulate",
        "practice",
        "--patients",
        "1",
        "--out",
        str(tmp_path / "no" / "p.ndjson"),
        "--truth",
        str(tmp_path / "t.ndjson"),
        "--json",
    )
    assert (code, out) == (1, "")
    assert err.startswith("error: No such file or directory:")


def test_init_with_a_bad_admin_name_makes_nothing(cli: CLI) -> None:
    code, _, err = cli("init", "--admin", "Bad Name", "--data", str(cli.data))
    assert code == 1
    assert err == "error: username must be 2-64 lowercase letters, digits, '.', '_' or '-'\n"
    assert not cli.data.exists()
    assert cli.json("init")["admin"]["username"] == "admin"


def test_export_never_overwrites_or_follows_links(cli: CLI, tmp_path: Path) -> None:
    cli.json("init")
    target = tmp_path / "out.ndjson"
    (tmp_path / ".out.ndjson.partial").symlink_to(tmp_path / "elsewhere")
    code, _, err = cli("export", "--out", str(target), "--data", str(cli.data))
    assert code == 1 and "exists (an interrupted export?)" in err
    assert not (tmp_path / "elsewhere").exists()


def test_serve_refuses_a_folder_without_a_store(cli: CLI) -> None:
    code, _, err = cli("serve", "--port", "0")
    assert code == 1
    assert "no carevault store" in err or "the database has no carevault store" in err


def test_serve_refuses_a_silly_worker_count(cli: CLI) -> None:
    code, _, err = cli("serve", "--workers", "0")
    assert code == 1
    assert err.strip() == "error: --workers must be between 1 and 64"
