"""The access log over HTTP: the DPO's checkpoint, proofs and AuditEvent search, a patient's
own access history, and who may see none of it."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from fhir.resources.R4B.auditevent import AuditEvent

from carevault.audit import check_proof
from carevault.audit._note import NoteVerifier
from carevault.config import load_settings
from support.api import World, staffed_world
from support.fhir import patient

BREAK_GLASS = {"X-Break-Glass-Reason": "unconscious at the front desk, allergies unknown"}


@pytest.fixture
def world(data_dir: Path) -> Iterator[World]:
    with staffed_world(data_dir) as made:
        yield made


def new_patient(world: World, by: str = "dr.house") -> str:
    answer = world.post(by, "/fhir/Patient", patient())
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


def checkpoint(world: World) -> None:
    checkpointer = world.client.app.state.services.checkpointer  # type: ignore[attr-defined]
    checkpointer.tick(force=True)


def outcome(answer: Any) -> tuple[int, str, str]:
    issue = answer.json()["issue"][0]
    return answer.status_code, issue["code"], issue["diagnostics"]


def log_key(world: World) -> NoteVerifier:
    vkey = load_settings(data=world.data).audit_log_key
    assert vkey is not None
    return NoteVerifier.from_vkey(vkey)


def test_the_dpo_reads_the_signed_checkpoint(world: World) -> None:
    new_patient(world)
    checkpoint(world)
    answer = world.get("dpo.lea", "/audit/checkpoint")
    assert answer.status_code == 200
    body = answer.json()
    assert body["size"] >= 1 and body["cosigned_by"] == [] and body["trusted"] is False
    note = world.get("dpo.lea", "/audit/checkpoint", params={"format": "note"})
    assert note.headers["content-type"].startswith("text/plain")
    assert note.text == body["note"]
    assert note.text.startswith(f"{log_key(world).name}\n{body['size']}\n")


@pytest.mark.parametrize(
    "path",
    [
        "/audit/checkpoint",
        "/audit/proof/inclusion?index=0",
        "/audit/proof/consistency?old=1",
        "/fhir/AuditEvent",
        "/fhir/AuditEvent/0",
    ],
)
def test_only_the_dpo_reads_the_log(world: World, path: str) -> None:
    for username in ("dr.house", "sec.anna", "admin.paul"):
        assert outcome(world.get(username, path)) == (
            403,
            "forbidden",
            "only the practice's DPO reads the access log",
        )


def test_an_inclusion_proof_verifies_offline(world: World) -> None:
    patient_id = new_patient(world)
    world.get("dr.house", f"/fhir/Patient/{patient_id}")
    checkpoint(world)
    events = world.get("dpo.lea", "/fhir/AuditEvent", params={"patient": patient_id}).json()
    read = next(e["resource"] for e in events["entry"] if e["resource"]["action"] == "R")
    proof = world.get("dpo.lea", "/audit/proof/inclusion", params={"index": read["id"]}).json()
    assert proof["type"] == "inclusion" and proof["index"] == int(read["id"])
    assert patient_id in proof["entry"]
    assert check_proof(proof, log_key(world)).startswith(f"entry {read['id']} is in the log")


def test_a_consistency_proof_verifies_offline(world: World) -> None:
    new_patient(world)
    checkpoint(world)
    first = world.get("dpo.lea", "/audit/checkpoint").json()["size"]
    new_patient(world)
    checkpoint(world)
    proof = world.get("dpo.lea", "/audit/proof/consistency", params={"old": first}).json()
    assert proof["old_size"] == first and proof["new_size"] > first
    assert "extends" in check_proof(proof, log_key(world))


def test_proof_requests_name_what_is_wrong(world: World) -> None:
    new_patient(world)
    checkpoint(world)
    size = world.get("dpo.lea", "/audit/checkpoint").json()["size"]
    cases = {
        "/audit/proof/inclusion": (400, "invalid", "parameter 'index' is required"),
        "/audit/proof/inclusion?index=x": (
            400,
            "invalid",
            "parameter 'index' must be a whole number (at most 18 digits)",
        ),
        "/audit/proof/inclusion?index=0&size=999999": (
            404,
            "not-found",
            "no checkpoint of size 999999",
        ),
        f"/audit/proof/inclusion?index={size}": (
            400,
            "invalid",
            f"entry {size} is not covered by the checkpoint of size {size}",
        ),
        "/audit/proof/consistency?old=1&new=1&x=2": (400, "invalid", "unknown parameter 'x'"),
    }
    for path, expected in cases.items():
        assert outcome(world.get("dpo.lea", path)) == expected, path


def test_another_practices_entry_is_not_found(world: World) -> None:
    other = world.vault()
    try:
        practice = other.create_practice("Cabinet voisin")
    finally:
        other.close()
    world.add_user("dpo.other", "dpo", practice_id=practice)
    new_patient(world)
    checkpoint(world)
    assert outcome(world.get("dpo.other", "/audit/proof/inclusion?index=0")) == (
        404,
        "not-found",
        "no entry 0 in this practice's access log",
    )
    assert outcome(world.get("dpo.other", "/fhir/AuditEvent/0")) == (
        404,
        "not-found",
        "no AuditEvent with that id in this practice",
    )
    found = world.get("dpo.other", "/fhir/AuditEvent").json()
    assert all(e["resource"]["source"]["site"] == practice for e in found.get("entry", []))


def test_audit_events_follow_balp_and_are_searchable(world: World) -> None:
    patient_id = new_patient(world)
    world.get("dr.house", f"/fhir/Patient/{patient_id}")
    watson = world.users["dr.watson"]
    world.get("dr.watson", f"/fhir/Patient/{patient_id}", headers=BREAK_GLASS)
    bundle = world.get("dpo.lea", "/fhir/AuditEvent", params={"patient": patient_id}).json()
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "searchset"
    for entry in bundle["entry"]:
        AuditEvent.model_validate(entry["resource"])  # valid FHIR R4 AuditEvent
    by_watson = world.get(
        "dpo.lea",
        "/fhir/AuditEvent",
        params={"agent": f"Practitioner/{watson.practitioner_id}", "action": "R"},
    ).json()
    [event] = [e["resource"] for e in by_watson["entry"]]
    assert event["purposeOfEvent"][0]["coding"][0]["code"] == "ETREAT"
    assert event["agent"][0]["who"]["identifier"]["value"] == f"account:{watson.account_id}"
    assert {"reference": f"Patient/{patient_id}"} in [e["what"] for e in event["entity"]]
    today = world.clock.now.date().isoformat()
    dated = world.get("dpo.lea", "/fhir/AuditEvent", params={"date": f"ge{today}"}).json()
    assert len(dated["entry"]) >= len(bundle["entry"])
    none = world.get("dpo.lea", "/fhir/AuditEvent", params={"date": "lt2000-01-01"}).json()
    assert none["entry"] == []


def test_a_searchs_audit_event_keeps_the_query_by_parameter_names_only(world: World) -> None:
    patient_id = new_patient(world)
    found = world.get(
        "dr.house", "/fhir/Patient", params={"family": "Lefèvre", "birthdate": "1980-02-03"}
    ).json()
    assert [e["resource"]["id"] for e in found["entry"]] == [patient_id]
    bundle = world.get("dpo.lea", "/fhir/AuditEvent", params={"action": "E"}).json()
    [event] = [
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["subtype"][0]["code"] == "search-type"
    ]
    AuditEvent.model_validate(event)
    [query] = [e for e in event["entity"] if e["role"]["code"] == "24"]
    assert query["description"] == "Patient?birthdate&family"
    assert base64.b64decode(query["query"]) == b"Patient?birthdate&family"
    shown = orjson.dumps(event).decode()
    assert "Lef" not in shown and "1980" not in shown  # the values searched are nowhere
    client = event["agent"][1]
    assert client["type"]["coding"][0]["code"] == "110153"  # the query came from the client
    assert client["network"]["address"] == "testclient"


def test_audit_events_are_paged(world: World) -> None:
    patient_id = new_patient(world)
    for _ in range(5):
        world.get("dr.house", f"/fhir/Patient/{patient_id}")
    seen: list[str] = []
    url: str | None = f"/fhir/AuditEvent?patient={patient_id}&_count=2"
    while url is not None:
        page = world.get("dpo.lea", url).json()
        assert len(page["entry"]) <= 2
        seen += [e["resource"]["id"] for e in page["entry"]]
        url = next((link["url"] for link in page["link"] if link["relation"] == "next"), None)
    assert len(seen) == len(set(seen)) == 6  # the create and five reads
    assert [int(i) for i in seen] == sorted((int(i) for i in seen), reverse=True)


def test_audit_event_search_names_bad_parameters(world: World) -> None:
    cases = {
        "?action=X": "action must be one of C, R, U, D, E",
        "?who=1": "unknown parameter 'who'",
        "?patient=Patient/..": "that is not a Patient id",
        "?date=yesterday": "date must be YYYY-MM-DD with an optional prefix eq, ge, gt, le, lt",
    }
    for query, message in cases.items():
        status, code, diagnostics = outcome(world.get("dpo.lea", "/fhir/AuditEvent" + query))
        assert (status, code) == (400, "invalid"), query
        assert diagnostics.startswith(message), (query, diagnostics)


def test_a_patient_sees_who_opened_their_record_and_why(world: World) -> None:
    patient_id = new_patient(world)
    world.get("dr.house", f"/fhir/Patient/{patient_id}")
    world.get("dr.watson", f"/fhir/Patient/{patient_id}", headers=BREAK_GLASS)
    world.get("sec.anna", f"/fhir/Patient/{patient_id}")
    world.add_user("jeanne", "patient", patient_id=patient_id)
    answer = world.get("jeanne", "/portal/access-history")
    assert answer.status_code == 200, answer.text
    history = answer.json()
    assert history["patient"] == patient_id
    seen = {(a["role"], a["professional"], a["action"], a["reason"]) for a in history["accesses"]}
    assert ("doctor", "Dr.House", "read", "registered you at the practice") in seen
    assert (
        "doctor",
        "Dr.Watson",
        "read",
        "emergency access (break-the-glass): unconscious at the front desk, allergies unknown",
    ) in seen
    assert (  # staff without a Practitioner by role only: a username is half a credential
        "secretary",
        None,
        "read",
        "practice staff: appointments and contact details",
    ) in seen
    assert not any("sec.anna" in str(access) for access in history["accesses"])
    again = world.get("jeanne", "/portal/access-history").json()
    assert len(again["accesses"]) == len(history["accesses"])  # their own reads are not listed


def test_a_patient_sees_only_their_own_history(world: World) -> None:
    mine, theirs = new_patient(world), new_patient(world)
    world.add_user("jeanne", "patient", patient_id=mine)
    assert outcome(world.get("jeanne", f"/portal/access-history?patient={theirs}")) == (
        400,
        "invalid",
        "unknown parameter 'patient'",
    )
    for path in (f"/fhir/Patient/{theirs}", f"/fhir/Patient/{mine}", "/fhir/Patient"):
        status, code, _ = outcome(world.get("jeanne", path))
        assert (status, code) == (403, "forbidden"), path
    assert outcome(world.get("jeanne", "/fhir/AuditEvent")) == (
        403,
        "forbidden",
        "only the practice's DPO reads the access log",
    )
    assert outcome(world.get("dr.house", "/portal/access-history")) == (
        403,
        "forbidden",
        "the access history is the patient's own",
    )


def test_reading_the_log_is_itself_on_the_log(world: World) -> None:
    patient_id = new_patient(world)
    world.get("dpo.lea", "/fhir/AuditEvent", params={"patient": patient_id})
    world.add_user("jeanne", "patient", patient_id=patient_id)
    history = world.get("jeanne", "/portal/access-history").json()
    assert (
        "dpo",
        "the practice's data-protection officer, reviewing accesses",
    ) in {(a["role"], a["reason"]) for a in history["accesses"]}


NO_EVENT = "no AuditEvent with that id in this practice"
WHOLE = "must be a whole number (at most 18 digits)"
NOT_A_CURSOR = "_cursor is not a cursor this server gave"


def _cursor(value: object) -> str:
    return base64.urlsafe_b64encode(orjson.dumps({"before": value})).decode().rstrip("=")


@pytest.mark.parametrize(
    ("path", "status", "diagnostics"),
    [
        ("/fhir/AuditEvent/%C2%B2", 404, NO_EVENT),
        ("/fhir/AuditEvent/99999999999999999999", 404, NO_EVENT),
        ("/audit/proof/inclusion?index=%C2%B2", 400, f"parameter 'index' {WHOLE}"),
        ("/audit/proof/consistency?old=%D9%A1", 400, f"parameter 'old' {WHOLE}"),
        ("/fhir/AuditEvent?_count=%C2%B2", 400, "_count must be a whole number from 1"),
        ("/fhir/AuditEvent?date=9999-12-31", 400, "date is out of range"),
        ("/fhir/AuditEvent?date=gt9999-12-31", 400, "date is out of range"),
        ("/fhir/AuditEvent?date=lt0001-01-01", 400, "date is out of range"),
        (f"/fhir/AuditEvent?_cursor={_cursor(True)}", 400, NOT_A_CURSOR),
        (f"/fhir/AuditEvent?_cursor={_cursor(2**63)}", 400, NOT_A_CURSOR),
        ("/fhir/AuditEvent?_cursor=%00", 400, NOT_A_CURSOR),
        ("/fhir/Patient?_count=%C2%B2", 400, "_count must be a whole number from 1"),
    ],
)  # fmt: skip
def test_hostile_parameters_get_a_named_refusal(
    world: World, path: str, status: int, diagnostics: str
) -> None:
    code = "not-found" if status == 404 else "invalid"
    assert outcome(world.get("dpo.lea", path)) == (status, code, diagnostics)
