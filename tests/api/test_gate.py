"""The gate asks the guard's check when a request arrives and reads its verdict when the
policy has decided, so that Redis answers while the store does: a stop still comes before
anything else the request would have answered, as when the check came first."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.api import World, staffed_world
from support.guard_redis import REDIS_URL

MOVED = {"user-agent": "curl/8.5"}
STEP_UP = (
    "re-enter your second factor (POST /auth/step-up) to go on: the session is used from a "
    "new device"
)


@pytest.fixture(params=["memory", "redis"])
def world(
    request: pytest.FixtureRequest, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[World]:
    if request.param == "redis":  # its keys are the store's own (and expire)
        monkeypatch.setenv("CAREVAULT_GUARD_REDIS_URL", REDIS_URL)
    with staffed_world(data_dir) as made:
        assert made.get("dr.house", "/fhir/Patient?family=Martin").status_code == 200
        yield made


def _stopped(answer: object) -> tuple[int, str | None, str]:
    return (
        answer.status_code,  # type: ignore[attr-defined]
        answer.headers.get("x-guard-action"),  # type: ignore[attr-defined]
        answer.json()["issue"][0]["diagnostics"],  # type: ignore[attr-defined]
    )


def test_a_stop_comes_before_a_missing_record(world: World) -> None:
    answer = world.get("dr.house", f"/fhir/Patient/{uuid.uuid4()}", headers=MOVED)
    assert _stopped(answer) == (401, "step-up", STEP_UP)


def test_a_stop_comes_before_a_bad_search(world: World) -> None:
    answer = world.get("dr.house", "/fhir/Patient?shoe-size=42", headers=MOVED)
    assert _stopped(answer) == (401, "step-up", STEP_UP)


def test_a_stop_comes_before_a_refusal_of_the_policy(world: World) -> None:
    (outsider,) = world.outsiders(1)
    answer = world.get("dr.house", f"/fhir/Patient/{outsider}", headers=MOVED)
    assert _stopped(answer) == (401, "step-up", STEP_UP)


def test_a_stop_comes_before_a_read_in_care(world: World) -> None:
    created = world.post(
        "dr.house",
        "/fhir/Patient",
        {"resourceType": "Patient", "name": [{"family": "Roux", "given": ["Inès"]}]},
    )
    assert created.status_code == 201
    answer = world.get("dr.house", f"/fhir/Patient/{created.json()['id']}", headers=MOVED)
    assert _stopped(answer) == (401, "step-up", STEP_UP)
    # the stop stands for the session's next requests, from anywhere, until it steps up
    again = world.get("dr.house", f"/fhir/Patient/{created.json()['id']}")
    assert again.status_code == 401
    assert again.headers["x-guard-action"] == "step-up"


def test_a_stopped_request_opens_no_break_the_glass_grant(world: World) -> None:
    (outsider,) = world.outsiders(1)
    reason = "Patient inconscient aux urgences, médecin traitant injoignable"
    answer = world.get(
        "dr.house",
        f"/fhir/Patient/{outsider}",
        headers={**MOVED, "X-Break-Glass-Reason": reason.encode()},
    )
    assert _stopped(answer) == (401, "step-up", STEP_UP)
    report = world.get("dpo.lea", "/access/break-glass")
    assert report.status_code == 200
    assert report.json()["grants"] == []
