"""Straight to the database driver, for the access log's bulk paths (appending entries,
reading them back by the thousand) and a read's own patient row, where SQLAlchemy's
statement and row work cost more than the database's. Still in the connection's
transaction; driver errors are mapped to SQLAlchemy's exception types, as SQLAlchemy maps
its own, so the store maps them like any other."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Connection, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError


@contextmanager
def driver_errors(connection: Connection, statement: str) -> Iterator[None]:
    """Raise the driver's errors as SQLAlchemy's (IntegrityError, OperationalError ...); a
    connection the database dropped is invalidated, as SQLAlchemy does with its own, so the
    pool does not hand it out again."""
    base: type[Exception] = connection.dialect.loaded_dbapi.Error
    try:
        yield
    except base as exc:
        dropped = connection.dialect.is_disconnect(cast(Any, exc), _dbapi(connection), None)
        if dropped:
            connection.invalidate(exc)
        raise DBAPIError.instance(
            statement, None, exc, base, dialect=connection.dialect, connection_invalidated=dropped
        ) from exc


def fetch_all(
    connection: Connection, statement: str, parameters: Mapping[str, Any]
) -> list[tuple[Any, ...]]:
    """The rows of a query, as the driver's tuples (no SQLAlchemy Row per row)."""
    with driver_errors(connection, statement):
        cursor = _dbapi(connection).cursor()
        try:
            cursor.execute(statement, parameters)
            rows: list[tuple[Any, ...]] = cursor.fetchall()
        finally:
            cursor.close()
    return rows


def placeholder(dialect: Dialect, name: str) -> str:
    """A named parameter in the style of the store's two drivers: sqlite3's ``:name``,
    psycopg's ``%(name)s``."""
    return f":{name}" if dialect.name == "sqlite" else f"%({name})s"


class RowReader:
    """``SELECT <every column> FROM <table> WHERE <the given columns equal>`` through the
    driver, each value turned into what SQLAlchemy would give (SQLite's DATETIME text into a
    datetime) by the column type's own result processor."""

    def __init__(self, table: Table, keys: Sequence[str]) -> None:
        missing = [key for key in keys if key not in table.columns]
        if missing:
            raise ValueError(f"{table.name} has no column {missing[0]!r}")
        self._names = tuple(column.name for column in table.columns)
        self._table = table
        where = " AND ".join(f"{key} = {{{key}}}" for key in keys)
        self._template = f"SELECT {', '.join(self._names)} FROM {table.name} WHERE {where}"  # noqa: S608 - our own names
        self._keys = keys
        self._by_dialect: dict[str, tuple[str, _Processors]] = {}

    def first(self, connection: Connection, parameters: Mapping[str, Any]) -> dict[str, Any] | None:
        """The first matching row by column name, or None."""
        statement, processors = self._compiled(connection.dialect)
        rows = fetch_all(connection, statement, parameters)
        if not rows:
            return None
        values = list(rows[0])
        for position, process in processors:
            values[position] = process(values[position])
        return dict(zip(self._names, values, strict=True))

    def _compiled(self, dialect: Dialect) -> tuple[str, _Processors]:
        found = self._by_dialect.get(dialect.name)
        if found is None:
            named = {key: placeholder(dialect, key) for key in self._keys}
            statement = self._template.format(**named)
            processors: _Processors = []
            for position, column in enumerate(self._table.columns):
                process = column.type.dialect_impl(dialect).result_processor(dialect, None)
                if process is not None:
                    processors.append((position, process))
            found = self._by_dialect[dialect.name] = (statement, processors)
        return found


_Processors = list[tuple[int, Callable[[Any], Any]]]


def copy_rows(connection: Connection, statement: str, rows: Sequence[Sequence[Any]]) -> None:
    """PostgreSQL's COPY ... FROM STDIN of ``rows`` (psycopg): a quarter of the client's time
    of an executemany of the same rows."""
    with (
        driver_errors(connection, statement),
        _dbapi(connection).cursor() as cursor,
        cursor.copy(statement) as copy,
    ):
        for row in rows:
            copy.write_row(row)


def _dbapi(connection: Connection) -> Any:
    return connection.connection.dbapi_connection
