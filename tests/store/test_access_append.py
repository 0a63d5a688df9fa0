"""Appending to the access log straight through the driver (SQLite's executemany,
PostgreSQL's COPY): numbered in order, stored as SQLAlchemy would store them, and a driver
error is the store's error like any other, with nothing written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from carevault.audit._entry import as_utc
from carevault.errors import ConflictError, StoreError
from carevault.store import Store, audit_queries, queries
from carevault.store._schema import access_log
from support.migrations import migrate, rows

AT = datetime(2026, 11, 26, 16, 17, 48, 123456, tzinfo=UTC)


def entry(number: int, **values: str | None) -> tuple[str | None, ...]:
    fields = dict.fromkeys(queries.ACCESS_FIELDS)
    fields |= {"practice_id": "p-1", "actor": "account:a", "action": "read"}
    fields |= {"outcome": "allowed", "resource_id": f"r-{number}", **values}
    return tuple(fields[name] for name in queries.ACCESS_FIELDS)


@pytest.fixture
def migrated(store: Store) -> Store:
    migrate(store, "head")
    return store


def test_deferred_and_direct_appends_are_numbered_in_the_order_appended(migrated: Store) -> None:
    later = AT + timedelta(seconds=1)
    with migrated.transaction() as connection:
        queries.append_access(connection, AT, [entry(0), entry(1)])
    with migrated.shared_transaction() as connection:  # defers until commit
        queries.append_access(connection, later, [entry(2)])
        queries.append_access(connection, later, [])
        queries.append_access(connection, AT, [entry(3), entry(4, detail='é "x" \t\n\\')])
    with migrated.transaction() as connection:
        stored = connection.execute(
            select(access_log.c.leaf_index, access_log.c.resource_id, access_log.c.at)
        ).all()
        assert audit_queries.next_index(connection) == 5
    assert sorted((index, resource, as_utc(at)) for index, resource, at in stored) == [
        (0, "r-0", AT),
        (1, "r-1", AT),
        (2, "r-2", later),
        (3, "r-3", AT),
        (4, "r-4", AT),
    ]
    assert rows(migrated, "SELECT detail FROM access_log WHERE leaf_index = 4") == [
        ('é "x" \t\n\\',)
    ]


def test_a_time_in_another_zone_is_stored_as_before(migrated: Store) -> None:
    """As SQLAlchemy's own insert stored it: the instant on PostgreSQL; on SQLite the clock
    digits (the access recorder's clock is UTC)."""
    paris = AT.astimezone(timezone(timedelta(hours=1)))
    with migrated.transaction() as connection:
        queries.append_access(connection, paris, [entry(0)])
        by_sqlalchemy = dict(zip(_COLUMNS, (*entry(1), paris, 1), strict=True))
        connection.execute(access_log.insert().values(by_sqlalchemy))
        found = connection.execute(select(access_log.c.at).order_by(access_log.c.leaf_index))
        first, second = (at for (at,) in found)
    assert first == second


_COLUMNS = (*queries.ACCESS_FIELDS, "at", "leaf_index")


def test_a_driver_error_is_a_store_error_and_nothing_is_kept(migrated: Store) -> None:
    with migrated.transaction() as connection:
        queries.append_access(connection, AT, [entry(0)])
    with (
        pytest.raises(ConflictError, match="constraint violated"),
        migrated.transaction() as connection,
    ):
        queries.append_access(connection, AT, [entry(1), entry(2, practice_id=None)])
    with (
        pytest.raises(ConflictError, match="constraint violated"),
        migrated.shared_transaction() as connection,
    ):
        queries.append_access(connection, AT, [entry(1), entry(2, action=None)])
    assert rows(migrated, "SELECT leaf_index, resource_id FROM access_log") == [(0, "r-0")]


def test_a_connection_the_database_drops_under_the_driver_is_not_used_again(
    migrated: Store, database_url: str | None
) -> None:
    if database_url is None:
        pytest.skip("an embedded SQLite file is never dropped by a server")
    with migrated.transaction() as connection:
        queries.append_access(connection, AT, [entry(0)])
    with pytest.raises(StoreError, match="database error"), migrated.transaction() as connection:
        backend = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        other = Store.connect(database_url)
        try:
            with other.transaction() as killer:
                killer.exec_driver_sql(f"SELECT pg_terminate_backend({int(backend)})")
        finally:
            other.close()
        try:  # the log read straight through the driver, on a dead connection
            list(audit_queries.entry_batches(connection, 0, 1))
        finally:
            invalidated = connection.invalidated
    assert invalidated  # dropped from the pool, not pinged back at its next checkout
    with migrated.transaction() as connection:  # a fresh connection from the pool
        queries.append_access(connection, AT, [entry(1)])
    assert rows(migrated, "SELECT leaf_index, resource_id FROM access_log") == [
        (0, "r-0"),
        (1, "r-1"),
    ]
