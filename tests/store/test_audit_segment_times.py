"""The access log's segments and when their entries were made (access_log_segments): written
with the entries, widened by each call, and what the DPO's search by date and retention's
cut-off read instead of an index on time: every entry in the range found, newest first,
whatever the order of the times within the log; segments outside the range not read."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from carevault.audit._entry import as_utc
from carevault.store import Store, audit_queries, queries
from carevault.store._schema import LOG_SEGMENT_ENTRIES as SEGMENT
from support.migrations import counted_statements, migrate, rows

T = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
# The calls appended, in order: (time, practice, entries, the watched patient's among them).
# B spans segments 0 and 1, C segments 1 and 2; D's clock is behind: an earlier time, later
# leaves.
CALLS = (
    ("A", T, "p-1", SEGMENT - 2, ()),
    ("B", T + HOUR, "p-1", 4, (1,)),
    ("C", T + 2 * HOUR, "p-1", SEGMENT, ()),
    ("D", T - HOUR, "p-1", 3, (0, 2)),
    ("E", T + 3 * HOUR, "p-2", 2, (0,)),
)


def entry(practice: str, patient: str) -> tuple[str | None, ...]:
    fields = dict.fromkeys(queries.ACCESS_FIELDS)
    fields |= {"practice_id": practice, "actor": "account:a", "action": "read"}
    fields |= {"outcome": "allowed", "patient_id": patient}
    return tuple(fields[name] for name in queries.ACCESS_FIELDS)


Dated = tuple[Store, dict[str, range]]


@pytest.fixture
def dated(database_url: str | None, tmp_path: Path) -> Iterator[Dated]:
    """The store, and the leaves of each call."""
    store = Store.connect(database_url or f"sqlite:///{tmp_path / 'log.db'}")
    migrate(store, "head")
    leaves: dict[str, range] = {}
    first = 0
    for name, at, practice, count, watched in CALLS:
        with store.transaction() as connection:
            patients = ["watched" if n in watched else f"other-{n}" for n in range(count)]
            queries.append_access(connection, at, [entry(practice, p) for p in patients])
        leaves[name] = range(first, first + count)
        first += count
    yield store, leaves
    store.close()


def spans(store: Store) -> list[tuple[object, ...]]:
    found = rows(store, "SELECT practice_id, segment, first_at, last_at FROM access_log_segments")
    return [
        (practice, segment, as_utc(first), as_utc(last)) for practice, segment, first, last in found
    ]


def search(store: Store, practice: str = "p-1", **filters: object) -> list[int]:
    with store.transaction() as connection:
        found = audit_queries.search_entries(connection, practice, **filters)  # type: ignore[arg-type]
    return [int(row["leaf_index"]) for row in found]


def newest_first(*ranges: range) -> list[int]:
    return sorted((leaf for part in ranges for leaf in part), reverse=True)


def test_each_call_widens_the_span_of_every_segment_its_entries_fall_in(dated: Dated) -> None:
    store, _ = dated
    assert spans(store) == [
        ("p-1", 0, T, T + HOUR),
        ("p-1", 1, T + HOUR, T + 2 * HOUR),
        ("p-1", 2, T - HOUR, T + 2 * HOUR),
        ("p-2", 2, T + 3 * HOUR, T + 3 * HOUR),
    ]


def test_a_date_range_finds_exactly_its_entries_across_segments(dated: Dated) -> None:
    store, leaves = dated
    assert search(store, since=T + HOUR, until=T + 2 * HOUR, limit=50) == newest_first(leaves["B"])
    # Before T: only D, logged last, in a segment whose earliest entry is D's.
    assert search(store, until=T, limit=50) == newest_first(leaves["D"])
    assert search(store, since=T + 3 * HOUR, limit=50) == []  # E is another practice's
    assert search(store, "p-2", since=T + 3 * HOUR, limit=50) == newest_first(leaves["E"])


def test_a_dated_search_pages_newest_first(dated: Dated) -> None:
    store, leaves = dated
    first = search(store, since=T + HOUR, limit=5)
    assert first == newest_first(leaves["C"])[:5]
    everything = newest_first(leaves["B"], leaves["C"])
    below = search(store, since=T + HOUR, limit=len(everything), before_index=first[-1])
    assert below == everything[5:]


def test_a_dated_search_for_a_patient_uses_both(dated: Dated) -> None:
    store, leaves = dated
    watched_d = [leaves["D"][2], leaves["D"][0]]
    assert search(store, patient_id="watched", until=T, limit=50) == watched_d
    assert search(store, patient_id="watched", since=T, limit=50) == [leaves["B"][1]]
    assert search(store, patient_id="watched", limit=50) == [*watched_d, leaves["B"][1]]


def test_segments_outside_the_range_are_not_read(dated: Dated) -> None:
    store, _ = dated
    with counted_statements(store) as statements:
        assert search(store, since=T + 5 * HOUR, limit=50) == []
    assert not [sql for sql in statements if "access_log.at" in sql]  # no entry read
    with counted_statements(store) as statements:
        search(store, since=T + HOUR, until=T + 90 * timedelta(minutes=1), limit=50)
    reads = [sql for sql in statements if "access_log.at" in sql]
    assert len(reads) == 1  # segments 0 and 1: one range of the key, segment 2 left out


def test_the_retention_cut_off_is_the_first_entry_that_recent(dated: Dated) -> None:
    store, leaves = dated
    with store.transaction() as connection:
        cut = audit_queries.first_entry_at_or_after
        assert cut(connection, T - 2 * HOUR) == 0
        assert cut(connection, T + HOUR) == leaves["B"][0]
        assert cut(connection, T + 2 * HOUR + timedelta(seconds=1)) == leaves["E"][0]
        assert cut(connection, T + 4 * HOUR) is None


def test_pruning_drops_the_segments_wholly_before_it_and_the_cut_off_skips_them(
    dated: Dated,
) -> None:
    store, leaves = dated
    with store.transaction() as connection:
        audit_queries.delete_entries_below(connection, leaves["C"][0])
    assert [(practice, segment) for practice, segment, *_ in spans(store)] == [
        ("p-1", 1),
        ("p-1", 2),
        ("p-2", 2),
    ]
    with store.transaction() as connection:
        # Segment 1 still says T + 1 h (B's entries, now pruned): C's first entry is next.
        assert audit_queries.first_entry_at_or_after(connection, T + HOUR) == leaves["C"][0]
    assert search(store, since=T, until=T + 2 * HOUR, limit=50) == []


def test_an_empty_log_has_no_segment(database_url: str | None, tmp_path: Path) -> None:
    store = Store.connect(database_url or f"sqlite:///{tmp_path / 'empty.db'}")
    migrate(store, "head")
    with store.transaction() as connection:
        connection.execute(text("DELETE FROM access_log"))
        connection.execute(text("DELETE FROM access_log_segments"))
        queries.append_access(connection, T, [])
        assert audit_queries.first_entry_at_or_after(connection, T) is None
    assert spans(store) == []
    assert search(store, since=T, limit=5) == []
    store.close()
