"""Care relations, the facts the access policy decides on: made as resources are written,
replaced as they change, gone with them, on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest

from carevault.cli._context import Opened, open_store
from carevault.errors import InputError, NotFoundError
from carevault.records import PracticeRecords, import_file
from carevault.store import queries
from support.fhir import care_team, encounter, patient, practitioner

LONG_AGO = date(2000, 1, 1)


@pytest.fixture
def opened(data_dir: Path) -> Iterator[Opened]:
    with open_store(data_dir) as opened:
        yield opened


@pytest.fixture
def records(opened: Opened) -> PracticeRecords:
    return opened.records


def _doctor(records: PracticeRecords, family: str = "Martin") -> str:
    return str(records.add(practitioner("ignored", family))["id"])


def _with_gp(gp_id: str, **kwargs: Any) -> dict[str, Any]:
    return {**patient(**kwargs), "generalPractitioner": [{"reference": f"Practitioner/{gp_id}"}]}


def _rows(opened: Opened, patient_id: str) -> list[tuple[str, str, date | None]]:
    with opened.vault.store.transaction() as connection:
        rows = queries.list_care_relations(connection, opened.records.practice_id, patient_id)
    return [(row["basis"], row["practitioner_id"], row["on_date"]) for row in rows]


def test_each_basis_puts_its_practitioner_in_care(records: PracticeRecords) -> None:
    gp, registrar, member, seen, stranger = (_doctor(records) for _ in range(5))
    person = records.add(_with_gp(gp), registered_by=registrar)["id"]
    records.add(care_team(f"Patient/{person}", f"Practitioner/{member}"))
    records.add(encounter("e", f"Patient/{person}", f"Practitioner/{seen}", start="2025-03-10"))

    def basis(practitioner_id: str, since: date = LONG_AGO) -> str | None:
        return records.care_relation(practitioner_id, person, encounter_since=since)

    assert basis(gp) == "general_practitioner"
    assert basis(registrar) == "registered_by"
    assert basis(member) == "care_team"
    assert basis(seen) == "encounter"
    assert basis(seen, date(2025, 3, 10)) == "encounter"  # the day itself counts
    assert basis(seen, date(2025, 3, 11)) is None
    assert basis(gp, date(2099, 1, 1)) == "general_practitioner"  # standing relations
    assert basis(stranger) is None
    assert records.care_relation(gp, "no-such-patient", encounter_since=LONG_AGO) is None


def test_the_standing_bases_come_first_then_encounters(records: PracticeRecords) -> None:
    doctor = _doctor(records)
    person = records.add(_with_gp(doctor), registered_by=doctor)["id"]
    team = records.add(care_team(f"Patient/{person}", f"Practitioner/{doctor}"))["id"]
    records.add(encounter("e", f"Patient/{person}", f"Practitioner/{doctor}", start="2025-01-02"))

    def basis() -> str | None:
        return records.care_relation(doctor, person, encounter_since=LONG_AGO)

    assert basis() == "care_team"
    records.delete("CareTeam", team)
    assert basis() == "general_practitioner"
    records.update("Patient", person, {**patient(), "id": person})  # no médecin traitant now
    assert basis() == "registered_by"


def test_a_patient_update_replaces_the_gp_and_keeps_who_registered(opened: Opened) -> None:
    records = opened.records
    old_gp, new_gp, registrar = _doctor(records), _doctor(records), _doctor(records)
    person = records.add(_with_gp(old_gp), registered_by=registrar)["id"]
    records.update("Patient", person, {**_with_gp(new_gp), "id": person})
    assert sorted(_rows(opened, person)) == [
        ("general_practitioner", new_gp, None),
        ("registered_by", registrar, None),
    ]


def test_an_encounter_counts_from_its_start_and_moves_with_it(opened: Opened) -> None:
    records = opened.records
    doctor, other = _doctor(records), _doctor(records)
    person = records.add(patient())["id"]
    visit = encounter("e", f"Patient/{person}", f"Practitioner/{doctor}", start="2024-06")
    visit["participant"].append({"individual": {"reference": f"Practitioner/{other}"}})
    visit["participant"].append({"individual": {"reference": f"Practitioner/{doctor}"}})
    stored = records.add(visit)
    # A month stands for its first day; a practitioner listed twice is one relation.
    assert sorted(_rows(opened, person)) == sorted(
        [("encounter", doctor, date(2024, 6, 1)), ("encounter", other, date(2024, 6, 1))]
    )
    moved = encounter(stored["id"], f"Patient/{person}", f"Practitioner/{doctor}")
    moved["period"] = {"start": "2025-02-03T23:30:00-05:00"}  # the day as written
    records.update("Encounter", stored["id"], moved)
    assert _rows(opened, person) == [("encounter", doctor, date(2025, 2, 3))]


def test_an_encounter_without_a_start_counts_from_the_day_it_was_written(
    opened: Opened,
) -> None:
    records = opened.records
    doctor = _doctor(records)
    person = records.add(patient())["id"]
    before = datetime.now(UTC).date()
    stored = records.add(encounter("e", f"Patient/{person}", f"Practitioner/{doctor}"))
    [(basis, _, on_date)] = _rows(opened, person)
    assert basis == "encounter" and on_date is not None
    assert before <= on_date <= datetime.now(UTC).date()
    records.update("Encounter", stored["id"], stored)  # still the day it was first written
    assert _rows(opened, person) == [("encounter", doctor, on_date)]


def test_deleting_a_source_or_erasing_the_patient_removes_its_relations(
    opened: Opened,
) -> None:
    records = opened.records
    doctor = _doctor(records)
    person = records.add(_with_gp(doctor), registered_by=doctor)["id"]
    kept = records.add(_with_gp(doctor, family="Dupont", first13="1500575999999"))["id"]
    visit = records.add(encounter("e", f"Patient/{person}", f"Practitioner/{doctor}"))["id"]
    records.add(care_team(f"Patient/{person}", f"Practitioner/{doctor}"))
    records.delete("Encounter", visit)
    assert sorted(basis for basis, _, _ in _rows(opened, person)) == [
        "care_team",
        "general_practitioner",
        "registered_by",
    ]
    records.delete("Patient", person)
    assert _rows(opened, person) == []
    assert _rows(opened, kept) == [("general_practitioner", doctor, None)]


def test_relations_stay_in_their_practice(opened: Opened) -> None:
    records = opened.records
    doctor = _doctor(records)
    person = records.add(_with_gp(doctor))["id"]
    theirs = opened.vault.practice(opened.vault.create_practice("Autre cabinet"))
    assert theirs.care_relation(doctor, person, encounter_since=LONG_AGO) is None


def test_only_a_patient_is_registered_by_a_known_practitioner(records: PracticeRecords) -> None:
    doctor = _doctor(records)
    person = records.add(patient())["id"]
    with pytest.raises(InputError) as refused:
        records.add(care_team(f"Patient/{person}"), registered_by=doctor)
    assert str(refused.value) == "CareTeam: only a Patient is registered by a practitioner"
    with pytest.raises(NotFoundError) as missing:
        records.add(patient(family="Dupont", first13="1500575999999"), registered_by="ghost")
    assert str(missing.value) == "Patient: reference Practitioner/ghost not found"
    assert records.count_patients() == 1


def test_an_import_makes_the_relations_of_what_it_writes(opened: Opened, tmp_path: Path) -> None:
    lines = [
        practitioner("gp"),
        {**patient("p1"), "generalPractitioner": [{"reference": "Practitioner/gp"}]},
        encounter("e1", "Patient/p1", "Practitioner/gp", start="2025-05-06T09:00:00+02:00"),
        {**care_team("Patient/p1", "Practitioner/gp"), "id": "ct1"},
    ]
    source = tmp_path / "in.ndjson"
    source.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    assert import_file(opened.records, source, workers=0).errors == []
    [person] = [p for ids in opened.records.iter_patient_ids() for p in ids]
    [gp] = opened.records.practitioners()
    assert sorted(_rows(opened, person)) == [
        ("care_team", gp["id"], None),
        ("encounter", gp["id"], date(2025, 5, 6)),
        ("general_practitioner", gp["id"], None),
    ]


def test_a_booking_opens_the_record_to_the_booked_practitioner_on_its_day_only(
    opened: Opened,
) -> None:
    records = opened.records
    doctor = _doctor(records)
    person = records.add(patient())["id"]
    booking = encounter("b", f"Patient/{person}", f"Practitioner/{doctor}", start="2026-03-10")
    booking["status"] = "planned"
    stored = records.add(booking)
    assert _rows(opened, person) == [("appointment", doctor, date(2026, 3, 10))]

    def basis_on(day: date) -> str | None:
        with opened.vault.store.transaction() as connection:
            return queries.find_care_relation(
                connection, records.practice_id, doctor, person, LONG_AGO, until=day
            )

    assert basis_on(date(2026, 3, 9)) is None
    assert basis_on(date(2026, 3, 10)) == "appointment"
    assert basis_on(date(2026, 3, 11)) == "appointment"  # the night after, on call
    assert basis_on(date(2026, 3, 12)) is None
    booking["id"], booking["status"] = stored["id"], "cancelled"
    records.update("Encounter", stored["id"], booking)
    assert _rows(opened, person) == []
