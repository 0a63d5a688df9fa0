"""`carevault audit`: checkpoints, verification, proofs, export to a SIEM, retention, and the
witness (a separate small process)."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import typer

from carevault.audit import (
    Cursor,
    MerkleLog,
    NoteError,
    NoteVerifier,
    ProofError,
    WitnessUnavailable,
    WitnessView,
    check_proof,
    checkpoint_summary,
    checkpointer_for,
    export_entries,
    latest_from_witness,
    load_document,
    open_log,
    open_sink,
    prune_before,
    trusted_log_key,
    verify_log,
    witnesses_of,
)
from carevault.cli import witness
from carevault.cli._context import (
    DataOption,
    JsonOption,
    Opened,
    emit_json,
    err,
    open_store,
    out,
    progress,
    settings_for,
    show_progress,
)
from carevault.config import pin_log_key
from carevault.errors import InputError
from carevault.records import utc_now

app = typer.Typer(help="The access log: checkpoints, verification, proofs, export.")
app.add_typer(witness.app, name="witness")

LogKeyOption = Annotated[
    str | None,
    typer.Option("--log-key", help="the log's verifier key (default: the one recorded by init)"),
]


@contextmanager
def _opened_log(data: Path | None) -> Iterator[tuple[Opened, MerkleLog]]:
    with open_store(data) as opened:
        store = opened.vault.store
        yield (
            opened,
            open_log(opened.settings, store, opened.vault.provider, opened.store_id, utc_now),
        )


@app.command("checkpoint")
def checkpoint(data: DataOption = None, json_output: JsonOption = False) -> None:
    """Integrate new entries, sign a checkpoint, and have the witnesses cosign it."""
    with _opened_log(data) as (opened, log):
        checkpointer_for(opened.settings, log).tick(force=True)
        latest = log.latest_checkpoint()
        quorum = opened.settings.audit_witness_quorum
        if latest is None:
            raise InputError("the log has no checkpoint")
        result = checkpoint_summary(latest, witnesses_of(opened.settings), quorum)
    if json_output:
        emit_json(result)
        return
    out.print(result["note"], end="")
    trust = "[green]trusted[/]" if result["trusted"] else "[yellow]not yet trusted[/]"
    out.print(f"cosigned by {len(result['cosigned_by'])}, quorum {quorum}: {trust}")


@app.command("key")
def key(data: DataOption = None, json_output: JsonOption = False) -> None:
    """The log's origin and verifier key: give them to the witnesses and to whoever checks
    proofs; a store made before the log gets its key pinned in carevault.toml here."""
    with _opened_log(data) as (opened, log):
        vkey, recorded = log.verifier.vkey, opened.settings.audit_log_key
        if recorded is not None and recorded != vkey:
            raise InputError(
                "the key provider's log key is not the one recorded in carevault.toml: "
                "the key was replaced, or the file edited"
            )
        if recorded is None:
            pin_log_key(opened.settings, vkey)
    result = {"origin": log.origin, "vkey": vkey, "pinned_now": recorded is None}
    if json_output:
        emit_json(result)
        return
    out.print(f"origin  {log.origin}\nkey     {vkey}")
    if recorded is None:
        out.print("[green]✓[/] recorded in carevault.toml: `audit verify` now checks against it")


@app.command("verify")
def verify(
    data: DataOption = None,
    log_key: LogKeyOption = None,
    no_witness: Annotated[
        bool, typer.Option("--no-witness", help="do not ask the witnesses (offline)")
    ] = False,
    json_output: JsonOption = False,
) -> None:
    """Recompute the whole log from its entries; check it against every checkpoint and each
    witness's latest cosigned one. Exits 1 naming the first thing that does not hold."""
    with _opened_log(data) as (opened, log):
        key = _verifier(log_key) if log_key else trusted_log_key(opened.settings, log)
        pinned = bool(log_key or opened.settings.audit_log_key)
        witnesses = [] if no_witness else _witness_views(opened, log)
        with progress(show_progress(json_output)) as bar:
            task = bar.add_task("verifying the access log", total=log.size())
            mirrored = log.mirrored_checkpoint()
            report = verify_log(
                log.store,
                key,
                witnesses,
                lambda n: bar.advance(task, n),
                known=[("the checkpoint this machine signed last", mirrored)] if mirrored else [],
            )
    result: dict[str, Any] = {
        "ok": report.ok,
        "size": report.size,
        "entries_checked": report.entries_checked,
        "checkpoints_checked": report.checkpoints_checked,
        "witnesses_checked": report.witnesses_checked,
        "pending": report.pending,
        "pruned_below": report.pruned_below,
        "root": report.root.hex(),
        "log_key": key.vkey,
        "log_key_pinned": pinned,
        "problem": report.problem,
    }
    if not pinned and not json_output:
        err.print(
            "[yellow]the log's key is not pinned (no audit_log_key in carevault.toml): checked "
            "against the key the provider holds now; pin it with `carevault audit key`[/]"
        )
    if json_output:
        emit_json(result)
    elif report.ok:
        out.print(
            f"[green]✓[/] the log verifies: {report.entries_checked} entries, "
            f"{report.checkpoints_checked} checkpoints, witnesses: "
            f"{', '.join(report.witnesses_checked) or 'none asked'}"
        )
    else:
        err.print(f"[red]✗ the log does not verify:[/] {report.problem}")
    if not report.ok:
        raise typer.Exit(1)


@app.command("verify-proof")
def verify_proof(
    proof_file: Annotated[str, typer.Argument(help="a proof from /audit/proof/…, or - for stdin")],
    log_key: LogKeyOption = None,
    witness_keys: Annotated[
        list[str] | None,
        typer.Option("--witness-key", help="a witness's verifier key (repeat for each)"),
    ] = None,
    quorum: Annotated[
        int | None, typer.Option("--quorum", help="cosignatures required (default: 1 if keys)")
    ] = None,
    data: DataOption = None,
    json_output: JsonOption = False,
) -> None:
    """Check an inclusion or consistency proof offline, with the log's verifier key, and
    with the witnesses' keys, the cosignatures (default: as configured)."""
    raw = sys.stdin.buffer.read() if proof_file == "-" else Path(proof_file).read_bytes()
    settings = settings_for(data)
    key = _verifier(log_key or settings.audit_log_key)
    if witness_keys:
        witnesses = [_verifier(vkey, "--witness-key") for vkey in witness_keys]
        required = 1 if quorum is None else quorum
    else:
        witnesses = [w.verifier for w in witnesses_of(settings)]
        required = (settings.audit_witness_quorum if witnesses else 0) if quorum is None else quorum
    try:
        statement = check_proof(load_document(raw), key, witnesses=witnesses, quorum=required)
    except ProofError as failed:
        if json_output:
            emit_json({"ok": False, "problem": str(failed)})
        else:
            err.print(f"[red]✗ the proof does not hold:[/] {failed}")
        raise typer.Exit(1) from None
    if json_output:
        emit_json({"ok": True, "statement": statement})
    else:
        out.print(f"[green]✓[/] {statement}")


@app.command("export")
def export(
    to: Annotated[str, typer.Option("--to", help="a file, or syslog://host:port")],
    form: Annotated[str, typer.Option("--format", help="jsonl or ocsf")] = "jsonl",
    cursor_file: Annotated[
        Path | None, typer.Option("--cursor", help="resume from, and save, the position here")
    ] = None,
    follow: Annotated[bool, typer.Option("--follow", help="keep sending new entries")] = False,
    data: DataOption = None,
    json_output: JsonOption = False,
) -> None:
    """Stream access-log entries to a SIEM, from the cursor on."""
    if form not in ("jsonl", "ocsf"):
        raise InputError(f"--format is jsonl or ocsf, not {form!r}")
    cursor = Cursor(cursor_file)
    start = position = cursor.read()
    sink = open_sink(to)
    try:
        with open_store(data) as opened:
            # Once per run, not per batch: an entry per batch would itself be sent next.
            opened.audit("export", resource_type="AccessLog", detail=f"to a SIEM from {start}")
            while True:
                position = export_entries(
                    opened.vault.store,
                    sink,
                    position,
                    form=form,  # type: ignore[arg-type]
                    on_batch=lambda at, _: cursor.save(at),
                )
                if not follow:
                    break
                time.sleep(1.0)
    finally:
        sink.close()
    result = {"exported": position - start, "cursor": position}
    if json_output:
        emit_json(result)
    else:
        out.print(f"[green]✓[/] {result['exported']} entries sent; next from {position}")


@app.command("prune")
def prune(
    before: Annotated[
        str | None,
        typer.Option("--before", help="ISO date; default: now minus the retention period"),
    ] = None,
    data: DataOption = None,
    json_output: JsonOption = False,
) -> None:
    """Delete entries older than the retention period (in whole tiles); what is kept still
    verifies."""
    with open_store(data) as opened:
        kept_days = opened.settings.audit_retention_days
        now = utc_now()
        cutoff = _cutoff(before, now - timedelta(days=kept_days))
        done = prune_before(
            opened.vault.store,
            cutoff,
            now=now,
            kept_days=kept_days,
            practice_id=opened.practice_id,
            actor=opened.actor,
        )
    result = {
        "before": cutoff.isoformat(),
        "entries_deleted": done.entries_deleted,
        "pruned_below": done.pruned_below,
    }
    if json_output:
        emit_json(result)
    else:
        out.print(
            f"[green]✓[/] {done.entries_deleted} entries older than {cutoff:%Y-%m-%d} deleted; "
            f"the log is kept from entry {done.pruned_below}"
        )


def _cutoff(before: str | None, default: datetime) -> datetime:
    if before is None:
        return default
    try:
        parsed = datetime.fromisoformat(before)
    except ValueError:
        raise InputError(f"--before {before!r} is not an ISO date") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _verifier(vkey: str | None, option: str = "--log-key") -> NoteVerifier:
    if not vkey:
        raise InputError("give the log's verifier key with --log-key (init printed it)")
    try:
        return NoteVerifier.from_vkey(vkey)
    except NoteError as exc:
        raise InputError(f"{option}: {exc}") from None


def _witness_views(opened: Opened, log: MerkleLog) -> list[WitnessView]:
    views = []
    for configured in witnesses_of(opened.settings):
        try:
            latest = latest_from_witness(configured, log.origin)
        except WitnessUnavailable as exc:
            raise WitnessUnavailable(
                f"{exc}; verify offline with --no-witness, and ask it again later"
            ) from None
        views.append(WitnessView(configured.name, configured.verifier, latest))
    return views
