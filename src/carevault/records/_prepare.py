"""From a checked FHIR resource to what the vault seals: the plaintext of each sealed field,
its blind-index values, and the care relations it makes.

Nothing here makes or uses a data key or the KEK, and nothing is sealed: the only key it
touches is the practice's index key (blind indexes, ids derived from source ids). So import
can run it in worker processes (see :mod:`carevault.records._import`) while the importing
process alone unwraps and makes data keys, seals and writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

import orjson

from carevault.crypto import BlindIndexer
from carevault.errors import FHIRFormatError
from carevault.records import _criteria, _fhir, _free_text, _patients
from carevault.records._fhir import PATIENT_SCOPED, Resource

_PAD = 32

# Care relations: the facts that put a practitioner in a patient's care, kept in the clear so
# that access can be decided without decrypting (see store._schema.care_relations).
CARE_TEAM = "care_team"  # a Practitioner participant of a CareTeam
GENERAL_PRACTITIONER = "general_practitioner"  # Patient.generalPractitioner: médecin traitant
REGISTERED_BY = "registered_by"  # the clinician who created the Patient (given by the caller)
ENCOUNTER = "encounter"  # a Practitioner participant of an Encounter, on the encounter's date
APPOINTMENT = "appointment"  # a Practitioner participant of a planned Encounter, on its date
# The bases a resource's own content makes: replaced when it is rewritten. registered_by is
# not among them, so an update of a Patient keeps it.
BASES_MADE_BY = {
    "Patient": (GENERAL_PRACTITIONER,),
    "Encounter": (ENCOUNTER, APPOINTMENT),
    "CareTeam": (CARE_TEAM,),
}


class Relation(NamedTuple):
    """One practitioner in the care of the resource's patient. ``on_date``: an encounter's
    start date; None for an encounter without one (the vault puts the day it was first
    written) and for every other basis."""

    basis: str
    practitioner_id: str
    on_date: date | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """A resource ready to be sealed and written under its internal id."""

    resource_type: str
    id: str
    patient_id: str | None
    plaintexts: dict[str, bytes]  # sealed field -> padded JSON
    index_values: tuple[tuple[str, int], ...] = ()  # Patient: (index name, blind index)
    relations: tuple[Relation, ...] = ()  # the care relations the resource makes
    source: str = ""  # where it came from, for error messages (e.g. "line 12")

    def to_wire(self) -> tuple[Any, ...]:
        """The fields as a plain tuple, to send between processes."""
        return (
            self.resource_type,
            self.id,
            self.patient_id,
            self.plaintexts,
            self.index_values,
            self.relations,
            self.source,
        )

    @classmethod
    def from_wire(cls, wire: tuple[Any, ...]) -> Prepared:
        return cls(*wire)


def check(resource: Resource, *, where: str, raw: bytes | None = None) -> Resource:
    """Validate a resource as FHIR R4 and as carevault keeps it: valid NIRs (canonicalized),
    a subject for patient-scoped resources, note text in notes. Returns the checked resource."""
    _fhir.validate(resource, where=where, raw=raw)
    _free_text.check_administrative(resource, where=where)
    resource_type = resource["resourceType"]
    if resource_type == "Patient":
        return _patients.check_identifiers(resource, where=where)
    if resource_type in PATIENT_SCOPED:
        _fhir.subject_reference(resource, where=where)
    if resource_type == "DocumentReference":
        _fhir.note_texts(resource, where=where)
    return resource


def prepare(resource: Resource, *, resource_id: str, where: str, indexer: BlindIndexer) -> Prepared:
    """Split a checked resource, whose references are already internal ids, into sealed
    fields. ``resource_id`` is its internal id (any id or meta it carries is dropped)."""
    resource_type = str(resource["resourceType"])
    patient_id = None
    if resource_type in PATIENT_SCOPED:
        patient_id = _fhir.subject_reference(resource, where=where)
    body = {k: v for k, v in resource.items() if k not in ("id", "meta")}
    if "contained" in body:  # labels are carevault's to give, in contained resources too
        body["contained"] = [_unlabelled(contained) for contained in body["contained"]]
    if resource_type == "Patient":
        findings, labels = _free_text.classified(_free_text.free_texts(body))
        parts = _patients.split(body)
        if labels:
            parts["extra"] = {**parts["extra"], "meta": {"security": labels}}
        plaintexts = {name: encode(value) for name, value in parts.items()}
        if findings:
            plaintexts["findings"] = encode(findings)
        return Prepared(
            resource_type,
            resource_id,
            None,
            plaintexts,
            # Two terms of one index may truncate to the same value: keep each value once.
            tuple(
                sorted(
                    {(name, indexer.compute(name, t)) for name, t in _patients.index_terms(body)}
                )
            ),
            relations=_relations(GENERAL_PRACTITIONER, body.get("generalPractitioner") or ()),
            source=where,
        )
    if resource_type == "DocumentReference":
        notes = _fhir.note_texts(body, where=where)
        texts = [(f"content[{i}].attachment.data", text) for i, text in notes]
        stored = _fhir.without_note_data(body)
        plaintexts = {"text": encode(notes), **_classified(stored, texts)}
        return Prepared(resource_type, resource_id, patient_id, plaintexts, source=where)
    relations: tuple[Relation, ...] = ()
    if resource_type == "CareTeam":
        members = [p.get("member") for p in body.get("participant") or ()]
        relations = _relations(CARE_TEAM, members)
    elif resource_type == "Encounter":
        relations = _encounter_relations(body)
    return Prepared(
        resource_type,
        resource_id,
        patient_id,
        _classified(body, []),
        relations=relations,
        source=where,
    )


def _classified(body: Resource, texts: list[tuple[str, str]]) -> dict[str, bytes]:
    """The sealed fields of a resource's body and its free text's findings, the body
    labelled in meta.security with what the free text affirms (and with nothing a writer
    sent there: labels are carevault's to give)."""
    findings, labels = _free_text.classified([*texts, *_free_text.free_texts(body)])
    if labels:
        body = {**body, "meta": {"security": labels}}
    plaintexts = {"body": encode(body)}
    if findings:
        plaintexts["findings"] = encode(findings)
    return plaintexts


def _unlabelled(resource: Any) -> Any:
    if not isinstance(resource, dict) or not isinstance(resource.get("meta"), dict):
        return resource
    meta = {k: v for k, v in resource["meta"].items() if k != "security"}
    return (
        {**resource, "meta": meta} if meta else {k: v for k, v in resource.items() if k != "meta"}
    )


def _relations(
    basis: str, references: Iterable[Any], on_date: date | None = None
) -> tuple[Relation, ...]:
    """One relation per distinct Practitioner among these references."""
    found = (_fhir.local_id(reference, "Practitioner") for reference in references)
    practitioners = sorted({ref_id for ref_id in found if ref_id is not None})
    return tuple(Relation(basis, ref_id, on_date) for ref_id in practitioners)


# An encounter puts its participants in the patient's care once it has taken place. A booking
# ("planned") opens the record to the booked practitioner on the appointment's day only (the
# policy's "appointment" basis: reading and adding, not changing): the first visit of a new
# patient needs no break-the-glass, and a booking grants nothing beyond that day. A cancelled
# encounter makes nothing. Who may write what makes relations is the policy's to decide: on a
# break-the-glass grant or an appointment, no CareTeam and no Encounter naming participants,
# but for the booked clinician's own visit that took place (a new patient's first)
# (carevault.access.policy.passing_write), so neither outlives its day.
ENCOUNTER_TOOK_PLACE = frozenset({"arrived", "triaged", "in-progress", "onleave", "finished"})
ENCOUNTER_BOOKED = "planned"


def _encounter_relations(encounter: Resource) -> tuple[Relation, ...]:
    status = encounter.get("status")
    if status not in ENCOUNTER_TOOK_PLACE and status != ENCOUNTER_BOOKED:
        return ()
    individuals = [p.get("individual") for p in encounter.get("participant") or ()]
    if not individuals:
        return ()
    span = _criteria.date_span((encounter.get("period") or {}).get("start"))
    if status == ENCOUNTER_BOOKED:
        return _relations(APPOINTMENT, individuals, span[0]) if span else ()
    return _relations(ENCOUNTER, individuals, span[0] if span else None)


def encode(value: Any) -> bytes:
    """JSON, space-padded to a multiple of 32 bytes so lengths leak less."""
    raw = orjson.dumps(value)
    return raw + b" " * (-len(raw) % _PAD)


def decode(raw: bytes) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise FHIRFormatError("a stored value is not valid JSON") from None
