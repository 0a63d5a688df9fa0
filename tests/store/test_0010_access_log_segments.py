"""Migration 0010: the access log's index on (practice, time) gives way to the segments'
times, filled from the entries already logged; the patient index loses the practice (and
back)."""

from __future__ import annotations

from sqlalchemy import inspect, text

from carevault.store import Store
from support.migrations import access_log_indexes, migrate, rows

SEGMENT = 16_384
# (leaf index, practice, time): two practices, two segments, times out of leaf order.
LOGGED = (
    (0, "p-1", "2026-01-01 10:00:00.000000"),
    (7, "p-2", "2026-01-01 11:00:00.000000"),
    (SEGMENT - 1, "p-1", "2026-01-01 09:00:00.000000"),
    (SEGMENT, "p-1", "2026-01-02 08:00:00.000000"),
    (3 * SEGMENT + 2, "p-1", "2026-01-03 08:00:00.000000"),
)


def test_0010_fills_the_segments_times_and_slims_the_indexes(store: Store) -> None:
    migrate(store, "0009")
    with store.transaction() as connection:
        for leaf, practice, at in LOGGED:
            connection.execute(
                text(
                    "INSERT INTO access_log (practice_id, at, actor, action, outcome, "
                    "patient_id, leaf_index) VALUES (:practice, :at, 'cli:admin', 'read', "
                    "'allowed', 'patient-1', :leaf)"
                ),
                {"practice": practice, "at": at, "leaf": leaf},
            )
    migrate(store, "0010")
    assert access_log_indexes(store) == {"ix_access_log_segment_patient"}
    found = rows(store, "SELECT practice_id, segment, first_at, last_at FROM access_log_segments")
    assert [(p, s, str(first)[:19], str(last)[:19]) for p, s, first, last in found] == [
        ("p-1", 0, "2026-01-01 09:00:00", "2026-01-01 10:00:00"),
        ("p-1", 1, "2026-01-02 08:00:00", "2026-01-02 08:00:00"),
        ("p-1", 3, "2026-01-03 08:00:00", "2026-01-03 08:00:00"),
        ("p-2", 0, "2026-01-01 11:00:00", "2026-01-01 11:00:00"),
    ]

    migrate(store, "0009", down=True)
    assert access_log_indexes(store) == {
        "ix_access_log_practice_at",
        "ix_access_log_patient_segment",
    }
    with store.transaction() as connection:
        assert "access_log_segments" not in inspect(connection).get_table_names()
    assert len(rows(store, "SELECT leaf_index FROM access_log")) == len(LOGGED)
