"""Searches the API pages through: patients (by name too), practitioners, and one patient's
resources by date and category; every page in id order, the next after the last id."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from carevault.cli._context import Opened, open_store
from carevault.errors import InputError
from carevault.records import PatientQuery, PracticeRecords, _vault
from support.fhir import care_team, encounter, note, observation, patient, practitioner

Resource = dict[str, Any]


@pytest.fixture
def opened(data_dir: Path) -> Iterator[Opened]:
    with open_store(data_dir) as opened:
        yield opened


@pytest.fixture
def records(opened: Opened) -> PracticeRecords:
    return opened.records


def _pages(fetch: Callable[[str | None], list[Resource]]) -> list[list[str]]:
    """Every page, each asked for after the last id of the one before."""
    pages, after = [], None
    while page := [r["id"] for r in fetch(after)]:
        pages.append(page)
        after = page[-1]
    return pages


def _person(records: PracticeRecords, number: int, **kwargs: Any) -> str:
    return str(records.add(patient(first13=f"18001750{number:05d}", **kwargs))["id"])


def test_patient_search_pages_follow_each_other(
    records: PracticeRecords, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_vault, "_CANDIDATE_PAGE", 2)
    ids = sorted(_person(records, n, family="Roux") for n in range(5))
    _person(records, 9, family="Blanc")
    for query in (PatientQuery(family="Roux"), PatientQuery(family="roux", given="Éloïse")):
        pages = _pages(lambda after, q=query: records.search_patients(q, limit=2, after=after))
        assert pages == [ids[:2], ids[2:4], ids[4:]]


def test_name_finds_a_family_or_a_given_name(
    records: PracticeRecords, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_vault, "_CANDIDATE_PAGE", 2)
    families = [_person(records, n, family="Martin", given=("Paul",)) for n in range(3)]
    givens = [_person(records, n + 3, family="Durand", given=("Léa", "Martin")) for n in range(2)]
    born = _person(records, 7, family="martín", birth="1990-01-01")
    _person(records, 8, family="Petit", given=("Martine",))
    everyone = sorted([*families, *givens, born])
    assert [p["id"] for p in records.search_patients(PatientQuery(name="MARTIN"))] == everyone
    pages = _pages(
        lambda after: records.search_patients(PatientQuery(name="Martin"), limit=4, after=after)
    )
    assert pages == [everyone[:4], everyone[4:]]
    with_birth = PatientQuery(name="martin", birthdate="1990-01-01")
    assert [p["id"] for p in records.search_patients(with_birth)] == [born]
    assert [
        p["id"] for p in records.search_patients(PatientQuery(name="lea", family="Durand"))
    ] == sorted(givens)
    assert records.search_patients(PatientQuery(name="Mart")) == []  # whole words, as family


def test_practitioners_are_listed_page_by_page(records: PracticeRecords) -> None:
    ids = sorted(records.add(practitioner("x", f"Médecin{n}"))["id"] for n in range(5))
    records.add(patient())
    pages = _pages(lambda after: records.list_resources("Practitioner", limit=2, after=after))
    assert pages == [ids[:2], ids[2:4], ids[4:]]
    with pytest.raises(InputError) as refused:
        records.list_resources("Encounter")
    assert str(refused.value) == "only Practitioner resources are listed"


def test_a_patients_resources_by_date_category_and_page(
    records: PracticeRecords, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_vault, "_FILTERED_PAGE", 2)
    person, other = _person(records, 1), _person(records, 2, family="Blanc")
    ref = f"Patient/{person}"
    days = ["2024-01-31", "2024-02-01", "2024-02-15T10:00:00+01:00", "2024-02-29", "2024-03-01"]
    vitals = {records.add(observation(ref, effective=day))["id"]: day for day in days}
    lab = records.add(observation(ref, issued="2024-02-10T08:00:00Z", category="laboratory"))
    records.add(observation(f"Patient/{other}", effective="2024-02-02"))
    records.add(observation(ref))  # no date: found by no date range

    def search(**kwargs: Any) -> list[str]:
        return [r["id"] for r in records.search_patient_resources("Observation", person, **kwargs)]

    february = {"date_from": date(2024, 2, 1), "date_to": date(2024, 2, 29)}
    in_february = sorted([*(i for i, d in vitals.items() if d.startswith("2024-02")), lab["id"]])
    assert search(**february) == in_february
    assert search(**february, category="laboratory") == [lab["id"]]
    assert search(date_from=date(2024, 3, 1)) == [i for i, d in vitals.items() if d == "2024-03-01"]
    assert len(search(limit=100)) == 7  # this patient's only
    pages = _pages(
        lambda after: records.search_patient_resources(
            "Observation", person, **february, limit=2, after=after
        )
    )
    assert pages == [in_february[:2], in_february[2:4]]


def test_each_type_of_a_patients_resources_is_searched_apart(records: PracticeRecords) -> None:
    person = _person(records, 1)
    ref = f"Patient/{person}"
    visit = records.add(encounter("e", ref, start="2024-05-06", code="HH"))["id"]
    written = records.add({**note(None, ref, "texte"), "date": "2024-05-07T09:00:00Z"})["id"]
    team = records.add({**care_team(ref), "period": {"start": "2024-05-08"}})["id"]
    may = {"date_from": date(2024, 5, 1), "date_to": date(2024, 5, 31)}
    for resource_type, wanted in (
        ("Encounter", visit),
        ("DocumentReference", written),
        ("CareTeam", team),
    ):
        found = records.search_patient_resources(resource_type, person, **may)
        assert [r["id"] for r in found] == [wanted]
    assert [
        r["id"] for r in records.search_patient_resources("Encounter", person, category="HH")
    ] == [visit]
    assert records.search_patient_resources("Encounter", person, category="AMB") == []
    assert records.search_patient_resources("Condition", person) == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda r: r.search_patient_resources("Patient", "p"),
            "a patient's resources are one of "
            "Encounter, Observation, Condition, DocumentReference, CareTeam",
        ),
        (
            lambda r: r.search_patient_resources("Encounter", "p", limit=0),
            "limit must be between 1 and 100",
        ),
        (
            lambda r: r.search_patients(PatientQuery(name="x"), limit=101),
            "limit must be between 1 and 100",
        ),
        (lambda r: r.list_resources("Practitioner", limit=101), "limit must be between 1 and 100"),
        (
            lambda r: PatientQuery(name=""),
            "search needs at least one of family, given, name, birthdate, identifier, phone",
        ),
    ],
)
def test_search_refusals(
    records: PracticeRecords, call: Callable[[PracticeRecords], object], message: str
) -> None:
    with pytest.raises(InputError) as refused:
        call(records)
    assert str(refused.value) == message
