"""`carevault keys rotate`: move a practice to a new KEK version."""

from __future__ import annotations

import typer

from carevault.cli._context import (
    DataOption,
    JsonOption,
    PracticeOption,
    emit_json,
    open_store,
    out,
)

app = typer.Typer(help="Key management.", no_args_is_help=True)


@app.command("rotate")
def rotate(
    data: DataOption = None, practice: PracticeOption = None, json_output: JsonOption = False
) -> None:
    """Re-wrap every data key of the practice under a new KEK, then destroy the old KEK."""
    with open_store(data, practice) as opened:
        opened.audit("rotate-keys", detail="practice KEK rotation")
        new_kek = opened.records.rotate_kek()
    result = {"practice_id": new_kek.practice_id, "kek_version": new_kek.version}
    if json_output:
        emit_json(result)
    else:
        out.print(
            f"[green]✓[/] practice key now at version {new_kek.version}; the old one is destroyed"
        )
