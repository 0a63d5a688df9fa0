"""A patient's entries found segment by segment of the access log's patient index: every one,
newest first, across segments, paged by leaf index, and through the index (not a scan); a
cursor beyond the log's end costs no more than the first page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from carevault.store import Store, audit_queries, queries
from carevault.store._schema import LOG_SEGMENT_ENTRIES, log_segment
from support.migrations import counted_statements, migrate

AT = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
# Leaf indices of the watched patient's entries: in three segments, at their edges too.
WATCHED = (
    0,
    5,
    LOG_SEGMENT_ENTRIES - 1,
    LOG_SEGMENT_ENTRIES,
    2 * LOG_SEGMENT_ENTRIES + 7,
)
SIZE = 2 * LOG_SEGMENT_ENTRIES + 10


def entry(patient: str, practice: str = "p-1") -> tuple[str | None, ...]:
    fields = dict.fromkeys(queries.ACCESS_FIELDS)
    fields |= {"practice_id": practice, "actor": "account:a", "action": "read"}
    fields |= {"outcome": "allowed", "patient_id": patient}
    return tuple(fields[name] for name in queries.ACCESS_FIELDS)


@pytest.fixture
def logged(database_url: str | None, tmp_path: Path) -> Iterator[Store]:
    store = Store.connect(database_url or f"sqlite:///{tmp_path / 'log.db'}")
    migrate(store, "head")
    with store.transaction() as connection:
        connection.execute(text("DELETE FROM access_log"))
        queries.append_access(
            connection,
            AT,
            [
                entry("watched" if index in WATCHED else f"other-{index % 97}")
                for index in range(SIZE)
            ],
        )
        # The same patient id in another practice is another patient.
        queries.append_access(connection, AT, [entry("watched", practice="p-2")])
    yield store
    store.close()


def found(store: Store, limit: int, before: int | None = None) -> list[int]:
    with store.transaction() as connection:
        rows = audit_queries.search_entries(
            connection, "p-1", patient_id="watched", before_index=before, limit=limit
        )
    return [int(row["leaf_index"]) for row in rows]


def test_every_entry_of_a_patient_is_found_newest_first(logged: Store) -> None:
    assert found(logged, limit=50) == sorted(WATCHED, reverse=True)


def test_a_page_stops_at_its_limit_and_the_next_starts_below_it(logged: Store) -> None:
    first = found(logged, limit=2)
    assert first == [2 * LOG_SEGMENT_ENTRIES + 7, LOG_SEGMENT_ENTRIES]
    assert found(logged, limit=2, before=first[-1]) == [LOG_SEGMENT_ENTRIES - 1, 5]
    assert found(logged, limit=2, before=5) == [0]


def test_a_patient_with_no_entry_gets_an_empty_page(logged: Store) -> None:
    with logged.transaction() as connection:
        assert not audit_queries.search_entries(connection, "p-1", patient_id="none", limit=5)


def test_a_cursor_beyond_the_log_costs_what_the_first_page_costs(logged: Store) -> None:
    with counted_statements(logged) as first_page:
        newest = found(logged, limit=50)
    forged = LOG_SEGMENT_ENTRIES * 256 * 1000  # a thousand queries' worth of segments
    with counted_statements(logged) as beyond:
        assert found(logged, limit=50, before=forged) == newest == sorted(WATCHED, reverse=True)
    # Not one query per 256 segments below the cursor: the log's end caps the walk.
    assert len(beyond) == len(first_page)
    assert sum("IN (" in statement for statement in beyond) == 1  # three segments, one query


def test_the_patient_index_is_sought_rather_than_the_log_walked(logged: Store) -> None:
    sqlite = logged.engine.dialect.name == "sqlite"
    # What the queries write is what migration 0010 indexed (an expression index is used
    # only for the same expression).
    assert str(log_segment.compile(dialect=logged.engine.dialect)) == (
        "access_log.leaf_index / 16384"
    )
    with logged.transaction() as connection:
        connection.execute(text("ANALYZE"))  # as a long-lived store would have statistics
        plan = connection.execute(
            text(
                ("EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN ")
                + "SELECT * FROM access_log WHERE practice_id = 'p-1' "
                "AND patient_id = 'watched' AND leaf_index / 16384 IN (2, 1, 0) "
                "ORDER BY leaf_index DESC LIMIT 50"
            )
        ).all()
    assert "ix_access_log_segment_patient" in " ".join(str(row[-1]) for row in plan), plan
