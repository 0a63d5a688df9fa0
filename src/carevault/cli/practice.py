"""`carevault practice add|list`: the practices one store hosts (a vendor's SaaS hosts many)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from carevault.cli._context import DataOption, JsonOption, emit_json, open_store, out

app = typer.Typer(help="Add and list the practices of this store.", no_args_is_help=True)


@app.command("add")
def add(
    name: Annotated[str, typer.Option("--name", help="the practice's name")],
    data: DataOption = None,
    json_output: JsonOption = False,
) -> None:
    """Add a practice, with keys of its own; add its first admin with `user add`."""
    with open_store(data) as opened:
        practice_id = opened.vault.create_practice(name)
    result = {"id": practice_id, "name": name.strip()}
    if json_output:
        emit_json(result)
        return
    out.print(f"[green]✓[/] practice {result['name']} ({practice_id}) added")
    out.print(
        f"  next: carevault user add --practice {practice_id} --role practice_admin --username …"
    )


@app.command("list")
def list_(data: DataOption = None, json_output: JsonOption = False) -> None:
    """Every practice of this store."""
    with open_store(data) as opened:
        practices = opened.vault.practices()
    if json_output:
        emit_json(practices)
        return
    table = Table(title=f"{len(practices)} practice(s)")
    table.add_column("id")
    table.add_column("name")
    for practice in practices:
        table.add_row(practice["id"], practice["name"])
    out.print(table)
