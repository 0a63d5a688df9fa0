"""`carevault audit`: checkpoint, verify, verify-proof, export, prune, and a witness over
real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import orjson
import pytest

from carevault.api import create_witness_app
from carevault.audit import Witness
from carevault.audit._proofs import consistency_document, inclusion_document
from support.audit import log_world
from support.cli import CLI
from support.serving import serving


def with_entries(cli: CLI, count: int) -> dict[str, str]:
    made = cli.json("init")
    with log_world(cli.data) as world:
        world.append(count)
    return made


def test_checkpoint_then_verify(cli: CLI) -> None:
    with_entries(cli, 30)
    checkpoint = cli.json("audit", "checkpoint")
    assert checkpoint["size"] == 30
    assert checkpoint["trusted"] is False  # no witness yet, quorum 1
    report = cli.json("audit", "verify", "--no-witness")
    assert report["ok"] is True
    assert (report["entries_checked"], report["checkpoints_checked"]) == (30, 1)


def test_verify_exits_1_naming_the_first_bad_entry(cli: CLI) -> None:
    with_entries(cli, 30)
    cli.json("audit", "checkpoint")
    with log_world(cli.data) as world:
        world.sql("UPDATE access_log SET action = 'search' WHERE leaf_index = 17")
    code, out, err = cli("audit", "verify", "--no-witness", "--data", str(cli.data))
    assert code == 1
    assert out == ""
    assert "access log entry 17 was altered" in err


def test_verify_proof_checks_documents_offline(cli: CLI, tmp_path: Path) -> None:
    made = with_entries(cli, 10)
    cli.json("audit", "checkpoint")
    with log_world(cli.data) as world:
        world.append(300)
        inclusion = inclusion_document(world.log, 4, None, made["practice_id"])
        world.log.integrate()
        world.log.checkpoint()
        consistency = consistency_document(world.log, 10, None)
    key = made["audit_log_key"]
    for document in (inclusion, consistency):
        path = tmp_path / f"{document['type']}.json"
        path.write_bytes(orjson.dumps(document))
        result = cli.json("audit", "verify-proof", str(path), "--log-key", key)
        assert result["ok"] is True, result
    inclusion["entry"] = inclusion["entry"].replace('"read"', '"search"')
    (tmp_path / "forged.json").write_bytes(orjson.dumps(inclusion))
    code, out, _ = cli(
        "audit", "verify-proof", str(tmp_path / "forged.json"), "--log-key", key, "--json"
    )
    assert code == 1
    assert json.loads(out) == {
        "ok": False,
        "problem": json.loads(out)["problem"],
    }
    assert "root" in json.loads(out)["problem"]


def test_export_resumes_from_its_cursor(cli: CLI, tmp_path: Path) -> None:
    with_entries(cli, 25)
    target, cursor = tmp_path / "siem.jsonl", tmp_path / "cursor"
    # Each run is itself on the log (entry 25, then 26), and so is sent with what follows.
    first = cli.json("audit", "export", "--to", str(target), "--cursor", str(cursor))
    assert first == {"exported": 26, "cursor": 26}
    again = cli.json("audit", "export", "--to", str(target), "--cursor", str(cursor))
    assert again == {"exported": 1, "cursor": 27}
    with log_world(cli.data) as world:
        world.append(5)
    cli.json("audit", "export", "--to", str(target), "--cursor", str(cursor), "--format", "ocsf")
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [line.get("index") for line in lines[:27]] == list(range(27))
    assert lines[0]["action"] == "read" and lines[0]["patient"] == "patient-1"
    assert (lines[25]["action"], lines[25]["resource_type"]) == ("export", "AccessLog")
    ocsf = lines[27]
    assert (ocsf["class_uid"], ocsf["activity_id"], ocsf["metadata"]["uid"]) == (6003, 2, "27")
    assert len(lines) == 27 + 5 + 1


def test_export_refuses_a_cursor_beyond_the_log_and_an_unreachable_siem(
    cli: CLI, tmp_path: Path
) -> None:
    with_entries(cli, 5)
    target, cursor = tmp_path / "siem.jsonl", tmp_path / "cursor"
    cursor.write_text("900\n")  # saved before an older backup was restored
    data = ("--data", str(cli.data))
    code, out, err = cli("audit", "export", "--to", str(target), "--cursor", str(cursor), *data)
    assert (code, out) == (1, "")
    assert err == (
        "error: the cursor is at entry 900 but the log ends at 6 (an older backup restored?): "
        "entries below the cursor would never be sent; set the cursor to the first entry the "
        "SIEM lacks\n"
    )
    assert target.read_bytes() == b"" and cursor.read_text() == "900\n"
    with socket.create_server(("127.0.0.1", 0)) as closed:
        port = closed.getsockname()[1]
    cursor.write_text("0\n")
    siem = f"syslog+tcp://127.0.0.1:{port}"
    code, out, err = cli("audit", "export", "--to", siem, "--cursor", str(cursor), *data)
    assert (code, out, err) == (1, "", f"error: {siem}: cannot connect (Connection refused)\n")
    assert cursor.read_text() == "0\n"


def test_prune_before_a_time_with_an_offset_means_that_instant(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREVAULT_AUDIT_RETENTION_DAYS", "30")
    with_entries(cli, 600)  # made on 2 March 2026 at 08:00:05 UTC
    cli.json("audit", "checkpoint")
    # 22:00 at +14:00 is 08:00 UTC, before every entry: nothing to prune (its digits, read
    # as UTC, would have been after all of them).
    pruned = cli.json("audit", "prune", "--before", "2026-03-02T22:00:00+14:00")
    assert (pruned["entries_deleted"], pruned["pruned_below"]) == (0, 0)
    pruned = cli.json("audit", "prune", "--before", "2026-03-02T08:00:06-00:00")
    assert (pruned["entries_deleted"], pruned["pruned_below"]) == (512, 512)


def test_prune_keeps_whole_tiles_and_what_is_kept_still_verifies(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREVAULT_AUDIT_RETENTION_DAYS", "30")
    with_entries(cli, 600)  # made on 2 March 2026
    with log_world(cli.data) as world:
        world.clock.advance(days=400)
        world.append(10)
    code, _, err = cli("audit", "prune", "--before", "2099-01-01", "--data", str(cli.data))
    assert (code, err[:48]) == (1, "error: entries are kept 30 days: prune before 20")
    cli.json("audit", "checkpoint")
    pruned = cli.json("audit", "prune", "--before", "2026-06-01")
    # Entries 0-599 are old, 600-609 new: whole tiles only, so 0-511 go.
    assert (pruned["entries_deleted"], pruned["pruned_below"]) == (512, 512)
    report = cli.json("audit", "verify", "--no-witness")
    assert report["ok"] is True, report["problem"]
    assert (report["entries_checked"], report["pruned_below"]) == (98, 512)
    with log_world(cli.data) as world:
        world.append(300)  # the log grows on: the tiles above the pruned ones too
    cli.json("audit", "checkpoint")
    report = cli.json("audit", "verify", "--no-witness")
    assert report["ok"] is True, report["problem"]
    assert report["entries_checked"] == 98 + 1 + 300  # with the entry recording the pruning


def test_a_witness_over_http_cosigns_and_verify_asks_it(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = with_entries(cli, 12)
    witness = Witness.init(tmp_path / "witness", "witness.example")
    with log_world(cli.data) as world:
        witness.trust(world.log.origin, made["audit_log_key"])
    with serving(create_witness_app(witness)) as url:
        monkeypatch.setenv("CAREVAULT_AUDIT_WITNESSES", json.dumps([f"{url} {witness.vkey}"]))
        first = cli.json("audit", "checkpoint")
        assert (first["cosigned_by"], first["trusted"]) == (["witness.example"], True)
        with log_world(cli.data) as world:
            world.append(7)
        second = cli.json("audit", "checkpoint")  # sent with a consistency proof from 12
        assert (second["size"], second["trusted"]) == (19, True)
        report = cli.json("audit", "verify")
        assert report["ok"] is True
        assert report["witnesses_checked"] == ["witness.example"]
        with log_world(cli.data) as world:
            proof = inclusion_document(world.log, 3, None, made["practice_id"])
        (tmp_path / "proof.json").write_bytes(orjson.dumps(proof))
        checked = cli.json("audit", "verify-proof", str(tmp_path / "proof.json"))
        assert checked["ok"] is True  # the log's key and the witness's, as configured
        code, out, _ = cli(
            "audit", "verify-proof", str(tmp_path / "proof.json"), "--witness-key",
            witness.vkey, "--quorum", "2", "--json", "--data", str(cli.data),
        )  # fmt: skip
        assert (code, json.loads(out)["problem"]) == (
            1,
            "the checkpoint is cosigned by 1 of the 2 witnesses required",
        )
    code, _, err = cli("audit", "verify", "--data", str(cli.data))  # the witness is gone
    assert code == 1
    assert "witness" in err and "--no-witness" in err


def test_the_log_key_is_shown_and_pinned_for_a_store_made_before_the_log(cli: CLI) -> None:
    made = with_entries(cli, 3)
    shown = cli.json("audit", "key")
    assert (shown["vkey"], shown["pinned_now"]) == (made["audit_log_key"], False)
    settings_file = cli.data / "carevault.toml"
    lines = settings_file.read_text().splitlines()
    settings_file.write_text("\n".join(x for x in lines if "audit_log_key" not in x) + "\n")
    cli.json("audit", "checkpoint")
    assert cli.json("audit", "verify", "--no-witness")["log_key_pinned"] is False
    assert cli.json("audit", "key")["pinned_now"] is True
    assert f'audit_log_key = "{made["audit_log_key"]}"' in settings_file.read_text()
    assert cli.json("audit", "verify", "--no-witness")["log_key_pinned"] is True
    other = made["audit_log_key"].replace(made["audit_log_key"].split("+")[1], "00000000")
    settings_file.write_text(settings_file.read_text().replace(made["audit_log_key"], other))
    code, _, err = cli("audit", "key", "--data", str(cli.data))
    assert code == 1 and "not the one recorded in carevault.toml" in err
