"""Migration 0011: the lockouts of usernames no account holds (and back)."""

from __future__ import annotations

from sqlalchemy import inspect

from carevault.store import Store
from support.migrations import migrate


def tables(store: Store) -> set[str]:
    with store.transaction() as connection:
        return set(inspect(connection).get_table_names())


def test_0011_adds_and_drops_login_lockouts(store: Store) -> None:
    migrate(store, "0010")
    assert "login_lockouts" not in tables(store)
    migrate(store, "0011")
    with store.transaction() as connection:
        columns = [column["name"] for column in inspect(connection).get_columns("login_lockouts")]
    assert columns == ["username", "failed_logins", "locked_until", "last_failure_at"]
    migrate(store, "0010", down=True)
    assert "login_lockouts" not in tables(store)
