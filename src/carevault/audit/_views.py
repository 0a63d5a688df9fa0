"""Entries as their readers see them: FHIR R4 AuditEvent (IHE Basic Audit Log Patterns) for
the DPO, and plain sentences for a patient's access history."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from carevault.audit._entry import canonical_time
from carevault.audit._record import ACTIONS

# IHE BALP: RESTful interactions are AuditEvent.type "rest" with the interaction as subtype.
_REST_TYPE = {
    "system": "http://terminology.hl7.org/CodeSystem/audit-event-type",
    "code": "rest",
    "display": "RESTful Operation",
}
_INTERACTION = "http://hl7.org/fhir/restful-interaction"
_SUBTYPE = {"read": "read", "search": "search-type", "create": "create", "update": "update"}
_SUBTYPE |= {"delete": "delete", "export": "operation", "import": "operation"}
_FHIR_ACTION = {"create": "C", "read": "R", "update": "U", "delete": "D"}


def _fhir_action(action: str) -> str:
    """The AuditEvent.action code an entry's action is shown with: E for any but CRUD."""
    return _FHIR_ACTION.get(action, "E")


# The FHIR codes the action search parameter takes, and the carevault actions each means:
# derived from the rendering, so an action the log records is always found by its code.
ACTIONS_OF_CODE = {
    code: tuple(sorted(action for action in ACTIONS if _fhir_action(action) == code))
    for code in ("C", "R", "U", "D", "E")
}
_OUTCOME = {"allowed": "0", "denied": "4", "failed": "8"}
_OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role"
_ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason"


def audit_event(row: Mapping[Any, Any]) -> dict[str, Any]:
    """One stored entry as an AuditEvent; its id is the leaf index."""
    index, practice, at, actor = row["leaf_index"], row["practice_id"], row["at"], row["actor"]
    action, outcome, reason = row["action"], row["outcome"], row["reason"]
    kind, resource_id, patient = row["resource_type"], row["resource_id"], row["patient_id"]
    credential, source = row["credential_id"], row["source"]
    event: dict[str, Any] = {
        "resourceType": "AuditEvent",
        "id": str(index),
        "type": _REST_TYPE,
        "subtype": [{"system": _INTERACTION, "code": _SUBTYPE.get(action, "operation")}],
        "action": _fhir_action(action),
        "recorded": canonical_time(at),
        "outcome": _OUTCOME[outcome],
        "agent": [_agent(actor, credential, source)],
        "source": {
            "site": practice,
            "observer": {"display": "carevault"},
            "type": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/security-source-type",
                    "code": "4",
                    "display": "Application Server",
                }
            ],
        },
        "entity": _entities(kind, resource_id, patient),
    }
    if reason:
        event["outcomeDesc" if outcome != "allowed" else "purposeOfEvent"] = (
            reason if outcome != "allowed" else [_purpose(reason)]
        )
    if action not in _SUBTYPE and action not in _FHIR_ACTION:
        event["subtype"].append({"system": "urn:carevault:action", "code": action})
    return event


def _agent(actor: str, credential: str | None, source: str | None) -> dict[str, Any]:
    agent: dict[str, Any] = {
        "type": {
            "coding": [
                {
                    "system": "http://dicom.nema.org/resources/ontology/DCM",
                    "code": "110153",
                    "display": "Source Role ID",
                }
            ]
        },
        "who": {"identifier": {"system": "urn:carevault:actor", "value": actor}},
        "requestor": True,
    }
    if credential:
        agent["altId"] = credential
    if source:
        agent["network"] = {"address": source, "type": "2"}
    return agent


def _entities(kind: str | None, resource_id: str | None, patient: str | None) -> list[Any]:
    entities: list[dict[str, Any]] = []
    if patient:
        entities.append(
            {
                "what": {"reference": f"Patient/{patient}"},
                "role": {"system": _OBJECT_ROLE, "code": "1", "display": "Patient"},
            }
        )
    if kind and resource_id and not (kind == "Patient" and resource_id == patient):
        entities.append(
            {
                "what": {"reference": f"{kind}/{resource_id}"},
                "role": {"system": _OBJECT_ROLE, "code": "4", "display": "Domain Resource"},
            }
        )
    elif kind and not resource_id:
        entities.append(
            {
                "what": {"display": kind},
                "role": {"system": _OBJECT_ROLE, "code": "24", "display": "Query"},
            }
        )
    return entities


def _purpose(reason: str) -> dict[str, Any]:
    code = "ETREAT" if reason.startswith(("break-glass", "grant:")) else "TREAT"
    if reason in ("dpo", "administrative"):
        code = "HOPERAT" if reason == "administrative" else "HSYSADMIN"
    return {"coding": [{"system": _ACT_REASON, "code": code}], "text": reason}


# What a patient reads for each basis the policy allowed on.
_BASIS_SENTENCES = {
    "care_team": "member of your care team",
    "general_practitioner": "your médecin traitant (general practitioner)",
    "registered_by": "registered you at the practice",
    "encounter": "saw you in a consultation",
    "administrative": "practice staff: appointments and contact details",
    "registration": "looked you up to find or register you (identity only)",
    "dpo": "the practice's data-protection officer, reviewing accesses",
    "own": "you",
}


def history_reason(reason: str | None, outcome: str, break_glass: dict[str, str]) -> str:
    """The reason shown to a patient for one access."""
    if outcome != "allowed":
        return "refused: not allowed to open your record"
    if reason is None:
        return "access to your record"
    if reason.startswith(("break-glass:", "grant:")):
        said = break_glass.get(reason.split(":", 1)[1])
        return "emergency access (break-the-glass)" + (f": {said}" if said else "")
    return _BASIS_SENTENCES.get(reason, reason.replace("_", " "))
