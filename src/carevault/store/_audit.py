"""SQL of the Merkle access log: leaf numbering, tiles of hashes, checkpoints, and the views
the DPO and patients read. The tree math itself lives in carevault.audit."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    RowMapping,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from carevault.store._driver import fetch_all, placeholder
from carevault.store._schema import (
    PATIENT_SEGMENT_ENTRIES,
    access_log,
    audit_checkpoints,
    audit_cosignatures,
    audit_state,
    audit_tiles,
    audit_tree,
    patient_segment,
)

LOG_ID = 1
# An entry's fields in the order carevault.audit encodes them.
ENTRY_COLUMNS = (
    "leaf_index",
    "practice_id",
    "at",
    "actor",
    "action",
    "outcome",
    "resource_type",
    "resource_id",
    "patient_id",
    "detail",
    "reason",
    "credential_id",
    "source",
    "user_agent",
)
_ENTRY = [access_log.c[name] for name in ENTRY_COLUMNS]

# Statements built once: integration runs a dozen of them per call, and building one cost
# more than running it.
_RESERVE = (
    update(audit_state)
    .where(audit_state.c.log_id == LOG_ID)
    .values(next_index=audit_state.c.next_index + bindparam("count", type_=BigInteger()))
    .returning(audit_state.c.next_index)
)
_COUNTER = select(audit_state.c.next_index).where(audit_state.c.log_id == LOG_ID)
_AFTER_HIGHEST = select(func.coalesce(func.max(access_log.c.leaf_index) + 1, 0))
_TREE = audit_tree.c.log_id == LOG_ID
_LOCK_TREE = update(audit_tree).where(_TREE).values(size=audit_tree.c.size)
_TREE_STATE = select(audit_tree.c.size, audit_tree.c.pruned_below).where(_TREE)
_SET_TREE_SIZE = update(audit_tree).where(_TREE).values(size=bindparam("new_size"))


def reserve_leaves(connection: Connection, count: int) -> int:
    """The first of ``count`` consecutive leaf indices for entries appended in this
    transaction, numbered without gaps in commit order (a rolled-back transaction gives its
    numbers back).

    PostgreSQL: the counter row of audit_state, locked until commit. SQLite has one writer
    at a time (every carevault transaction begins IMMEDIATE), so the next number is the
    highest so far plus one, read from the index under that lock: no counter row to rewrite
    on every read request."""
    if connection.dialect.name == "sqlite":
        first: int = connection.execute(_AFTER_HIGHEST).scalar_one()
        return first
    end: int = connection.execute(_RESERVE, {"count": count}).scalar_one()
    return end - count


def next_index(connection: Connection) -> int:
    """The index the next appended entry will get."""
    statement = _AFTER_HIGHEST if connection.dialect.name == "sqlite" else _COUNTER
    found: int = connection.execute(statement).scalar_one()
    return found


def lock_tree(connection: Connection) -> tuple[int, int]:
    """(size, pruned_below) of the tree, locked for this transaction: one integrator at a time
    (a write first, so SQLite takes its write lock before reading)."""
    connection.execute(_LOCK_TREE)
    return tree_state(connection)


def tree_state(connection: Connection) -> tuple[int, int]:
    row = connection.execute(_TREE_STATE).one()
    return int(row.size), int(row.pruned_below)


def set_tree_size(connection: Connection, size: int) -> None:
    connection.execute(_SET_TREE_SIZE, {"new_size": size})


def set_pruned_below(connection: Connection, index: int) -> None:
    connection.execute(update(audit_tree).where(_TREE).values(pruned_below=index))


_ENTRIES_SQL = (
    f"SELECT {', '.join(ENTRY_COLUMNS)} FROM access_log "  # noqa: S608 - our own column names
    "WHERE leaf_index >= {start} AND leaf_index < {end} ORDER BY leaf_index"
)


def entries(
    connection: Connection, start: int, end: int, *, batch: int = 5000
) -> Iterator[Sequence[Any]]:
    """The entries with leaf index in [start, end), in order, as tuples in ENTRY_COLUMNS order
    (see :func:`entry_batches`)."""
    for rows in entry_batches(connection, start, end, batch=batch):
        yield from rows


def entry_batches(
    connection: Connection, start: int, end: int, *, batch: int = 5000
) -> Iterator[list[tuple[Any, ...]]]:
    """The entries with leaf index in [start, end), in order, in lists of at most ``batch``
    tuples in ENTRY_COLUMNS order; read by index (keyset), so memory stays flat however long
    the range.

    Values come as the driver gives them (verify reads millions: SQLAlchemy's row processing
    would be a third of its time): ``at`` is a datetime on PostgreSQL and SQLite's text form
    ("YYYY-MM-DD HH:MM:SS.ffffff", UTC) on SQLite."""
    dialect = connection.dialect
    sql = _ENTRIES_SQL.format(start=placeholder(dialect, "start"), end=placeholder(dialect, "end"))
    position = start
    while position < end:
        upto = min(end, position + batch)
        rows = fetch_all(connection, sql, {"start": position, "end": upto})
        if rows:
            yield rows
        position = upto


def prune_details(connection: Connection, start: int, end: int) -> set[str]:
    """The details of the prune entries among entries [start, end)."""
    rows = connection.execute(
        select(access_log.c.detail).where(
            access_log.c.action == "prune",
            access_log.c.leaf_index >= start,
            access_log.c.leaf_index < end,
        )
    )
    return {str(row.detail) for row in rows}


def first_entry_at_or_after(connection: Connection, at: datetime) -> int | None:
    """The smallest leaf index of an entry made at or after ``at`` (for retention)."""
    found = connection.execute(
        select(func.min(access_log.c.leaf_index)).where(access_log.c.at >= at)
    ).scalar_one_or_none()
    return None if found is None else int(found)


def delete_entries_below(connection: Connection, index: int) -> int:
    return connection.execute(delete(access_log).where(access_log.c.leaf_index < index)).rowcount


def delete_leaf_tiles_below(connection: Connection, tile_index: int) -> None:
    """Drop the leaf hashes of pruned entries (level 0); the subtree hashes above stay."""
    connection.execute(
        delete(audit_tiles).where(audit_tiles.c.level == 0, audit_tiles.c.tile_index < tile_index)
    )


# -- tiles -----------------------------------------------------------------------------------------


def read_tile(connection: Connection, level: int, tile_index: int) -> bytes | None:
    """One tile's hashes, straight through the driver: a cold proof reads a few tiles, and
    SQLAlchemy's statement work cost more than the read."""
    found = fetch_all(
        connection, _tile_sql(connection.dialect), {"level": level, "index": tile_index}
    )
    return bytes(found[0][0]) if found else None


def _tile_sql(dialect: Dialect) -> str:
    sql = _TILE_SQL.get(dialect.name)
    if sql is None:
        level, index = placeholder(dialect, "level"), placeholder(dialect, "index")
        sql = _TILE_SQL[dialect.name] = (
            f"SELECT hashes FROM audit_tiles WHERE level = {level} AND tile_index = {index}"  # noqa: S608
        )
    return sql


_TILE_SQL: dict[str, str] = {}


_DELETE_TILE = delete(audit_tiles).where(
    audit_tiles.c.level == bindparam("level"), audit_tiles.c.tile_index == bindparam("index")
)
_INSERT_TILE = insert(audit_tiles)


def write_tiles(connection: Connection, tiles: Sequence[tuple[int, int, bytes]]) -> None:
    """Insert or replace tiles (a partial tile is rewritten as it grows)."""
    if not tiles:
        return
    connection.execute(
        _DELETE_TILE, [{"level": level, "index": index} for level, index, _ in tiles]
    )
    connection.execute(
        _INSERT_TILE,
        [{"level": level, "tile_index": index, "hashes": data} for level, index, data in tiles],
    )


# -- checkpoints and cosignatures ------------------------------------------------------------------


def insert_checkpoint(connection: Connection, size: int, issued_at: datetime, note: bytes) -> None:
    connection.execute(insert(audit_checkpoints).values(size=size, issued_at=issued_at, note=note))


def latest_checkpoint(connection: Connection) -> RowMapping | None:
    found = connection.execute(
        select(audit_checkpoints).order_by(audit_checkpoints.c.size.desc()).limit(1)
    ).first()
    return None if found is None else found._mapping


def checkpoint_at(connection: Connection, size: int) -> RowMapping | None:
    found = connection.execute(
        select(audit_checkpoints).where(audit_checkpoints.c.size == size)
    ).first()
    return None if found is None else found._mapping


def iter_checkpoints(connection: Connection, *, batch: int = 1000) -> Iterator[RowMapping]:
    """Every stored checkpoint by increasing size, in batches."""
    after = -1
    while True:
        rows = connection.execute(
            select(audit_checkpoints)
            .where(audit_checkpoints.c.size > after)
            .order_by(audit_checkpoints.c.size)
            .limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            yield row._mapping
        after = int(rows[-1].size)


def add_cosignature(
    connection: Connection, size: int, witness: str, line: str, received_at: datetime
) -> None:
    """Keep a witness's cosignature (two workers may both receive one: the first stays)."""
    dialect = sqlite if connection.dialect.name == "sqlite" else postgresql
    connection.execute(
        dialect.insert(audit_cosignatures)
        .values(size=size, witness=witness, line=line, received_at=received_at)
        .on_conflict_do_nothing(index_elements=["size", "witness"])
    )


def cosignatures(connection: Connection, size: int) -> list[tuple[str, str]]:
    """(witness, line) of every cosignature of the checkpoint of ``size``."""
    rows = connection.execute(
        select(audit_cosignatures.c.witness, audit_cosignatures.c.line)
        .where(audit_cosignatures.c.size == size)
        .order_by(audit_cosignatures.c.witness)
    )
    return [(str(row.witness), str(row.line)) for row in rows]


def last_cosigned_size(connection: Connection, witness: str) -> int:
    found = connection.execute(
        select(func.max(audit_cosignatures.c.size)).where(audit_cosignatures.c.witness == witness)
    ).scalar_one_or_none()
    return 0 if found is None else int(found)


# -- views: the DPO's search and a patient's access history ----------------------------------------


def search_entries(
    connection: Connection,
    practice_id: str,
    *,
    patient_id: str | None = None,
    actors: Sequence[str] | None = None,
    actions: Sequence[str] | None = None,
    exclude_actor: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    before_index: int | None = None,
    limit: int,
) -> list[RowMapping]:
    """One practice's entries matching every given filter, newest first, at most ``limit``,
    starting below ``before_index`` (the cursor of the previous page)."""
    query = select(*_ENTRY).where(access_log.c.practice_id == practice_id)
    if actors is not None:
        query = query.where(access_log.c.actor.in_(list(actors)))
    if actions is not None:
        query = query.where(access_log.c.action.in_(list(actions)))
    if exclude_actor is not None:
        query = query.where(access_log.c.actor != exclude_actor)
    if since is not None:
        query = query.where(access_log.c.at >= since)
    if until is not None:
        query = query.where(access_log.c.at < until)
    if before_index is not None:
        query = query.where(access_log.c.leaf_index < before_index)
    query = query.order_by(access_log.c.leaf_index.desc())
    if patient_id is None:
        return [row._mapping for row in connection.execute(query.limit(limit))]
    query = query.where(access_log.c.patient_id == patient_id)
    # The segments are walked from the cursor down: capped at the log's end, so a forged
    # cursor far beyond it costs no more than the first page.
    end = next_index(connection)
    if before_index is not None:
        end = min(before_index, end)
    found: list[RowMapping] = []
    for segments in _segments_newest_first(end):
        rows = connection.execute(
            query.where(patient_segment.in_(segments)).limit(limit - len(found))
        )
        found += [row._mapping for row in rows]
        if len(found) >= limit:
            break
    return found


_SEGMENTS_PER_QUERY = 256


def _segments_newest_first(end: int) -> Iterator[list[int]]:
    """The patient index's segments holding entries below ``end``, newest first, a few
    hundred at a time: each is one seek of the index (ix_access_log_patient_segment)."""
    top = (end - 1) // PATIENT_SEGMENT_ENTRIES
    while top >= 0:
        bottom = max(-1, top - _SEGMENTS_PER_QUERY)
        yield list(range(top, bottom, -1))
        top = bottom


def entry_at(connection: Connection, leaf_index: int) -> RowMapping | None:
    found = connection.execute(select(*_ENTRY).where(access_log.c.leaf_index == leaf_index))
    row = found.first()
    return None if row is None else row._mapping
