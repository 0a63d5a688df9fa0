"""`carevault simulate practice|setup|traffic|attack`: synthetic practices, and a real server
driven over HTTP by honest staff and by attackers on a simulated clock."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import orjson
import typer
from rich.table import Table

from carevault.cli._context import JsonOption, emit_json, out, progress, show_progress
from carevault.errors import InputError

if TYPE_CHECKING:
    from carevault.simulate.attacks import AttackReport
    from carevault.simulate.traffic import TrafficReport
    from carevault.simulate.world import World

app = typer.Typer(
    help="Synthetic practices, honest traffic and attacks against a real server.",
    no_args_is_help=True,
)
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"

SeedOption = Annotated[int, typer.Option("--seed", help="same seed, same simulation")]
PatientsOption = Annotated[int, typer.Option("--patients", help="patients per practice", min=1)]
UrlOption = Annotated[
    str | None, typer.Option("--url", help="a running server (with --world) instead of a new one")
]
WorldOption = Annotated[
    Path | None, typer.Option("--world", help="the world file the server at --url serves")
]
WorkersOption = Annotated[
    int, typer.Option("--workers", help="server processes (several share Redis)", min=1, max=64)
]
RedisOption = Annotated[
    str | None,
    typer.Option(
        "--redis-url", help=f"the guard's Redis with several workers [{DEFAULT_REDIS_URL}]"
    ),
]
HoneytokensOption = Annotated[
    int | None,
    typer.Option(
        "--honeytokens", help="decoy patients per practice [1 per 100, at least 3]", min=0
    ),
]


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


@app.command("setup")
def setup(
    out_file: Annotated[Path, typer.Option("--out", help="the world file to write")],
    practices: Annotated[int, typer.Option("--practices", help="how many practices", min=1)] = 5,
    patients: PatientsOption = 800,
    seed: SeedOption = 1,
    honeytokens: HoneytokensOption = None,
    json_output: JsonOption = False,
) -> None:
    """Build a world to serve yourself: a store (next to the world file) with synthetic
    practices, staff accounts and their secrets in the world file (owner-only)."""
    from carevault.simulate.world import build_world  # noqa: PLC0415 - Faker is slow to import

    folder = out_file.parent / f"{out_file.stem}.store"
    if folder.exists():
        raise InputError(f"{folder} already exists; choose another --out")
    folder.mkdir(mode=0o700, parents=True)
    world = build_world(
        folder, practices=practices, patients=patients, seed=seed, honeytokens=honeytokens
    )
    world.save(out_file)
    serve = (
        f"CAREVAULT_SIMULATED_CLOCK_FILE={world.clock_file} "
        f"carevault serve --data {world.data} --port 8080"
    )
    if json_output:
        emit_json({"world": str(out_file), "data": world.data, "serve": serve})
        return
    out.print(f"[green]✓[/] world of {practices} practice(s) in {out_file}")
    out.print(f"  serve it:  {serve}")
    out.print(
        f"  then:      carevault simulate traffic --url http://127.0.0.1:8080 --world {out_file}"
    )


@app.command("traffic")
def traffic(
    days: Annotated[int, typer.Option("--days", help="simulated consultation days", min=1)],
    practices: Annotated[int, typer.Option("--practices", help="how many practices", min=1)] = 5,
    patients: PatientsOption = 800,
    seed: SeedOption = 1,
    workers: WorkersOption = 1,
    url: UrlOption = None,
    world_file: WorldOption = None,
    redis_url: RedisOption = None,
    honeytokens: HoneytokensOption = None,
    json_output: JsonOption = False,
) -> None:
    """Honest work of the practices on a simulated clock, over HTTP; prints what the guard
    made of it: freezes, step-ups, alerts (with --json exactly those and practitioner_days)."""
    from carevault.simulate.traffic import run_traffic, threads_for  # noqa: PLC0415 - slow

    with _served_world(
        url, world_file, workers, redis_url, practices=practices, patients=patients,
        seed=seed, honeytokens=honeytokens,
    ) as (world, base_url), progress(show_progress(json_output)) as bar:  # fmt: skip
        task = bar.add_task("simulating", total=None)
        report = run_traffic(
            world,
            base_url,
            days=days,
            seed=seed,
            threads=threads_for(workers),
            on_progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    if json_output:
        emit_json(report.as_json())
    else:
        _show_traffic(report)


@app.command("attack")
def attack(
    scenario: Annotated[
        str, typer.Option("--scenario", help="a scenario, or all (one JSON line each)")
    ],
    seed: SeedOption = 1,
    patients: PatientsOption = 800,
    workers: WorkersOption = 1,
    url: UrlOption = None,
    world_file: WorldOption = None,
    redis_url: RedisOption = None,
    honeytokens: HoneytokensOption = None,
    json_output: JsonOption = False,
) -> None:
    """Run an attack against a real server and measure it: patients exposed, records
    returned, simulated seconds to containment, the alerts raised. Each scenario runs on a
    throwaway world of its own unless --url and --world are given."""
    from carevault.simulate.attacks import SCENARIOS, AttackSize, run_attack  # noqa: PLC0415

    chosen = list(SCENARIOS) if scenario == "all" else [scenario]
    unknown = [s for s in chosen if s not in SCENARIOS]
    if unknown:
        raise InputError(f"--scenario must be all or one of {', '.join(SCENARIOS)}")
    world, base_url = _given_world(url, world_file)
    size = AttackSize(patients=patients)
    redis = _redis_for(workers, redis_url)
    for name in chosen:
        report = run_attack(
            name,
            seed=seed,
            size=size,
            world=world,
            base_url=base_url,
            workers=workers,
            redis_url=redis,
            honeytokens=honeytokens,
        )
        if json_output:
            sys.stdout.write(orjson.dumps(report.as_json()).decode() + "\n")
            sys.stdout.flush()
        else:
            _show_attack(report)


# -- worlds and servers --------------------------------------------------------------------------


@contextmanager
def _served_world(
    url: str | None,
    world_file: Path | None,
    workers: int,
    redis_url: str | None,
    *,
    practices: int,
    patients: int,
    seed: int,
    honeytokens: int | None,
) -> Iterator[tuple[World, str]]:
    """The world at --url, or a throwaway one served for the run."""
    from carevault.simulate.server import running_server  # noqa: PLC0415
    from carevault.simulate.world import build_world  # noqa: PLC0415

    world, base_url = _given_world(url, world_file)
    if world is not None and base_url is not None:
        yield world, base_url
        return
    with tempfile.TemporaryDirectory(prefix="carevault-traffic-") as folder:
        built = build_world(
            Path(folder), practices=practices, patients=patients, seed=seed, honeytokens=honeytokens
        )
        with running_server(
            built, workers=workers, redis_url=_redis_for(workers, redis_url)
        ) as served:
            yield built, served


def _given_world(url: str | None, world_file: Path | None) -> tuple[World | None, str | None]:
    from carevault.simulate.world import World  # noqa: PLC0415

    if (url is None) != (world_file is None):
        raise InputError("--url and --world go together: the server and the world it serves")
    if url is None or world_file is None:
        return None, None
    world = World.load(world_file)
    world.base_url = url.rstrip("/")
    return world, world.base_url


def _redis_for(workers: int, redis_url: str | None) -> str | None:
    if redis_url is not None:
        return redis_url
    return DEFAULT_REDIS_URL if workers > 1 else None


# -- output --------------------------------------------------------------------------------------


def _show_traffic(report: TrafficReport) -> None:
    table = Table(title=f"Honest traffic: {report.days} day(s) from {report.first_day}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    rows = [
        ("practitioner-days", report.practitioner_days),
        ("freezes", report.freezes),
        ("step-ups", report.step_ups),
        ("alerts", len(report.alerts) if report.alerts_endpoint else "no /guard/alerts yet"),
        ("requests", report.counts.get("requests", 0)),
        ("requests/s", f"{report.requests_per_second:,.0f}"),
        ("logins", report.counts.get("logins", 0)),
        ("visits", report.counts.get("visits", 0)),
        ("bookings", report.counts.get("bookings", 0)),
        ("refused (403/404)", report.counts.get("refusals", 0)),
        ("seconds", f"{report.seconds:,.1f}"),
    ]
    for name, value in rows:
        table.add_row(name, str(value))
    out.print(table)


def _show_attack(report: AttackReport) -> None:
    contained = report.seconds_to_containment
    verdict = "never contained" if contained is None else f"contained after {contained:,.1f} s"
    out.print(
        f"[bold]{report.scenario}[/]: {report.patients_exposed} patient(s) exposed, "
        f"{report.records_returned} record(s) returned, {verdict}, "
        f"{len(report.alerts)} alert(s)"
    )
    for name, value in report.extra.items():
        out.print(f"  {name}: {value}")
