"""Migration 0008: the access log keyed by leaf index, its patient index by segment first (and
back), entries kept in their order."""

from __future__ import annotations

from sqlalchemy import inspect, text

from carevault.store import Store
from support.migrations import access_log_indexes, migrate, rows


def key(store: Store) -> list[str]:
    with store.transaction() as connection:
        return list(inspect(connection).get_pk_constraint("access_log")["constrained_columns"])


def test_0008_keys_the_log_by_leaf_index_and_back(store: Store) -> None:
    migrate(store, "0007")
    with store.transaction() as connection:
        for number in (2, 0, 1):  # inserted out of order: the log's order is the leaf's
            connection.execute(
                text(
                    "INSERT INTO access_log (practice_id, at, actor, action, outcome, "
                    "patient_id, leaf_index) VALUES ('practice-1', '2026-01-01 10:00:00', "
                    "'cli:admin', 'read', 'allowed', :patient, :leaf)"
                ),
                {"patient": f"patient-{number}", "leaf": number},
            )
    migrate(store, "0008")
    assert key(store) == ["leaf_index"]
    assert access_log_indexes(store) == {
        "ix_access_log_practice_at",
        "ix_access_log_patient_segment",
    }
    assert rows(store, "SELECT leaf_index, patient_id FROM access_log") == [
        (number, f"patient-{number}") for number in range(3)
    ]
    if store.engine.dialect.name == "sqlite":  # the key is the rowid: no index of its own
        assert rows(store, "SELECT rowid, leaf_index FROM access_log") == [(n, n) for n in range(3)]

    migrate(store, "0007", down=True)
    assert key(store) == ["seq"]
    assert access_log_indexes(store) == {
        "ix_access_log_practice_at",
        "ix_access_log_patient",
        "ix_access_log_leaf",
    }
    assert rows(store, "SELECT seq, leaf_index FROM access_log") == [(n + 1, n) for n in range(3)]
    with store.transaction() as connection:  # a new entry still gets the next seq
        connection.execute(
            text(
                "INSERT INTO access_log (practice_id, at, actor, action, outcome, leaf_index) "
                "VALUES ('practice-1', '2026-01-01 10:00:00', 'cli:admin', 'read', 'allowed', 3)"
            )
        )
    assert rows(store, "SELECT seq FROM access_log WHERE leaf_index = 3") == [(4,)]
    migrate(store, "head")
    assert rows(store, "SELECT leaf_index FROM access_log") == [(n,) for n in range(4)]
