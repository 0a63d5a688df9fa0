"""The fast validator may only accept what FHIR R4 (fhir.resources) accepts."""

from __future__ import annotations

import io
from typing import Any

import orjson
import pytest
from fhir.resources.R4B import get_fhir_model_class

from carevault.records import _fast_fhir
from carevault.simulate.practice import generate_practice
from support.fhir import encounter, note, patient, practitioner


def _fhir_accepts(resource: dict[str, Any]) -> bool:
    try:
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    except Exception:
        return False
    return True


def _raw(resource: dict[str, Any]) -> bytes:
    return orjson.dumps(resource)


def test_everything_the_synthetic_practice_writes_is_fast_and_valid() -> None:
    out, truth = io.StringIO(), io.StringIO()
    generate_practice(patients=60, seed=5, out=out, truth=truth)
    lines = out.getvalue().splitlines()
    for line in lines:
        resource = orjson.loads(line)
        assert _fast_fhir.accepts(resource, line.encode()), resource["resourceType"]
        assert _fhir_accepts(resource)


@pytest.mark.parametrize(
    "resource",
    [
        {**patient(), "gender": "M"},
        {**patient(), "name": []},
        {**patient(), "name": [{}]},
        {**patient(), "active": "yes"},
        {**patient(), "telecom": [{"system": "pigeon", "value": "x"}]},
        {**patient(), "identifier": None},
        {**encounter("e", "Patient/p"), "status": "done"},
        {**note("d", "Patient/p", "x"), "content": []},
    ],
)
def test_what_fhir_resources_lets_through_is_still_refused_by_the_fast_path(
    resource: dict[str, Any],
) -> None:
    # fhir.resources checks neither code bindings nor cardinality; the fast path does, so
    # these go to the full validator and are judged by it alone.
    assert not _fast_fhir.accepts(resource, _raw(resource))


@pytest.mark.parametrize(
    "resource",
    [
        {**patient(), "birthDate": "1980-13-01"},
        {**patient(), "birthDate": "03/02/1980"},
        {**patient(), "name": [{"family": ""}]},
        {**patient(), "unknownElement": 1},
        {k: v for k, v in encounter("e", "Patient/p").items() if k != "class"},
        {**note("d", "Patient/p", "x"), "date": "2026-01-01"},  # an instant needs a time
        {
            "resourceType": "Observation",
            "status": "final",
            "code": {"text": "x"},
            "valueString": "a",
            "valueBoolean": True,
        },
        {**practitioner("p"), "name": [{"family": 42}]},
    ],
)
def test_refused_shapes_fall_back_and_fhir_refuses_them_too(resource: dict[str, Any]) -> None:
    assert not _fast_fhir.accepts(resource, _raw(resource))
    assert not _fhir_accepts(resource)


def test_valid_but_unmodeled_elements_go_to_the_full_validator() -> None:
    resource = {
        **patient(),
        "text": {"status": "generated", "div": '<div xmlns="http://www.w3.org/1999/xhtml">x</div>'},
    }
    assert not _fast_fhir.accepts(resource, _raw(resource))
    assert _fhir_accepts(resource)


@pytest.mark.parametrize(
    "resource",
    [
        {**patient(), "birthDate": "1980-02-31"},
        {**patient(), "telecom": [{"system": "phone", "value": "0612345678", "rank": 0}]},
        {
            "resourceType": "Observation",
            "status": "final",
            "code": {"text": "x"},
            "valueInteger": 2**40,
        },
        {**encounter("e", "Patient/p"), "period": {"start": "2026-02-30T10:00:00+01:00"}},
    ],
)
def test_values_patterns_cannot_judge_are_refused(resource: dict[str, Any]) -> None:
    assert not _fast_fhir.accepts(resource, _raw(resource))


def test_one_choice_of_each_kind_is_accepted_two_of_one_kind_are_not() -> None:
    base = {
        "resourceType": "Observation",
        "status": "final",
        "code": {"text": "x"},
        "subject": {"reference": "Patient/p"},
        "valueString": "a",
        "effectiveDateTime": "2026-01-01",
    }
    assert _fast_fhir.accepts(base, _raw(base))
    both_effective = {**base, "effectivePeriod": {"start": "2026-01-01"}}
    assert not _fast_fhir.accepts(both_effective, _raw(both_effective))
    assert not _fhir_accepts(both_effective)
