"""`carevault token add|list|revoke`: service tokens for integrations, scoped SMART-style."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

import typer
from rich.table import Table

from carevault.access import issue_service_token, list_service_tokens, revoke_service_token
from carevault.cli._context import (
    DataOption,
    JsonOption,
    PracticeOption,
    emit_json,
    open_store,
    out,
    plain,
    require_practice,
)
from carevault.records import utc_now

app = typer.Typer(help="Service tokens for integrations.", no_args_is_help=True)


@app.command("add")
def add(
    username: Annotated[str, typer.Option("--username", help="the account the token acts as")],
    scope: Annotated[
        list[str], typer.Option("--scope", help="e.g. user/Patient.rs (repeat for several)")
    ],
    expires_days: Annotated[int, typer.Option("--expires-days", help="valid for this many days")],
    label: Annotated[str | None, typer.Option("--label", help="what it is for")] = None,
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Issue a service token; it is shown once (only its hash is kept)."""
    with open_store(data, practice) as opened:
        require_practice(opened)
        issued = issue_service_token(
            opened.vault.store,
            opened.practice_id,
            username=username,
            scopes=scope,
            expires_in_days=expires_days,
            clock=utc_now,
            max_days=opened.settings.service_token_max_days,
            label=label,
        )
    result = {
        "id": issued.id,
        "token": issued.token,
        "username": issued.username,
        "scopes": sorted(issued.scopes),
        "expires_at": issued.expires_at.isoformat(),
        "label": issued.label,
    }
    if json_output:
        emit_json(result)
        return
    out.print(f"[green]✓[/] token {issued.id} for {username}, until {result['expires_at']}")
    out.print(f"  token     [bold]{issued.token}[/]")
    out.print("[yellow]Shown once: only its hash is kept. Store it in the integration now.[/]")


@app.command("list")
def list_(
    data: DataOption = None, practice: PracticeOption = None, json_output: JsonOption = False
) -> None:
    """The practice's service tokens (never the tokens themselves)."""
    with open_store(data, practice) as opened:
        require_practice(opened)
        tokens = [
            _shown(asdict(t)) for t in list_service_tokens(opened.vault.store, opened.practice_id)
        ]
    if json_output:
        emit_json(tokens)
        return
    table = Table(title=f"{len(tokens)} token(s)")
    for column in ("id", "username", "scopes", "expires", "state"):
        table.add_column(column)
    for token in tokens:
        state = "revoked" if token["revoked_at"] else "live"
        table.add_row(
            token["id"], token["username"], " ".join(token["scopes"]), token["expires_at"], state
        )
    out.print(table)


@app.command("revoke")
def revoke(
    token_id: Annotated[str, typer.Option("--id", help="the token's id (from token list)")],
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Revoke a service token: refused from its next use."""
    with open_store(data, practice) as opened:
        require_practice(opened)
        revoke_service_token(opened.vault.store, opened.practice_id, token_id, clock=utc_now)
    if json_output:
        emit_json({"id": token_id, "revoked": True})
        return
    out.print(f"[green]✓[/] token {token_id} revoked")


def _shown(values: dict[str, Any]) -> dict[str, Any]:
    shown = plain(values)
    shown["scopes"] = sorted(values["scopes"])
    return shown
