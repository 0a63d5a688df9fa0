"""Every SQL statement carevault runs. Each takes the practice id from its caller, which
takes it from the authenticated account (API) or, on the command line, from the store's
default practice or --practice: whoever runs the CLI holds the key, and so every practice."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    LargeBinary,
    RowMapping,
    Table,
    TypeDecorator,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    tuple_,
    update,
)

from carevault.store._schema import (
    access_log,
    accounts,
    blind_indexes,
    care_team_members,
    imports,
    patient_keys,
    patients,
    practice_secrets,
    practices,
    resources,
    store_meta,
)

Row = Mapping[str, Any]
_CHUNK = 500  # bound parameter lists (SQLite allows 32k variables; stay far below)


def _bulk_insert(connection: Connection, table: Table, rows: Sequence[Row]) -> None:
    """Insert many rows of the same shape. On SQLite, straight to the driver's executemany:
    SQLAlchemy's per-row parameter handling costs more than the insert itself. Values still
    pass through their column type's bind processor where the driver needs one (dates, our
    own types), once per distinct value."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), list(rows))
        return
    columns = [column for column in table.columns if column.name in rows[0]]
    names = [column.name for column in columns]
    sql = (
        f"INSERT INTO {table.name} ({', '.join(names)}) "  # noqa: S608 - names from our schema
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    getter = itemgetter(*names)
    values: list[Any] = (
        [getter(row) for row in rows] if len(names) > 1 else [(getter(row),) for row in rows]
    )
    for position, column in enumerate(columns):
        process = _driver_processor(column, connection)
        if process is not None:
            values = _processed(values, position, process)
    connection.exec_driver_sql(sql, values)


def _driver_processor(column: Column[Any], connection: Connection) -> Callable[[Any], Any] | None:
    if isinstance(column.type, LargeBinary) and not isinstance(column.type, TypeDecorator):
        return None  # sqlite3 takes bytes as they are
    dialect = connection.dialect
    # The dialect's own implementation: SQLite's DATETIME writes dates as SQLAlchemy reads them.
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def _processed(
    values: list[Any], position: int, process: Callable[[Any], Any]
) -> list[tuple[Any, ...]]:
    done: dict[Any, Any] = {}
    out = []
    for row in values:
        value = row[position]
        # Keyed by type and zone too: True == 1, and equal instants in two zones, are stored
        # differently.
        key = (type(value), value, getattr(value, "tzinfo", None))
        try:
            new = done[key]
        except KeyError:
            new = done[key] = process(value)
        except TypeError:  # unhashable: process it every time
            new = process(value)
        out.append((*row[:position], new, *row[position + 1 :]))
    return out


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- store metadata ---------------------------------------------------------------------------


def get_meta(connection: Connection, key: str) -> str | None:
    return connection.execute(
        select(store_meta.c.value).where(store_meta.c.key == key)
    ).scalar_one_or_none()


def set_meta(connection: Connection, key: str, value: str) -> None:
    if get_meta(connection, key) is None:
        connection.execute(insert(store_meta).values(key=key, value=value))
    else:
        connection.execute(update(store_meta).where(store_meta.c.key == key).values(value=value))


# -- practices and their wrapped secrets ---------------------------------------------------------


def insert_practice(connection: Connection, row: Row) -> None:
    connection.execute(insert(practices).values(**row))


def get_practice(connection: Connection, practice_id: str) -> RowMapping | None:
    found = connection.execute(select(practices).where(practices.c.id == practice_id)).first()
    return found._mapping if found else None


def list_practices(connection: Connection) -> list[RowMapping]:
    rows = connection.execute(select(practices).order_by(practices.c.created_at, practices.c.id))
    return [row._mapping for row in rows]


def lock_practice_kek_version(connection: Connection, practice_id: str) -> int:
    """The practice's KEK version, with its row locked until the transaction ends
    (PostgreSQL: SELECT ... FOR UPDATE; SQLite: writers are already serialized)."""
    return int(
        connection.execute(
            select(practices.c.kek_version).where(practices.c.id == practice_id).with_for_update()
        ).scalar_one()
    )


def set_practice_kek_version(connection: Connection, practice_id: str, version: int) -> None:
    connection.execute(
        update(practices).where(practices.c.id == practice_id).values(kek_version=version)
    )


def insert_secret(connection: Connection, row: Row) -> None:
    connection.execute(insert(practice_secrets).values(**row))


def get_secrets(connection: Connection, practice_id: str) -> list[RowMapping]:
    rows = connection.execute(
        select(practice_secrets).where(practice_secrets.c.practice_id == practice_id)
    )
    return [row._mapping for row in rows]


def rewrap_secret(connection: Connection, practice_id: str, row: Row) -> None:
    connection.execute(
        update(practice_secrets)
        .where(
            practice_secrets.c.practice_id == practice_id,
            practice_secrets.c.purpose == row["purpose"],
            practice_secrets.c.version == row["version"],
        )
        .values(kek_version=row["kek_version"], wrapped=row["wrapped"])
    )


# -- accounts ----------------------------------------------------------------------------------


def insert_account(connection: Connection, row: Row) -> None:
    connection.execute(insert(accounts).values(**row))


# -- patient data keys ---------------------------------------------------------------------------


def insert_patient_keys(connection: Connection, rows: Sequence[Row]) -> None:
    if rows:
        _bulk_insert(connection, patient_keys, rows)


def get_patient_keys(
    connection: Connection, practice_id: str, patient_ids: Sequence[str]
) -> dict[str, list[RowMapping]]:
    found: dict[str, list[RowMapping]] = {}
    for chunk in _chunks(patient_ids):
        rows = connection.execute(
            select(patient_keys).where(
                patient_keys.c.practice_id == practice_id,
                patient_keys.c.patient_id.in_(chunk),
            )
        )
        for row in rows:
            found.setdefault(row.patient_id, []).append(row._mapping)
    return found


def page_patient_keys(
    connection: Connection, practice_id: str, *, after: tuple[str, int] | None, limit: int
) -> list[RowMapping]:
    """Keyset pagination over a practice's data keys, in (patient, version) order."""
    query = select(patient_keys).where(patient_keys.c.practice_id == practice_id)
    if after is not None:
        query = query.where(tuple_(patient_keys.c.patient_id, patient_keys.c.version) > after)
    query = query.order_by(patient_keys.c.patient_id, patient_keys.c.version).limit(limit)
    return [row._mapping for row in connection.execute(query)]


def rewrap_patient_keys(connection: Connection, practice_id: str, rows: Sequence[Row]) -> None:
    for row in rows:
        connection.execute(
            update(patient_keys)
            .where(
                patient_keys.c.practice_id == practice_id,
                patient_keys.c.patient_id == row["patient_id"],
                patient_keys.c.version == row["version"],
            )
            .values(kek_version=row["kek_version"], wrapped=row["wrapped"])
        )


def delete_patient_keys(connection: Connection, practice_id: str, patient_id: str) -> int:
    result = connection.execute(
        delete(patient_keys).where(
            patient_keys.c.practice_id == practice_id, patient_keys.c.patient_id == patient_id
        )
    )
    return result.rowcount


# -- patients and blind indexes ------------------------------------------------------------------


def insert_patients(connection: Connection, rows: Sequence[Row]) -> None:
    if rows:
        _bulk_insert(connection, patients, rows)


def replace_patient(connection: Connection, practice_id: str, row: Row) -> None:
    values = {key: value for key, value in row.items() if key not in ("practice_id", "id")}
    connection.execute(
        update(patients)
        .where(patients.c.practice_id == practice_id, patients.c.id == row["id"])
        .values(**values)
    )


def get_patients(
    connection: Connection, practice_id: str, patient_ids: Sequence[str]
) -> dict[str, RowMapping]:
    found: dict[str, RowMapping] = {}
    for chunk in _chunks(patient_ids):
        rows = connection.execute(
            select(patients).where(patients.c.practice_id == practice_id, patients.c.id.in_(chunk))
        )
        found.update({row.id: row._mapping for row in rows})
    return found


def page_patient_ids(
    connection: Connection, practice_id: str, *, after: str | None, limit: int
) -> list[str]:
    query = select(patients.c.id).where(patients.c.practice_id == practice_id)
    if after is not None:
        query = query.where(patients.c.id > after)
    return list(connection.execute(query.order_by(patients.c.id).limit(limit)).scalars())


def count_patients(connection: Connection, practice_id: str) -> int:
    return int(
        connection.execute(
            select(func.count()).where(patients.c.practice_id == practice_id)
        ).scalar_one()
    )


def delete_patient(connection: Connection, practice_id: str, patient_id: str) -> int:
    """Every row of the patient. Index rows are found by scanning the practice's (no
    per-patient index: writes are far more frequent than erasures), so none is left behind
    even if the stored index values were ever incomplete."""
    for table in (blind_indexes, care_team_members):
        connection.execute(
            delete(table).where(
                table.c.practice_id == practice_id, table.c.patient_id == patient_id
            )
        )
    connection.execute(
        delete(resources).where(
            resources.c.practice_id == practice_id, resources.c.patient_id == patient_id
        )
    )
    result = connection.execute(
        delete(patients).where(patients.c.practice_id == practice_id, patients.c.id == patient_id)
    )
    return result.rowcount


def insert_blind_indexes(connection: Connection, rows: Sequence[Row]) -> None:
    if rows:
        _bulk_insert(connection, blind_indexes, rows)


def delete_blind_indexes(
    connection: Connection,
    practice_id: str,
    patient_id: str,
    values: Iterable[tuple[str, int]],
) -> None:
    """The index rows of one patient, given its stored ``index_values``."""
    keys = [
        {"practice_id": practice_id, "index_name": name, "value": value, "patient_id": patient_id}
        for name, value in values
    ]
    if keys:
        connection.execute(
            delete(blind_indexes).where(
                blind_indexes.c.practice_id == bindparam("practice_id"),
                blind_indexes.c.index_name == bindparam("index_name"),
                blind_indexes.c.value == bindparam("value"),
                blind_indexes.c.patient_id == bindparam("patient_id"),
            ),
            keys,
        )


def find_by_blind_index(
    connection: Connection,
    practice_id: str,
    index_name: str,
    value: int,
    *,
    after: str | None = None,
    limit: int | None = None,
) -> list[str]:
    """Candidate patient ids in id order (the table's key: no sort), those after ``after``,
    at most ``limit``; callers confirm each after decryption."""
    query = select(blind_indexes.c.patient_id).where(
        blind_indexes.c.practice_id == practice_id,
        blind_indexes.c.index_name == index_name,
        blind_indexes.c.value == value,
    )
    if after is not None:
        query = query.where(blind_indexes.c.patient_id > after)
    query = query.order_by(blind_indexes.c.patient_id).limit(limit)
    return list(connection.execute(query).scalars().all())


# -- other resources -----------------------------------------------------------------------------


def insert_resources(connection: Connection, rows: Sequence[Row]) -> None:
    if rows:
        _bulk_insert(connection, resources, rows)


def replace_resource(connection: Connection, practice_id: str, row: Row) -> None:
    values = {
        key: value
        for key, value in row.items()
        if key not in ("practice_id", "resource_type", "id", "created_at")
    }
    connection.execute(
        update(resources)
        .where(
            resources.c.practice_id == practice_id,
            resources.c.resource_type == row["resource_type"],
            resources.c.id == row["id"],
        )
        .values(**values)
    )


def get_resource(
    connection: Connection, practice_id: str, resource_type: str, resource_id: str
) -> RowMapping | None:
    found = connection.execute(
        select(resources).where(
            resources.c.practice_id == practice_id,
            resources.c.resource_type == resource_type,
            resources.c.id == resource_id,
        )
    ).first()
    return found._mapping if found else None


def get_resource_versions(
    connection: Connection, practice_id: str, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], RowMapping]:
    """(type, id) -> {patient_id, version, created_at} for the keys that exist.

    One `id IN (...)` per resource type: a list of (type, id) pairs becomes a chain of ORs
    that PostgreSQL answers by reading the whole practice."""
    by_type: dict[str, list[str]] = {}
    for resource_type, resource_id in keys:
        by_type.setdefault(resource_type, []).append(resource_id)
    found: dict[tuple[str, str], RowMapping] = {}
    for resource_type, ids in by_type.items():
        for chunk in _chunks(ids):
            rows = connection.execute(
                select(
                    resources.c.resource_type,
                    resources.c.id,
                    resources.c.patient_id,
                    resources.c.version,
                    resources.c.created_at,
                ).where(
                    resources.c.practice_id == practice_id,
                    resources.c.resource_type == resource_type,
                    resources.c.id.in_(chunk),
                )
            )
            found.update({(row.resource_type, row.id): row._mapping for row in rows})
    return found


def list_patient_resources(
    connection: Connection, practice_id: str, patient_id: str, resource_type: str | None = None
) -> list[RowMapping]:
    conditions = [resources.c.practice_id == practice_id, resources.c.patient_id == patient_id]
    if resource_type is not None:
        conditions.append(resources.c.resource_type == resource_type)
    rows = connection.execute(
        select(resources).where(and_(*conditions)).order_by(resources.c.created_at, resources.c.id)
    )
    return [row._mapping for row in rows]


def iter_resources(
    connection: Connection, practice_id: str, resource_type: str, *, with_patient: bool
) -> Iterator[RowMapping]:
    query = select(resources).where(
        resources.c.practice_id == practice_id, resources.c.resource_type == resource_type
    )
    rows = connection.execution_options(yield_per=1000).execute(
        query.order_by(resources.c.patient_id if with_patient else resources.c.id, resources.c.id)
    )
    for row in rows:
        yield row._mapping


def replace_care_team_members(
    connection: Connection, practice_id: str, care_team_id: str, rows: Sequence[Row]
) -> None:
    connection.execute(
        delete(care_team_members).where(
            care_team_members.c.practice_id == practice_id,
            care_team_members.c.care_team_id == care_team_id,
        )
    )
    insert_care_team_members(connection, rows)


def insert_care_team_members(connection: Connection, rows: Sequence[Row]) -> None:
    if rows:
        _bulk_insert(connection, care_team_members, rows)


# -- imports: progress -------------------------------------------------------


def refresh_statistics(connection: Connection) -> None:
    """Let the query planner know the tables' new sizes after a bulk load."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA optimize")
    else:
        for table in (patients, blind_indexes, patient_keys, resources, care_team_members):
            connection.exec_driver_sql(f"ANALYZE {table.name}")


def get_import(connection: Connection, practice_id: str, digest: str) -> RowMapping | None:
    found = connection.execute(
        select(imports).where(
            imports.c.practice_id == practice_id, imports.c.source_digest == digest
        )
    ).first()
    return found._mapping if found else None


def save_import(
    connection: Connection,
    practice_id: str,
    digest: str,
    *,
    lines_done: int,
    status: str,
    at: datetime,
) -> None:
    values = {"lines_done": lines_done, "status": status, "updated_at": at}
    if get_import(connection, practice_id, digest) is None:
        connection.execute(
            insert(imports).values(practice_id=practice_id, source_digest=digest, **values)
        )
    else:
        connection.execute(
            update(imports)
            .where(imports.c.practice_id == practice_id, imports.c.source_digest == digest)
            .values(**values)
        )


# -- access record ------------------------------------------------------------------------------


def append_access(connection: Connection, rows: Sequence[Row]) -> None:
    if rows:
        connection.execute(insert(access_log), list(rows))


def list_access(connection: Connection, practice_id: str, limit: int = 100) -> list[RowMapping]:
    rows = connection.execute(
        select(access_log)
        .where(access_log.c.practice_id == practice_id)
        .order_by(access_log.c.seq.desc())
        .limit(limit)
    )
    return [row._mapping for row in rows]
