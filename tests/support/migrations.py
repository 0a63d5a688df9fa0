"""Stores stepped through Alembic revisions one by one, for migration tests."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from carevault.store import Store


def migrate(store: Store, revision: str, *, down: bool = False) -> None:
    with store.transaction() as connection:
        config = Config()
        config.set_main_option(
            "script_location", str(resources.files("carevault.store") / "migrations")
        )
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    with store.transaction() as connection:
        return sorted(tuple(row) for row in connection.execute(text(sql)))
