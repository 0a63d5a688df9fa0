"""The gate asks the guard's check when a request arrives and reads its verdict when the
policy has decided, so that Redis answers while the store does: a stop still comes before
anything else the request would have answered, as when the check came first."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from carevault.guard._limits import CLINICIAN
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


# The guard judges a read's count at the request's end, the answer built meanwhile (Redis
# counts while it is): a stop then still sends nothing and records the read as refused.

OPENED_OUTSIDE_STEP_UP = CLINICIAN.opened_outside_week.step_up  # type: ignore[union-attr]


def test_a_read_stopped_when_its_count_is_judged_sends_nothing_and_is_recorded_refused(
    world: World,
) -> None:
    outsiders = world.outsiders(OPENED_OUTSIDE_STEP_UP)
    for patient_id in outsiders[:-1]:
        assert world.get("dr.house", f"/fhir/Patient/{patient_id}").status_code == 200
    answer = world.get("dr.house", f"/fhir/Patient/{outsiders[-1]}")
    status, action, diagnostics = _stopped(answer)
    assert (status, action) == (401, "step-up")
    assert diagnostics == (
        "re-enter your second factor (POST /auth/step-up) to go on: "
        f"{OPENED_OUTSIDE_STEP_UP} records of patients outside their care opened in seven "
        f"days (step-up at {OPENED_OUTSIDE_STEP_UP})"
    )
    assert outsiders[-1] not in answer.text and "Zoé" not in answer.text
    recorded = [
        (row["action"], row["outcome"], row["reason"])
        for row in world.access_rows()
        if row["patient_id"] == outsiders[-1]
    ]
    assert recorded == [("read", "denied", "guard:step-up")]  # not also as allowed


def test_a_search_stopped_when_its_count_is_judged_records_each_hit_refused(
    world: World,
) -> None:
    world.outsiders(CLINICIAN.day.step_up or 0)  # homonyms of no one's care, all "Zoé…"
    answer = world.get("dr.house", "/fhir/Patient?given=Zoé")
    status, action, diagnostics = _stopped(answer)
    assert (status, action) == (401, "step-up")
    assert "distinct patients outside their care in a day" in diagnostics
    assert "Zoé" not in answer.text
    outcomes = {
        (row["outcome"], row["reason"])
        for row in world.access_rows()
        if row["action"] == "search" and row["resource_id"] is not None
    }
    assert outcomes == {("denied", "guard:step-up")}
