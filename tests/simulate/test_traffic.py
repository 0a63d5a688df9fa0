"""Honest traffic against a real server: the guard must not freeze anyone at work, and the
`carevault simulate` commands print what the contract says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from carevault.simulate.server import running_server
from carevault.simulate.traffic import run_traffic
from carevault.simulate.world import World, build_world
from support.cli import CLI

pytestmark = pytest.mark.slow


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CLI:
    """The CLI in-process (the simulator runs on its own SQLite world, whatever the suite's
    database)."""
    return CLI(capsys, monkeypatch, tmp_path / "data")


@pytest.fixture
def world(tmp_path: Path) -> World:
    return build_world(tmp_path / "world", practices=2, patients=200, seed=3)


def test_honest_work_is_never_frozen(world: World) -> None:
    with running_server(world) as base_url:
        report = run_traffic(world, base_url, days=3, seed=3, threads=6)
    assert report.practitioner_days >= 2 * 3 * 4  # doctors and the nurse, three weekdays
    assert report.freezes == 0
    assert report.step_ups <= 1
    assert report.counts.get("visits", 0) > 0
    assert not any(key.startswith("stopped_") for key in report.counts)
    assert report.alerts_endpoint


def test_traffic_json_is_exactly_the_contract(world: World, tmp_path: Path, cli: CLI) -> None:
    world_file = tmp_path / "world.json"
    world.save(world_file)
    with running_server(world) as base_url:
        code, out, err = cli(
            "simulate", "traffic", "--days", "1", "--url", base_url, "--world", str(world_file),
            "--json",
        )  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert set(result) == {"practitioner_days", "freezes", "step_ups", "alerts"}
    assert result["freezes"] == 0


def test_attack_json_is_one_line_with_the_contracts_fields(
    world: World, tmp_path: Path, cli: CLI
) -> None:
    world_file = tmp_path / "world.json"
    world.save(world_file)
    with running_server(world) as base_url:
        code, out, err = cli(
            "simulate", "attack", "--scenario", "password-only", "--url", base_url,
            "--world", str(world_file), "--json",
        )  # fmt: skip
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert {"scenario", "patients_exposed", "records_returned", "seconds_to_containment"} <= set(
        result
    )
    assert result["scenario"] == "password-only"
    assert result["patients_exposed"] == 0


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["attack", "--scenario", "nope"], "--scenario must be all or one of"),
        (["traffic", "--days", "1", "--url", "http://127.0.0.1:1"], "go together"),
    ],
)
def test_bad_options_are_named(cli: CLI, arguments: list[str], message: str) -> None:
    code, _, err = cli("simulate", *arguments)
    assert code == 1
    assert message in err
