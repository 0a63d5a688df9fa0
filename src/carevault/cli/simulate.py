"""`carevault simulate practice`: a synthetic French practice as FHIR NDJSON."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from carevault.cli._context import JsonOption, emit_json, out, progress, show_progress
from carevault.errors import InputError

app = typer.Typer(
    help="Synthetic practices (and, later, traffic and attacks).", no_args_is_help=True
)


@app.command("practice")
def practice(
    patients: Annotated[int, typer.Option("--patients", help="how many patients", min=1)] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="same seed, same practice")] = 1,
    out_file: Annotated[Path, typer.Option("--out", help="FHIR NDJSON output")] = Path(
        "practice.ndjson"
    ),
    truth: Annotated[
        Path, typer.Option("--truth", help="the plaintext truth, for tests and scans only")
    ] = Path("truth.ndjson"),
    json_output: JsonOption = False,
) -> None:
    """Write a realistic synthetic practice (Faker fr_FR, valid NIRs, notes) as NDJSON."""
    from carevault.simulate.practice import generate_practice  # noqa: PLC0415 - Faker is slow to import

    if out_file.resolve() == truth.resolve():
        raise InputError("--out and --truth must be different files")
    with (
        out_file.open("w", encoding="utf-8") as handle,
        truth.open("w", encoding="utf-8") as truth_handle,
        progress(show_progress(json_output)) as bar,
    ):
        task = bar.add_task("generating", total=patients)
        summary = generate_practice(
            patients=patients,
            seed=seed,
            out=handle,
            truth=truth_handle,
            on_patient=lambda: bar.advance(task),
        )
    result = {
        "out": str(out_file),
        "truth": str(truth),
        "patients": summary.patients,
        "practitioners": summary.practitioners,
        "resources": summary.resources,
        "sensitive_notes": summary.sensitive_notes,
    }
    if json_output:
        emit_json(result)
    else:
        out.print(
            f"[green]✓[/] {summary.patients} patients, {summary.resources} resources "
            f"({summary.sensitive_notes} highly sensitive notes) in {out_file}; truth in {truth}"
        )
