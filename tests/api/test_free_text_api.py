"""Free text over the API: labels for clinicians, administrative fields for secretaries,
and a 422 naming what was found when sensitive content lands in an administrative field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from carevault.api._openapi import openapi_document
from carevault.extensions import ADMINISTRATIVE_COMMENT, APPOINTMENT_REASON
from support.api import World, staffed_world
from support.fhir import note, patient


@pytest.fixture
def world(data_dir: Path) -> Iterator[World]:
    with staffed_world(data_dir) as made:
        yield made


def commented(url: str, comment: str, resource: dict[str, Any]) -> dict[str, Any]:
    return {**resource, "extension": [{"url": url, "valueString": comment}]}


def booking(patient_id: str, reason: str) -> dict[str, Any]:
    return commented(
        APPOINTMENT_REASON,
        reason,
        {
            "resourceType": "Encounter",
            "status": "planned",
            "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
            "subject": {"reference": f"Patient/{patient_id}"},
        },
    )


def test_sensitive_content_in_an_administrative_comment_is_a_422(world: World) -> None:
    body = commented(ADMINISTRATIVE_COMMENT, "Patiente VIH+, ne rien dire au mari", patient())
    answer = world.post("sec.anna", "/fhir/Patient", body)
    assert answer.status_code == 422
    issue = answer.json()["issue"][0]
    assert issue["code"] == "business-rule"
    assert issue["diagnostics"] == (
        "Patient: the patient's administrative comment holds sensitive content (hiv_sti); an "
        "administrative field is read by the practice's staff: write it in a clinical note "
        "(a DocumentReference), where it is sealed and labelled"
    )


def test_a_secretary_writes_and_reads_the_administrative_fields_only(world: World) -> None:
    body = patient()
    body["extension"] = [
        {"url": ADMINISTRATIVE_COMMENT, "valueString": "Appeler après 18 h."},
        {"url": "urn:x:clinical", "valueString": "Dépression sévère, HSH."},
    ]
    made = world.post("dr.house", "/fhir/Patient", body)
    assert made.status_code == 201, made.text
    full = world.get("dr.house", f"/fhir/Patient/{made.json()['id']}").json()
    assert {label["code"] for label in full["meta"]["security"]} >= {"PSY", "GENDER"}
    seen = world.get("sec.anna", f"/fhir/Patient/{made.json()['id']}").json()
    assert seen["extension"] == [
        {"url": ADMINISTRATIVE_COMMENT, "valueString": "Appeler après 18 h."}
    ]
    assert "security" not in seen["meta"]

    seen["extension"] = [{"url": ADMINISTRATIVE_COMMENT, "valueString": "Appeler le matin."}]
    updated = world.put("sec.anna", f"/fhir/Patient/{seen['id']}", seen)
    assert updated.status_code == 200, updated.text
    full = world.get("dr.house", f"/fhir/Patient/{seen['id']}").json()
    assert sorted(e["valueString"] for e in full["extension"]) == [
        "Appeler le matin.",
        "Dépression sévère, HSH.",
    ]
    assert {label["code"] for label in full["meta"]["security"]} >= {"PSY", "GENDER"}


def test_a_secretary_books_with_a_reason_and_cannot_put_a_diagnosis_there(world: World) -> None:
    patient_id = world.post("dr.house", "/fhir/Patient", patient()).json()["id"]
    made = world.post("sec.anna", "/fhir/Encounter", booking(patient_id, "Certificat de sport"))
    assert made.status_code == 201, made.text
    assert made.json()["extension"][0]["valueString"] == "Certificat de sport"
    refused = world.post("sec.anna", "/fhir/Encounter", booking(patient_id, "Suivi IVG + TS"))
    assert refused.status_code == 422
    assert "(mental_health, reproductive)" in refused.json()["issue"][0]["diagnostics"]


def test_a_clinician_reads_the_labels_of_a_note(world: World) -> None:
    patient_id = world.post("dr.house", "/fhir/Patient", patient()).json()["id"]
    text = "Violences conjugales, certificat remis. Sérologie VIH négative."
    body = note(None, f"Patient/{patient_id}", text)
    made = world.post("dr.house", "/fhir/DocumentReference", body)
    assert made.status_code == 201, made.text
    read = world.get("dr.house", f"/fhir/DocumentReference/{made.json()['id']}").json()
    assert [(label["system"], label["code"]) for label in read["meta"]["security"]] == [
        ("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R"),
        ("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SDV"),
        ("https://carevault.fr/fhir/CodeSystem/sensitive-category", "violence"),
    ]


def test_the_openapi_document_names_the_422() -> None:
    paths = openapi_document()["paths"]
    assert "422" in paths["/fhir/Patient"]["post"]["responses"]
    assert "422" in paths["/fhir/Encounter/{id}"]["put"]["responses"]
    assert "422" not in paths["/fhir/Observation"]["post"]["responses"]
