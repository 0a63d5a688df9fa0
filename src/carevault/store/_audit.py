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
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from carevault.store._driver import fetch_all, placeholder
from carevault.store._schema import (
    LOG_SEGMENT_ENTRIES,
    access_log,
    access_log_segments,
    audit_checkpoints,
    audit_cosignatures,
    audit_state,
    audit_tiles,
    audit_tree,
    log_segment,
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


def claim_integration(connection: Connection, holder: str, now: datetime, until: datetime) -> bool:
    """Hold (or keep holding) the integrator's lease until ``until``, unless another holder's
    lease is still running at ``now``; whether this holder has it. A lease running past
    ``until`` was not set by a claim (forged in the database, or a clock far ahead): void."""
    claimed = connection.execute(
        update(audit_tree)
        .where(
            _TREE,
            or_(
                audit_tree.c.integrator.is_(None),
                audit_tree.c.integrator == holder,
                audit_tree.c.integrator_until < now,
                audit_tree.c.integrator_until > until,
            ),
        )
        .values(integrator=holder, integrator_until=until)
    )
    return claimed.rowcount == 1


def release_integration(connection: Connection, holder: str) -> None:
    """Give the lease up (a stopping worker: another takes over at its next tick)."""
    connection.execute(
        update(audit_tree)
        .where(_TREE, audit_tree.c.integrator == holder)
        .values(integrator=None, integrator_until=None)
    )


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
    """The smallest leaf index of an entry made at or after ``at`` (for retention): in the
    first segment whose latest entry is that recent (one is, unless pruned meanwhile)."""
    segments = connection.execute(
        select(access_log_segments.c.segment)
        .where(access_log_segments.c.last_at >= at)
        .group_by(access_log_segments.c.segment)
        .order_by(access_log_segments.c.segment)
    )
    for (segment,) in segments:
        found = connection.execute(
            select(func.min(access_log.c.leaf_index)).where(
                _in_segments([segment]), access_log.c.at >= at
            )
        ).scalar_one_or_none()
        if found is not None:
            return int(found)
    return None


def delete_entries_below(connection: Connection, index: int) -> int:
    """Delete the entries before ``index``, and the times of the segments wholly before it."""
    connection.execute(
        delete(access_log_segments).where(
            access_log_segments.c.segment < index // LOG_SEGMENT_ENTRIES
        )
    )
    return connection.execute(delete(access_log).where(access_log.c.leaf_index < index)).rowcount


def note_segment_times(connection: Connection, times: Sequence[tuple[str, int, datetime]]) -> None:
    """Widen the (practice, segment) spans of access_log_segments to hold each time given, in
    the appending transaction (after the leaves are reserved: one writer at a time)."""
    spans: dict[tuple[str, int], tuple[datetime, datetime]] = {}
    for practice_id, segment, at in times:
        earliest, latest = spans.get((practice_id, segment), (at, at))
        spans[practice_id, segment] = (min(earliest, at), max(latest, at))
    if spans:
        connection.execute(
            _segment_upsert(connection.dialect),
            [
                {"practice_id": practice, "segment": segment, "first_at": first, "last_at": last}
                for (practice, segment), (first, last) in sorted(spans.items())
            ],
        )


_SEGMENT_UPSERTS: dict[str, Any] = {}


def _segment_upsert(dialect: Dialect) -> Any:
    statement = _SEGMENT_UPSERTS.get(dialect.name)
    if statement is None:
        table = access_log_segments
        on_sqlite = dialect.name == "sqlite"
        inserting = sqlite.insert(table) if on_sqlite else postgresql.insert(table)
        earliest, latest = (func.min, func.max) if on_sqlite else (func.least, func.greatest)
        statement = _SEGMENT_UPSERTS[dialect.name] = inserting.on_conflict_do_update(
            index_elements=[table.c.practice_id, table.c.segment],
            set_={
                "first_at": earliest(table.c.first_at, inserting.excluded.first_at),
                "last_at": latest(table.c.last_at, inserting.excluded.last_at),
            },
        )
    return statement


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
    dated = since is not None or until is not None
    if patient_id is None and not dated:
        return [row._mapping for row in connection.execute(query.limit(limit))]
    # The segments are walked from the cursor down: capped at the log's end, so a forged
    # cursor far beyond it costs no more than the first page.
    end = next_index(connection)
    if before_index is not None:
        end = min(before_index, end)
    segments: Sequence[int]
    if dated:
        segments = _segments_in_time(connection, practice_id, since, until, end)
    else:
        segments = range((end - 1) // LOG_SEGMENT_ENTRIES, -1, -1)
    if patient_id is not None:
        query = query.where(access_log.c.patient_id == patient_id)
        # Each segment is one seek of ix_access_log_segment_patient.
        parts = _chunks(segments, _SEGMENTS_PER_QUERY)
        conditions = (log_segment.in_(part) for part in parts)
    else:
        conditions = (_in_segments(run) for run in _runs(segments))
    found: list[RowMapping] = []
    for condition in conditions:
        rows = connection.execute(query.where(condition).limit(limit - len(found)))
        found += [row._mapping for row in rows]
        if len(found) >= limit:
            break
    return found


_SEGMENTS_PER_QUERY = 256


def _segments_in_time(
    connection: Connection,
    practice_id: str,
    since: datetime | None,
    until: datetime | None,
    end: int,
) -> list[int]:
    """The segments below ``end``, newest first, holding entries of the practice made in
    [since, until) as access_log_segments tells."""
    table = access_log_segments
    query = select(table.c.segment).where(
        table.c.practice_id == practice_id,
        table.c.segment <= (end - 1) // LOG_SEGMENT_ENTRIES,
    )
    if since is not None:
        query = query.where(table.c.last_at >= since)
    if until is not None:
        query = query.where(table.c.first_at < until)
    return list(connection.execute(query.order_by(table.c.segment.desc())).scalars())


def _chunks(segments: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(segments), size):
        yield list(segments[start : start + size])


def _runs(segments: Sequence[int]) -> Iterator[list[int]]:
    """Newest-first segments in runs of consecutive ones: each run one range of the key."""
    run: list[int] = []
    for segment in segments:
        if run and segment != run[-1] - 1:
            yield run
            run = []
        run.append(segment)
    if run:
        yield run


def _in_segments(segments: Sequence[int]) -> Any:
    """The entries of consecutive segments, as a range of the log's key (the table's order,
    so the range is read without scanning past it)."""
    return and_(
        access_log.c.leaf_index >= min(segments) * LOG_SEGMENT_ENTRIES,
        access_log.c.leaf_index < (max(segments) + 1) * LOG_SEGMENT_ENTRIES,
    )


def entry_at(connection: Connection, leaf_index: int) -> RowMapping | None:
    found = connection.execute(select(*_ENTRY).where(access_log.c.leaf_index == leaf_index))
    row = found.first()
    return None if row is None else row._mapping
