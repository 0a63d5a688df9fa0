"""Stores stepped through Alembic revisions one by one, for migration tests, and what SQL a
store runs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text

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


def access_log_indexes(store: Store) -> set[str]:
    """The access log's indexes by name, from the catalogue (SQLAlchemy does not reflect
    SQLite's expression indexes)."""
    sqlite = store.engine.dialect.name == "sqlite"
    found = rows(store, _SQLITE_INDEXES if sqlite else _POSTGRESQL_INDEXES)
    return {str(name) for (name,) in found}


_SQLITE_INDEXES = (
    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'access_log' "
    "AND name NOT LIKE 'sqlite_autoindex%'"
)
_POSTGRESQL_INDEXES = (
    "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
    "AND tablename = 'access_log' AND indexname NOT LIKE '%_pkey'"
)


@contextmanager
def counted_statements(store: Store) -> Iterator[list[str]]:
    """Every SQL statement the store's engine runs meanwhile."""
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
