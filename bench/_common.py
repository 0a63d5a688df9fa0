"""What the benchmarks share: progress on stderr, the repository's git state, the results
file, and PostgreSQL schemas in a URL. Imported by bench scripts run as ``python bench/X.py``."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
