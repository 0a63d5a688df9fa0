"""A thief copies the whole data folder (database, WAL, journals, logs) or dumps the
PostgreSQL database, but not the key: not one plaintext value may be found in the bytes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import orjson
import pytest

from carevault.simulate.practice import generate_practice
from carevault.simulate.scan import ScanResult, build_needles, scan_bytes, scan_tree, truth_values
from conftest import pg_schema
from support.cli import CLI

PATIENTS = 1000


@pytest.fixture(scope="module")
def practice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("practice")
    source, truth = folder / "practice.ndjson", folder / "truth.ndjson"
    with source.open("w", encoding="utf-8") as out, truth.open("w", encoding="utf-8") as t:
        generate_practice(patients=PATIENTS, seed=2025, out=out, truth=t)
    return source, truth


def _hits(result: ScanResult) -> list[str]:
    return [f"{kind} in {Path(label).name}" for label, kind, _ in result.hits]


def test_a_stolen_copy_holds_no_plaintext(
    cli: CLI, practice: tuple[Path, Path], tmp_path: Path, database_url: str | None
) -> None:
    source, truth = practice
    with truth.open(encoding="utf-8") as handle:
        people = [orjson.loads(line) for line in handle]
    with truth.open(encoding="utf-8") as handle:
        needles = build_needles(truth_values(handle))
    assert needles.count > PATIENTS * 5  # distinct values: names, NIRs, phones, sentences...

    # The control: the scanner does find the plaintext where it is.
    control = ScanResult(needles=needles.count)
    scan_bytes(source.read_bytes(), needles, "source", control)
    assert len(control.hits) > PATIENTS

    # A working day on the store: import (with a broken line), searches, reads, a note, an
    # erasure, a failed command, an export to a file outside the data folder.
    cli.json("init")
    broken = tmp_path / "with-bad-line.ndjson"
    broken.write_bytes(source.read_bytes() + b'{"resourceType": "Patient", "name": [\n')
    code, out, _ = cli("import", str(broken), "--json", "--data", str(cli.data))
    report = orjson.loads(out)
    assert code == 1  # one line skipped, the rest imported
    assert report["patients_created"] == PATIENTS and len(report["errors"]) == 1
    errors = []
    for person in people[:25]:
        found = cli.json(
            "patient", "search", "--family", person["family"], "--birthdate", person["birth_date"]
        )
        assert person["family"] in orjson.dumps(found).decode()
        patient_id = found["patients"][0]["id"]
        cli.json("patient", "get", patient_id)
        cli.json("patient", "search", "--identifier", person["nir"])
    sentence = people[0]["note_sentences"][0] if people[0]["note_sentences"] else "Suivi."
    cli.json("note", "add", "--patient", patient_id, sentence)
    cli.json("patient", "delete", patient_id, "--yes")
    code, _, err = cli(
        "patient",
        "add",
        "--family",
        people[1]["family"],
        "--nir",
        people[1]["nir"][:13] + "00",
        "--data",
        str(cli.data),
    )
    assert code == 1
    errors.append(err)
    cli.json("export", "--out", str(tmp_path / "export.ndjson"))

    stolen = scan_tree(cli.data, needles)
    if database_url is None:  # the database lives in the folder
        assert stolen.files >= 3 and stolen.bytes > 1_000_000  # database, settings, log
    assert _hits(stolen) == []

    log_file = cli.data / "logs" / "carevault.log"
    assert log_file.stat().st_size > 0
    logs = ScanResult(needles=needles.count)
    scan_bytes(log_file.read_bytes() + "".join(errors).encode(), needles, "logs", logs)
    assert _hits(logs) == []

    if database_url is not None:
        dump = subprocess.run(
            [
                "pg_dump",
                "--host",
                "127.0.0.1",
                "--username",
                "postgres",
                "--schema",
                pg_schema(database_url),
                "test",
            ],
            check=True,
            capture_output=True,
        ).stdout
        assert b"CREATE TABLE" in dump and len(dump) > 1_000_000
        dumped = ScanResult(needles=needles.count)
        scan_bytes(dump, needles, "pg_dump", dumped)
        assert _hits(dumped) == []
