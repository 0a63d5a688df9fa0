"""Small hand-made FHIR resources for tests."""

from __future__ import annotations

import base64
from typing import Any

from carevault.identifiers import INS_NIR_SYSTEM, with_key


def patient(
    source_id: str | None = None,
    *,
    family: str = "Lefèvre",
    given: tuple[str, ...] = ("Éloïse",),
    birth: str = "1980-02-03",
    first13: str = "2800275123456",
    phone: str = "06 12 34 56 78",
    email: str = "eloise.lefevre@example.fr",
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"use": "official", "family": family, "given": list(given)}],
        "gender": "female",
        "birthDate": birth,
        "identifier": [{"system": INS_NIR_SYSTEM, "value": with_key(first13)}],
        "telecom": [{"system": "phone", "value": phone}, {"system": "email", "value": email}],
        "address": [{"line": ["12 rue des Lilas"], "city": "Lyon", "postalCode": "69003"}],
    }
    if source_id:
        resource["id"] = source_id
    return resource


def note(source_id: str | None, patient_ref: str, text: str) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "DocumentReference",
        "status": "current",
        "subject": {"reference": patient_ref},
        "content": [
            {
                "attachment": {
                    "contentType": "text/plain; charset=utf-8",
                    "data": base64.b64encode(text.encode()).decode(),
                }
            }
        ],
    }
    if source_id:
        resource["id"] = source_id
    return resource


def encounter(
    source_id: str,
    patient_ref: str,
    practitioner_ref: str | None = None,
    *,
    start: str | None = None,
    code: str = "AMB",
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Encounter",
        "id": source_id,
        "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": code},
        "subject": {"reference": patient_ref},
    }
    if practitioner_ref:
        resource["participant"] = [{"individual": {"reference": practitioner_ref}}]
    if start:
        resource["period"] = {"start": start}
    return resource


def care_team(patient_ref: str, *practitioner_refs: str) -> dict[str, Any]:
    return {
        "resourceType": "CareTeam",
        "status": "active",
        "subject": {"reference": patient_ref},
        "participant": [{"member": {"reference": ref}} for ref in practitioner_refs],
    }


def observation(
    patient_ref: str,
    *,
    effective: str | None = None,
    issued: str | None = None,
    category: str = "vital-signs",
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "category": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                        "code": category,
                    }
                ]
            }
        ],
        "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]},
        "subject": {"reference": patient_ref},
    }
    if effective:
        resource["effectiveDateTime"] = effective
    if issued:
        resource["issued"] = issued
    return resource


def practitioner(source_id: str, family: str = "Martin") -> dict[str, Any]:
    return {
        "resourceType": "Practitioner",
        "id": source_id,
        "name": [{"family": family, "prefix": ["Dr"]}],
    }


def note_text(document: dict[str, Any]) -> str:
    return base64.b64decode(document["content"][0]["attachment"]["data"]).decode()
