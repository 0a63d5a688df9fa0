"""`audit verify`: recompute the whole log from its entries and hold it against every stored
checkpoint and what the witnesses cosigned. Streaming: memory stays flat however long the log.

What each check catches:
- an entry whose hash differs from the one recorded in its tile: an edited entry (or two
  swapped), named by its index;
- a missing leaf index: a deleted entry;
- a root that differs from a signed checkpoint's: entries and tiles rewritten together;
- a checkpoint not signed by the log's key: a re-signed (forged) log;
- a witness's cosigned checkpoint beyond the log's end, or with another root: a truncated or
  rewritten log, or a split view (the witness saw another log than this one).
"""

from __future__ import annotations

import heapq
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from carevault.audit._entry import COLUMN, encode_entries, numbered_run
from carevault.audit._log import tile_fetcher
from carevault.audit._merkle import root_hash
from carevault.audit._note import (
    Checkpoint,
    ForeignCheckpointError,
    NoteError,
    NoteVerifier,
    UnverifiedNoteError,
    open_checkpoint,
    verify_note,
)
from carevault.audit._retention import prune_mark
from carevault.audit._tiles import HASH, TILE_WIDTH, NodeReader, TreeEdge, leaf_hashes
from carevault.errors import AuditIntegrityError
from carevault.store import Store, audit_queries

_BATCH = 4096
_CHUNK = 32_768  # entries a worker reads and hashes at a time
PARALLEL_FROM = 200_000  # below, starting processes costs more than it saves
_ACTION, _DETAIL = COLUMN["action"], COLUMN["detail"]


@dataclass(frozen=True)
class WitnessView:
    """What one witness says it cosigned last (None: nothing yet, or unreachable)."""

    name: str
    verifier: NoteVerifier
    note: bytes | None


@dataclass
class VerifyReport:
    size: int = 0  # entries in the tree
    pending: int = 0  # appended, not integrated yet (covered by no checkpoint)
    pruned_below: int = 0
    entries_checked: int = 0
    checkpoints_checked: int = 0
    witnesses_checked: list[str] = field(default_factory=list)
    root: bytes = b""
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(order=True, frozen=True)
class _Target:
    """A size at which the recomputed root must equal a signed one."""

    size: int
    what: str = field(compare=False)
    root: bytes = field(compare=False)
    kept_by_us: bool = field(compare=False, default=False)  # signed here, kept outside the db


@dataclass(frozen=True)
class _Sources:
    """What the log is held against: its key, the witnesses, checkpoints kept elsewhere."""

    log_key: NoteVerifier
    witnesses: Sequence[WitnessView]
    known: Sequence[tuple[str, bytes]]


def verify_log(
    store: Store,
    log_key: NoteVerifier,
    witnesses: Sequence[WitnessView] = (),
    progress: Callable[[int], None] | None = None,
    *,
    known: Sequence[tuple[str, bytes]] = (),
) -> VerifyReport:
    """``known``: (what, signed checkpoint) kept outside the database, such as the last one
    this machine signed (MerkleLog.mirrored_checkpoint)."""
    report = VerifyReport()
    sources = _Sources(log_key, witnesses, known)
    try:
        with store.snapshot() as connection:
            _verify(connection, sources, report, progress or (lambda _: None))
    except AuditIntegrityError as broken:
        report.problem = str(broken)
    return report


def _verify(
    connection: Connection,
    sources: _Sources,
    report: VerifyReport,
    progress: Callable[[int], None],
) -> None:
    size, pruned = audit_queries.tree_state(connection)
    report.size, report.pruned_below = size, pruned
    report.pending = max(0, audit_queries.next_index(connection) - size)
    outside = [
        *_witness_targets(sources.witnesses, sources.log_key, report),
        *_known_targets(sources.known, sources.log_key),
    ]
    targets = heapq.merge(_checkpoint_targets(connection, sources.log_key, report), sorted(outside))
    replay = _Replay(connection, pruned, _leaves(connection, pruned, size), report, progress)
    for target in targets:
        if target.size > size:
            raise AuditIntegrityError(
                f"the log is truncated: {target.what} covers {target.size} entries, "
                f"the log holds {size}"
            )
        root = replay.root_at(target.size)
        if root is not None and root != target.root:
            raise AuditIntegrityError(
                f"{target.what} does not match the log: entries before {target.size} were "
                "rewritten (with their hashes), or the log was forked"
            )
    report.root = replay.root_at(size) or b""
    latest = audit_queries.latest_checkpoint(connection)
    for target in outside:
        if target.kept_by_us and (latest is None or int(latest["size"]) < target.size):
            raise AuditIntegrityError(
                f"{target.what} is missing from the database: checkpoints were deleted"
            )
    if not report.checkpoints_checked and not outside and size + report.pending:
        raise AuditIntegrityError(
            f"no checkpoint covers the log's {size + report.pending} entries: nothing to hold "
            "them against (were the checkpoints deleted? else run `carevault audit checkpoint`)"
        )
    if pruned:
        next_index = size + report.pending
        marks = replay.prune_marks | audit_queries.prune_details(connection, size, next_index)
        if prune_mark(pruned) not in marks:
            raise AuditIntegrityError(
                f"the entries before {pruned} are gone, and no entry of the log records "
                "pruning them: they were deleted"
            )


@dataclass(frozen=True)
class _Hashed:
    """The leaf hashes of a run of entries, the prune marks among them, and the first
    missing index (the run stops there)."""

    hashes: list[bytes]
    marks: list[str]
    missing: int | None


def _hash_rows(batches: Iterable[Sequence[Sequence[Any]]], start: int, end: int) -> _Hashed:
    hashes: list[bytes] = []
    marks: list[str] = []
    expected = start
    for rows in batches:
        kept = rows[: numbered_run(rows, expected)]
        hashes += leaf_hashes(encode_entries(kept))
        marks += [str(row[_DETAIL]) for row in kept if row[_ACTION] == "prune"]
        expected += len(kept)
        if len(kept) < len(rows):
            break
    return _Hashed(hashes, marks, None if expected == end else expected)


def _serial_leaves(connection: Connection, start: int, end: int) -> Iterator[_Hashed]:
    for first in range(start, end, _BATCH):
        upto = min(end, first + _BATCH)
        yield _hash_rows(audit_queries.entry_batches(connection, first, upto), first, upto)


def _parallel_leaves(url: str, start: int, end: int, workers: int) -> Iterator[_Hashed]:
    """The same, read and hashed by ``workers`` processes, each with its own connection;
    the entries below the tree size read at the start are the same for every reader."""
    chunks = [(url, first, min(end, first + _CHUNK)) for first in range(start, end, _CHUNK)]
    context = multiprocessing.get_context("spawn")  # no inherited database connections
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield from pool.map(_hash_chunk, chunks, chunksize=1)


_worker_stores: dict[str, Store] = {}


def _hash_chunk(chunk: tuple[str, int, int]) -> _Hashed:
    url, start, end = chunk
    store = _worker_stores.get(url)
    if store is None:
        store = _worker_stores[url] = Store.connect(url)
    with store.snapshot() as connection:
        return _hash_rows(audit_queries.entry_batches(connection, start, end), start, end)


class _Replay:
    """The tree recomputed from the entries, each tile held against the stored one."""

    def __init__(
        self,
        connection: Connection,
        pruned: int,
        leaves: Iterator[_Hashed],
        report: VerifyReport,
        progress: Callable[[int], None],
    ) -> None:
        self._fetch = tile_fetcher(connection)
        self._pruned = pruned
        self._edge = TreeEdge.load(pruned, self._fetch)
        self._leaves = leaves
        self._pending: list[bytes] = []
        self._missing: int | None = None
        self._report = report
        self._progress = progress
        self.prune_marks: set[str] = set()

    def root_at(self, size: int) -> bytes | None:
        """The recomputed root at ``size``; None if its leaf hashes were pruned (then only
        the checkpoint's signature can be checked)."""
        if size < self._pruned:
            if size % TILE_WIDTH:
                return None
            return root_hash(size, NodeReader(self._fetch))
        while self._edge.size < size:
            self._next_batch(min(_BATCH, size - self._edge.size))
        return self._edge.root()

    def _next_batch(self, count: int) -> None:
        start = self._edge.size
        while len(self._pending) < count and self._missing is None:
            hashed = next(self._leaves, None)
            if hashed is None:
                self._missing = start + len(self._pending)
                break
            self._pending.extend(hashed.hashes)
            self.prune_marks.update(hashed.marks)
            self._missing = hashed.missing
        count = min(count, len(self._pending))  # what is there first: an earlier edit wins
        batch, self._pending = self._pending[:count], self._pending[count:]
        for (level, tile_index), data in self._edge.append(batch).items():
            _compare_tile(level, tile_index, data, self._fetch(level, tile_index), start)
        self._report.entries_checked += count
        self._progress(count)
        if not batch and self._missing is not None:
            raise AuditIntegrityError(f"access log entry {self._missing} is missing (deleted)")


def _leaves(connection: Connection, start: int, end: int) -> Iterator[_Hashed]:
    workers = os.cpu_count() or 1
    if end - start < PARALLEL_FROM or workers < 2:
        return _serial_leaves(connection, start, end)
    url = connection.engine.url.render_as_string(hide_password=False)
    return _parallel_leaves(url, start, end, workers)


def _compare_tile(
    level: int, tile_index: int, computed: bytes, stored: bytes | None, first_new: int
) -> None:
    if stored is not None and stored.startswith(computed):
        return
    if level > 0:
        raise AuditIntegrityError(f"tile {level}/{tile_index} of the log's hashes was altered")
    stored = stored or b""
    for offset in range(0, len(computed), HASH):
        if stored[offset : offset + HASH] != computed[offset : offset + HASH]:
            index = tile_index * TILE_WIDTH + offset // HASH
            if index >= first_new:
                raise AuditIntegrityError(
                    f"access log entry {index} was altered: its hash differs from the one "
                    "the log recorded"
                )


def _checkpoint_targets(
    connection: Connection, log_key: NoteVerifier, report: VerifyReport
) -> Iterator[_Target]:
    for row in audit_queries.iter_checkpoints(connection):
        size = int(row["size"])
        what = f"the checkpoint of size {size} (issued {row['issued_at']:%Y-%m-%d %H:%M:%S})"
        checkpoint = _signed_checkpoint(bytes(row["note"]), log_key, what)
        if checkpoint.size != size:
            raise AuditIntegrityError(f"{what} says size {checkpoint.size}")
        report.checkpoints_checked += 1
        yield _Target(size, what, checkpoint.root)


def _witness_targets(
    witnesses: Sequence[WitnessView], log_key: NoteVerifier, report: VerifyReport
) -> Iterator[_Target]:
    for witness in witnesses:
        if witness.note is None:
            continue
        what = f"the checkpoint witness {witness.name} cosigned"
        try:
            verify_note(witness.note, [witness.verifier])
        except UnverifiedNoteError:
            raise AuditIntegrityError(f"{what} has no valid cosignature of that witness") from None
        except NoteError as exc:
            raise AuditIntegrityError(f"{what} does not parse: {exc}") from None
        checkpoint = _signed_checkpoint(witness.note, log_key, what)
        report.witnesses_checked.append(witness.name)
        yield _Target(checkpoint.size, f"{what} (size {checkpoint.size})", checkpoint.root)


def _known_targets(known: Sequence[tuple[str, bytes]], log_key: NoteVerifier) -> Iterator[_Target]:
    for what, note in known:
        checkpoint = _signed_checkpoint(note, log_key, what)
        yield _Target(checkpoint.size, f"{what} (size {checkpoint.size})", checkpoint.root, True)


def _signed_checkpoint(note: bytes, log_key: NoteVerifier, what: str) -> Checkpoint:
    try:
        return open_checkpoint(note, log_key)
    except UnverifiedNoteError:
        raise AuditIntegrityError(
            f"{what} is not signed by the log's key ({log_key.vkey})"
        ) from None
    except ForeignCheckpointError as foreign:
        raise AuditIntegrityError(f"{what} is for another log ({foreign.origin})") from None
    except NoteError as exc:
        raise AuditIntegrityError(f"{what} is not a valid signed checkpoint: {exc}") from None
