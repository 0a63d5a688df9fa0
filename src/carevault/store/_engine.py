"""Opening the database, migrating it, and mapping driver errors to StoreError."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import resources
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    IntegrityError,
    OperationalError,
    SQLAlchemyError,
)

from carevault.errors import ConflictError, InputError, StoreError
from carevault.store._queries import defer_access, discard_access, flush_access
from carevault.store._schema import store_meta


class Store:
    """One database (SQLite file or PostgreSQL), migrated to the current schema."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        # The connection of a shared transaction, if the running task has one open.
        self._shared: ContextVar[Connection | None] = ContextVar(f"store-{id(self)}", default=None)

    @classmethod
    def connect(cls, url: str) -> Store:
        try:
            engine = _make_engine(url)
        except (SQLAlchemyError, ValueError) as exc:
            raise StoreError(f"cannot open database: {_describe(exc)}") from None
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    @property
    def engine(self) -> Engine:
        return self._engine

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision."""
        from alembic import command  # noqa: PLC0415 - slow import, needed by init only
        from alembic.config import Config  # noqa: PLC0415

        with self.transaction() as connection:
            config = Config()
            config.set_main_option(
                "script_location", str(resources.files("carevault.store") / "migrations")
            )
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def is_initialized(self) -> bool:
        """Whether `init` completed here (a migrated but empty schema does not count)."""
        try:
            with self._engine.connect() as connection:
                if not inspect(connection).has_table("store_meta"):
                    return False
                found = connection.execute(
                    select(store_meta.c.value).where(store_meta.c.key == "store_id")
                ).first()
                return found is not None
        except OperationalError as exc:
            raise StoreError(f"database unreachable: {_describe(exc)}") from None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A connection in a transaction, committed on success, rolled back on any error.
        Inside :meth:`shared_transaction`, it is that transaction, which ends the work."""
        shared = self._shared.get()
        if shared is not None:
            yield shared
            return
        try:
            with self._engine.begin() as connection:
                yield connection
        except IntegrityError as exc:
            raise ConflictError(f"constraint violated: {_describe(exc)}") from None
        except DataError as exc:  # a value the database refuses (a NUL in text, too long)
            raise InputError(f"a value the database cannot store: {_describe(exc)}") from None
        except (OperationalError, DBAPIError) as exc:
            raise StoreError(f"database error: {_describe(exc)}") from None

    @contextmanager
    def shared_transaction(
        self, *, keep_on: tuple[type[BaseException], ...] = ()
    ) -> Iterator[Connection]:
        """One transaction that every :meth:`transaction` opened inside it (in this task or
        thread) joins, so a request's steps cost one BEGIN and one COMMIT. It commits at the
        end, and also when one of ``keep_on`` is raised (a refusal whose access record must
        stay); anything else rolls all of it back. For reads and their access records:
        code that must see its own commit (key destruction) does not run inside it."""
        if self._shared.get() is not None:
            raise RuntimeError("a shared transaction is already open in this task")
        try:
            with self._engine.connect() as connection:
                token = self._shared.set(connection)
                try:
                    yield from _committed_unless_failed(connection, keep_on)
                finally:
                    self._shared.reset(token)
        except IntegrityError as exc:
            raise ConflictError(f"constraint violated: {_describe(exc)}") from None
        except DataError as exc:  # a value the database refuses (a NUL in text, too long)
            raise InputError(f"a value the database cannot store: {_describe(exc)}") from None
        except (OperationalError, DBAPIError) as exc:
            raise StoreError(f"database error: {_describe(exc)}") from None

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read-only transaction that sees the database as it was when it began, however
        long it lasts, and blocks no writer (a verification running beside the server)."""
        try:
            with self._engine.connect() as connection:
                if self.dialect == "sqlite":
                    connection.execution_options(**{_SNAPSHOT: True})
                else:
                    connection.execution_options(
                        isolation_level="REPEATABLE READ", postgresql_readonly=True
                    )
                with connection.begin():
                    yield connection
        except (OperationalError, DBAPIError) as exc:
            raise StoreError(f"database error: {_describe(exc)}") from None

    def close(self) -> None:
        self._engine.dispose()


_SNAPSHOT = "carevault_snapshot"


def _committed_unless_failed(
    connection: Connection, keep_on: tuple[type[BaseException], ...]
) -> Iterator[Connection]:
    transaction = connection.begin()
    defer_access(connection)
    try:
        yield connection
    except keep_on:
        flush_access(connection)
        transaction.commit()
        raise
    except BaseException:
        discard_access(connection)
        transaction.rollback()
        raise
    flush_access(connection)
    transaction.commit()


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, insertmanyvalues_page_size=2000)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide when transactions begin (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted pages are zeroed, so erased ciphertexts do not linger in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    # Room for the pages one transaction dirties: an import writes a page of each blind index
    # per patient, and a batch of 1,000 access entries touched a page of the access log's
    # patient index per entry before migration 0008 (4 MB), more than the default 2 MB cache,
    # which SQLite then spilled to the WAL before commit. Per connection, filled only as
    # pages are read.
    cursor.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
    # Checkpoint the WAL into the database every ~40 MB instead of every ~4 MB: such a batch
    # writes 4 MB of WAL, so nearly every commit ran a checkpoint (copy and fsync). Durability
    # is unchanged (synchronous=NORMAL: a commit is in the WAL either way); readers and
    # recovery see a longer WAL, and old page images stay in it longer before being reused.
    cursor.execute(f"PRAGMA wal_autocheckpoint={_WAL_CHECKPOINT_PAGES}")
    cursor.close()


_CACHE_KIB = 16 * 1024
_WAL_CHECKPOINT_PAGES = 10_000


def _sqlite_begin(connection: Connection) -> None:
    # A snapshot reads only: a deferred BEGIN takes no write lock (WAL keeps its view fixed).
    snapshot = connection.get_execution_options().get(_SNAPSHOT, False)
    connection.exec_driver_sql("BEGIN" if snapshot else "BEGIN IMMEDIATE")


def _describe(exc: BaseException) -> str:
    """The driver's first line, which names the problem without echoing bound values."""
    original = getattr(exc, "orig", None) or exc
    first_line = str(original).strip().splitlines()[0] if str(original).strip() else ""
    return f"{type(original).__name__}: {first_line}"[:300]
