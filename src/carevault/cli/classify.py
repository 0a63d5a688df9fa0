"""`carevault classify`: sensitive categories and personal data in free text."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Annotated

import orjson
import typer
from rich.table import Table

from carevault.classify import Classification, classify, classify_lines
from carevault.cli._context import JsonOption, emit_json, err, out, progress
from carevault.errors import InputError


def classify_command(
    source: Annotated[
        str | None,
        typer.Argument(
            help='JSON lines {"id", "text"} to classify: a file, or - (the default) for stdin'
        ),
    ] = None,
    text: Annotated[
        str | None, typer.Option("--text", help="classify this one note and show what was found")
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """Find highly sensitive content (sexual orientation, HIV, mental health, ...) and
    personal data (NIR, phone, e-mail, names) in doctors' free text.

    With FILE or stdin: one JSON line out per line in, {"id", "categories", "findings",
    "pii"}; a line that is not a note gets {"id", "line", "error"} and the rest go on.
    Exits 1 if any line was refused.
    """
    if text is not None:
        if source is not None:
            raise InputError("give --text or a FILE, not both")
        _one(text, json_output=json_output)
        return
    refused = _stream(source)
    if refused:
        raise typer.Exit(1)


def _one(text: str, *, json_output: bool) -> None:
    result = classify(text)
    if json_output:
        emit_json(result.as_json())
        return
    _show(text, result)


def _show(text: str, result: Classification) -> None:
    if result.categories:
        out.print(f"[bold red]sensitive:[/] {', '.join(result.categories)}")
    else:
        out.print("[green]nothing affirmed sensitive[/]")
    if result.findings:
        table = Table("words", "category", "qualifiers", box=None, pad_edge=False)
        for finding in result.findings:
            qualifiers = [
                name
                for name, present in (
                    ("negated", finding.negated),
                    ("hypothetical", finding.hypothetical),
                    ("about someone else", finding.subject == "other"),
                    ("past history", finding.history),
                )
                if present
            ]
            table.add_row(
                text[finding.start : finding.end],
                finding.category,
                ", ".join(qualifiers) or "affirmed",
            )
        out.print(table)
    for kind, values in result.pii.as_json().items():
        if values:
            out.print(f"{kind}: {', '.join(values)}")


def _stream(source: str | None) -> int:
    """Classify JSON lines from a file or stdin to stdout; returns how many were refused."""
    refused = lines = 0
    with ExitStack() as stack:
        stream: IO[bytes] = sys.stdin.buffer
        size = None
        if source not in (None, "-"):
            path = Path(str(source))
            stream = stack.enter_context(path.open("rb"))
            size = path.stat().st_size
        # The bar goes to stderr, on a terminal only, and only when the file's size is known.
        bar = stack.enter_context(progress(size is not None and err.is_terminal))
        task = bar.add_task("classifying (bytes)", total=size)
        write = sys.stdout.buffer.write
        for result in classify_lines(stream):
            lines += 1
            if result.error is not None:
                refused += 1
            write(orjson.dumps(result.body) + b"\n")
            if size is not None and lines % 256 == 0:
                bar.update(task, completed=stream.tell())
        sys.stdout.buffer.flush()
    if refused:
        err.print(f'{refused} of {lines} line(s) refused; see their "error"')
    return refused
