"""Preparing resources for the vault: sealed fields' plaintext and blind-index values."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

import pytest

from carevault.cli._context import open_store
from carevault.crypto import BlindIndexer
from carevault.records import PatientQuery, Prepared
from carevault.records._prepare import Relation, check, prepare
from support.fhir import care_team, encounter, patient

GIVEN_NAMES = tuple(f"Prénom{letter}" for letter in "abcdefghijklmnop")


def test_index_values_that_truncate_alike_are_kept_once() -> None:
    # 16 given names on 3-bit indexes: some must share a value. A repeated (index, value)
    # pair for one patient used to break the index table's key and fail the whole batch.
    indexer = BlindIndexer(b"\x07" * 32, population=16)
    resource = check(patient(given=GIVEN_NAMES), where="test")
    prepared = prepare(resource, resource_id="p1", where="test", indexer=indexer)
    givens = [value for name, value in prepared.index_values if name == "given"]
    assert len(givens) == len(set(givens)) < len(GIVEN_NAMES)


def test_patient_whose_index_values_collide_is_written_and_found(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREVAULT_INDEX_POPULATION", "16")
    with open_store(data_dir) as opened:
        stored = opened.records.add(patient(given=GIVEN_NAMES))
        for given in GIVEN_NAMES:
            found = opened.records.search_patients(PatientQuery(given=given))
            assert [p["id"] for p in found] == [stored["id"]]


def test_prepare_seals_no_field_itself() -> None:
    indexer = BlindIndexer(b"\x07" * 32, population=100_000)
    prepared = prepare(
        check(patient(), where="test"), resource_id="p1", where="test", indexer=indexer
    )
    assert set(prepared.plaintexts) == {
        "name",
        "birth_date",
        "gender",
        "identifier",
        "telecom",
        "address",
        "extra",
    }
    assert all(len(value) % 32 == 0 for value in prepared.plaintexts.values())
    assert b"Lef\xc3\xa8vre" in prepared.plaintexts["name"]  # plaintext until the vault seals it


def _prepared(resource: dict[str, object]) -> Prepared:
    indexer = BlindIndexer(b"\x07" * 32, population=100_000)
    return prepare(check(resource, where="test"), resource_id="r1", where="test", indexer=indexer)


def test_care_relations_are_read_from_each_kind_of_resource() -> None:
    with_gp = {**patient(), "generalPractitioner": [{"reference": "Practitioner/gp"}]}
    visit = encounter("e", "Patient/p1", "Practitioner/b", start="2025-03-10T08:00:00Z")
    visit["participant"].append({"individual": {"reference": "Practitioner/a"}})
    team = care_team("Patient/p1", "Practitioner/m", "Practitioner/m")
    assert _prepared(with_gp).relations == (Relation("general_practitioner", "gp"),)
    assert _prepared(visit).relations == (
        Relation("encounter", "a", date(2025, 3, 10)),
        Relation("encounter", "b", date(2025, 3, 10)),
    )
    assert _prepared(team).relations == (Relation("care_team", "m"),)
    assert _prepared(encounter("e", "Patient/p1")).relations == ()
    assert _prepared(patient()).relations == ()


def test_relations_cross_to_a_worker_process_and_back() -> None:
    visit = _prepared(encounter("e", "Patient/p1", "Practitioner/b", start="2025-03"))
    again = Prepared.from_wire(pickle.loads(pickle.dumps(visit.to_wire())))
    assert again == visit
    assert again.relations == (Relation("encounter", "b", date(2025, 3, 1)),)
