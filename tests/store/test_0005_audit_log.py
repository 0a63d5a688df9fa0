"""Migration 0005: the access log's entries are numbered for the Merkle log (and back)."""

from __future__ import annotations

from sqlalchemy import inspect, text

from carevault.store import Store
from support.migrations import migrate, rows


def test_0005_numbers_the_entries_already_logged_in_their_order(store: Store) -> None:
    migrate(store, "0004")
    with store.transaction() as connection:
        for number in range(5):
            connection.execute(
                text(
                    "INSERT INTO access_log (practice_id, at, actor, action, outcome, detail) "
                    "VALUES ('practice-1', :at, 'cli:admin', 'read', 'allowed', :detail)"
                ),
                {"at": f"2026-01-0{number + 1} 10:00:00", "detail": f"entry {number}"},
            )
    migrate(store, "0005")
    assert rows(store, "SELECT leaf_index, detail FROM access_log") == [
        (number, f"entry {number}") for number in range(5)
    ]
    assert rows(store, "SELECT log_id, next_index FROM audit_state") == [(1, 5)]
    assert rows(store, "SELECT log_id, size, pruned_below FROM audit_tree") == [(1, 0, 0)]
    with store.transaction() as connection:
        tables = set(inspect(connection).get_table_names())
    assert {"audit_tiles", "audit_checkpoints", "audit_cosignatures"} <= tables

    migrate(store, "0004", down=True)
    with store.transaction() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("access_log")}
        tables = set(inspect(connection).get_table_names())
    assert "leaf_index" not in columns and "audit_state" not in tables
    migrate(store, "head")
    assert len(rows(store, "SELECT leaf_index FROM access_log")) == 5
