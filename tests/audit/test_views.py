"""The DPO's view of the log: every action the log records is shown with one AuditEvent.action
code, and the action search parameter with that code finds it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

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
