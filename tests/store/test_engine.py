"""The store's transactions: what a database error becomes for the caller."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from carevault.errors import InputError
from carevault.store import Store, queries
from support.migrations import migrate, rows

AT = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.fixture
def migrated(store: Store) -> Store:
    migrate(store, "head")
    return store


def test_a_value_the_database_refuses_is_the_caller_s_error_not_an_outage(
    migrated: Store,
) -> None:
    # PostgreSQL refuses a NUL in text, where SQLite keeps it: bad input, answered 400, not
    # a database that is down (503); and nothing of the transaction is kept.
    if migrated.dialect == "sqlite":
        with migrated.transaction() as connection:
            assert queries.get_account_for_login(connection, "dr\x00martin") is None
        return
    for transaction in (migrated.transaction, migrated.shared_transaction):
        with pytest.raises(InputError) as refused, transaction() as connection:
            queries.count_login_failure(
                connection, "address:192.0.2.1", at=AT, opened_after=AT - timedelta(minutes=15)
            )
            queries.get_account_for_login(connection, "dr\x00martin")
        assert str(refused.value) == (
            "a value the database cannot store: DataError: PostgreSQL text fields cannot "
            "contain NUL (0x00) bytes"
        )
    assert rows(migrated, "SELECT count(*) FROM login_throttle") == [(0,)]
