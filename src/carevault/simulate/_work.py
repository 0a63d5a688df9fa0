"""What honest staff do over HTTP, one piece of work at a time: a secretary's phone call and
booking, a consultation, a nurse's visit, a month-end letter, a lab result.

Each function takes the actor's client and what the plan decided; it touches only the
patients the plan names (a honeytoken is never among them). A refusal (403, 404) is counted
and the work goes on as a person's would, without what was refused.
"""

from __future__ import annotations

import base64
import random
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from carevault.simulate._client import BREAK_GLASS_HEADER, Actor
from carevault.simulate._time import iso_local
from carevault.simulate.world import Patient

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
_AMBULATORY = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
    "code": "AMB",
    "display": "ambulatory",
}
_PROGRESS_NOTE = {"coding": [{"system": LOINC, "code": "11506-3", "display": "Progress note"}]}
_LETTER = {"coding": [{"system": LOINC, "code": "51852-2", "display": "Letter"}]}
_OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
# code: (display, unit, low, high, digits)
LAB_TESTS: dict[str, tuple[str, str, float, float, int]] = {
    "4548-4": ("Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.8, 7.5, 1),
    "2160-0": ("Creatinine [Mass/volume] in Serum or Plasma", "mg/L", 5.5, 12.5, 1),
    "2093-3": ("Cholesterol [Mass/volume] in Serum or Plasma", "g/L", 1.4, 2.6, 2),
    "3016-3": ("Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", 0.5, 4.2, 2),
    "718-7": ("Hemoglobin [Mass/volume] in Blood", "g/dL", 11.5, 16.5, 1),
}


@dataclass
class PatientRef:
    """A patient the plan names: one of the world's, or a newcomer whose id is known once a
    secretary has registered them (``resource``: what the secretary types in)."""

    identity: Patient
    id: str | None
    resource: dict[str, Any] | None = None


@dataclass(frozen=True)
class Consultation:
    """One visit as planned: who, when, how the patient is found, what is written."""

    ref: PatientRef
    practitioner_id: str
    start: datetime
    minutes: int
    reason: str
    note: str
    by_name: bool = False  # the doctor first looks the patient up by name
    break_glass: str | None = None  # outside the care relation, with this reason
    clinical: tuple[str, ...] = ("Observation", "Condition")  # reviewed during the visit


@dataclass
class Ledger:
    """What honest work did that later work depends on: who saw whom (the lab posts results
    for patients its doctor saw; an attack's accounting knows the care relations made)."""

    seen: dict[str, set[str]] = field(default_factory=dict)  # practitioner -> patient ids
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def saw(self, practitioner_id: str, patient_id: str) -> None:
        with self._lock:
            self.seen.setdefault(practitioner_id, set()).add(patient_id)

    def seen_by(self, practitioner_id: str) -> frozenset[str]:
        with self._lock:
            return frozenset(self.seen.get(practitioner_id, ()))


# -- secretaries -------------------------------------------------------------------------------


def phone_lookup(actor: Actor, ref: PatientRef, *, by_birth_date: bool) -> bool:
    """A caller gives their name and first name, or name and birth date: the search; whether
    the caller is among the hits (the secretary picks them out by address and birth date)."""
    identity = ref.identity
    params = {"family": identity.family}
    if by_birth_date:
        params["birthdate"] = identity.birth_date
    else:
        params["given"] = identity.given
    bundle = actor.get("/fhir/Patient", params)
    if bundle is None:
        actor.tally.add("refusals")
        return False
    return any(entry["resource"]["id"] == ref.id for entry in bundle.get("entry", []))


def register(actor: Actor, ref: PatientRef) -> None:
    """A new patient at the front desk: POST Patient; the ref learns its id."""
    assert ref.resource is not None
    created = actor.post("/fhir/Patient", ref.resource)
    if created is None:
        actor.tally.add("refusals")
        return
    ref.id = str(created["id"])
    actor.tally.add("patients_registered")


def book(actor: Actor, ref: PatientRef, visit: Consultation, *, by_birth_date: bool) -> None:
    """The phone call that books a visit: find the patient (register a newcomer), then POST
    a planned Encounter with the practitioner, at the visit's time."""
    if ref.id is None and ref.resource is not None:
        register(actor, ref)
    elif not phone_lookup(actor, ref, by_birth_date=by_birth_date):
        actor.tally.add("lookups_missed")
    if ref.id is None:
        return
    booked = actor.post("/fhir/Encounter", _encounter(ref.id, visit, status="planned"))
    actor.tally.add("bookings" if booked is not None else "refusals")


def desk_question(actor: Actor, ref: PatientRef, *, by_birth_date: bool, open_it: bool) -> None:
    """A call that books nothing (a question, an address to check): a search, maybe the
    patient's administrative record."""
    found = ref.id is not None and phone_lookup(actor, ref, by_birth_date=by_birth_date)
    if found and open_it and actor.get(f"/fhir/Patient/{ref.id}") is None:
        actor.tally.add("refusals")


# -- clinicians --------------------------------------------------------------------------------


def open_record(actor: Actor, visit: Consultation) -> None:
    """The patient comes in: their record opened (found by name, sometimes), their notes."""
    ref = visit.ref
    if ref.id is None:  # a newcomer whose registration failed: the visit did not happen
        actor.tally.add("visits_missed")
        return
    headers = _break_glass(visit)
    if visit.by_name:
        actor.get("/fhir/Patient", {"family": ref.identity.family, "given": ref.identity.given})
    _read(actor, f"/fhir/Patient/{ref.id}", None, headers)
    _read(actor, "/fhir/DocumentReference", {"patient": ref.id}, headers)


def review(actor: Actor, visit: Consultation) -> None:
    """During the consultation: results and problems looked at."""
    if visit.ref.id is None:
        return
    for kind in visit.clinical:
        _read(actor, f"/fhir/{kind}", {"patient": visit.ref.id}, _break_glass(visit))


def close_visit(actor: Actor, visit: Consultation, ledger: Ledger) -> None:
    """The consultation ends: the encounter and its note written."""
    ref = visit.ref
    if ref.id is None:
        return
    encounter = actor.post("/fhir/Encounter", _visit_encounter(ref.id, visit))
    if encounter is None:
        actor.tally.add("refusals")
        return
    if not visit.break_glass:  # a grant puts no one in the patient's care
        ledger.saw(visit.practitioner_id, ref.id)
    note = _document(ref.id, visit.note, visit.start, _PROGRESS_NOTE, str(encounter["id"]))
    if actor.post("/fhir/DocumentReference", note) is None:
        actor.tally.add("refusals")
    actor.tally.add("visits")


def _break_glass(visit: Consultation) -> dict[str, str]:
    return {BREAK_GLASS_HEADER: visit.break_glass} if visit.break_glass else {}


def nurse_close(actor: Actor, visit: Consultation, weight_kg: float, ledger: Ledger) -> None:
    """A nurse's visit ends (a dressing, an injection, a weight follow-up): the encounter and
    a body weight written."""
    ref = visit.ref
    if ref.id is None:
        return
    if actor.post("/fhir/Encounter", _visit_encounter(ref.id, visit)) is None:
        actor.tally.add("refusals")
        return
    if not visit.break_glass:  # a grant puts no one in the patient's care
        ledger.saw(visit.practitioner_id, ref.id)
    weight = _quantity_observation(
        ref.id,
        code="29463-7",
        display="Body weight",
        value=weight_kg,
        unit="kg",
        at=visit.start,
        category="vital-signs",
    )
    if actor.post("/fhir/Observation", weight) is None:
        actor.tally.add("refusals")
    actor.tally.add("visits")


def letter(actor: Actor, ref: PatientRef, text: str, at: datetime) -> None:
    """Month-end correspondence: a panel patient's record read, a letter written."""
    if ref.id is None:
        return
    _read(actor, f"/fhir/Patient/{ref.id}", None, {})
    _read(actor, "/fhir/DocumentReference", {"patient": ref.id}, {})
    _read(actor, "/fhir/Observation", {"patient": ref.id}, {})
    if actor.post("/fhir/DocumentReference", _document(ref.id, text, at, _LETTER, None)) is None:
        actor.tally.add("refusals")
    actor.tally.add("letters")


# -- the lab -----------------------------------------------------------------------------------


def lab_result(actor: Actor, ref: PatientRef, tests: list[str], at: datetime, seed: int) -> None:
    """The lab's integration: find the patient by NIR, post the results."""
    if ref.id is None:
        return
    bundle = actor.get("/fhir/Patient", {"identifier": ref.identity.nir})
    if not bundle or not bundle.get("entry"):
        actor.tally.add("refusals")
        return
    rng = random.Random(seed)  # noqa: S311 - a simulation
    for code in tests:
        display, unit, low, high, digits = LAB_TESTS[code]
        value = round(rng.uniform(low, high), digits)
        result = _quantity_observation(
            ref.id,
            code=code,
            display=display,
            value=value,
            unit=unit,
            at=at,
            category="laboratory",
        )
        if actor.post("/fhir/Observation", result) is None:
            actor.tally.add("refusals")
        else:
            actor.tally.add("lab_results")


# -- resources ---------------------------------------------------------------------------------


def _read(actor: Actor, path: str, params: dict[str, str] | None, headers: dict[str, str]) -> None:
    if actor.get(path, params, **headers) is None:
        actor.tally.add("refusals")


def _visit_encounter(patient_id: str, visit: Consultation) -> dict[str, Any]:
    """The visit that took place; on a break-the-glass grant, naming no one (the policy puts
    no one in the patient's care on a grant: the care team names them later)."""
    encounter = _encounter(patient_id, visit, status="finished")
    if visit.break_glass:
        del encounter["participant"]
    return encounter


def _encounter(patient_id: str, visit: Consultation, *, status: str) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Encounter",
        "status": status,
        "class": _AMBULATORY,
        "subject": {"reference": f"Patient/{patient_id}"},
        "participant": [{"individual": {"reference": f"Practitioner/{visit.practitioner_id}"}}],
        "period": {
            "start": iso_local(visit.start),
            "end": iso_local(visit.start + timedelta(minutes=visit.minutes)),
        },
    }
    if status == "finished":
        resource["reasonCode"] = [{"text": visit.reason}]
    return resource


def _document(
    patient_id: str, text: str, at: datetime, kind: dict[str, Any], encounter_id: str | None
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "DocumentReference",
        "status": "current",
        "type": kind,
        "subject": {"reference": f"Patient/{patient_id}"},
        "date": iso_local(at),
        "content": [
            {
                "attachment": {
                    "contentType": "text/plain; charset=utf-8",
                    "data": base64.b64encode(text.encode("utf-8")).decode("ascii"),
                }
            }
        ],
    }
    if encounter_id is not None:
        resource["context"] = {"encounter": [{"reference": f"Encounter/{encounter_id}"}]}
    return resource


def _quantity_observation(
    patient_id: str,
    *,
    code: str,
    display: str,
    value: float,
    unit: str,
    at: datetime,
    category: str,
) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "status": "final",
        "category": [{"coding": [{"system": _OBSERVATION_CATEGORY, "code": category}]}],
        "code": {"coding": [{"system": LOINC, "code": code, "display": display}]},
        "subject": {"reference": f"Patient/{patient_id}"},
        "effectiveDateTime": iso_local(at),
        "valueQuantity": {"value": value, "unit": unit, "system": UCUM, "code": unit},
    }
