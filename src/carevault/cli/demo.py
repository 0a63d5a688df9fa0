"""`carevault demo`: the tour for a new user, on a throwaway store."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.panel import Panel
from rich.table import Table

from carevault.audit import checkpointer_for, open_log, trusted_log_key, verify_log
from carevault.cli._context import (
    JsonOption,
    Opened,
    emit_json,
    open_store,
    out,
    progress,
    show_progress,
)
from carevault.cli.patient import patient_table
from carevault.config import load_settings
from carevault.errors import ConfigError
from carevault.provision import create_store
from carevault.records import import_file, utc_now
from carevault.simulate.scan import build_needles, truth_values
from carevault.simulate.thief import TheftReport, inspect_stolen, steal

if TYPE_CHECKING:
    from carevault.simulate.attacks import AttackReport


def demo(
    patients: Annotated[
        int, typer.Option("--patients", help="size of the synthetic practice", min=10)
    ] = 1000,
    seed: Annotated[int, typer.Option("--seed")] = 7,
    keep: Annotated[
        bool, typer.Option("--keep", help="keep the throwaway store afterwards")
    ] = False,
    json_output: JsonOption = False,
) -> None:
    """Import a synthetic practice, show a few records, what a thief of the data folder
    would see, then a stolen doctor's session scraping the API, and the guard stopping it."""
    if load_settings().database_url is not None:
        raise ConfigError(
            "the demo runs on the embedded default (SQLite and a key file, in a throwaway "
            "folder): unset CAREVAULT_DATABASE_URL to run it"
        )
    workdir = Path(tempfile.mkdtemp(prefix="carevault-demo-"))
    try:
        summary = _run(workdir, patients, seed, json_output)
    finally:
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)
    if json_output:
        emit_json(summary)
    elif keep:
        out.print(f"\nThe demo store is kept in {workdir}")


def _run(workdir: Path, patients: int, seed: int, json_output: bool) -> dict[str, Any]:
    from carevault.simulate.practice import generate_practice  # noqa: PLC0415 - Faker is slow to import

    data, key_file = workdir / "data", workdir / "keys" / "carevault.key"
    practice_file, truth_file = workdir / "practice.ndjson", workdir / "truth.ndjson"
    show = show_progress(json_output)

    def say(*renderables: object) -> None:
        if not json_output:
            out.print(*renderables)

    say(Panel.fit("[bold]carevault demo[/] — a practice's records, and what a thief would get"))
    say(f"1/5 generating a synthetic French practice of {patients:,} patients")
    with (
        practice_file.open("w", encoding="utf-8") as handle,
        truth_file.open("w", encoding="utf-8") as truth,
        progress(show) as bar,
    ):
        task = bar.add_task("generating", total=patients)
        generated = generate_practice(
            patients=patients,
            seed=seed,
            out=handle,
            truth=truth,
            on_patient=lambda: bar.advance(task),
        )
    settings = load_settings(data=data, key_file=key_file)
    store_info = create_store(
        settings, practice_name="Cabinet de démonstration", admin="admin", passphrase=None
    )
    say(f"2/5 store created in {data}, key file kept apart in {key_file}")

    started = time.perf_counter()
    with open_store(data) as opened, progress(show) as bar:
        task = bar.add_task(
            "3/5 importing (every value sealed)", total=practice_file.stat().st_size
        )
        report = import_file(opened.records, practice_file, on_line=lambda n: bar.advance(task, n))
        elapsed = time.perf_counter() - started
        first_ids = next(opened.records.iter_patient_ids(batch=3))
        shown = opened.records.patients_by_id(first_ids)
        for patient_id in first_ids:
            opened.audit(
                "read",
                resource_type="Patient",
                resource_id=patient_id,
                patient_id=patient_id,
                detail="demo",
            )
        notes = opened.records.patient_resources(first_ids[0], "DocumentReference")
        logged = _sign_and_verify_log(opened)
    say(
        f"    {report.patients_created} patients, {report.created} resources in {elapsed:.1f} s "
        f"({report.patients_created / elapsed:,.0f} patients/s)"
    )
    say(
        patient_table(
            [shown[i] for i in first_ids], title="What the practice sees (decrypted, with the key)"
        )
    )
    note_excerpt = _note_excerpt(notes)
    if note_excerpt:
        say(Panel(note_excerpt, title=f"A note of Patient/{first_ids[0]}", expand=False))
    say(
        f"    access log: {logged['entries']} entries (these reads), checkpoint "
        f"signed by {logged['origin']}; `audit verify`: "
        + ("[green]verifies[/]" if logged["verified"] else f"[red]{logged['problem']}[/]")
    )

    with truth_file.open(encoding="utf-8") as truth:
        needles = build_needles(truth_values(truth))
    stolen = steal(data, workdir / "stolen")
    theft = inspect_stolen(stolen, needles)
    if not json_output:
        _show_theft(theft)
    attack = _stolen_session(seed, show)
    if not json_output:
        _show_attack(attack)
    return {
        "patients": generated.patients,
        "resources": generated.resources,
        "sensitive_notes": generated.sensitive_notes,
        "import_seconds": round(elapsed, 3),
        "import_patients_per_second": round(report.patients_created / elapsed, 1),
        "import_errors": len(report.errors),
        "store": {"data": store_info["data"], "key_file": store_info["key_file"]},
        "audit_log": logged,
        "thief": theft.as_dict(),
        "attack": attack.as_json(),
    }


_ATTACK_PATIENTS = 400


def _stolen_session(seed: int, show: bool) -> AttackReport:
    """An honest day of a small practice over HTTP, then malware on a doctor's machine takes
    the live session and reads as fast as it can (`carevault simulate attack`)."""
    from carevault.simulate.attacks import AttackSize, run_attack  # noqa: PLC0415 - Faker

    size = AttackSize(patients=_ATTACK_PATIENTS, warmup_days=1, lead_in_days=1)
    with progress(show) as bar:
        bar.add_task("5/5 an honest day, then a stolen session scrapes the API", total=None)
        return run_attack("session-scrape", seed=seed, size=size)


def _show_attack(attack: AttackReport) -> None:
    out.print(
        Panel.fit(
            "[bold]5/5 A doctor's live session stolen (infostealer), used as fast as it can[/]"
        )
    )
    contained = attack.seconds_to_containment
    stopped = "[red]never stopped[/]" if contained is None else f"stopped after {contained:.2f} s"
    out.print(
        f"After an honest day of a {_ATTACK_PATIENTS}-patient practice, the thief searched "
        f"common surnames and opened every hit: {stopped}, "
        f"[bold]{attack.patients_exposed} patient(s)[/] exposed "
        f"({attack.records_returned} records returned)."
    )
    for alert in reversed(attack.alerts[:3]):  # oldest first
        out.print(f"  DPO alert ({alert['action']}): {alert['message']}")


def _sign_and_verify_log(opened: Opened) -> dict[str, Any]:
    """What `audit checkpoint` then `audit verify` do: the accesses so far, hashed into the
    Merkle log, a signed checkpoint, and the whole log recomputed against it."""
    log = open_log(
        opened.settings, opened.vault.store, opened.vault.provider, opened.store_id, utc_now
    )
    checkpointer_for(opened.settings, log).tick(force=True)
    report = verify_log(log.store, trusted_log_key(opened.settings, log))
    return {
        "entries": report.size,
        "origin": log.origin,
        "verified": report.ok,
        "problem": report.problem,
    }


def _note_excerpt(notes: list[dict[str, Any]]) -> str:
    import base64  # noqa: PLC0415

    for note in notes:
        data = note["content"][0]["attachment"].get("data")
        if data:
            text = base64.b64decode(data).decode("utf-8")
            return text if len(text) < 400 else text[:400] + "…"
    return ""


def _show_theft(theft: TheftReport) -> None:
    out.print(Panel.fit("[bold]4/5 What a thief with a copy of the data folder (no key) sees[/]"))
    files = Table(title="Stolen files")
    files.add_column("file")
    files.add_column("bytes", justify="right")
    for name, size in theft.files:
        files.add_row(name, f"{size:,}")
    out.print(files)
    sample = Table(title="One row of the patients table, as stored")
    sample.add_column("column")
    sample.add_column("value")
    for column, value in theft.sample_row.items():
        sample.add_row(column, value)
    out.print(sample)
    verdict = "[green]0 found[/]" if not theft.hits else f"[red]{len(theft.hits)} FOUND[/]"
    out.print(
        f"Searched {theft.bytes_scanned:,} bytes for {theft.needles:,} known plaintext values "
        f"(names, NIRs, phones, e-mails, addresses, note sentences): {verdict}"
    )
    if theft.family_index:
        index = theft.family_index
        out.print(
            f"Family-name blind index: {index['patients']:,} patients map to "
            f"{index['distinct_values']:,} truncated values "
            f"(largest bucket {index['largest_bucket']}); "
            "without the key a value cannot be tested against a name"
        )
    if theft.care_relations:
        relations = theft.care_relations
        out.print(
            f"Care relations, clear by design (access is decided on them without a key): "
            f"{relations['patients']:,} patients linked to {relations['practitioners']} "
            f"practitioners, {relations['dated_rows']:,} of them with an encounter date"
        )
    out.print(f"Opening the practice with a forged key file: {theft.forged_key_result}")
