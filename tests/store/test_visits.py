"""Whether a practitioner saw a patient on given days (the guard's question at the first
unexplained read of a visit), asked straight through the driver: an appointment or an
encounter of that practitioner with that patient in the days asked, in that practice, on
both stores."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from carevault.store import Store, queries
from carevault.store._schema import APPOINTMENT, ENCOUNTER
from support.migrations import migrate

TODAY = date(2026, 11, 27)


@pytest.fixture
def migrated(store: Store) -> Store:
    migrate(store, "head")
    relations = [
        ("p-1", "appt-1", APPOINTMENT, "pat-booked", "dr-1", TODAY),
        ("p-1", "enc-1", ENCOUNTER, "pat-seen", "dr-1", TODAY - timedelta(days=1)),
        ("p-1", "enc-2", ENCOUNTER, "pat-old", "dr-1", TODAY - timedelta(days=2)),
        ("p-1", "team-1", "care_team", "pat-team", "dr-1", None),
        ("p-1", "appt-2", APPOINTMENT, "pat-other-doctor", "dr-2", TODAY),
        ("p-2", "appt-3", APPOINTMENT, "pat-elsewhere", "dr-1", TODAY),
    ]
    names = ("practice_id", "source_id", "basis", "patient_id", "practitioner_id", "on_date")
    with store.transaction() as connection:
        queries.insert_care_relations(
            connection, [dict(zip(names, row, strict=True)) for row in relations]
        )
    return store


@pytest.mark.parametrize(
    ("patient", "expected"),
    [
        ("pat-booked", True),  # booked today
        ("pat-seen", True),  # an encounter yesterday
        ("pat-old", False),  # the day before: outside the days asked
        ("pat-team", False),  # in care, but no visit
        ("pat-other-doctor", False),  # another practitioner's booking
        ("pat-elsewhere", False),  # the same practitioner id in another practice
        ("pat-unknown", False),
    ],
)
def test_a_visit_is_an_appointment_or_encounter_of_that_practitioner_in_the_days_asked(
    migrated: Store, patient: str, expected: bool
) -> None:
    with migrated.transaction() as connection:
        found = queries.has_visit(
            connection,
            "p-1",
            "dr-1",
            patient,
            day_from=TODAY - timedelta(days=1),
            day_to=TODAY,
        )
    assert found is expected
