"""`carevault import` and `carevault export`."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Annotated

import orjson
import typer
from sqlalchemy import Connection

from carevault.audit import AccessEvent
from carevault.cli._context import (
    DataOption,
    JsonOption,
    Opened,
    PracticeOption,
    emit_json,
    err,
    open_store,
    out,
    progress,
    show_progress,
)
from carevault.errors import InputError
from carevault.logs import get_logger
from carevault.records import ImportReport, WriteResult, export_resources, import_file

MAX_ERRORS_SHOWN = 20
log = get_logger("import")


def import_command(
    file: Annotated[Path, typer.Argument(help="FHIR R4 NDJSON or Bundle JSON")],
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Import FHIR R4 (NDJSON or a Bundle): streaming, resumable; bad lines are reported."""
    if not file.is_file():
        raise InputError(f"{file}: no such file")
    with open_store(data, practice) as opened, progress(show_progress(json_output)) as bar:
        task = bar.add_task("importing", total=file.stat().st_size)

        def record_batch(connection: Connection, result: WriteResult) -> None:
            log.info(
                "import_batch",
                created=result.created,
                updated=result.updated,
                rejected=len(result.rejected),
            )
            opened.recorder.record_in(
                connection,
                [
                    AccessEvent(
                        practice_id=opened.practice_id,
                        actor=opened.actor,
                        action="import",
                        detail=(
                            f"{result.created} created, {result.updated} updated, "
                            f"{len(result.rejected)} rejected"
                        ),
                    )
                ],
            )

        report = import_file(
            opened.records,
            file,
            on_line=lambda size: bar.advance(task, size),
            on_batch=record_batch,
        )
    for line, _message in report.errors:
        # The message goes to the terminal only: it may name what a line held ("sensitive
        # content (mental_health)"), which is about a patient and stays out of the log file.
        log.warning("import_line_skipped", line=line)
    _show_report(report, json_output)
    if report.errors:
        raise typer.Exit(1)  # the rest was imported; scripts still learn that lines were skipped


def _show_report(report: ImportReport, json_output: bool) -> None:
    if json_output:
        emit_json(report.as_dict())
        return
    if report.already_imported:
        out.print(
            f"{report.source} was already imported in full ({report.lines} lines); nothing to do"
        )
        return
    resumed = f" (resumed after line {report.resumed_from})" if report.resumed_from else ""
    out.print(
        f"[green]✓[/] {report.created} resources created ({report.patients_created} patients), "
        f"{report.updated} updated from {report.lines} lines{resumed}"
    )
    for line, message in report.errors[:MAX_ERRORS_SHOWN]:
        err.print(
            f"[red]skipped[/] {message}"
            if message.startswith("line")
            else f"[red]skipped[/] line {line}: {message}"
        )
    if len(report.errors) > MAX_ERRORS_SHOWN:
        err.print(f"... and {len(report.errors) - MAX_ERRORS_SHOWN} more (use --json for all)")
    if report.errors:
        err.print(f"[yellow]{len(report.errors)} line(s) skipped; the rest was imported[/]")


def export_command(
    out_file: Annotated[
        Path | None, typer.Option("--out", help="write NDJSON here (default: stdout)")
    ] = None,
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """The practice's decrypting export as FHIR NDJSON; every patient exported is recorded."""
    if out_file is not None and out_file.exists():
        raise InputError(f"{out_file} already exists; refusing to overwrite an export")
    with open_store(data, practice) as opened:
        records = opened.records
        total = records.count_patients()
        show = show_progress(json_output) and out_file is not None
        with progress(show) as bar:
            task = bar.add_task("exporting", total=total)
            if out_file is None:
                count = _export_to(sys.stdout, opened, lambda: bar.advance(task))
            else:
                temporary = out_file.with_name(f".{out_file.name}.partial")
                with _private_file(temporary) as handle, _removed_on_failure(temporary):
                    count = _export_to(handle, opened, lambda: bar.advance(task))
                temporary.replace(out_file)
    if out_file is not None:
        summary = {"out": str(out_file), "patients": total, "resources": count}
        if json_output:
            emit_json(summary)
        else:
            out.print(f"[green]✓[/] {count} resources of {total} patients written to {out_file}")


def _private_file(path: Path) -> IO[str]:
    """A new file only its owner can read; never an existing file or a symbolic link."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:
        raise InputError(f"{path} exists (an interrupted export?); remove it first") from None
    return os.fdopen(descriptor, "w", encoding="utf-8")


@contextmanager
def _removed_on_failure(path: Path) -> Iterator[None]:
    """Decrypted records must not stay on disk in a half-written export."""
    try:
        yield
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _export_to(handle: IO[str], opened: Opened, tick: Callable[[], None]) -> int:
    count = 0

    def before_patient(patient_id: str) -> None:
        opened.audit(
            "export", resource_type="Patient", resource_id=patient_id, patient_id=patient_id
        )
        tick()

    for resource in export_resources(opened.records, on_patient=before_patient):
        handle.write(orjson.dumps(resource).decode() + "\n")
        count += 1
    return count
