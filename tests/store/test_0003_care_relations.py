"""Migration 0003: care-team rows become care relations (and back), on both backends."""

from __future__ import annotations

from sqlalchemy import inspect, text

from carevault.store import Store
from support.migrations import migrate, rows

MEMBERS = [
    ("practice-1", "team-1", "patient-1", "doctor-1"),
    ("practice-1", "team-1", "patient-1", "doctor-2"),
    ("practice-2", "team-2", "patient-2", "doctor-1"),
]


def test_0003_turns_care_team_members_into_care_relations_and_back(store: Store) -> None:
    migrate(store, "0002")
    with store.transaction() as connection:
        connection.execute(
            text(
                "INSERT INTO care_team_members (practice_id, care_team_id, patient_id, "
                "practitioner_id) VALUES (:practice, :team, :patient, :doctor)"
            ),
            [dict(zip(("practice", "team", "patient", "doctor"), m, strict=True)) for m in MEMBERS],
        )
    migrate(store, "0003")
    assert rows(
        store,
        "SELECT practice_id, source_id, patient_id, practitioner_id, basis, on_date "
        "FROM care_relations",
    ) == [(*member, "care_team", None) for member in MEMBERS]
    with store.transaction() as connection:
        tables = inspect(connection).get_table_names()
        indexes = {i["name"] for i in inspect(connection).get_indexes("care_relations")}
        [patient_index] = inspect(connection).get_indexes("resources")
    assert "care_team_members" not in tables
    assert indexes == {"ix_care_relations_source", "ix_care_relations_patient"}
    assert patient_index["column_names"] == ["practice_id", "patient_id", "resource_type", "id"]

    migrate(store, "0002", down=True)
    assert rows(
        store,
        "SELECT practice_id, care_team_id, patient_id, practitioner_id FROM care_team_members",
    ) == sorted(MEMBERS)
    migrate(store, "head")
    assert len(rows(store, "SELECT * FROM care_relations")) == len(MEMBERS)
