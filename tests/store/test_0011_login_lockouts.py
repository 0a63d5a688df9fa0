"""Migration 0011: the lockouts of usernames no account holds, and the window of an
account's failed logins (and back)."""

from __future__ import annotations

from sqlalchemy import inspect

from carevault.store import Store
from support.migrations import migrate


def tables(store: Store) -> set[str]:
    with store.transaction() as connection:
        return set(inspect(connection).get_table_names())


def columns(store: Store, table: str) -> list[str]:
    with store.transaction() as connection:
        return [column["name"] for column in inspect(connection).get_columns(table)]


def test_0011_adds_and_drops_login_lockouts_and_the_accounts_window(store: Store) -> None:
    migrate(store, "0010")
    assert "login_lockouts" not in tables(store)
    assert "failures_since" not in columns(store, "accounts")
    migrate(store, "0011")
    assert columns(store, "login_lockouts") == [
        "username_hash",
        "failed_logins",
        "failures_since",
        "locked_until",
    ]
    assert "failures_since" in columns(store, "accounts")
    migrate(store, "0010", down=True)
    assert "login_lockouts" not in tables(store)
    assert "failures_since" not in columns(store, "accounts")
