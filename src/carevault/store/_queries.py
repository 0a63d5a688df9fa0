"""Every SQL statement carevault runs. Each takes the practice id from its caller, which
takes it from the authenticated account (API) or, on the command line, from the store's
default practice or --practice: whoever runs the CLI holds the key, and so every practice."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    LargeBinary,
    RowMapping,
    Table,
    TypeDecorator,
    and_,
    bindparam,
    case,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from carevault.store._audit import ENTRY_COLUMNS, note_segment_times, reserve_leaves
from carevault.store._driver import RowReader, copy_rows, fetch_all, placeholder
from carevault.store._schema import (
    APPOINTMENT,
    ENCOUNTER,
    LOG_SEGMENT_ENTRIES,
    UtcDateTime,
    access_log,
    accounts,
    blind_indexes,
    break_glass_grants,
    care_relations,
    export_requests,
    guard_alerts,
    honeytokens,
    imports,
    login_lockouts,
    login_throttle,
    patient_keys,
    patients,
    practice_secrets,
    practices,
    resources,
    service_tokens,
    sessions,
    store_meta,
)

Row = Mapping[str, Any]
_CHUNK = 500  # bound parameter lists (SQLite allows 32k variables; stay far below)


# Statements on the path of every API read, built once: building a statement costs several
# times what running it does (SQLAlchemy keys its compiled-statement cache by walking it).
def _p(name: str, column: Any = None) -> Any:
    return bindparam(name, type_=None if column is None else column.type)


_PATIENTS = select(patients).where(
    patients.c.practice_id == _p("practice_id"), patients.c.id.in_(bindparam("ids", expanding=True))
)
_PATIENT_KEYS = select(patient_keys).where(
    patient_keys.c.practice_id == _p("practice_id"),
    patient_keys.c.patient_id.in_(bindparam("ids", expanding=True)),
)
_RESOURCE_KEY = (
    resources.c.practice_id == _p("practice_id"),
    resources.c.resource_type == _p("resource_type"),
    resources.c.id == _p("id"),
)
_RESOURCE = select(resources).where(*_RESOURCE_KEY)
_RESOURCE_OWNER = select(resources.c.patient_id, resources.c.version).where(*_RESOURCE_KEY)
_PATIENT_OWNER = select(patients.c.id.label("patient_id"), patients.c.version).where(
    patients.c.practice_id == _p("practice_id"), patients.c.id == _p("id")
)
_RELATION_DAY = care_relations.c.on_date
_IS_APPOINTMENT = care_relations.c.basis == APPOINTMENT
_CARE_RELATION = (
    select(care_relations.c.basis)
    .where(
        care_relations.c.practice_id == _p("practice_id"),
        care_relations.c.practitioner_id == _p("practitioner_id"),
        care_relations.c.patient_id == _p("patient_id"),
        or_(
            and_(
                ~_IS_APPOINTMENT,
                or_(
                    _RELATION_DAY.is_(None),
                    _RELATION_DAY.between(_p("since", _RELATION_DAY), _p("until", _RELATION_DAY)),
                ),
            ),
            and_(
                _IS_APPOINTMENT,
                _RELATION_DAY.between(
                    _p("appointment_from", _RELATION_DAY), _p("until", _RELATION_DAY)
                ),
            ),
        ),
    )
    .order_by(_IS_APPOINTMENT, _RELATION_DAY.is_not(None), care_relations.c.basis)
    .limit(1)
)
_LIVE_GRANT = (
    select(break_glass_grants.c.id)
    .where(
        break_glass_grants.c.practice_id == _p("practice_id"),
        break_glass_grants.c.account_id == _p("account_id"),
        break_glass_grants.c.patient_id == _p("patient_id"),
        break_glass_grants.c.expires_at > _p("now", break_glass_grants.c.expires_at),
    )
    .order_by(break_glass_grants.c.expires_at.desc())
    .limit(1)
)


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


def has_blind_indexes(connection: Connection) -> bool:
    return connection.execute(select(blind_indexes.c.practice_id).limit(1)).first() is not None


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


# -- patient data keys ---------------------------------------------------------------------------


def insert_patient_keys(connection: Connection, rows: Sequence[Row]) -> None:
    if rows:
        _bulk_insert(connection, patient_keys, rows)


def get_patient_keys(
    connection: Connection, practice_id: str, patient_ids: Sequence[str]
) -> dict[str, list[RowMapping]]:
    found: dict[str, list[RowMapping]] = {}
    for chunk in _chunks(patient_ids):
        rows = connection.execute(_PATIENT_KEYS, {"practice_id": practice_id, "ids": list(chunk)})
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


def get_patient(
    connection: Connection, practice_id: str, patient_id: str
) -> Mapping[str, Any] | None:
    """One patient's row: a single read's path, straight to the driver (through SQLAlchemy,
    the statement's and the row's handling cost five times the database's lookup)."""
    return _PATIENT_ROW.first(connection, {"practice_id": practice_id, "id": patient_id})


_PATIENT_ROW = RowReader(patients, ("practice_id", "id"))


def get_patients(
    connection: Connection, practice_id: str, patient_ids: Sequence[str]
) -> dict[str, RowMapping]:
    found: dict[str, RowMapping] = {}
    for chunk in _chunks(patient_ids):
        rows = connection.execute(_PATIENTS, {"practice_id": practice_id, "ids": list(chunk)})
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
    for table in (blind_indexes, care_relations):
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
    # A break-the-glass grant stays (who opened whose record, when: the DPO's evidence), but
    # its reason, a clinician's free text about the patient, goes with the patient.
    connection.execute(
        update(break_glass_grants)
        .where(
            break_glass_grants.c.practice_id == practice_id,
            break_glass_grants.c.patient_id == patient_id,
        )
        .values(reason=ERASED_REASON)
    )
    result = connection.execute(
        delete(patients).where(patients.c.practice_id == practice_id, patients.c.id == patient_id)
    )
    return result.rowcount


# A break-the-glass reason erased with its patient (a sealed one is never empty).
ERASED_REASON = b""


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
        _RESOURCE, {"practice_id": practice_id, "resource_type": resource_type, "id": resource_id}
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


def delete_resource(
    connection: Connection, practice_id: str, resource_type: str, resource_id: str
) -> int:
    result = connection.execute(
        delete(resources).where(
            resources.c.practice_id == practice_id,
            resources.c.resource_type == resource_type,
            resources.c.id == resource_id,
        )
    )
    return result.rowcount


def get_owner(
    connection: Connection, practice_id: str, resource_type: str, resource_id: str
) -> RowMapping | None:
    """{patient_id, version} of a stored resource (a Patient is its own patient), or None."""
    if resource_type == "Patient":
        found = connection.execute(
            _PATIENT_OWNER, {"practice_id": practice_id, "id": resource_id}
        ).first()
    else:
        found = connection.execute(
            _RESOURCE_OWNER,
            {"practice_id": practice_id, "resource_type": resource_type, "id": resource_id},
        ).first()
    return found._mapping if found else None


def page_resources(
    connection: Connection,
    practice_id: str,
    resource_type: str,
    *,
    patient_id: str | None = None,
    after: str | None,
    limit: int,
) -> list[RowMapping]:
    """Keyset pagination in id order over one type: a patient's resources (through the
    patient index) if ``patient_id`` is given, else the practice's (through the key)."""
    conditions = [
        resources.c.practice_id == practice_id,
        resources.c.resource_type == resource_type,
    ]
    if patient_id is not None:
        conditions.append(resources.c.patient_id == patient_id)
    if after is not None:
        conditions.append(resources.c.id > after)
    query = select(resources).where(*conditions).order_by(resources.c.id).limit(limit)
    return [row._mapping for row in connection.execute(query)]


# -- care relations ------------------------------------------------------------------------------
# A dated relation (an encounter) counts from its date; an undated one (care team, médecin
# traitant, registration) stands until its source changes.


def insert_care_relations(connection: Connection, rows: Sequence[Row]) -> None:
    if rows:
        _bulk_insert(connection, care_relations, rows)


def delete_care_relations(
    connection: Connection, practice_id: str, source_id: str, bases: Sequence[str]
) -> None:
    """The relations ``source_id`` makes on these bases (its others are kept)."""
    connection.execute(
        delete(care_relations).where(
            care_relations.c.practice_id == practice_id,
            care_relations.c.source_id == source_id,
            care_relations.c.basis.in_(bases),
        )
    )


def replace_care_relations(
    connection: Connection,
    practice_id: str,
    source_id: str,
    bases: Sequence[str],
    rows: Sequence[Row],
) -> None:
    delete_care_relations(connection, practice_id, source_id, bases)
    insert_care_relations(connection, rows)


def find_care_relation(
    connection: Connection,
    practice_id: str,
    practitioner_id: str,
    patient_id: str,
    since: date,
    *,
    until: date,
) -> str | None:
    """The basis of one relation of this practitioner to this patient, undated before dated
    (then by basis name), counting dated relations from ``since`` on, and an appointment only
    on ``until`` or the day before (a night's on-call); None if there is none."""
    found = connection.execute(
        _CARE_RELATION,
        {
            "practice_id": practice_id,
            "practitioner_id": practitioner_id,
            "patient_id": patient_id,
            "since": since,
            "until": until,
            "appointment_from": until - timedelta(days=1),
        },
    ).scalar_one_or_none()
    return None if found is None else str(found)


def has_visit(
    connection: Connection,
    practice_id: str,
    practitioner_id: str,
    patient_id: str,
    *,
    day_from: date,
    day_to: date,
) -> bool:
    """Whether this practitioner has an appointment or an encounter with this patient on a
    day between ``day_from`` and ``day_to``. Straight through the driver: the guard asks it
    at the first unexplained read of each visit, and SQLAlchemy's statement handling cost
    more than SQLite's lookup."""
    compiled = _VISIT_BY_DIALECT.get(connection.dialect.name)
    if compiled is None:
        named = {name: placeholder(connection.dialect, name) for name in _VISIT_PARAMETERS}
        compiled = (
            _VISIT_SQL.format(**named),
            _driver_processor(care_relations.c.on_date, connection),
        )
        _VISIT_BY_DIALECT[connection.dialect.name] = compiled
    statement, stamp = compiled
    found = fetch_all(
        connection,
        statement,
        {
            "practice_id": practice_id,
            "practitioner_id": practitioner_id,
            "patient_id": patient_id,
            "day_from": day_from if stamp is None else stamp(day_from),
            "day_to": day_to if stamp is None else stamp(day_to),
        },
    )
    return bool(found)


# A visit: an appointment or an encounter of this practitioner with this patient in a span of
# days (the guard's explanation of an access), written out for the driver.
_VISIT_PARAMETERS = ("practice_id", "practitioner_id", "patient_id", "day_from", "day_to")
_VISIT_SQL = (
    "SELECT 1 FROM care_relations WHERE practice_id = {practice_id} "  # noqa: S608 - our own
    "AND practitioner_id = {practitioner_id} AND patient_id = {patient_id} "
    f"AND basis IN ('{APPOINTMENT}', '{ENCOUNTER}') "
    "AND on_date BETWEEN {day_from} AND {day_to} LIMIT 1"
)
# The statement and the date's bind processor, made once per dialect.
_VISIT_BY_DIALECT: dict[str, tuple[str, Callable[[Any], Any] | None]] = {}


def list_care_relations(
    connection: Connection, practice_id: str, patient_id: str
) -> list[RowMapping]:
    """Every relation of one patient (through the patient index), in a stable order."""
    rows = connection.execute(
        select(care_relations)
        .where(
            care_relations.c.practice_id == practice_id, care_relations.c.patient_id == patient_id
        )
        .order_by(
            care_relations.c.basis, care_relations.c.source_id, care_relations.c.practitioner_id
        )
    )
    return [row._mapping for row in rows]


# -- imports: progress -------------------------------------------------------


def refresh_statistics(connection: Connection) -> None:
    """Let the query planner know the tables' new sizes after a bulk load."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA optimize")
    else:
        for table in (patients, blind_indexes, patient_keys, resources, care_relations):
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


_DEFERRED_ACCESS = "carevault.deferred_access"
# What the access recorder hands over for each entry, in this order; ``at`` (one time for the
# entries of one call) and ``leaf_index`` are added here.
ACCESS_FIELDS = tuple(name for name in ENTRY_COLUMNS if name not in ("leaf_index", "at"))
AccessValues = Sequence[str | None]  # one entry's values, in ACCESS_FIELDS order
_Appended = tuple[datetime, Sequence[AccessValues]]  # the entries of one call, and their time
_ACCESS_COLUMNS = ", ".join((*ACCESS_FIELDS, "at", "leaf_index"))
_ACCESS_INSERT = (
    f"INSERT INTO access_log ({_ACCESS_COLUMNS}) "  # noqa: S608 - our own column names
    f"VALUES ({', '.join('?' for _ in range(len(ACCESS_FIELDS) + 2))})"
)
_ACCESS_COPY = f"COPY access_log ({_ACCESS_COLUMNS}) FROM STDIN"
_PRACTICE = ACCESS_FIELDS.index("practice_id")


def defer_access(connection: Connection) -> None:
    """From now on, entries appended on this connection wait for :func:`flush_access`, just
    before commit: the numbering counter's row is then locked for the commit alone, not for
    the rest of the request (on PostgreSQL every request of every worker takes that lock)."""
    connection.info[_DEFERRED_ACCESS] = []


def flush_access(connection: Connection) -> None:
    """Append what was deferred; the caller commits right after."""
    appended = connection.info.pop(_DEFERRED_ACCESS, None)
    if appended:
        _append_numbered(connection, appended)


def discard_access(connection: Connection) -> None:
    """Drop what was deferred (the transaction rolls back)."""
    connection.info.pop(_DEFERRED_ACCESS, None)


def append_access(connection: Connection, at: datetime, entries: Sequence[AccessValues]) -> None:
    """Append to the access log, made at ``at``, each entry numbered for the Merkle log (at
    commit, if the connection defers: either way, committed with the transaction or not at
    all)."""
    deferred = connection.info.get(_DEFERRED_ACCESS)
    if deferred is not None:
        deferred.append((at, entries))
    elif entries:
        _append_numbered(connection, [(at, entries)])


def _append_numbered(connection: Connection, appended: Sequence[_Appended]) -> None:
    """Number the entries in order and insert them as plain tuples, straight to the driver
    (SQLite's executemany, PostgreSQL's COPY): building a mapping per row and binding it
    through SQLAlchemy cost more than the insert."""
    count = sum(len(entries) for _, entries in appended)
    if not count:
        return
    first = reserve_leaves(connection, count)
    on_sqlite = connection.dialect.name == "sqlite"
    # SQLite's DATETIME writes the text SQLAlchemy reads back; psycopg takes a datetime.
    stamp = _driver_processor(access_log.c.at, connection) if on_sqlite else None
    rows: list[tuple[Any, ...]] = []
    for at, entries in appended:
        value = at if stamp is None else stamp(at)
        rows += [(*entry, value, index) for index, entry in enumerate(entries, first + len(rows))]
    if on_sqlite:
        connection.exec_driver_sql(_ACCESS_INSERT, rows)
    else:
        copy_rows(connection, _ACCESS_COPY, rows)
    note_segment_times(connection, _segment_times(first, appended))


def _segment_times(first: int, appended: Sequence[_Appended]) -> list[tuple[str, int, datetime]]:
    """(practice, segment, time) of the entries numbered from ``first``: every practice of a
    call in every segment its entries span (a few more pairs than exact, never fewer)."""
    found = []
    for at, entries in appended:
        last = first + len(entries) - 1
        segments = range(first // LOG_SEGMENT_ENTRIES, last // LOG_SEGMENT_ENTRIES + 1)
        practices = {entry[_PRACTICE] for entry in entries}
        found += [(str(practice), segment, at) for practice in practices for segment in segments]
        first = last + 1
    return found


def list_access(connection: Connection, practice_id: str, limit: int = 100) -> list[RowMapping]:
    rows = connection.execute(
        select(access_log)
        .where(access_log.c.practice_id == practice_id)
        .order_by(access_log.c.leaf_index.desc())
        .limit(limit)
    )
    return [row._mapping for row in rows]


# -- break-the-glass grants -----------------------------------------------------------------------


def insert_break_glass_grant(connection: Connection, row: Row) -> None:
    connection.execute(insert(break_glass_grants).values(**row))


def live_break_glass_grant(
    connection: Connection, practice_id: str, account_id: str, patient_id: str, now: datetime
) -> str | None:
    """The id of the latest grant of this account for this patient still running at ``now``."""
    found = connection.execute(
        _LIVE_GRANT,
        {
            "practice_id": practice_id,
            "account_id": account_id,
            "patient_id": patient_id,
            "now": now,
        },
    ).scalar_one_or_none()
    return str(found) if found is not None else None


def break_glass_reasons(
    connection: Connection, practice_id: str, grant_ids: Sequence[str]
) -> dict[str, bytes]:
    """The sealed reasons of these grants of the practice, by grant id."""
    if not grant_ids:
        return {}
    rows = connection.execute(
        select(break_glass_grants.c.id, break_glass_grants.c.reason).where(
            break_glass_grants.c.practice_id == practice_id,
            break_glass_grants.c.id.in_(list(grant_ids)),
        )
    )
    return {str(row.id): bytes(row.reason) for row in rows}


def accounts_by_id(
    connection: Connection, practice_id: str, account_ids: Sequence[str]
) -> dict[str, RowMapping]:
    """Username, role and practitioner of these accounts of the practice, by id."""
    if not account_ids:
        return {}
    rows = connection.execute(
        select(
            accounts.c.id, accounts.c.username, accounts.c.role, accounts.c.practitioner_id
        ).where(accounts.c.practice_id == practice_id, accounts.c.id.in_(list(account_ids)))
    )
    return {str(row.id): row._mapping for row in rows}


def account_ids_of_practitioner(
    connection: Connection, practice_id: str, practitioner_id: str
) -> list[str]:
    rows = connection.execute(
        select(accounts.c.id).where(
            accounts.c.practice_id == practice_id, accounts.c.practitioner_id == practitioner_id
        )
    )
    return [str(row.id) for row in rows]


def list_break_glass_grants(
    connection: Connection, practice_id: str, *, since: datetime, limit: int
) -> list[RowMapping]:
    rows = connection.execute(
        select(break_glass_grants)
        .where(
            break_glass_grants.c.practice_id == practice_id,
            break_glass_grants.c.created_at >= since,
        )
        .order_by(break_glass_grants.c.created_at.desc(), break_glass_grants.c.id)
        .limit(limit)
    )
    return [row._mapping for row in rows]


# -- access: accounts ---------------------------------------------------------------------------
# Login is the one lookup not scoped by practice: it names only a username, unique store-wide,
# and the practice it yields is the only one the session may touch.


def insert_account(connection: Connection, row: Row) -> None:
    connection.execute(insert(accounts).values(**row))


def username_taken(connection: Connection, username: str) -> bool:
    found = connection.execute(select(accounts.c.id).where(accounts.c.username == username))
    return found.first() is not None


def get_account_for_login(connection: Connection, username: str) -> RowMapping | None:
    found = connection.execute(select(accounts).where(accounts.c.username == username)).first()
    return found._mapping if found else None


def get_account(connection: Connection, practice_id: str, username: str) -> RowMapping | None:
    found = connection.execute(
        select(accounts).where(
            accounts.c.practice_id == practice_id, accounts.c.username == username
        )
    ).first()
    return found._mapping if found else None


def list_accounts(connection: Connection, practice_id: str) -> list[RowMapping]:
    rows = connection.execute(
        select(accounts).where(accounts.c.practice_id == practice_id).order_by(accounts.c.username)
    )
    return [row._mapping for row in rows]


def claim_otp_step(connection: Connection, account_id: str, step: int) -> bool:
    """Record ``step`` as the account's last accepted TOTP step, if it is newer than the last
    one: False means a replay (also when two workers race on the same code)."""
    result = connection.execute(
        update(accounts)
        .where(
            accounts.c.id == account_id,
            or_(accounts.c.otp_last_step.is_(None), accounts.c.otp_last_step < step),
        )
        .values(otp_last_step=step)
    )
    return result.rowcount == 1


def record_login(connection: Connection, account_id: str, at: datetime) -> bool:
    """A successful login on an account still enabled (False: disabled meanwhile)."""
    result = connection.execute(
        update(accounts)
        .where(accounts.c.id == account_id, accounts.c.disabled_at.is_(None))
        .values(last_login_at=at, locked_until=None)
    )
    return result.rowcount == 1


def add_failed_login(
    connection: Connection, account_id: str, *, at: datetime, opened_after: datetime
) -> RowMapping:
    """One more failed login: in the account's open window (opened after ``opened_after``),
    or the first of a new one opening ``at``. The new count, with the lock and disabling as
    they stand now (one statement, so attempts racing each other add up)."""
    return (
        connection.execute(
            update(accounts)
            .where(accounts.c.id == account_id)
            .values(
                _windowed(accounts.c.failed_logins, accounts.c.failures_since, at, opened_after)
            )
            .returning(
                accounts.c.failed_logins,
                accounts.c.locked_until,
                accounts.c.disabled_at,
                accounts.c.disabled_reason,
            )
        )
        .one()
        ._mapping
    )


def give_back_failed_login(connection: Connection, account_id: str) -> None:
    """Undo one :func:`add_failed_login` (an attempt counted in advance that succeeded)."""
    connection.execute(
        update(accounts)
        .where(accounts.c.id == account_id, accounts.c.failed_logins > 0)
        .values(failed_logins=accounts.c.failed_logins - 1)
    )


def lock_account(
    connection: Connection, account_id: str, *, until: datetime, at_failures: int
) -> bool:
    """Lock the account if it has ``at_failures`` consecutive failures or more (its count
    starts again); whether this call locked it (of failures judged together, one does)."""
    result = connection.execute(
        update(accounts)
        .where(accounts.c.id == account_id, accounts.c.failed_logins >= at_failures)
        .values(locked_until=until, failed_logins=0)
    )
    return result.rowcount == 1


def unlock_account(connection: Connection, practice_id: str, account_id: str) -> None:
    connection.execute(
        update(accounts)
        .where(accounts.c.practice_id == practice_id, accounts.c.id == account_id)
        .values(locked_until=None, failed_logins=0, failures_since=None)
    )


def _windowed(
    count: Column[int], since: Column[datetime], at: datetime, opened_after: datetime
) -> dict[str, Any]:
    """The values of one more failure counted in a window that opens at the first."""
    stale = or_(since.is_(None), since <= opened_after)
    return {
        count.name: case((stale, 1), else_=count + 1),
        since.name: case((stale, literal(at, UtcDateTime())), else_=since),
    }


def disable_account(
    connection: Connection, practice_id: str, account_id: str, *, at: datetime, reason: str
) -> None:
    connection.execute(
        update(accounts)
        .where(
            accounts.c.practice_id == practice_id,
            accounts.c.id == account_id,
            accounts.c.disabled_at.is_(None),
        )
        .values(disabled_at=at, disabled_reason=reason)
    )


def set_password_hash(
    connection: Connection, practice_id: str, account_id: str, password_hash: str
) -> None:
    connection.execute(
        update(accounts)
        .where(accounts.c.practice_id == practice_id, accounts.c.id == account_id)
        .values(password_hash=password_hash)
    )


def revoke_account_sessions(
    connection: Connection, practice_id: str, account_id: str, at: datetime
) -> int:
    """Revoke every live login session of the account (not its service tokens); how many."""
    return _revoke_live(connection, sessions, practice_id, account_id, at)


def set_otp_secret(
    connection: Connection, practice_id: str, account_id: str, sealed: bytes
) -> None:
    connection.execute(
        update(accounts)
        .where(accounts.c.practice_id == practice_id, accounts.c.id == account_id)
        .values(otp_secret=sealed, otp_last_step=None)
    )


# -- access: login sessions and service tokens --------------------------------------------------

_HOLDER = (
    accounts.c.username,
    accounts.c.role,
    accounts.c.practitioner_id,
    accounts.c.patient_id,
    accounts.c.disabled_at.label("account_disabled_at"),
)


def insert_session(connection: Connection, row: Row) -> None:
    connection.execute(insert(sessions).values(**row))


# Run on every request: built once (building the statement cost more than running it).
_SESSION_BY_HASH = (
    select(sessions, *_HOLDER)
    .join(accounts, accounts.c.id == sessions.c.account_id)
    .where(sessions.c.token_hash == bindparam("token_hash"))
)
_SERVICE_TOKEN_BY_HASH = (
    select(service_tokens, *_HOLDER)
    .join(accounts, accounts.c.id == service_tokens.c.account_id)
    .where(service_tokens.c.token_hash == bindparam("token_hash"))
)


def get_session(connection: Connection, token_hash: bytes) -> RowMapping | None:
    """The session with this token hash, with its account's username, role, practitioner and
    disabled_at (as ``account_disabled_at``)."""
    found = connection.execute(_SESSION_BY_HASH, {"token_hash": token_hash}).first()
    return found._mapping if found else None


def touch_session(
    connection: Connection, session_id: str, *, at: datetime, seen_before: datetime
) -> None:
    """Move last_seen_at to ``at`` unless it is already later than ``seen_before`` (another
    request, maybe in another worker, moved it)."""
    connection.execute(
        update(sessions)
        .where(sessions.c.id == session_id, sessions.c.last_seen_at <= seen_before)
        .values(last_seen_at=at)
    )


def revoke_session(connection: Connection, token_hash: bytes, at: datetime) -> int:
    result = connection.execute(
        update(sessions)
        .where(sessions.c.token_hash == token_hash, sessions.c.revoked_at.is_(None))
        .values(revoked_at=at)
    )
    return result.rowcount


def revoke_account_credentials(
    connection: Connection, practice_id: str, account_id: str, at: datetime
) -> int:
    """Revoke every live session and service token of the account; how many."""
    return sum(
        _revoke_live(connection, table, practice_id, account_id, at)
        for table in (sessions, service_tokens)
    )


def _revoke_live(
    connection: Connection, table: Table, practice_id: str, account_id: str, at: datetime
) -> int:
    return connection.execute(
        update(table)
        .where(
            table.c.practice_id == practice_id,
            table.c.account_id == account_id,
            table.c.revoked_at.is_(None),
        )
        .values(revoked_at=at)
    ).rowcount


def insert_service_token(connection: Connection, row: Row) -> None:
    connection.execute(insert(service_tokens).values(**row))


def get_service_token(connection: Connection, token_hash: bytes) -> RowMapping | None:
    """Like :func:`get_session`, for a service token."""
    found = connection.execute(_SERVICE_TOKEN_BY_HASH, {"token_hash": token_hash}).first()
    return found._mapping if found else None


def touch_service_token(
    connection: Connection, token_id: str, *, at: datetime, used_before: datetime
) -> None:
    connection.execute(
        update(service_tokens)
        .where(
            service_tokens.c.id == token_id,
            or_(
                service_tokens.c.last_used_at.is_(None),
                service_tokens.c.last_used_at <= used_before,
            ),
        )
        .values(last_used_at=at)
    )


def last_service_token_use(connection: Connection, account_id: str) -> datetime | None:
    """When any of the account's service tokens was last used (to within a minute)."""
    found = connection.execute(
        select(func.max(service_tokens.c.last_used_at)).where(
            service_tokens.c.account_id == account_id
        )
    ).scalar_one_or_none()
    return found


def list_service_tokens(connection: Connection, practice_id: str) -> list[RowMapping]:
    rows = connection.execute(
        select(service_tokens, accounts.c.username)
        .join(accounts, accounts.c.id == service_tokens.c.account_id)
        .where(service_tokens.c.practice_id == practice_id)
        .order_by(service_tokens.c.created_at, service_tokens.c.id)
    )
    return [row._mapping for row in rows]


def revoke_service_token(
    connection: Connection, practice_id: str, token_id: str, at: datetime
) -> int:
    result = connection.execute(
        update(service_tokens)
        .where(
            service_tokens.c.practice_id == practice_id,
            service_tokens.c.id == token_id,
            service_tokens.c.revoked_at.is_(None),
        )
        .values(revoked_at=at)
    )
    return result.rowcount


def get_service_token_by_id(
    connection: Connection, practice_id: str, token_id: str
) -> RowMapping | None:
    found = connection.execute(
        select(service_tokens).where(
            service_tokens.c.practice_id == practice_id, service_tokens.c.id == token_id
        )
    ).first()
    return found._mapping if found else None


# -- access: login throttle ---------------------------------------------------------------------


def get_login_failures(connection: Connection, keys: Sequence[str]) -> dict[str, RowMapping]:
    rows = connection.execute(select(login_throttle).where(login_throttle.c.key.in_(keys)))
    return {row.key: row._mapping for row in rows}


def count_login_failure(
    connection: Connection, key: str, *, at: datetime, opened_after: datetime
) -> None:
    """One more failure under ``key``: in the open window (opened after ``opened_after``), or
    as the first of a new window opening ``at``. One statement, so concurrent workers add up."""
    statement = _upsert_dialect(connection).insert(login_throttle)
    stale: ColumnElement[bool] = login_throttle.c.window_start <= opened_after
    connection.execute(
        statement.values(key=key, window_start=at, failures=1).on_conflict_do_update(
            index_elements=[login_throttle.c.key],
            set_={
                "failures": case((stale, 1), else_=login_throttle.c.failures + 1),
                "window_start": case(
                    (stale, literal(at, UtcDateTime())), else_=login_throttle.c.window_start
                ),
            },
        )
    )


def give_back_login_failure(connection: Connection, key: str) -> None:
    """Undo one :func:`count_login_failure` (an attempt counted in advance that succeeded)."""
    connection.execute(
        update(login_throttle)
        .where(login_throttle.c.key == key, login_throttle.c.failures > 0)
        .values(failures=login_throttle.c.failures - 1)
    )


def clear_login_failures(connection: Connection, key: str) -> None:
    connection.execute(delete(login_throttle).where(login_throttle.c.key == key))


def prune_login_failures(connection: Connection, opened_before: datetime) -> int:
    """Forget the counters whose window has closed (so the table does not grow with every
    address that ever failed once)."""
    return connection.execute(
        delete(login_throttle).where(login_throttle.c.window_start <= opened_before)
    ).rowcount


def add_unknown_login_failure(
    connection: Connection, username: str, *, at: datetime, opened_after: datetime
) -> RowMapping:
    """:func:`add_failed_login` for a username no account holds: its new count and lock."""
    statement = _upsert_dialect(connection).insert(login_lockouts)
    table = login_lockouts.c
    return (
        connection.execute(
            statement.values(username_hash=_name_hash(username), failed_logins=1, failures_since=at)
            .on_conflict_do_update(
                index_elements=[table.username_hash],
                set_=_windowed(table.failed_logins, table.failures_since, at, opened_after),
            )
            .returning(table.failed_logins, table.locked_until)
        )
        .one()
        ._mapping
    )


def unknown_login_lock(connection: Connection, username: str) -> datetime | None:
    """Until when a username no account holds is locked (None: it is not)."""
    found: datetime | None = connection.execute(
        select(login_lockouts.c.locked_until).where(
            login_lockouts.c.username_hash == _name_hash(username)
        )
    ).scalar_one_or_none()
    return found


def lock_unknown_login(
    connection: Connection, username: str, *, until: datetime, at_failures: int
) -> bool:
    """:func:`lock_account` for a username no account holds."""
    result = connection.execute(
        update(login_lockouts)
        .where(
            login_lockouts.c.username_hash == _name_hash(username),
            login_lockouts.c.failed_logins >= at_failures,
        )
        .values(locked_until=until, failed_logins=0)
    )
    return result.rowcount == 1


def prune_unknown_logins(connection: Connection, opened_before: datetime, now: datetime) -> int:
    """Forget the usernames no account holds whose window opened before ``opened_before``,
    unless still locked (the table does not grow for good with every name ever tried)."""
    unlocked = or_(login_lockouts.c.locked_until.is_(None), login_lockouts.c.locked_until <= now)
    return connection.execute(
        delete(login_lockouts).where(login_lockouts.c.failures_since <= opened_before, unlocked)
    ).rowcount


def _name_hash(username: str) -> str:
    return hashlib.sha256(username.encode()).hexdigest()


def _upsert_dialect(connection: Connection) -> Any:
    return sqlite if connection.dialect.name == "sqlite" else postgresql


# -- bulk export requests ------------------------------------------------------------------------


def insert_export_request(connection: Connection, row: Row) -> None:
    connection.execute(insert(export_requests).values(**row))


def get_export_request(
    connection: Connection, practice_id: str, request_id: str, *, lock: bool = False
) -> RowMapping | None:
    query = select(export_requests).where(
        export_requests.c.practice_id == practice_id, export_requests.c.id == request_id
    )
    found = connection.execute(query.with_for_update() if lock else query).first()
    return found._mapping if found else None


def update_export_request(
    connection: Connection, practice_id: str, request_id: str, values: Row
) -> None:
    connection.execute(
        update(export_requests)
        .where(export_requests.c.practice_id == practice_id, export_requests.c.id == request_id)
        .values(**values)
    )


# -- the guard ---------------------------------------------------------------------------------


def add_honeytokens(
    connection: Connection, practice_id: str, patient_ids: Sequence[str], at: datetime
) -> None:
    rows = [{"practice_id": practice_id, "patient_id": p, "created_at": at} for p in patient_ids]
    if rows:
        connection.execute(insert(honeytokens), rows)


def honeytoken_ids(connection: Connection, practice_id: str) -> set[str]:
    found = connection.execute(
        select(honeytokens.c.patient_id).where(honeytokens.c.practice_id == practice_id)
    )
    return {str(row) for row in found.scalars()}


def add_guard_alert(connection: Connection, row: Row) -> None:
    connection.execute(insert(guard_alerts), [dict(row)])


def list_guard_alerts(
    connection: Connection,
    practice_id: str,
    *,
    since: datetime | None,
    limit: int,
    after: tuple[datetime, str] | None = None,
) -> list[RowMapping]:
    """Newest first; ``after`` is the (created_at, id) of the last alert of the page before."""
    query = select(guard_alerts).where(guard_alerts.c.practice_id == practice_id)
    if since is not None:
        query = query.where(guard_alerts.c.created_at >= since)
    if after is not None:
        at, last_id = after
        query = query.where(
            or_(
                guard_alerts.c.created_at < at,
                and_(guard_alerts.c.created_at == at, guard_alerts.c.id > last_id),
            )
        )
    query = query.order_by(guard_alerts.c.created_at.desc(), guard_alerts.c.id).limit(limit)
    return list(connection.execute(query).mappings())


def enable_account(
    connection: Connection, practice_id: str, account_id: str, *, at: datetime
) -> bool:
    """Lift a disabled account's disabling (its revoked credentials stay revoked); its
    dormancy counts from ``at``."""
    done = connection.execute(
        update(accounts)
        .where(accounts.c.practice_id == practice_id, accounts.c.id == account_id)
        .where(accounts.c.disabled_at.is_not(None))
        .values(
            disabled_at=None,
            disabled_reason=None,
            failed_logins=0,
            locked_until=None,
            enabled_at=at,
        )
    )
    return bool(done.rowcount)
