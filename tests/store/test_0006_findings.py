"""Migration 0006: patients and resources get a column for their sealed findings (and back)."""

from __future__ import annotations

from sqlalchemy import inspect

from carevault.store import Store
from support.migrations import migrate


def columns(store: Store, table: str) -> set[str]:
    with store.transaction() as connection:
        return {column["name"] for column in inspect(connection).get_columns(table)}


def test_0006_adds_and_removes_the_findings_columns(store: Store) -> None:
    migrate(store, "0005")
    assert "findings" not in columns(store, "patients") | columns(store, "resources")
    migrate(store, "0006")
    assert "findings" in columns(store, "patients")
    assert "findings" in columns(store, "resources")
    migrate(store, "0005", down=True)
    assert "findings" not in columns(store, "patients") | columns(store, "resources")
