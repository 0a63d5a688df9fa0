"""The attack accounting: what counts as a patient exposed, a record returned, and when an
attacker counts as contained."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx2
import orjson
import pytest

from carevault.simulate._attacker import Exposure
from carevault.simulate._time import SharedClock


@pytest.fixture
def exposure(tmp_path: Path) -> Iterator[Exposure]:
    clock = SharedClock(tmp_path / "clock")
    yield Exposure(frozenset({"decoy-1"}), clock)
    clock.close()


def answer(path: str, body: Any, status: int = 200) -> httpx2.Response:
    request = httpx2.Request("GET", f"http://carevault.test{path}")
    return httpx2.Response(status, content=orjson.dumps(body), request=request)


def bundle(*resources: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "Bundle", "entry": [{"resource": r} for r in resources]}


def patient(patient_id: str) -> dict[str, Any]:
    return {"resourceType": "Patient", "id": patient_id}


def note_of(patient_id: str) -> dict[str, Any]:
    return {"resourceType": "DocumentReference", "subject": {"reference": f"Patient/{patient_id}"}}


def test_each_patient_in_a_search_bundle_is_exposed_and_decoys_are_apart(
    exposure: Exposure,
) -> None:
    now = exposure.clock.now()
    exposure.observe(now, answer("/fhir/Patient", bundle(patient("a"), patient("decoy-1"))))
    exposure.observe(now, answer("/fhir/DocumentReference", bundle(note_of("b"), note_of("b"))))
    exposure.observe(now, answer("/fhir/Patient/a", patient("a")))
    assert exposure.patients == {"a", "b"}
    assert exposure.decoys == {"decoy-1"}
    assert exposure.records == 5


def test_refusals_and_login_answers_return_nothing(exposure: Exposure) -> None:
    now = exposure.clock.now()
    exposure.observe(now, answer("/fhir/Patient/a", {"resourceType": "OperationOutcome"}, 403))
    exposure.observe(now, answer("/auth/login", {"access_token": "t"}))
    exposure.observe(now, answer("/fhir/Patient", bundle()))
    assert exposure.records == 0
    assert exposure.patients == set()
    assert exposure.requests == 3


def test_contained_at_the_first_stop_after_the_last_data(exposure: Exposure) -> None:
    first = exposure.clock.now()
    exposure.observe(first, answer("/fhir/Patient/a", patient("a")))
    exposure.clock.advance(3)
    exposure.stopped("step-up")  # the victim answered it: data came back after
    exposure.clock.advance(4)
    exposure.observe(exposure.clock.now(), answer("/fhir/Patient/b", patient("b")))
    exposure.clock.advance(2)
    exposure.stopped("freeze")
    exposure.clock.advance(60)
    exposure.stopped("token")
    contained = exposure.seconds_to_containment()
    assert contained is not None
    assert timedelta(seconds=9) <= timedelta(seconds=contained) < timedelta(seconds=10)


def test_never_contained_when_data_came_after_every_stop(exposure: Exposure) -> None:
    exposure.observe(exposure.clock.now(), answer("/fhir/Patient/a", patient("a")))
    exposure.stopped("step-up")
    exposure.clock.advance(1)
    exposure.observe(exposure.clock.now(), answer("/fhir/Patient/b", patient("b")))
    assert exposure.seconds_to_containment() is None
