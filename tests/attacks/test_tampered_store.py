"""An intruder with write access to the database moves ciphertexts around: into another
patient's row, another field, another version. Every such value refuses to open, with an
error that names the record and field, not garbage and not a crash."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update
from structlog.testing import capture_logs

from carevault.cli._context import Opened, open_store
from carevault.errors import DecryptionError
from carevault.store._schema import patient_keys, patients, practices, resources
from support.api import staffed_world
from support.cli import CLI
from support.fhir import note, patient, practitioner

MOVED = (
    "the ciphertext was made with a key this record does not hold "
    "(moved from another record, or altered)"
)
ALTERED = "the ciphertext was altered, moved from another record or field, or made with another key"


@pytest.fixture
def opened(data_dir: Path) -> Iterator[Opened]:
    with open_store(data_dir) as opened:
        yield opened


def _two_patients(opened: Opened) -> tuple[str, str]:
    first = opened.records.add(patient())["id"]
    second = opened.records.add(patient(family="Dupont", first13="1500575999999"))["id"]
    return first, second


def _copy_column(
    opened: Opened, column: str, source: str, target: str, target_column: str | None = None
) -> None:
    with opened.vault.store.transaction() as connection:
        value = connection.execute(
            select(patients.c[column]).where(patients.c.id == source)
        ).scalar_one()
        connection.execute(
            update(patients).where(patients.c.id == target).values({target_column or column: value})
        )
    opened.records.keys.forget(source)
    opened.records.keys.forget(target)


def test_name_moved_to_another_patient(opened: Opened) -> None:
    first, second = _two_patients(opened)
    _copy_column(opened, "name", first, second)
    with pytest.raises(DecryptionError) as refused:
        opened.records.get_patient(second)
    assert str(refused.value) == f"Patient/{second} field 'name' does not open: {MOVED}"


def test_value_moved_to_another_field_of_the_same_patient(opened: Opened) -> None:
    first, _ = _two_patients(opened)
    _copy_column(opened, "name", first, first, target_column="telecom")
    with pytest.raises(DecryptionError) as refused:
        opened.records.get_patient(first)
    assert str(refused.value) == f"Patient/{first} field 'telecom' does not open: {ALTERED}"


def test_old_version_replayed(opened: Opened) -> None:
    first, _ = _two_patients(opened)
    with opened.vault.store.transaction() as connection:
        connection.execute(update(patients).where(patients.c.id == first).values(version=2))
    with pytest.raises(DecryptionError, match=f"Patient/{first} field 'name' does not open"):
        opened.records.get_patient(first)


def test_note_text_moved_between_notes(opened: Opened) -> None:
    person = opened.records.add(patient())["id"]
    one = opened.records.add(note(None, f"Patient/{person}", "premier"))["id"]
    two = opened.records.add(note(None, f"Patient/{person}", "second"))["id"]
    with opened.vault.store.transaction() as connection:
        text = connection.execute(
            select(resources.c.text).where(resources.c.id == one)
        ).scalar_one()
        connection.execute(update(resources).where(resources.c.id == two).values(text=text))
    with pytest.raises(DecryptionError) as refused:
        opened.records.get("DocumentReference", two)
    assert str(refused.value) == f"DocumentReference/{two} field 'text' does not open: {ALTERED}"


def test_wrapped_key_moved_to_another_patient(opened: Opened) -> None:
    first, second = _two_patients(opened)
    with opened.vault.store.transaction() as connection:
        row = connection.execute(
            select(patient_keys).where(patient_keys.c.patient_id == first)
        ).one()
        connection.execute(
            update(patient_keys)
            .where(patient_keys.c.patient_id == second)
            .values(wrapped=row.wrapped, key_id=row.key_id)
        )
    opened.records.keys.forget(second)
    with pytest.raises(DecryptionError, match="a wrapped key does not open under carevault-kek/"):
        opened.records.get_patient(second)


def test_cli_reports_tampering_without_a_trace(cli: CLI) -> None:
    cli.json("init")
    first = cli.json("patient", "add", "--family", "Lefèvre")["id"]
    second = cli.json("patient", "add", "--family", "Dupont")["id"]
    with open_store(cli.data) as opened:
        _copy_column(opened, "name", first, second)
    code, out, err = cli("patient", "get", second, "--data", str(cli.data))
    assert (code, out) == (1, "")
    assert err == f"error: Patient/{second} field 'name' does not open: {MOVED}\n"


def test_backup_taken_before_an_erasure_cannot_open_the_erased_patient(
    cli: CLI, tmp_path: Path, database_url: str | None
) -> None:
    if database_url is not None:
        pytest.skip("a copy of the data folder is a backup of the SQLite store only")
    key_file = Path(cli.json("init")["key_file"])
    gone = cli.json("patient", "add", "--family", "Lefèvre")["id"]
    kept = cli.json("patient", "add", "--family", "Dupont")["id"]
    backup = tmp_path / "backup"
    shutil.copytree(cli.data, backup)  # database, WAL and all, taken before the erasure
    cli.json("patient", "delete", gone, "--yes")
    restored_cli = CLI(cli._capsys, cli._monkeypatch, backup)
    code, _, err = restored_cli("patient", "get", gone, "--data", str(backup))
    assert code == 1
    assert err.startswith(f"error: key file {key_file} has no key carevault-kek/")
    assert err.endswith("/v1: wrong key file, or the key was destroyed\n")
    assert cli.json("patient", "get", kept)["id"] == kept  # the live store still opens


def test_forged_key_file_opens_nothing(data_dir: Path, tmp_path: Path) -> None:
    from carevault.simulate.scan import build_needles  # noqa: PLC0415
    from carevault.simulate.thief import inspect_stolen, steal  # noqa: PLC0415

    with open_store(data_dir) as opened:
        doctor = opened.records.add(practitioner("ignored"))["id"]
        opened.records.add(patient(), registered_by=doctor)
        store_is_sqlite = opened.settings.uses_sqlite
    if not store_is_sqlite:
        pytest.skip("the thief's report reads a stolen SQLite file; PostgreSQL is dumped instead")
    stolen = steal(data_dir, tmp_path / "stolen")
    assert not (stolen / "carevault.key").exists()
    report = inspect_stolen(stolen, build_needles([("family", "Lefèvre"), ("given", "Éloïse")]))
    assert report.hits == []
    # The report says what is sealed and what is not.
    assert report.sample_row["name"].endswith("bytes of ciphertext)")
    assert report.sample_row["index_values"].endswith("clear: this row's blind-index values)")
    assert report.care_relations == {  # clear by design: the policy reads them without a key
        "rows_by_basis": {"registered_by": 1},
        "patients": 1,
        "practitioners": 1,
        "dated_rows": 0,
    }
    assert report.forged_key_result.startswith(
        "refused: a wrapped key does not open under carevault-kek/"
    )


def test_api_names_a_tampered_ciphertext_without_its_value(data_dir: Path) -> None:
    with staffed_world(data_dir) as world:
        created = world.post("dr.house", "/fhir/Patient", patient())
        assert created.status_code == 201, created.text
        patient_id = created.json()["id"]
        vault = world.vault()
        try:
            with vault.store.transaction() as connection:
                sealed = connection.execute(
                    select(patients.c.name).where(patients.c.id == patient_id)
                ).scalar_one()
                connection.execute(
                    update(patients)
                    .where(patients.c.id == patient_id)
                    .values(name=sealed[:-1] + bytes([sealed[-1] ^ 1]))
                )
        finally:
            vault.close()
        with capture_logs() as logged:
            answer = world.get("dr.house", f"/fhir/Patient/{patient_id}")
    diagnostic = f"Patient/{patient_id} field 'name' does not open: {ALTERED}"
    assert answer.status_code == 500
    assert answer.json()["issue"] == [
        {"severity": "fatal", "code": "exception", "diagnostics": diagnostic}
    ]
    assert "Lef" not in answer.text and "incident" not in answer.text
    assert {"event": "ciphertext_does_not_open", "log_level": "error", "message": diagnostic} in (
        logged
    )


@pytest.mark.parametrize(
    ("column", "value"), [("kek_version", 0), ("key_id", 2**32), ("version", 0)]
)
def test_tampered_key_metadata_is_the_patients_key_that_does_not_open(
    opened: Opened, column: str, value: int
) -> None:
    person = opened.records.add(patient())["id"]
    with opened.vault.store.transaction() as connection:
        connection.execute(
            update(patient_keys).where(patient_keys.c.patient_id == person).values({column: value})
        )
    opened.records.keys.forget(person)
    with pytest.raises(DecryptionError) as refused:
        opened.records.get_patient(person)
    assert str(refused.value) == (
        f"the wrapped key of practice/{opened.practice_id}/patient/{person} does not open: "
        f"its stored {column} was altered (out of range)"
    )


@pytest.mark.parametrize(("column", "value"), [("kek_version", 0), ("key_id", 2**32)])
def test_cli_reports_tampered_key_metadata_without_a_trace(
    cli: CLI, column: str, value: int
) -> None:
    cli.json("init")
    person = cli.json("patient", "add", "--family", "Lefèvre")["id"]
    with open_store(cli.data) as opened:
        with opened.vault.store.transaction() as connection:
            connection.execute(
                update(patient_keys)
                .where(patient_keys.c.patient_id == person)
                .values({column: value})
            )
        practice_id = opened.practice_id
    code, out, err = cli("patient", "get", person, "--data", str(cli.data))
    assert (code, out) == (1, "")
    assert err == (
        f"error: the wrapped key of practice/{practice_id}/patient/{person} does not open: "
        f"its stored {column} was altered (out of range)\n"
    )


def test_cli_reports_a_tampered_practice_kek_version(cli: CLI) -> None:
    cli.json("init")
    person = cli.json("patient", "add", "--family", "Lefèvre")["id"]
    with open_store(cli.data) as opened:
        practice_id = opened.practice_id
        with opened.vault.store.transaction() as connection:
            connection.execute(
                update(practices).where(practices.c.id == practice_id).values(kek_version=0)
            )
    code, out, err = cli("patient", "get", person, "--data", str(cli.data))
    assert (code, out) == (1, "")
    assert err == (
        f"error: the KEK of practice {practice_id} cannot be named: its stored id or version "
        "was altered (out of range)\n"
    )
