"""Migration 0012: the integrator's lease in audit_tree (and back)."""

from __future__ import annotations

from sqlalchemy import inspect

from carevault.store import Store
from support.migrations import migrate, rows


def columns(store: Store) -> list[str]:
    with store.transaction() as connection:
        return [column["name"] for column in inspect(connection).get_columns("audit_tree")]


def test_0012_adds_and_drops_the_integrators_lease(store: Store) -> None:
    migrate(store, "0011")
    assert columns(store) == ["log_id", "size", "pruned_below"]
    migrate(store, "0012")
    assert columns(store) == ["log_id", "size", "pruned_below", "integrator", "integrator_until"]
    assert rows(store, "SELECT integrator, integrator_until FROM audit_tree") == [(None, None)]
    migrate(store, "0011", down=True)
    assert columns(store) == ["log_id", "size", "pruned_below"]
