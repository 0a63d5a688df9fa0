"""Entries as their readers see them: FHIR R4 AuditEvent (IHE Basic Audit Log Patterns) for
the DPO, and plain sentences for a patient's access history."""

from __future__ import annotations

import base64
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
_ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type"
_ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason"
_DCM = "http://dicom.nema.org/resources/ontology/DCM"
_SOURCE_ROLE = {"system": _DCM, "code": "110153", "display": "Source Role ID"}
_DESTINATION_ROLE = {"system": _DCM, "code": "110152", "display": "Destination Role ID"}
_USER_TYPE = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
    "code": "IRCP",
    "display": "information recipient",
}
_PERSON = {"system": _ENTITY_TYPE, "code": "1", "display": "Person"}
_SYSTEM_OBJECT = {"system": _ENTITY_TYPE, "code": "2", "display": "System Object"}


def audit_event(row: Mapping[Any, Any]) -> dict[str, Any]:
    """One stored entry as an AuditEvent following IHE BALP; its id is the leaf index.

    The agents are the user (the account, requestor, with the policy's basis as its purpose
    of use), the client (the session or token and the address it came from, when the entry
    has one) and carevault as the server; the entities are the patient, the resource, and
    for a search the query as the log keeps it (parameter names only: their values may name
    a patient, and no entry holds plaintext identity)."""
    index, practice, at = row["leaf_index"], row["practice_id"], row["at"]
    action, outcome, reason = row["action"], row["outcome"], row["reason"]
    purpose = _purpose(reason) if reason and outcome == "allowed" else None
    event: dict[str, Any] = {
        "resourceType": "AuditEvent",
        "id": str(index),
        "type": _REST_TYPE,
        "subtype": [{"system": _INTERACTION, "code": _SUBTYPE.get(action, "operation")}],
        "action": _fhir_action(action),
        "recorded": canonical_time(at),
        "outcome": _OUTCOME[outcome],
        "agent": _agents(row, purpose),
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
        "entity": _entities(row),
    }
    if purpose is not None:
        event["purposeOfEvent"] = [purpose]
    elif reason:
        event["outcomeDesc"] = reason
    if action not in _SUBTYPE and action not in _FHIR_ACTION:
        event["subtype"].append({"system": "urn:carevault:action", "code": action})
    return event


def _agents(row: Mapping[Any, Any], purpose: dict[str, Any] | None) -> list[dict[str, Any]]:
    """User, client, server: the client is where a request's data go for a read (the
    destination, as BALP has it), where they come from for anything else."""
    user: dict[str, Any] = {
        "type": {"coding": [_USER_TYPE]},
        "who": {"identifier": {"system": "urn:carevault:actor", "value": row["actor"]}},
        "requestor": True,
    }
    if row["credential_id"]:
        user["altId"] = row["credential_id"]
    if purpose is not None:
        user["purposeOfUse"] = [purpose]
    reading = row["action"] == "read"
    server = {
        "type": {"coding": [_SOURCE_ROLE if reading else _DESTINATION_ROLE]},
        "who": {
            "identifier": {"system": "urn:carevault:practice", "value": row["practice_id"]},
            "display": "carevault",
        },
        "requestor": False,
    }
    if not row["source"]:  # the command line: no client but the server's own
        return [user, server]
    who: dict[str, Any] = {"display": row["user_agent"] or "unknown client"}
    if row["credential_id"]:
        who["identifier"] = {"system": "urn:carevault:credential", "value": row["credential_id"]}
    client = {
        "type": {"coding": [_DESTINATION_ROLE if reading else _SOURCE_ROLE]},
        "who": who,
        "requestor": False,
        "network": {"address": row["source"], "type": "2"},
    }
    return [user, client, server]


def _entities(row: Mapping[Any, Any]) -> list[Any]:
    kind, resource_id, patient = row["resource_type"], row["resource_id"], row["patient_id"]
    entities: list[dict[str, Any]] = []
    if patient:
        entities.append(
            {
                "what": {"reference": f"Patient/{patient}"},
                "type": _PERSON,
                "role": {"system": _OBJECT_ROLE, "code": "1", "display": "Patient"},
            }
        )
    if kind and resource_id and not (kind == "Patient" and resource_id == patient):
        entities.append(
            {
                "what": {"reference": f"{kind}/{resource_id}"},
                "type": _SYSTEM_OBJECT,
                "role": {"system": _OBJECT_ROLE, "code": "4", "display": "Domain Resource"},
            }
        )
    elif kind and not resource_id and row["action"] != "search":  # a type as a whole
        entities.append(
            {
                "what": {"display": kind},
                "type": _SYSTEM_OBJECT,
                "role": {"system": _OBJECT_ROLE, "code": "4", "display": "Domain Resource"},
            }
        )
    if row["action"] == "search" and kind:
        asked = row["detail"] or kind
        entities.append(
            {
                "type": _SYSTEM_OBJECT,
                "role": {"system": _OBJECT_ROLE, "code": "24", "display": "Query"},
                "description": asked,
                "query": base64.b64encode(asked.encode()).decode(),
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
