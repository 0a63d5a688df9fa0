"""Migration 0009: when an account was enabled again (and back), accounts kept."""

from __future__ import annotations

from sqlalchemy import inspect, text

from carevault.store import Store
from support.migrations import migrate, rows


def columns(store: Store) -> set[str]:
    with store.transaction() as connection:
        return {column["name"] for column in inspect(connection).get_columns("accounts")}


def test_0009_adds_and_removes_enabled_at_keeping_the_accounts(store: Store) -> None:
    migrate(store, "0008")
    with store.transaction() as connection:
        connection.execute(
            text(
                "INSERT INTO accounts (id, practice_id, username, role, password_hash, "
                "created_at) VALUES ('a-1', 'p-1', 'alice', 'doctor', 'h', :at)"
            ),
            {"at": "2026-11-28 09:00:00"},
        )
    assert "enabled_at" not in columns(store)
    migrate(store, "0009")
    assert "enabled_at" in columns(store)
    assert rows(store, "SELECT username, enabled_at FROM accounts") == [("alice", None)]
    migrate(store, "0008", down=True)
    assert "enabled_at" not in columns(store)
    assert rows(store, "SELECT username FROM accounts") == [("alice",)]
