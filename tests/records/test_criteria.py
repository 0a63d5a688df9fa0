"""What the date and the category of each patient-scoped type are, and how they match."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from carevault.errors import InputError
from carevault.records._criteria import Criteria, date_span, resource_date

CODING = {"system": "http://example.org/cat", "code": "laboratory"}


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("2024", (date(2024, 1, 1), date(2024, 12, 31))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2024-02-03", (date(2024, 2, 3), date(2024, 2, 3))),
        ("2024-02-03T23:30:00-05:00", (date(2024, 2, 3), date(2024, 2, 3))),
        ("2024-13", None),
        ("soon", None),
        (20240203, None),
    ],
)
def test_a_date_is_the_days_it_names(value: object, span: tuple[date, date] | None) -> None:
    assert date_span(value) == span


@pytest.mark.parametrize(
    ("resource_type", "resource", "day"),
    [
        ("Encounter", {"period": {"start": "2024-01-01", "end": "2024-01-09"}}, date(2024, 1, 1)),
        ("Observation", {"effectiveDateTime": "2024-01-02", "issued": "2024-01-09"}, 2),
        ("Observation", {"issued": "2024-01-03T10:00:00Z"}, 3),
        ("Condition", {"recordedDate": "2024-01-04", "onsetDateTime": "2020"}, 4),
        ("Condition", {"onsetDateTime": "2024-01-05"}, 5),
        ("DocumentReference", {"date": "2024-01-06T12:00:00+01:00"}, 6),
        ("CareTeam", {"period": {"start": "2024-01-07"}}, 7),
    ],
)
def test_the_date_of_each_type(resource_type: str, resource: dict[str, Any], day: Any) -> None:
    expected = day if isinstance(day, date) else date(2024, 1, day)
    assert resource_date(resource_type, resource) == (expected, expected)


@pytest.mark.parametrize(
    ("resource_type", "resource"),
    [
        ("Encounter", {"class": CODING}),
        ("Observation", {"category": [{"text": "x"}, {"coding": [{"code": "x"}, CODING]}]}),
        ("Condition", {"category": [{"coding": [CODING]}]}),
        ("DocumentReference", {"category": [{"coding": [CODING]}]}),
        ("DocumentReference", {"type": {"coding": [CODING]}}),
        ("CareTeam", {"category": [{"coding": [CODING]}]}),
    ],
)
def test_the_category_of_each_type(resource_type: str, resource: dict[str, Any]) -> None:
    for token in ("laboratory", "http://example.org/cat|laboratory", "http://example.org/cat|"):
        assert Criteria(resource_type, category=token).matches(resource)
    for token in ("vital-signs", "http://other|laboratory", "|laboratory"):
        assert not Criteria(resource_type, category=token).matches(resource)


def test_a_code_without_a_system_is_found_by_a_bar_before_it() -> None:
    resource = {"category": [{"coding": [{"code": "exam"}]}]}
    assert Criteria("Observation", category="|exam").matches(resource)
    assert Criteria("Observation", category="exam").matches(resource)


def test_date_bounds_are_inclusive_and_a_partial_date_overlaps() -> None:
    march = Criteria("Encounter", date_from=date(2024, 3, 1), date_to=date(2024, 3, 31))
    assert march.matches({"period": {"start": "2024-03-01"}})
    assert march.matches({"period": {"start": "2024-03-31T23:59:00Z"}})
    assert march.matches({"period": {"start": "2024"}})
    assert not march.matches({"period": {"start": "2024-04-01"}})
    assert not march.matches({"period": {"start": "2024-02"}})
    assert not march.matches({})  # no date: no date range holds it
    assert Criteria("Encounter", date_from=date(2024, 3, 1)).matches({"period": {"start": "2025"}})
    assert Criteria("Encounter").matches({})


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"resource_type": "Patient"},
            "a patient's resources are one of "
            "Encounter, Observation, Condition, DocumentReference, CareTeam",
        ),
        (
            {
                "resource_type": "Encounter",
                "date_from": date(2024, 2, 1),
                "date_to": date(2024, 1, 1),
            },
            "date_from must not be after date_to",
        ),
        ({"resource_type": "Encounter", "category": " "}, "category must not be empty"),
    ],
)
def test_bad_criteria_refused(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError) as refused:
        Criteria(**kwargs)
    assert str(refused.value) == message
