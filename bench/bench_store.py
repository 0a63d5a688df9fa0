"""Benchmark of carevault's encrypted record store: import, reads, blind-index search.

Run from the repository root::

    python bench/bench_store.py                      # SQLite only, ~5 minutes
    python bench/bench_store.py --postgres postgresql+psycopg://postgres@127.0.0.1:5432/test

What is measured (see bench/README.md for what each number means):

1. import throughput (``import_file``) of a synthetic practice, two inputs made by
   ``carevault.simulate.practice.generate_practice``: "patients with notes" (Practitioner,
   Patient and DocumentReference lines only; the headline number) and the full practice;
2. latency of one decrypted read: ``get_patient(id)`` and ``patient_resources(id)``;
3. latency of blind-index searches (``search_patients``) in a practice of 100,000 patients;
4. a plain, unencrypted SQLite baseline run in the same process, so that the overhead of
   encryption can be read as a ratio (this machine is noisy; ratios are steadier).

Results go to bench/results/store.json (every key carries its unit: ``_s``, ``_ms``,
``_per_s``, ``_bytes``); a short summary goes to stdout, progress to stderr.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from rich.console import Console

from _common import SchemaBackend, Steps, git, write_json
from carevault.cli._context import open_store
from carevault.cli.init import create_store
from carevault.config import load_settings
from carevault.crypto import normalize_nir
from carevault.crypto._blind import plan_index_bits
from carevault.records import PatientQuery, PracticeRecords, import_file
from carevault.records._import import BATCH_LINES, PARALLEL_MIN_BYTES, default_workers
from carevault.simulate.practice import generate_practice

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_OUT = BENCH_DIR / "results" / "store.json"
NOTES_TYPES = frozenset({"Practitioner", "Patient", "DocumentReference"})
PATIENT_TYPES = frozenset({"Patient"})
SEARCH_KINDS = ("family_birthdate", "identifier", "phone", "family", "given_family")
_TYPE_AT_START = re.compile(r'^\{"resourceType":"([A-Za-z]+)"')

out = Console(highlight=False)


# --- progress ---------------------------------------------------------------------------------


# --- inputs -----------------------------------------------------------------------------------


class _FilteredLines(io.TextIOBase):
    """A text sink that keeps only the NDJSON lines of the given resource types."""

    def __init__(self, target: io.TextIOBase | Any, keep: frozenset[str] | None) -> None:
        self._target = target
        self._keep = keep
        self.by_type: Counter[str] = Counter()
        self.bytes = 0

    def writable(self) -> bool:
        return True

    def write(self, chunk: str) -> int:
        kept = []
        for line in chunk.splitlines(keepends=True):
            resource_type = _resource_type(line)
            if self._keep is None or resource_type in self._keep:
                self.by_type[resource_type] += 1
                kept.append(line)
        data = "".join(kept)
        self.bytes += len(data.encode())
        self._target.write(data)
        return len(chunk)


def _resource_type(line: str) -> str:
    found = _TYPE_AT_START.match(line)
    if found:
        return found.group(1)
    return str(orjson.loads(line).get("resourceType"))


@dataclass(frozen=True)
class Person:
    """What a search needs from one truth line."""

    family: str
    given: str | None
    birth_date: str | None
    nir: str | None
    phone: str | None


class _TruthSink(io.TextIOBase):
    """Keeps the searchable fields of each truth line in memory (the rest is dropped)."""

    def __init__(self) -> None:
        self.people: list[Person] = []

    def writable(self) -> bool:
        return True

    def write(self, chunk: str) -> int:
        for line in chunk.splitlines():
            if line.strip():
                value = orjson.loads(line)
                self.people.append(
                    Person(
                        family=value["family"],
                        given=(value.get("given") or [None])[0],
                        birth_date=value.get("birth_date"),
                        nir=value.get("nir"),
                        phone=(value.get("phones") or [None])[0],
                    )
                )
        return len(chunk)


@dataclass
class Dataset:
    path: Path
    by_type: Counter[str]
    bytes: int

    @property
    def lines(self) -> int:
        return sum(self.by_type.values())

    def describe(self) -> dict[str, Any]:
        return {
            "file": self.path.name,
            "lines": self.lines,
            "patients": self.by_type.get("Patient", 0),
            "size_bytes": self.bytes,
            "resources_by_type": dict(sorted(self.by_type.items())),
        }


def generate(
    steps: Steps, path: Path, *, patients: int, seed: int, keep: frozenset[str] | None
) -> tuple[Dataset, list[Person]]:
    truth = _TruthSink()
    with (
        path.open("w", encoding="utf-8") as handle,
        steps.task(f"generate {patients:,} patients -> {path.name}", patients) as advance,
    ):
        sink = _FilteredLines(handle, keep)
        generate_practice(
            patients=patients, seed=seed, out=sink, truth=truth, on_patient=lambda: advance(1)
        )
    return Dataset(path, sink.by_type, sink.bytes), truth.people


def filter_dataset(source: Dataset, path: Path, keep: frozenset[str]) -> Dataset:
    with source.path.open(encoding="utf-8") as reader, path.open("w", encoding="utf-8") as writer:
        sink = _FilteredLines(writer, keep)
        for line in reader:
            sink.write(line)
    return Dataset(path, sink.by_type, sink.bytes)


# --- stores -----------------------------------------------------------------------------------


@dataclass
class StoreHandle:
    """One freshly initialized carevault store (a data folder, maybe a PostgreSQL schema)."""

    backend: str
    data: Path
    url: str | None = None

    @contextmanager
    def open(self) -> Iterator[PracticeRecords]:
        """The store's default practice; a fresh open starts with an empty key cache."""
        previous = os.environ.pop("CAREVAULT_DATABASE_URL", None)
        if self.url is not None:
            os.environ["CAREVAULT_DATABASE_URL"] = self.url
        try:
            with open_store(self.data) as opened:
                yield opened.records
        finally:
            os.environ.pop("CAREVAULT_DATABASE_URL", None)
            if previous is not None:
                os.environ["CAREVAULT_DATABASE_URL"] = previous


class Backend(SchemaBackend):
    def new_store(self, label: str) -> StoreHandle:
        data = self.workdir / f"{self.name}-{label}"
        url = self.new_schema_url()
        previous = os.environ.pop("CAREVAULT_DATABASE_URL", None)
        try:
            settings = load_settings(data=data, database_url=url)
            create_store(settings, practice_name="Bench", admin="admin", passphrase=None)
        finally:
            if previous is not None:
                os.environ["CAREVAULT_DATABASE_URL"] = previous
        return StoreHandle(self.name, data, url)


# --- measurements -----------------------------------------------------------------------------


def repeated_import(
    steps: Steps, backend: Backend, dataset: Dataset, label: str, repeats: int
) -> tuple[StoreHandle, dict[str, Any]]:
    """Import into ``repeats`` fresh stores; the median run is the result, all runs are kept
    (the machine is shared and noisy: one run can be 30% off). Returns the last store."""
    runs = []
    for run in range(1, repeats + 1):
        handle = backend.new_store(f"{label}-{run}")
        runs.append(timed_import(steps, handle, dataset, label))
    ordered = sorted(runs, key=lambda measured: measured["seconds_s"])
    result = dict(ordered[len(ordered) // 2])
    if repeats > 1:
        best = ordered[0]
        result["runs_s"] = [measured["seconds_s"] for measured in runs]
        result["best_patients_per_s"] = best["patients_per_s"]
    return handle, result


def timed_import(steps: Steps, handle: StoreHandle, dataset: Dataset, label: str) -> dict[str, Any]:
    with (
        handle.open() as records,
        steps.task(
            f"{handle.backend}: import {label} ({dataset.lines:,} lines)", dataset.bytes
        ) as advance,
    ):
        started = time.perf_counter()
        report = import_file(records, dataset.path, on_line=advance)
        seconds = time.perf_counter() - started
    if report.errors:
        raise SystemExit(f"import of {dataset.path} reported errors: {report.errors[:5]}")
    resources = report.created + report.updated
    return {
        "seconds_s": round(seconds, 3),
        "lines": report.lines,
        "patients": report.patients_created,
        "resources": resources,
        "patients_per_s": round(report.patients_created / seconds, 1),
        "resources_per_s": round(resources / seconds, 1),
    }


def profile_import(
    steps: Steps, backend: Backend, dataset: Dataset, path: Path
) -> list[dict[str, Any]]:
    """Import again into a fresh store under cProfile (not timed); top functions by tottime."""
    handle = backend.new_store("profile")
    profiler = cProfile.Profile()
    with (
        handle.open() as records,
        steps.task("profile: import patients with notes", dataset.bytes) as advance,
    ):
        profiler.enable()
        import_file(records, dataset.path, on_line=advance)
        profiler.disable()
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer).sort_stats("tottime")
    stats.print_stats(40)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    top = []
    for (filename, line, function), (_, ncalls, tottime, cumtime, _) in sorted(
        stats.stats.items(), key=lambda item: item[1][2], reverse=True
    )[:15]:
        top.append(
            {
                "function": f"{_short_path(filename)}:{line}({function})"
                if filename != "~"
                else function,
                "ncalls": ncalls,
                "tottime_s": round(tottime, 3),
                "cumtime_s": round(cumtime, 3),
            }
        )
    return top


def _short_path(filename: str) -> str:
    if filename == "~":  # built-in functions and C methods
        return ""
    for marker in ("site-packages/", "src/", "lib/python3"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def latency(samples_ns: Sequence[int]) -> dict[str, Any]:
    ms = sorted(value / 1e6 for value in samples_ns)
    return {
        "calls": len(ms),
        "median_ms": round(statistics.median(ms), 3),
        "p95_ms": round(ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))], 3),
        "mean_ms": round(statistics.fmean(ms), 3),
        "max_ms": round(ms[-1], 3),
    }


def time_calls(
    steps: Steps,
    description: str,
    call: Callable[[Any], Any],
    arguments: Sequence[Any],
    *,
    budget_s: float | None = None,
) -> tuple[list[int], list[Any]]:
    """Time ``call`` on each argument; stop early once ``budget_s`` seconds have been spent
    (so that a pathologically slow operation cannot stall the run; the count is reported)."""
    durations: list[int] = []
    results: list[Any] = []
    clock = time.perf_counter_ns
    deadline = None if budget_s is None else clock() + int(budget_s * 1e9)
    with steps.task(description, len(arguments)) as advance:
        for argument in arguments:
            started = clock()
            result = call(argument)
            durations.append(clock() - started)
            results.append(result)
            advance(1)
            if deadline is not None and clock() > deadline and len(durations) >= 20:
                steps.note(f"{description}: time budget spent after {len(durations)} calls")
                break
    return durations, results


def read_latency(
    steps: Steps, handle: StoreHandle, label: str, samples: int, rng: random.Random
) -> dict[str, Any]:
    """get_patient and patient_resources on random ids. "cold": the first read of that patient
    since the store was opened (its data key is unwrapped); "warm": the same ids again."""
    with handle.open() as records:
        ids = [patient_id for page in records.iter_patient_ids() for patient_id in page]
    count = min(samples, len(ids))
    first = rng.sample(ids, count)
    chosen = set(first)
    rest = [i for i in ids if i not in chosen] or ids
    second = rng.sample(rest, min(count, len(rest)))
    result: dict[str, Any] = {"store": label, "patients_in_store": len(ids)}
    prefix = f"{handle.backend} {label}"
    with handle.open() as records:
        cold, _ = time_calls(steps, f"{prefix}: get_patient cold", records.get_patient, first)
        warm, _ = time_calls(steps, f"{prefix}: get_patient warm", records.get_patient, first)
    result["get_patient_cold"] = latency(cold)
    result["get_patient_warm"] = latency(warm)
    with handle.open() as records:
        cold, found = time_calls(
            steps, f"{prefix}: patient_resources cold", records.patient_resources, second
        )
        warm, _ = time_calls(
            steps, f"{prefix}: patient_resources warm", records.patient_resources, second
        )
    result["patient_resources_cold"] = latency(cold)
    result["patient_resources_warm"] = latency(warm)
    result["patient_resources_mean_returned"] = round(statistics.fmean(len(r) for r in found), 2)
    return result


def search_queries(
    people: Sequence[Person], count: int, rng: random.Random
) -> dict[str, list[tuple[PatientQuery, Person]]]:
    def pick(usable: Callable[[Person], bool]) -> list[Person]:
        pool = [p for p in people if usable(p)]
        return rng.sample(pool, min(count, len(pool)))

    return {
        "family_birthdate": [
            (PatientQuery(family=p.family, birthdate=p.birth_date), p)
            for p in pick(lambda p: bool(p.birth_date))
        ],
        "identifier": [(PatientQuery(identifier=p.nir), p) for p in pick(lambda p: bool(p.nir))],
        "phone": [(PatientQuery(phone=p.phone), p) for p in pick(lambda p: bool(p.phone))],
        "family": [(PatientQuery(family=p.family), p) for p in pick(lambda p: True)],
        "given_family": [
            (PatientQuery(given=p.given, family=p.family), p) for p in pick(lambda p: bool(p.given))
        ],
    }


def _is_person(resource: dict[str, Any], person: Person) -> bool:
    if person.nir is None:
        return False
    wanted = normalize_nir(person.nir)
    return any(
        normalize_nir(str(i.get("value", ""))) == wanted for i in resource.get("identifier") or []
    )


def search_latency(
    steps: Steps,
    handle: StoreHandle,
    people: Sequence[Person],
    count: int,
    rng: random.Random,
    budget_s: float,
) -> dict[str, Any]:
    queries = search_queries(people, count, rng)
    result: dict[str, Any] = {}
    with handle.open() as records:
        result["index_bits"] = records.keys.indexer.bits
        for kind in SEARCH_KINDS:
            chosen = queries[kind]
            durations, found = time_calls(
                steps,
                f"{handle.backend}: search by {kind}",
                lambda pair: records.search_patients(pair[0], limit=20),
                chosen,
                budget_s=budget_s,
            )
            hits = sum(
                any(_is_person(resource, person) for resource in matched)
                for matched, (_, person) in zip(found, chosen, strict=False)
            )
            result[kind] = {
                **latency(durations),
                "queries_drawn": len(chosen),
                "mean_results": round(statistics.fmean(len(m) for m in found), 2),
                "found_rate": round(hits / len(found), 4),
            }
    return result


# --- baseline ---------------------------------------------------------------------------------

_PATIENT_SEALED = ("name", "birth_date", "gender", "identifier", "telecom", "address", "extra")


def _column_lengths(
    handle: StoreHandle,
) -> tuple[list[tuple[int, ...]], list[tuple[int, int | None, str]]]:
    """Ciphertext lengths of every row of a SQLite carevault store (for same-size baselines)."""
    connection = sqlite3.connect(handle.data / "carevault.db")
    try:
        patient_lengths = connection.execute(
            f"SELECT {', '.join(f'length({c})' for c in _PATIENT_SEALED)} FROM patients"
        ).fetchall()
        resource_lengths = connection.execute(
            "SELECT length(body), length(text), resource_type FROM resources"
        ).fetchall()
    finally:
        connection.close()
    return patient_lengths, resource_lengths


def _plain_db(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.executescript(
        """
        CREATE TABLE patients_plain (
            practice_id VARCHAR(64) NOT NULL, id VARCHAR(64) NOT NULL, seq INTEGER NOT NULL,
            version INTEGER NOT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL,
            name BLOB NOT NULL, birth_date BLOB NOT NULL, gender BLOB NOT NULL,
            identifier BLOB NOT NULL, telecom BLOB NOT NULL, address BLOB NOT NULL,
            extra BLOB NOT NULL, PRIMARY KEY (practice_id, id));
        CREATE INDEX ix_patients_plain_seq ON patients_plain (seq);
        CREATE TABLE resources_plain (
            practice_id VARCHAR(64) NOT NULL, resource_type VARCHAR(32) NOT NULL,
            id VARCHAR(64) NOT NULL, patient_id VARCHAR(64), version INTEGER NOT NULL,
            created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, body BLOB NOT NULL,
            text BLOB, PRIMARY KEY (practice_id, resource_type, id));
        CREATE INDEX ix_resources_plain_patient
            ON resources_plain (practice_id, patient_id, resource_type);
        """
    )
    return connection


def plain_insert(
    path: Path,
    patient_lengths: Sequence[tuple[int, ...]],
    resource_lengths: Sequence[tuple[int, int | None, str]],
) -> dict[str, Any]:
    """Insert rows of the same shapes and sizes (random bytes), no encryption, no JSON, in
    transactions of BATCH_LINES rows like the importer. Row building is not timed."""
    practice = str(uuid.uuid4())
    now = datetime.now(UTC).isoformat(sep=" ")
    patient_ids = [str(uuid.uuid4()) for _ in patient_lengths]
    patient_rows = [
        (practice, patient_ids[n], n, 1, now, now, *(os.urandom(length) for length in lengths))
        for n, lengths in enumerate(patient_lengths)
    ]
    resource_rows = [
        (
            practice,
            resource_type,
            str(uuid.uuid4()),
            patient_ids[n % len(patient_ids)]
            if patient_ids and resource_type != "Practitioner"
            else None,
            1,
            now,
            now,
            os.urandom(body),
            os.urandom(text_length) if text_length is not None else None,
        )
        for n, (body, text_length, resource_type) in enumerate(resource_lengths)
    ]
    path.unlink(missing_ok=True)
    connection = _plain_db(path)
    try:
        started = time.perf_counter()
        for start in range(0, len(patient_rows), BATCH_LINES):
            connection.execute("BEGIN")
            connection.executemany(
                "INSERT INTO patients_plain VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                patient_rows[start : start + BATCH_LINES],
            )
            connection.execute("COMMIT")
        for start in range(0, len(resource_rows), BATCH_LINES):
            connection.execute("BEGIN")
            connection.executemany(
                "INSERT INTO resources_plain VALUES (?,?,?,?,?,?,?,?,?)",
                resource_rows[start : start + BATCH_LINES],
            )
            connection.execute("COMMIT")
        seconds = time.perf_counter() - started
    finally:
        connection.close()
    rows = len(patient_rows) + len(resource_rows)
    return {
        "rows": rows,
        "patients": len(patient_rows),
        "seconds_s": round(seconds, 4),
        "rows_per_s": round(rows / seconds, 1),
        "patients_per_s": round(len(patient_rows) / seconds, 1),
    }


def plain_lookup(path: Path, samples: int, rng: random.Random) -> dict[str, Any]:
    """SELECT one row of patients_plain by its indexed integer column, fetch all columns."""
    connection = sqlite3.connect(path)
    try:
        total = connection.execute("SELECT count(*) FROM patients_plain").fetchone()[0]
        keys = [rng.randrange(total) for _ in range(samples)]
        clock = time.perf_counter_ns
        durations = []
        for key in keys:
            started = clock()
            row = connection.execute(
                "SELECT * FROM patients_plain WHERE seq = ?", (key,)
            ).fetchone()
            durations.append(clock() - started)
            assert row is not None
    finally:
        connection.close()
    return {"rows_in_table": total, **latency(durations)}


# --- machine ----------------------------------------------------------------------------------


def machine_info(postgres_version: str | None) -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_bytes = None
    with suppress(ValueError, OSError):
        memory_bytes = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "nproc": len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count(),
        "cpu": cpu,
        "memory_bytes": memory_bytes,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "postgresql": postgres_version,
        "git_commit": git(["rev-parse", "--short", "HEAD"]),
        "git_uncommitted_in_src": (git(["status", "--porcelain", "--", "src"]) or "").split("\n")
        if git(["status", "--porcelain", "--", "src"])
        else [],
    }


# --- the run ----------------------------------------------------------------------------------


def _ratio(numerator: float | None, denominator: float | None) -> float | None:
    if not numerator or not denominator:
        return None
    return round(numerator / denominator, 2)


def run(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    steps = Steps()
    rng = random.Random(args.seed)
    sqlite_backend = Backend("sqlite", workdir)
    backends = [sqlite_backend]
    if args.postgres:
        backends.append(Backend("postgresql", workdir, admin_url=args.postgres))
    results: dict[str, Any] = {
        "benchmark": "carevault store",
        "machine": machine_info(backends[-1].server_version() if args.postgres else None),
        "parameters": {
            "patients": args.patients,
            "search_patients": args.search_patients,
            "seed": args.seed,
            "read_samples": args.samples,
            "search_queries_per_kind": args.queries,
            "search_budget_per_kind_s": args.search_budget,
            "sqlite_analyze_before_search": args.sqlite_analyze,
            "import_batch_lines": BATCH_LINES,
            "import_repeats": args.import_repeats,
            "import_workers": default_workers(PARALLEL_MIN_BYTES),
            "index_population": load_settings(data=workdir / "none").index_population,
        },
    }
    try:
        started = time.perf_counter()
        full, _ = generate(
            steps, workdir / "full.ndjson", patients=args.patients, seed=args.seed, keep=None
        )
        notes = filter_dataset(full, workdir / "notes.ndjson", NOTES_TYPES)
        results["datasets"] = {
            "patients_with_notes": notes.describe(),
            "full_practice": full.describe(),
            "generation_s": round(time.perf_counter() - started, 2),
        }
        imports: dict[str, Any] = {}
        reads: dict[str, Any] = {}
        handles: dict[tuple[str, str], StoreHandle] = {}
        for backend in backends:
            imports[backend.name] = {}
            reads[backend.name] = {}
            for label, dataset in (("patients_with_notes", notes), ("full_practice", full)):
                handle, imports[backend.name][label] = repeated_import(
                    steps, backend, dataset, label, args.import_repeats
                )
                handles[(backend.name, label)] = handle
                reads[backend.name][label] = read_latency(
                    steps, handle, label, args.samples, random.Random(rng.random())
                )
            if backend.admin_url is not None and not args.search_postgres:
                backend.cleanup()
        results["import"] = imports
        results["read_latency"] = reads

        if args.profile:
            profile_path = Path(args.out).with_name(Path(args.out).stem + "_profile.txt")
            results["profile_sqlite_patients_with_notes_import"] = {
                "file": profile_path.name,
                "top15_by_tottime": profile_import(steps, sqlite_backend, notes, profile_path),
            }

        search_handle: StoreHandle | None = None
        if args.search_patients > 0:
            search_set, people = generate(
                steps,
                workdir / "patients_only.ndjson",
                patients=args.search_patients,
                seed=args.seed + 1,
                keep=PATIENT_TYPES,
            )
            results["datasets"]["patients_only"] = search_set.describe()
            results["search"] = {}
            for backend in backends if args.search_postgres else [sqlite_backend]:
                handle = backend.new_store("patients_only")
                if backend is sqlite_backend:
                    search_handle = handle
                imports[backend.name]["patients_only"] = timed_import(
                    steps, handle, search_set, "patients_only"
                )
                if args.sqlite_analyze and backend is sqlite_backend:
                    steps.note("running ANALYZE on the SQLite search store (--sqlite-analyze)")
                    with closing(sqlite3.connect(handle.data / "carevault.db")) as connection:
                        connection.execute("ANALYZE")
                results["search"][backend.name] = {
                    "patients_in_store": args.search_patients,
                    **search_latency(
                        steps,
                        handle,
                        people,
                        args.queries,
                        random.Random(rng.random()),
                        args.search_budget,
                    ),
                }
                backend.cleanup()
            results["search"]["planned_index_bits"] = plan_index_bits(
                results["parameters"]["index_population"]
            )

        results["baseline_sqlite_plain"], results["overhead_sqlite"] = baseline(
            steps, workdir, handles, search_handle, results, args.samples, rng
        )
    finally:
        for backend in backends:
            backend.cleanup()
    results["headline"] = {
        f"{name}_patients_per_s_with_notes": value["patients_with_notes"]["patients_per_s"]
        for name, value in results["import"].items()
    }
    return results


def baseline(
    steps: Steps,
    workdir: Path,
    handles: dict[tuple[str, str], StoreHandle],
    search_handle: StoreHandle | None,
    results: dict[str, Any],
    samples: int,
    rng: random.Random,
) -> tuple[dict[str, Any], dict[str, Any]]:
    plain: dict[str, Any] = {}
    overhead: dict[str, Any] = {}
    imports = results["import"]["sqlite"]
    sources = [
        (label, handles[("sqlite", label)]) for label in ("patients_with_notes", "full_practice")
    ]
    if search_handle is not None:
        sources.append(("patients_only", search_handle))
    lookup_table = None
    for label, handle in sources:
        steps.note(f"baseline: plain SQLite insert, same rows as {label}")
        path = workdir / f"plain-{label}.db"
        plain[f"insert_{label}"] = plain_insert(path, *_column_lengths(handle))
        overhead[f"import_{label}_time_ratio"] = _ratio(
            imports[label]["seconds_s"], plain[f"insert_{label}"]["seconds_s"]
        )
        lookup_table = path
    assert lookup_table is not None
    steps.note(f"baseline: plain SQLite lookup by indexed integer ({lookup_table.name})")
    plain["lookup_by_indexed_integer"] = plain_lookup(lookup_table, samples, rng)
    lookup_ms = plain["lookup_by_indexed_integer"]["median_ms"]
    for label, reads in results["read_latency"]["sqlite"].items():
        for call in ("get_patient_cold", "get_patient_warm", "patient_resources_cold"):
            overhead[f"{call}_{label}_median_ratio"] = _ratio(reads[call]["median_ms"], lookup_ms)
    for kind in SEARCH_KINDS:
        searched = results.get("search", {}).get("sqlite", {}).get(kind)
        if searched:
            overhead[f"search_{kind}_median_ratio"] = _ratio(searched["median_ms"], lookup_ms)
    return plain, overhead


# --- output -----------------------------------------------------------------------------------


def summary(results: dict[str, Any]) -> None:
    out.print(
        f"[bold]carevault store benchmark[/] — {results['machine']['date']}, "
        f"{results['machine']['nproc']} CPUs, Python {results['machine']['python']}"
    )
    for backend, imports in results["import"].items():
        out.print(f"[bold]{backend}[/] import")
        for label, value in imports.items():
            runs = f", runs {value['runs_s']} s" if "runs_s" in value else ""
            out.print(
                f"  {label:<22} {value['patients_per_s']:>9,.0f} patients/s "
                f"{value['resources_per_s']:>9,.0f} resources/s  ({value['seconds_s']:.1f} s{runs})"
            )
        for label, reads in results["read_latency"].get(backend, {}).items():
            out.print(f"  reads in {label} store (median / p95 ms)")
            for call in (
                "get_patient_cold",
                "get_patient_warm",
                "patient_resources_cold",
                "patient_resources_warm",
            ):
                out.print(
                    f"    {call:<24} {reads[call]['median_ms']:7.2f} / {reads[call]['p95_ms']:7.2f}"
                )
    for backend, search in results.get("search", {}).items():
        if not isinstance(search, dict):
            continue
        out.print(
            f"[bold]{backend}[/] search, {search['patients_in_store']:,} patients, "
            f"{search['index_bits']}-bit blind indexes (median / p95 ms, found rate)"
        )
        for kind in SEARCH_KINDS:
            value = search[kind]
            out.print(
                f"    {kind:<18} {value['median_ms']:7.2f} / {value['p95_ms']:7.2f}  "
                f"{value['found_rate']:.1%}  ({value['calls']} queries)"
            )
    out.print("[bold]overhead vs plain SQLite[/] (ratios, >1 = carevault slower)")
    for key, value in results["overhead_sqlite"].items():
        out.print(f"    {key:<48} {value}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--patients", type=int, default=5_000, help="patients in the import inputs (default 5000)"
    )
    parser.add_argument(
        "--search-patients",
        type=int,
        default=100_000,
        help="patients in the search store (default 100000; 0 skips search)",
    )
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="also run on PostgreSQL, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test",
    )
    parser.add_argument(
        "--search-postgres",
        action="store_true",
        help="also run the search part on PostgreSQL (adds several minutes)",
    )
    parser.add_argument(
        "--import-repeats",
        type=int,
        default=3,
        help="imports of each 5,000-patient input, each into a fresh store; the median is "
        "reported, with every run (default 3)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results JSON")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--samples", type=int, default=1_000, help="random ids per read timing")
    parser.add_argument("--queries", type=int, default=1_000, help="queries per search kind")
    parser.add_argument(
        "--search-budget",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="stop a search kind after this many seconds (default 30; the count is reported)",
    )
    parser.add_argument(
        "--sqlite-analyze",
        action="store_true",
        help="run ANALYZE on the SQLite search store before searching (not what carevault "
        "does today; shows the effect of planner statistics)",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also import 'patients with notes' under cProfile (untimed) and "
        "write the top functions next to the results",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        help="where inputs and stores go (default: a temporary folder, removed)",
    )
    args = parser.parse_args(argv)
    if args.patients < 1:
        parser.error("--patients must be at least 1")
    if args.import_repeats < 1:
        parser.error("--import-repeats must be at least 1")
    if args.search_postgres and not args.postgres:
        parser.error("--search-postgres needs --postgres")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(prefix="bench-store-", dir=args.workdir))
        results = run(args, workdir)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-store-") as temporary:
            results = run(args, Path(temporary))
    write_json(results, args.out)
    summary(results)
    out.print(f"results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
