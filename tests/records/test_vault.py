"""The record store on both backends: writes seal, reads open, search by blind index."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest

from carevault.cli._context import Opened, open_store
from carevault.errors import (
    FHIRFormatError,
    InputError,
    InvalidIdentifierError,
    KeyDestroyedError,
    NotFoundError,
)
from carevault.identifiers import with_key
from carevault.records import PatientQuery, PracticeRecords, _vault
from support.fhir import encounter, note, note_text, patient, practitioner


@pytest.fixture
def opened(data_dir: Path) -> Iterator[Opened]:
    with open_store(data_dir) as opened:
        yield opened


@pytest.fixture
def records(opened: Opened) -> PracticeRecords:
    return opened.records


def test_patient_round_trip(records: PracticeRecords) -> None:
    stored = records.add(patient())
    again = records.get_patient(stored["id"])
    assert again["name"][0]["family"] == "Lefèvre"
    assert again["meta"]["versionId"] == "1"
    assert again == stored


@pytest.mark.parametrize(
    "query",
    [
        PatientQuery(family="LEFEVRE"),
        PatientQuery(family="lefèvre", birthdate="1980-02-03"),
        PatientQuery(family="Lefevre", given="eloise"),
        PatientQuery(given="Éloïse"),
        PatientQuery(birthdate="1980-02-03"),
        PatientQuery(
            identifier=" ".join(with_key("2800275123456")[i : i + 3] for i in range(0, 15, 3))
        ),
        PatientQuery(phone="+33 6 12 34 56 78"),
        PatientQuery(family="Lefèvre", phone="0612345678", birthdate="1980-02-03"),
    ],
    ids=[
        "family",
        "family+birthdate",
        "family+given",
        "given",
        "birthdate",
        "nir",
        "phone",
        "three",
    ],
)
def test_search_finds_by_every_criterion(records: PracticeRecords, query: PatientQuery) -> None:
    target = records.add(patient())
    records.add(
        patient(
            family="Dupont",
            given=("Jean",),
            birth="1950-05-05",
            first13="1500575999999",
            phone="0700000000",
        )
    )
    found = records.search_patients(query)
    assert [p["id"] for p in found] == [target["id"]]


def test_search_confirms_candidates_and_misses_cleanly(records: PracticeRecords) -> None:
    records.add(patient())
    assert records.search_patients(PatientQuery(family="Lefèvre", birthdate="1980-02-04")) == []
    assert records.search_patients(PatientQuery(family="Nobody")) == []


def test_search_needs_a_criterion_and_a_sane_limit(records: PracticeRecords) -> None:
    with pytest.raises(InputError, match="at least one of"):
        PatientQuery()
    with pytest.raises(InputError, match="birthdate must be a date"):
        PatientQuery(birthdate="03/02/1980")
    with pytest.raises(InputError, match="limit must be between 1 and 100"):
        records.search_patients(PatientQuery(family="x"), limit=1000)


def test_invalid_nir_refused_and_nothing_written(records: PracticeRecords) -> None:
    bad = patient()
    bad["identifier"][0]["value"] = bad["identifier"][0]["value"][:13] + "00"
    with pytest.raises(InvalidIdentifierError) as refused:
        records.add(bad)
    assert str(refused.value) == (
        "Patient: identifier[0]: invalid NIR: the control key does not match the number"
    )
    assert records.count_patients() == 0


def test_malformed_fhir_named(records: PracticeRecords) -> None:
    with pytest.raises(FHIRFormatError, match=r"^Patient: invalid Patient: gender"):
        records.add({**patient(), "gender": 42})
    with pytest.raises(FHIRFormatError, match="unsupported resourceType 'Medication'"):
        records.add({"resourceType": "Medication"})
    with pytest.raises(FHIRFormatError) as typed:  # a typed value, not a type: never echoed
        records.add({"resourceType": "Jean Dupont", "name": "Jean Dupont"})
    assert str(typed.value) == (
        "resource: missing or unknown resourceType (expected one of Patient, Practitioner, "
        "Encounter, Observation, Condition, DocumentReference, CareTeam)"
    )
    assert records.count_patients() == 0


def test_notes_and_other_resources_belong_to_their_patient(records: PracticeRecords) -> None:
    person = records.add(patient())
    doctor = records.add(practitioner("ignored"))
    visit = records.add(encounter("e", f"Patient/{person['id']}", f"Practitioner/{doctor['id']}"))
    written = records.add_note(
        person["id"], "Douleur thoracique atypique, ECG normal.", author_id=doctor["id"]
    )
    notes = records.patient_resources(person["id"], "DocumentReference")
    assert [n["id"] for n in notes] == [written["id"]]
    assert note_text(notes[0]) == "Douleur thoracique atypique, ECG normal."
    assert records.get("Encounter", visit["id"])["participant"][0]["individual"]["reference"] == (
        f"Practitioner/{doctor['id']}"
    )


def test_note_for_unknown_patient_refused(records: PracticeRecords) -> None:
    with pytest.raises(InputError, match="subject Patient/nobody not found"):
        records.add_note("nobody", "texte")


def test_reference_to_unknown_practitioner_refused(records: PracticeRecords) -> None:
    person = records.add(patient())
    with pytest.raises(NotFoundError, match="reference Practitioner/ghost not found"):
        records.add(encounter("e", f"Patient/{person['id']}", "Practitioner/ghost"))


def test_delete_shreds_the_key_and_rotates_the_kek(records: PracticeRecords) -> None:
    gone = records.add(patient())
    kept = records.add(patient(family="Dupont", first13="1500575999999"))
    records.add(note(None, f"Patient/{gone['id']}", "secret"))
    version_before = records.keys.kek.version
    assert records.delete_patient(gone["id"]) == 1  # the other patient's key was re-wrapped
    assert records.keys.kek.version == version_before + 1
    with pytest.raises(NotFoundError):
        records.get_patient(gone["id"])
    assert records.patient_resources(gone["id"]) == []
    assert records.get_patient(kept["id"])["name"][0]["family"] == "Dupont"
    with pytest.raises(NotFoundError):
        records.delete_patient(gone["id"])


def test_erased_patient_key_reported_as_destroyed(records: PracticeRecords, opened: Opened) -> None:
    gone = records.add(patient())
    records.delete_patient(gone["id"])
    with opened.vault.store.transaction() as connection, pytest.raises(KeyDestroyedError):
        records.keys.patient_keyrings(connection, [gone["id"]])


def test_rotation_keeps_everything_readable(records: PracticeRecords) -> None:
    person = records.add(patient())
    records.add_note(person["id"], "texte")
    records.rotate_kek()
    records.keys.forget(person["id"])
    assert records.get_patient(person["id"])["id"] == person["id"]
    assert note_text(records.patient_resources(person["id"])[0]) == "texte"


def test_practices_are_isolated(opened: Opened) -> None:
    mine = opened.records
    other_id = opened.vault.create_practice("Autre cabinet")
    theirs = opened.vault.practice(other_id)
    person = mine.add(patient())
    with pytest.raises(NotFoundError):
        theirs.get_patient(person["id"])
    assert theirs.search_patients(PatientQuery(family="Lefèvre")) == []
    assert theirs.patient_resources(person["id"]) == []


def test_every_attachment_of_a_note_comes_back_in_its_place(records: PracticeRecords) -> None:
    person = records.add(patient())
    document = note(None, f"Patient/{person['id']}", "première partie")
    document["content"] = [
        {"attachment": {"contentType": "application/pdf", "url": "https://example.org/x.pdf"}},
        document["content"][0],
        {"attachment": {"contentType": "text/plain", "data": base64.b64encode(b"suite").decode()}},
    ]
    stored = records.add(document)
    again = records.get("DocumentReference", stored["id"])
    assert again["content"][0]["attachment"] == document["content"][0]["attachment"]
    assert note_text({"content": [again["content"][1]]}) == "première partie"
    assert base64.b64decode(again["content"][2]["attachment"]["data"]) == b"suite"


def test_search_pages_through_candidates_and_skips_the_coincidences(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 3-bit indexes: the 8 families share few index values, so most candidates of a family
    # are coincidences that decryption must reject; pages of 2 make the search turn pages.
    monkeypatch.setenv("CAREVAULT_INDEX_POPULATION", "16")
    monkeypatch.setattr(_vault, "_CANDIDATE_PAGE", 2)
    families = [f"Famille{letter}" for letter in "abcdefgh"]
    with open_store(data_dir) as opened:
        records = opened.records
        ids: dict[str, list[str]] = {family: [] for family in families}
        for number in range(40):
            family = families[number % len(families)]
            added = records.add(patient(family=family, first13=f"18001750{number:05d}"))
            ids[family].append(added["id"])
        for family in families:
            everyone = [p["id"] for p in records.search_patients(PatientQuery(family=family))]
            assert everyone == sorted(ids[family])
            first_two = records.search_patients(PatientQuery(family=family), limit=2)
            assert [p["id"] for p in first_two] == sorted(ids[family])[:2]
            assert all(p["name"][0]["family"] == family for p in first_two)


def test_patient_of_reads_the_owner_without_opening_anything(opened: Opened) -> None:
    records = opened.records
    person = records.add(patient())["id"]
    doctor = records.add(practitioner("ignored"))["id"]
    visit = records.add(encounter("e", f"Patient/{person}"))["id"]
    assert records.patient_of("Patient", person) == person
    assert records.patient_of("Encounter", visit) == person
    assert records.patient_of("Practitioner", doctor) is None
    with pytest.raises(NotFoundError) as missing:
        records.patient_of("Observation", visit)
    assert str(missing.value) == f"no Observation/{visit} in this practice"
    theirs = opened.vault.practice(opened.vault.create_practice("Autre cabinet"))
    with pytest.raises(NotFoundError):
        theirs.patient_of("Patient", person)
    with pytest.raises(InputError) as unsupported:
        records.patient_of("Medication", visit)
    assert str(unsupported.value) == (
        "unsupported resource type (expected one of Patient, Practitioner, Encounter, "
        "Observation, Condition, DocumentReference, CareTeam)"
    )


def test_update_writes_a_new_version_and_moves_the_blind_indexes(
    records: PracticeRecords,
) -> None:
    stored = records.add(patient())
    changed = {**patient(family="Dupont", phone="07 00 00 00 00"), "id": stored["id"]}
    updated = records.update("Patient", stored["id"], changed)
    assert updated["meta"]["versionId"] == "2"
    assert updated["name"][0]["family"] == "Dupont"
    assert records.get_patient(stored["id"]) == updated
    assert records.search_patients(PatientQuery(family="Lefèvre")) == []
    assert records.search_patients(PatientQuery(phone="0612345678")) == []
    assert [p["id"] for p in records.search_patients(PatientQuery(phone="0700000000"))] == [
        stored["id"]
    ]
    assert records.count_patients() == 1


def test_update_of_a_resource_keeps_its_patient_and_counts_versions(
    records: PracticeRecords,
) -> None:
    person = records.add(patient())["id"]
    visit = records.add(encounter("e", f"Patient/{person}"))
    for version in ("2", "3"):
        updated = records.update("Encounter", visit["id"], {**visit, "status": "cancelled"})
        assert updated["meta"]["versionId"] == version
    assert records.get("Encounter", visit["id"])["status"] == "cancelled"
    assert records.patient_of("Encounter", visit["id"]) == person


def test_update_refusals_are_exact_and_write_nothing(records: PracticeRecords) -> None:
    person = records.add(patient())["id"]
    other = records.add(patient(family="Dupont", first13="1500575999999"))["id"]
    visit = records.add(encounter("e", f"Patient/{person}"))
    refusals: list[tuple[str, str, dict[str, object], type[Exception], str]] = [
        ("Patient", "0" * 8, {**patient(), "id": "0" * 8}, NotFoundError,
         f"no Patient/{'0' * 8} in this practice"),
        ("Encounter", visit["id"], {**visit, "resourceType": "Patient"}, InputError,
         "Encounter: the body's resourceType must be Encounter"),
        ("Encounter", visit["id"], {**visit, "id": "elsewhere"}, InputError,
         "Encounter: the body's id must be the id of the resource updated"),
        ("Encounter", visit["id"], {k: v for k, v in visit.items() if k != "id"}, InputError,
         "Encounter: the body's id must be the id of the resource updated"),
        ("Encounter", visit["id"], {**visit, "subject": {"reference": f"Patient/{other}"}},
         InputError, "Encounter: subject cannot change: a resource keeps its patient"),
        ("Encounter", visit["id"], {**visit, "status": 42}, FHIRFormatError,
         "Encounter: invalid Encounter: status: Input should be a valid string"),
    ]  # fmt: skip
    for resource_type, resource_id, body, error, message in refusals:
        with pytest.raises(error) as refused:
            records.update(resource_type, resource_id, body)
        assert str(refused.value) == message
    assert records.get("Encounter", visit["id"])["meta"]["versionId"] == "1"
    assert records.count_patients() == 2


def test_delete_removes_one_resource_and_a_patient_is_shredded(
    records: PracticeRecords,
) -> None:
    person = records.add(patient())["id"]
    visit = records.add(encounter("e", f"Patient/{person}"))["id"]
    kept = records.add(encounter("e", f"Patient/{person}"))["id"]
    records.delete("Encounter", visit)
    assert [r["id"] for r in records.patient_resources(person)] == [kept]
    with pytest.raises(NotFoundError) as missing:
        records.delete("Encounter", visit)
    assert str(missing.value) == f"no Encounter/{visit} in this practice"
    kek_before = records.keys.kek.version
    records.delete("Patient", person)
    assert records.keys.kek.version == kek_before + 1
    assert records.patient_resources(person) == []
    with pytest.raises(NotFoundError) as gone:
        records.delete("Patient", person)
    assert str(gone.value) == f"no Patient/{person} in this practice"
