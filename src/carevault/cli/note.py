"""`carevault note add`: a free-text note, sealed under the patient's key."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from carevault.cli._context import (
    DataOption,
    JsonOption,
    PracticeOption,
    emit_json,
    open_store,
    out,
)
from carevault.errors import InputError
from carevault.records import record_id

app = typer.Typer(help="Clinical notes.", no_args_is_help=True)


@app.command("add")
def add(
    patient: Annotated[str, typer.Option("--patient", help="the patient's id")],
    text: Annotated[
        str | None, typer.Argument(help="the note; omit or '-' to read standard input")
    ] = None,
    file: Annotated[Path | None, typer.Option("--file", help="read the note from a file")] = None,
    author: Annotated[str | None, typer.Option("--author", help="Practitioner id")] = None,
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Add a note to a patient's record (text from an argument, a file or stdin)."""
    patient = record_id(patient, "Patient")
    author = record_id(author, "Practitioner") if author else None
    if file is not None and text not in (None, "-"):
        raise InputError("give the note as an argument or with --file, not both")
    if file is not None:
        try:
            body = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{file}: cannot read the note ({type(exc).__name__})") from None
    elif text is None or text == "-":
        body = sys.stdin.read()
    else:
        body = text
    with open_store(data, practice) as opened:
        document = opened.records.add_note(patient, body, author_id=author)
        opened.audit(
            "create",
            resource_type="DocumentReference",
            resource_id=document["id"],
            patient_id=patient,
        )
    if json_output:
        emit_json(
            {"id": document["id"], "patient": patient, "version": document["meta"]["versionId"]}
        )
    else:
        out.print(f"[green]✓[/] DocumentReference/{document['id']} added to Patient/{patient}")
