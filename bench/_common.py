"""What the benchmarks share: progress on stderr, the repository's git state and the machine
measured, the results file, and PostgreSQL schemas in a URL. Imported by bench scripts run as
``python bench/X.py``."""

from __future__ import annotations

import hashlib
import os
import platform
import secrets
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from sqlalchemy import create_engine, text

import carevault

REPOSITORY = Path(__file__).resolve().parent.parent
err = Console(stderr=True, highlight=False)


class Steps:
    """Progress on stderr: a rich bar on a terminal, plain lines every 10% otherwise."""

    def __init__(self) -> None:
        self._start = time.perf_counter()
        self._live = err.is_terminal

    def note(self, message: str) -> None:
        err.print(f"[dim][{time.perf_counter() - self._start:7.1f}s][/] {message}")

    @contextmanager
    def task(self, description: str, total: float) -> Iterator[Callable[[float], None]]:
        if self._live:
            progress = Progress(
                TextColumn(f"[dim][{time.perf_counter() - self._start:7.1f}s][/] {description}"),
                BarColumn(),
                TaskProgressColumn(),
                MofNCompleteColumn() if total < 1e6 else TextColumn(""),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=err,
                transient=True,
            )
            with progress:
                task_id = progress.add_task(description, total=total)
                yield lambda amount: progress.advance(task_id, amount)
            self.note(f"{description}: done")
            return
        state = {"done": 0.0, "next": total / 10}
        self.note(f"{description} ...")

        def advance(amount: float) -> None:
            state["done"] += amount
            if state["done"] >= state["next"] and total:
                state["next"] += total / 10
                self.note(f"{description}: {min(100, round(100 * state['done'] / total))}%")

        yield advance
        self.note(f"{description}: done")


def git(arguments: list[str]) -> str | None:
    """Output of a read-only git command at the repository root ("src" is its src/), or None."""
    try:
        done = subprocess.run(
            ["git", *arguments],
            cwd=REPOSITORY,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.rstrip() or None


def with_search_path(url: str, schema: str) -> str:
    """A PostgreSQL URL whose connections use ``schema``."""
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


def write_json(results: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2) + b"\n")
    temporary.replace(path)


def machine(**extra: Any) -> dict[str, Any]:
    """The machine and the code measured: CPUs, memory, Python, the git commit and whether
    carevault's sources had uncommitted changes, where carevault was imported from and a
    digest of its files; ``extra`` adds a benchmark's own (database versions, load)."""
    cpu = platform.processor() or ""
    with suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory_bytes = None
    with suppress(ValueError, OSError):
        memory_bytes = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    uncommitted = git(["status", "--porcelain", "--", "src"])
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "nproc": len(os.sched_getaffinity(0)),
        "cpu": cpu,
        "memory_bytes": memory_bytes,
        "platform": platform.platform(),
        "python": platform.python_version(),
        **extra,
        "git_commit": git(["rev-parse", "--short", "HEAD"]),
        "git_uncommitted_in_src": uncommitted.split("\n") if uncommitted else [],
        "carevault_imported_from": str(Path(carevault.__file__).parent),
        "source_digest": source_digest(),
    }


def source_digest() -> str:
    """SHA-256 over the imported carevault package's Python files: the code measured (a
    change to the code during a run shows as a different digest at its end)."""
    digest = hashlib.sha256()
    package = Path(carevault.__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class SchemaBackend:
    """Where a benchmark makes fresh stores: SQLite files in the work folder, or (with an
    admin URL) throwaway PostgreSQL schemas, each dropped by :meth:`drop_schema` or at
    :meth:`cleanup`."""

    name: str
    workdir: Path
    admin_url: str | None = None
    schemas: list[str] = field(default_factory=list)

    def new_schema_url(self) -> str | None:
        """The URL of a new empty schema (PostgreSQL), or None (SQLite)."""
        if self.admin_url is None:
            return None
        schema = f"bench_{secrets.token_hex(5)}"
        self._execute(f'CREATE SCHEMA "{schema}"')
        self.schemas.append(schema)
        return with_search_path(self.admin_url, schema)

    def drop_schema(self, schema: str) -> None:
        if schema in self.schemas:
            self._execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            self.schemas.remove(schema)

    def server_version(self) -> str | None:
        if self.admin_url is None:
            return None
        engine = create_engine(self.admin_url)
        try:
            with engine.connect() as connection:
                return str(connection.execute(text("SHOW server_version")).scalar())
        finally:
            engine.dispose()

    def cleanup(self) -> None:
        while self.schemas:
            self._execute(f'DROP SCHEMA IF EXISTS "{self.schemas.pop()}" CASCADE')

    def _execute(self, statement: str) -> None:
        assert self.admin_url is not None
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text(statement))
        finally:
            engine.dispose()
