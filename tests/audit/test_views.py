"""The DPO's view of the log: every action the log records is shown with one AuditEvent.action
code, and the action search parameter with that code finds it."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fhir.resources.R4B.auditevent import AuditEvent

from carevault.audit import (
    ACTIONS_OF_CODE,
    AccessEvent,
    AccessRecorder,
    AuditReader,
    EventQuery,
    audit_event,
)
from carevault.audit._record import ACTIONS
from support.audit import log_world

DCM = "http://dicom.nema.org/resources/ontology/DCM"
ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type"


def entry(**fields: object) -> dict[str, object]:
    """A stored entry: a doctor's read from a browser, unless told otherwise."""
    return {
        "leaf_index": 41,
        "practice_id": "p-1",
        "at": datetime(2026, 11, 28, 9, 30, tzinfo=UTC),
        "actor": "account:a-1",
        "action": "read",
        "outcome": "allowed",
        "reason": "care_team",
        "resource_type": "Observation",
        "resource_id": "o-1",
        "patient_id": "pt-1",
        "credential_id": "s-1",
        "source": "192.0.2.10",
        "user_agent": "Firefox/140.0",
        "detail": None,
    } | fields


def agent_roles(event: dict[str, object]) -> list[tuple[str, object]]:
    agents = event["agent"]
    assert isinstance(agents, list)
    return [(a["type"]["coding"][0]["code"], a["requestor"]) for a in agents]


def test_a_read_names_the_user_the_client_it_went_to_and_the_server() -> None:
    event = audit_event(entry())
    AuditEvent.model_validate(event)
    user, client, server = event["agent"]
    assert agent_roles(event) == [("IRCP", True), ("110152", False), ("110153", False)]
    assert user["who"]["identifier"]["value"] == "account:a-1"
    assert user["purposeOfUse"][0]["coding"][0]["code"] == "TREAT"
    assert "network" not in user  # a user is not a network device
    assert client["network"] == {"address": "192.0.2.10", "type": "2"}
    assert client["who"] == {
        "display": "Firefox/140.0",
        "identifier": {"system": "urn:carevault:credential", "value": "s-1"},
    }
    assert server["who"]["identifier"]["value"] == "p-1"
    patient, data = event["entity"]
    assert (patient["type"]["code"], patient["role"]["code"]) == ("1", "1")
    assert patient["what"] == {"reference": "Patient/pt-1"}
    assert (data["type"]["code"], data["role"]["code"]) == ("2", "4")
    assert data["what"] == {"reference": "Observation/o-1"}


def test_a_search_keeps_its_parameters_by_name_as_the_query() -> None:
    event = audit_event(
        entry(
            action="search",
            resource_type="Patient",
            resource_id="pt-1",
            detail="Patient?birthdate&family",
        )
    )
    AuditEvent.model_validate(event)
    assert event["action"] == "E"
    assert agent_roles(event)[1:] == [("110153", False), ("110152", False)]  # query flows in
    [patient, query] = event["entity"]  # the hit is the patient itself
    assert patient["what"] == {"reference": "Patient/pt-1"}
    assert query["role"]["code"] == "24" and query["type"]["code"] == "2"
    assert query["description"] == "Patient?birthdate&family"
    assert base64.b64decode(query["query"]) == b"Patient?birthdate&family"
    assert "what" not in query


def test_a_refusal_gives_the_rule_and_no_purpose() -> None:
    event = audit_event(entry(outcome="denied", reason="no_care_relation"))
    AuditEvent.model_validate(event)
    assert (event["outcome"], event["outcomeDesc"]) == ("4", "no_care_relation")
    assert "purposeOfEvent" not in event
    assert "purposeOfUse" not in event["agent"][0]


def test_the_command_line_has_no_client_but_the_server() -> None:
    event = audit_event(entry(actor="cli:admin", source=None, user_agent=None, credential_id=None))
    AuditEvent.model_validate(event)
    assert agent_roles(event) == [("IRCP", True), ("110153", False)]


def shown_code(action: str) -> str:
    row = {
        "leaf_index": 7,
        "practice_id": "p-1",
        "at": datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
        "actor": "account:a",
        "action": action,
        "outcome": "allowed",
        "reason": None,
        "resource_type": None,
        "resource_id": None,
        "patient_id": None,
        "credential_id": None,
        "source": None,
        "user_agent": None,
        "detail": None,
    }
    code: str = audit_event(row)["action"]
    return code


def test_the_action_codes_are_fhirs_five() -> None:
    assert list(ACTIONS_OF_CODE) == ["C", "R", "U", "D", "E"]


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_every_recorded_action_is_found_by_exactly_the_code_it_is_shown_with(action: str) -> None:
    finding = [code for code, actions in ACTIONS_OF_CODE.items() if action in actions]
    assert finding == [shown_code(action)]


def test_no_code_finds_an_action_the_log_does_not_record() -> None:
    assert {action for actions in ACTIONS_OF_CODE.values() for action in actions} == ACTIONS


def test_a_prune_entry_is_found_by_action_e(data_dir: Path) -> None:
    with log_world(data_dir) as world:
        world.append(2)
        AccessRecorder(world.vault.store, world.clock).record(
            AccessEvent(
                practice_id=world.practice_id,
                actor="account:admin",
                action="prune",
                detail="pruned entries below 512",
            )
        )
        reader = AuditReader(world.vault.store)
        found = reader.events(world.practice_id, EventQuery(actions=ACTIONS_OF_CODE["E"]))
        assert [(event["id"], event["action"]) for event in found] == [("2", "E")]
        assert found[0]["subtype"][1] == {"system": "urn:carevault:action", "code": "prune"}
