"""Import FHIR R4 (NDJSON, or a Bundle) into a practice: the road in from old software.

Streaming and resumable: lines are read and written in batches, each batch in one transaction
with the import's cursor, so an interrupted import resumes after the last committed batch and
a completed one is not applied twice. A bad line is reported with its number and skipped; the
rest is kept. Source ids are replaced by ids derived from them under the practice's key, so an
id from the old software (which may itself be identifying) is never stored, and re-importing a
resource updates it instead of duplicating it.

Parallel: parsing, validating, mapping ids and splitting each line into the plaintext of its
sealed fields and its blind-index values (:mod:`carevault.records._prepare`) is done by forked
worker processes on files large enough to pay for them (on Linux). The only key a worker uses
is the practice's index key (its :class:`~carevault.crypto.BlindIndexer`, which refuses to be
pickled: it is inherited at fork, never sent down a pipe). Like any forked child, a worker
also holds a copy of this process's memory, open keys and connections included; it never
touches them, and it is the same program run by the same user on the same host. The
importing process alone unwraps and makes data keys, seals and writes, in file order, so
batches, the cursor and resumption work as without workers. Workers ignore Ctrl-C: the
importing process stops them, so no half-written result is left in a pipe.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import re
import signal
import sys
import uuid
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson
from sqlalchemy import Connection

from carevault.crypto import BlindIndexer
from carevault.errors import CarevaultError, FHIRFormatError, InputError, WorkerError
from carevault.records import _fast_fhir, _fhir
from carevault.records._prepare import Prepared, check, prepare
from carevault.records._vault import PracticeRecords, WriteResult
from carevault.store import queries

BATCH_LINES = 1000
BatchHook = Callable[[Connection, WriteResult], None]
PARALLEL_MIN_BYTES = 1 << 20  # below this, forking workers costs more than it saves
_CHUNK_LINES = 200  # lines per task sent to a worker
_TASKS_AHEAD = 16  # tasks in flight per worker: enough to keep it busy, memory stays flat
SOURCE_ID_PURPOSE = "source-id"


@dataclass
class ImportReport:
    source: str
    lines: int = 0
    created: int = 0
    updated: int = 0
    patients_created: int = 0
    resumed_from: int = 0
    already_imported: bool = False
    errors: list[tuple[int, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "lines": self.lines,
            "created": self.created,
            "updated": self.updated,
            "patients_created": self.patients_created,
            "resumed_from_line": self.resumed_from,
            "already_imported": self.already_imported,
            "errors": [{"line": line, "error": message} for line, message in self.errors],
        }


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def import_file(
    records: PracticeRecords,
    path: Path,
    *,
    on_line: Callable[[int], None] | None = None,
    on_batch: BatchHook | None = None,
    batch_lines: int = BATCH_LINES,
    workers: int | None = None,
) -> ImportReport:
    """Import an NDJSON file or a JSON Bundle; ``on_line(bytes_read)`` drives a progress bar.

    ``workers``: processes that prepare lines (default: one per CPU but one, on files of a
    megabyte or more; 0 prepares them in this process)."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    # Keyed, so the stored digest cannot confirm a guess about a file's content.
    digest = records.keys.indexer.derived_id("import-source", file_digest(path))
    report = ImportReport(source=str(path))
    with records._store.transaction() as connection:
        previous = queries.get_import(connection, records.practice_id, digest)
    if previous is not None and previous["status"] == "complete":
        report.already_imported = True
        report.lines = previous["lines_done"]
        return report
    skip = previous["lines_done"] if previous is not None else 0
    report.resumed_from = skip
    if workers is None:
        workers = default_workers(path.stat().st_size)
    importer = _Importer(records, digest, report, on_batch)
    indexer = records.keys.indexer
    with path.open("rb") as handle, _collector_paused():
        lines = (line for line in _lines(handle, on_line) if line[0] > skip)
        # closing(): the workers stop as soon as the import does, not when the traceback goes.
        with closing(_prepared(lines, indexer, workers)) as prepared:
            importer.run(prepared, skip=skip, batch_lines=batch_lines)
    return report


@contextmanager
def _collector_paused() -> Iterator[None]:
    """An import makes millions of short-lived objects (parsed resources, rows, ciphertexts)
    that hold no reference cycle: reference counting frees them, and the cycle collector,
    which would run over the whole heap again and again, only cost time (about 15% of an
    import). Forked workers inherit the pause; anything cyclic is collected after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def default_workers(size: int) -> int:
    """One worker per CPU this process may use but one (which seals and writes); none on a
    single CPU, on small files, or off Linux."""
    if size < PARALLEL_MIN_BYTES or not sys.platform.startswith("linux"):
        return 0  # forking a process that has loaded system libraries is unsafe on macOS
    return max(0, len(os.sched_getaffinity(0)) - 1)


def _lines(handle: IO[bytes], on_line: Callable[[int], None] | None) -> Iterator[tuple[int, bytes]]:
    """(line number, raw) for NDJSON; a Bundle file yields its entries as numbered lines."""
    if _is_bundle_file(handle):
        content = handle.read()
        if on_line:
            on_line(len(content))
        yield from _bundle_entries(content)
        return
    number = 1
    for line in handle:
        if on_line:
            on_line(len(line))
        if line.strip():
            yield number, line
        number += 1


_BUNDLE_HEAD = re.compile(rb'\s*\{\s*"resourceType"\s*:\s*"Bundle"')


def _is_bundle_file(handle: IO[bytes]) -> bool:
    """A Bundle is one JSON object filling the file: pretty-printed (its first line does not
    parse alone) or on one line with nothing after it. Anything else is NDJSON, where a
    malformed first line is reported and skipped like any other."""
    head = handle.read(1 << 16)
    handle.seek(0)
    first, _, rest = head.partition(b"\n")
    if first.strip() == b"{" or (_BUNDLE_HEAD.match(head) and not _is_object(first)):
        return True
    if not _is_object(first):
        return False
    return orjson.loads(first).get("resourceType") == "Bundle" and not rest.strip()


def _is_object(raw: bytes) -> bool:
    try:
        return isinstance(orjson.loads(raw), dict)
    except orjson.JSONDecodeError:
        return False


def _bundle_entries(raw: bytes) -> Iterator[tuple[int, bytes]]:
    try:
        bundle = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise FHIRFormatError(f"Bundle: malformed JSON ({exc.args[0].split(':')[0]})") from None
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        raise FHIRFormatError("expected NDJSON (one resource per line) or a FHIR Bundle")
    entries = bundle.get("entry") or []
    if not isinstance(entries, list):
        raise FHIRFormatError("Bundle: entry must be a list")
    for position, entry in enumerate(entries, start=1):
        resource = entry.get("resource") if isinstance(entry, dict) else None
        yield position, orjson.dumps(resource)


Outcome = Prepared | str  # a prepared line, or why it was skipped


def _prepare_line(number: int, raw: bytes, indexer: BlindIndexer) -> Outcome:
    """Parse, map, check and prepare one line (see :mod:`carevault.records._prepare`)."""
    ids = indexer.id_deriver(SOURCE_ID_PURPOSE)
    where = f"line {number}"
    try:
        resource = _fhir.parse_json(raw, where=where)
        if resource.get("resourceType") == "Bundle":
            raise FHIRFormatError(f"{where}: a Bundle inside NDJSON is not supported")
        references = _fhir.raw_references(raw)
        if references:
            mapping = {ref: ids.derive(f"{ref[0]}/{ref[1]}") for ref in references}
            raw = _fhir.rewrite_raw_references(raw, mapping)
            resource = _fhir.parse_json(raw, where=where)
        resource = check(resource, where=where, raw=raw)
        source_id = resource.get("id")
        internal_id = (
            ids.derive(f"{resource['resourceType']}/{source_id}")
            if isinstance(source_id, str)
            else str(uuid.uuid4())
        )
        return prepare(resource, resource_id=internal_id, where=where, indexer=indexer)
    except CarevaultError as exc:
        return str(exc)


def _prepared(
    lines: Iterable[tuple[int, bytes]], indexer: BlindIndexer, workers: int
) -> Generator[tuple[int, Outcome], None, None]:
    """Each line prepared, in file order; by ``workers`` forked processes if not 0."""
    if workers == 0:
        for number, raw in lines:
            yield number, _prepare_line(number, raw, indexer)
        return
    _fast_fhir.compile_validators()  # once, before the fork, instead of once per worker
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_start_worker,
        initargs=(indexer,),
    )
    try:
        pipeline = _Pipeline(pool, indexer, ahead=workers * _TASKS_AHEAD)
        for chunk in _chunked(lines, _CHUNK_LINES):
            yield from pipeline.add(chunk)
        yield from pipeline.drain()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _Pipeline:
    """Chunks prepared by the workers and, whenever they fall behind, by this process too
    (rather than wait idle for them), delivered in file order. At most ``ahead`` chunks are
    with the workers, and at most twice that are prepared or pending: memory stays flat."""

    def __init__(self, pool: ProcessPoolExecutor, indexer: BlindIndexer, *, ahead: int) -> None:
        self._pool = pool
        self._indexer = indexer
        self._ahead = ahead
        self._slots: deque[_Slot] = deque()

    def add(self, chunk: list[tuple[int, bytes]]) -> Iterator[tuple[int, Outcome]]:
        if len(self._slots) >= self._ahead:
            if not self._slots[0].ready() and len(self._slots) < 2 * self._ahead:
                self._slots.append(_Slot(chunk, done=self._here(chunk)))
                return
            yield from self._slots.popleft().results()
        self._slots.append(_Slot(chunk, future=self._pool.submit(_prepare_chunk, chunk)))

    def drain(self) -> Iterator[tuple[int, Outcome]]:
        while self._slots:
            while not self._slots[0].ready() and self._take_back_one():
                pass
            yield from self._slots.popleft().results()

    def _take_back_one(self) -> bool:
        """Prepare here the last chunk no worker has started; False if there is none."""
        for slot in reversed(self._slots):
            if slot.future is not None and slot.future.cancel():
                slot.future, slot.done = None, self._here(slot.chunk)
                return True
        return False

    def _here(self, chunk: list[tuple[int, bytes]]) -> list[tuple[int, Outcome]]:
        return [(number, _prepare_line(number, raw, self._indexer)) for number, raw in chunk]


@dataclass
class _Slot:
    """One chunk: with a worker (``future``) or prepared here (``done``)."""

    chunk: list[tuple[int, bytes]]
    future: Future[list[tuple[int, Wire]]] | None = None
    done: list[tuple[int, Outcome]] | None = None

    def ready(self) -> bool:
        return self.done is not None or (self.future is not None and self.future.done())

    def results(self) -> Iterator[tuple[int, Outcome]]:
        if self.done is not None:
            return iter(self.done)
        assert self.future is not None
        try:
            return _from_wire(self.future.result())
        except BrokenProcessPool:
            raise WorkerError(
                f"an import worker died while preparing lines {self.chunk[0][0]}-"
                f"{self.chunk[-1][0]} (killed, or out of memory); run the import again: it "
                "resumes after the last committed batch"
            ) from None


def _chunked(lines: Iterable[tuple[int, bytes]], size: int) -> Iterator[list[tuple[int, bytes]]]:
    chunk: list[tuple[int, bytes]] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# What a worker sends back: plain tuples, which pickle several times faster than dataclasses.
Wire = tuple[Any, ...] | str
_worker_indexer: BlindIndexer | None = None


def _start_worker(indexer: BlindIndexer) -> None:
    global _worker_indexer  # noqa: PLW0603 - a pool initializer's way to hand state to tasks
    _worker_indexer = indexer
    # Ctrl-C reaches the whole process group; a worker stopped mid-send would corrupt the
    # result pipe and hang the importing process, which stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _prepare_chunk(chunk: list[tuple[int, bytes]]) -> list[tuple[int, Wire]]:
    if _worker_indexer is None:
        raise RuntimeError("import worker started without its indexer")
    prepared = [(number, _prepare_line(number, raw, _worker_indexer)) for number, raw in chunk]
    return [
        (number, outcome.to_wire() if isinstance(outcome, Prepared) else outcome)
        for number, outcome in prepared
    ]


def _from_wire(results: list[tuple[int, Wire]]) -> Iterator[tuple[int, Outcome]]:
    for number, wire in results:
        yield number, wire if isinstance(wire, str) else Prepared.from_wire(wire)


class _Importer:
    def __init__(
        self,
        records: PracticeRecords,
        digest: str,
        report: ImportReport,
        on_batch: BatchHook | None,
    ) -> None:
        self._records = records
        self._digest = digest
        self._report = report
        self._on_batch = on_batch

    def run(self, lines: Iterable[tuple[int, Outcome]], *, skip: int, batch_lines: int) -> None:
        batch: list[tuple[int, Outcome]] = []
        ids_in_batch: set[tuple[str, str]] = set()
        last_line = skip
        for number, outcome in lines:
            key = (outcome.resource_type, outcome.id) if isinstance(outcome, Prepared) else None
            if key is not None and key in ids_in_batch:
                # A second version of a record in the same batch: write the first one first.
                self._commit(batch, last_line, status="running")
                batch, ids_in_batch = [], set()
            batch.append((number, outcome))
            if key is not None:
                ids_in_batch.add(key)
            last_line = number
            if len(batch) >= batch_lines:
                self._commit(batch, number, status="running")
                batch, ids_in_batch = [], set()
        self._commit(batch, last_line, status="complete")
        self._report.lines = last_line
        with self._records._store.transaction() as connection:
            queries.refresh_statistics(connection)

    def _commit(self, batch: list[tuple[int, Outcome]], cursor: int, *, status: str) -> None:
        records = self._records
        with records._store.transaction() as connection:
            good = []
            for number, outcome in batch:
                if isinstance(outcome, Prepared):
                    good.append(outcome)
                else:
                    self._report.errors.append((number, outcome))
            result = records.write(connection, good)
            for item, message in result.rejected:
                self._report.errors.append((int(item.source.split()[-1]), message))
            if self._on_batch is not None:
                self._on_batch(connection, result)
            queries.save_import(
                connection,
                records.practice_id,
                self._digest,
                lines_done=cursor,
                status=status,
                at=records._clock(),
            )
        self._report.created += result.created
        self._report.updated += result.updated
        self._report.patients_created += result.patients_created
        self._report.errors.sort()
