"""Straight to the database driver, for the access log's bulk paths (appending entries,
reading them back by the thousand), where SQLAlchemy's per-row work cost more than the
database's. Still in the connection's transaction; driver errors are mapped to SQLAlchemy's
exception types, as SQLAlchemy maps its own, so the store maps them like any other."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Connection
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
