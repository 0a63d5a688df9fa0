"""Migration 0008: the entries already integrated are indexed by patient, the index of the
log by patient goes (and back)."""

from __future__ import annotations

from sqlalchemy import inspect, text

from carevault.store import Store
from support.migrations import migrate, rows


def test_0008_indexes_the_integrated_entries_by_patient(store: Store) -> None:
    migrate(store, "0007")
    with store.transaction() as connection:
        for number, patient in enumerate(["ann", None, "bob", "ann"]):
            connection.execute(
                text(
                    "INSERT INTO access_log (practice_id, at, actor, action, outcome, "
                    "patient_id, leaf_index) VALUES ('practice-1', :at, 'account:a', 'read', "
                    "'allowed', :patient, :number)"
                ),
                {"at": "2026-11-27 05:00:00", "patient": patient, "number": number},
            )
        # The first three integrated; the fourth waits for the next integration.
        connection.execute(text("UPDATE audit_tree SET size = 3 WHERE log_id = 1"))
    migrate(store, "0008")
    assert rows(
        store, "SELECT practice_id, patient_id, leaf_index FROM access_by_patient ORDER BY 3"
    ) == [("practice-1", "ann", 0), ("practice-1", "bob", 2)]
    with store.transaction() as connection:
        indexes = {i["name"] for i in inspect(connection).get_indexes("access_log")}
    assert "ix_access_log_patient" not in indexes

    migrate(store, "0007", down=True)
    with store.transaction() as connection:
        indexes = {i["name"] for i in inspect(connection).get_indexes("access_log")}
        tables = set(inspect(connection).get_table_names())
    assert "ix_access_log_patient" in indexes and "access_by_patient" not in tables
