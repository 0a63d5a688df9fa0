"""Migration 0007: the guard's honeytoken and alert tables (and back)."""

from __future__ import annotations

from sqlalchemy import inspect

from carevault.store import Store
from support.migrations import migrate


def tables(store: Store) -> set[str]:
    with store.transaction() as connection:
        return set(inspect(connection).get_table_names())


def test_0007_adds_and_removes_the_guard_tables(store: Store) -> None:
    migrate(store, "0006")
    assert not {"honeytokens", "guard_alerts"} & tables(store)
    migrate(store, "0007")
    assert {"honeytokens", "guard_alerts"} <= tables(store)
    migrate(store, "0006", down=True)
    assert not {"honeytokens", "guard_alerts"} & tables(store)
