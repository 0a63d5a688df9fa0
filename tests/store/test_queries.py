"""Store helpers that are easy to get subtly wrong."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from carevault.store._queries import _processed


def test_bulk_values_are_processed_once_per_distinct_value_of_each_type_and_zone() -> None:
    paris = timezone(timedelta(hours=1))
    instant = datetime(2026, 1, 1, 12, tzinfo=UTC)
    rows = [(True, "a"), (1, "b"), (instant, "c"), (instant.astimezone(paris), "d"), (1, "e")]
    calls: list[object] = []

    def process(value: object) -> str:
        calls.append(value)
        return repr(value)

    out = _processed(list(rows), 0, process)
    assert [row[0] for row in out] == [repr(row[0]) for row in rows]
    assert [row[1] for row in out] == ["a", "b", "c", "d", "e"]
    assert len(calls) == 4  # the second 1 comes from the cache, nothing else does
