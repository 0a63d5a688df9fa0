"""`carevault guard status|alerts|unfreeze|honeytokens`: the DPO's side of the guard."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer
from rich.table import Table

from carevault.cli._context import (
    DataOption,
    JsonOption,
    PracticeOption,
    emit_json,
    open_store,
    out,
)
from carevault.guard import (
    MAX_ALERTS,
    Honeytokens,
    frozen_accounts,
    list_alerts,
    parse_since,
    plant_honeytokens,
    unfreeze,
)
from carevault.records import utc_now

app = typer.Typer(help="The guard: alerts, frozen accounts, honeytokens.", no_args_is_help=True)


@app.command("status")
def status(
    data: DataOption = None, practice: PracticeOption = None, json_output: JsonOption = False
) -> None:
    """Frozen accounts, honeytokens planted, and the alerts of the last day."""
    with open_store(data, practice) as opened:
        store, practice_id = opened.vault.store, opened.practice_id
        frozen = frozen_accounts(store, practice_id)
        decoys = len(Honeytokens(store).of(practice_id))
        recent = list_alerts(
            store, practice_id, since=utc_now() - timedelta(days=1), limit=MAX_ALERTS
        )
    result = {
        "practice_id": practice_id,
        "frozen": [f.as_dict() for f in frozen],
        "honeytokens": decoys,
        "alerts_last_day": len(recent),
    }
    if json_output:
        emit_json(result)
        return
    out.print(f"practice {practice_id}: {decoys} honeytoken(s), {len(recent)} alert(s) in a day")
    for account in frozen:
        out.print(
            f"  [red]frozen[/] {account.username} ({account.role}) "
            f"since {account.frozen_at:%Y-%m-%d %H:%M}"
        )
    if not frozen:
        out.print("  no account frozen")


@app.command("alerts")
def alerts(
    data: DataOption = None,
    practice: PracticeOption = None,
    since: Annotated[
        str | None, typer.Option("--since", help="ISO 8601 instant with its zone")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=500)] = 50,
    json_output: JsonOption = False,
) -> None:
    """The guard's alerts, newest first: what it did and why."""
    after = parse_since(since, "--since") if since else None
    with open_store(data, practice) as opened:
        found = list_alerts(opened.vault.store, opened.practice_id, since=after, limit=limit)
    if json_output:
        emit_json([a.as_dict() for a in found])
        return
    table = Table(title=f"{len(found)} alert(s)")
    for column in ("when", "action", "signal", "message"):
        table.add_column(column)
    for alert in found:
        table.add_row(
            f"{alert.created_at:%Y-%m-%d %H:%M:%S}", alert.action, alert.kind, alert.message
        )
    out.print(table)


@app.command("unfreeze")
def unfreeze_command(
    username: Annotated[str, typer.Option("--username", help="the frozen account")],
    reason: Annotated[str, typer.Option("--reason", help="why (recorded)")],
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Lift a freeze; the reason is recorded (an alert of kind unfrozen, and the access log)."""
    with open_store(data, practice) as opened:
        alert = unfreeze(
            opened.vault.store,
            opened.practice_id,
            username,
            reason=reason,
            by=opened.actor,
            now=utc_now(),
        )
        opened.audit(
            "unfreeze", resource_type="Account", resource_id=alert.account_id, reason="dpo"
        )
    if json_output:
        emit_json(alert.as_dict())
        return
    out.print(f"[green]✓[/] {username} unfrozen; the reason is recorded; they log in again")


@app.command("honeytokens")
def honeytokens(
    count: Annotated[int, typer.Option("--count", min=1, max=100, help="decoys to plant")] = 5,
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Plant decoy patients: indistinguishable to a reader, on no care team, never booked;
    opening one freezes the account at once."""
    with open_store(data, practice) as opened:
        planted = len(plant_honeytokens(opened.vault, opened.practice_id, count))
    if json_output:
        emit_json({"practice_id": opened.practice_id, "planted": planted})
        return
    out.print(f"[green]✓[/] {planted} honeytoken record(s) planted")
