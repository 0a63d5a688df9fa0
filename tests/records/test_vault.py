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
from carevault.records import PatientQuery, PracticeRecords, _vault
from carevault.records.identifiers import with_key
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
