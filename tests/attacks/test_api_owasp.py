"""The OWASP API Security Top 10 (2023), as an intruder would try them against the HTTP API.
Each refusal is asserted exactly: status, OperationOutcome code, and where it matters the
message. (API7 SSRF and API10 unsafe consumption: the API fetches no URL and consumes no
third-party API.)"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from carevault.access import disable_account, issue_service_token
from carevault.api._openapi import openapi_document
from carevault.config import load_settings
from carevault.records import open_vault
from carevault.store import queries
from carevault.store._schema import LOG_SEGMENT_ENTRIES
from support.api import World, staffed_world
from support.fhir import patient

OTHER = "other.doc"


@pytest.fixture
def world(data_dir: Path) -> Iterator[World]:
    with staffed_world(data_dir) as made:
        vault = made.vault()
        try:
            other_practice = vault.create_practice("Autre cabinet")
        finally:
            vault.close()
        made.add_user(OTHER, "doctor", practice_id=other_practice)
        yield made


def _outcome(answer: Any) -> tuple[int, str]:
    return answer.status_code, answer.json()["issue"][0]["code"]


def _patient_with_note(world: World) -> tuple[str, str]:
    created = world.post("dr.house", "/fhir/Patient", patient())
    assert created.status_code == 201, created.text
    patient_id = created.json()["id"]
    note = world.post(
        "dr.house",
        "/fhir/DocumentReference",
        {
            "resourceType": "DocumentReference",
            "status": "current",
            "subject": {"reference": f"Patient/{patient_id}"},
            "content": [
                {
                    "attachment": {
                        "contentType": "text/plain",
                        "data": base64.b64encode(b"Serologie VIH positive").decode(),
                    }
                }
            ],
        },
    )
    assert note.status_code == 201, note.text
    return patient_id, note.json()["id"]


# -- API1 broken object level authorization --------------------------------------------------


def test_api1_another_practices_patient_is_not_found(world: World):
    patient_id, note_id = _patient_with_note(world)
    for path in (f"/fhir/Patient/{patient_id}", f"/fhir/DocumentReference/{note_id}"):
        answer = world.get(OTHER, path)
        assert _outcome(answer) == (404, "not-found")
    searched = world.get(OTHER, f"/fhir/DocumentReference?patient={patient_id}")
    assert _outcome(searched) == (404, "not-found")
    assert _outcome(world.put(OTHER, f"/fhir/Patient/{patient_id}", patient())) == (
        404,
        "not-found",
    )
    assert _outcome(world.delete(OTHER, f"/fhir/Patient/{patient_id}")) == (404, "not-found")


def test_api1_outside_the_care_team_the_note_is_refused(world: World):
    _, note_id = _patient_with_note(world)
    answer = world.get("dr.watson", f"/fhir/DocumentReference/{note_id}")
    assert _outcome(answer) == (403, "forbidden")


def test_api1_a_note_cannot_be_moved_to_a_patient_in_my_care(world: World):
    _, note_id = _patient_with_note(world)
    mine = world.post("dr.watson", "/fhir/Patient", patient(first13="1800175123499"))
    moved = world.get("dr.house", f"/fhir/DocumentReference/{note_id}").json()
    moved["subject"] = {"reference": f"Patient/{mine.json()['id']}"}
    answer = world.put("dr.watson", f"/fhir/DocumentReference/{note_id}", moved)
    assert _outcome(answer) == (403, "forbidden")


GLASS = {"X-Break-Glass-Reason": "Patient inconscient aux urgences, allergies inconnues"}
GRANT_OR_BOOKING_ONLY = (
    "a break-the-glass grant or an appointment lets you read and add to a patient's records, "
    "not create a CareTeam: that would outlive it (ask the patient's care team)"
)
UNNAMED_ENCOUNTER_ONLY = (
    "on a break-the-glass grant an Encounter names no participants, and on an appointment only "
    "the booked clinician's own visit that took place: naming others would put them in the "
    "patient's care beyond it (ask the patient's care team)"
)


def _care_team(patient_id: str, practitioner_id: str | None) -> dict[str, Any]:
    return {
        "resourceType": "CareTeam",
        "status": "active",
        "subject": {"reference": f"Patient/{patient_id}"},
        "participant": [{"member": {"reference": f"Practitioner/{practitioner_id}"}}],
    }


def test_api1_a_break_the_glass_grant_cannot_become_a_care_team(world: World):
    patient_id, note_id = _patient_with_note(world)
    watson = world.users["dr.watson"].practitioner_id
    made = world.post("dr.watson", "/fhir/CareTeam", _care_team(patient_id, watson), headers=GLASS)
    assert _outcome(made) == (403, "forbidden")
    assert made.json()["issue"][0]["diagnostics"] == GRANT_OR_BOOKING_ONLY
    # the grant itself still opens the record, for its day
    assert world.get("dr.watson", f"/fhir/DocumentReference/{note_id}").status_code == 200
    denied = [r for r in world.access_rows() if r["outcome"] == "denied"]
    assert [(r["action"], r["resource_type"], r["reason"]) for r in denied] == [
        ("create", "CareTeam", "rule:care-relation-grant")
    ]
    world.clock.advance(days=7)
    world.login("dr.watson")
    world.login("dr.house")
    assert _outcome(world.get("dr.watson", f"/fhir/DocumentReference/{note_id}")) == (
        403,
        "forbidden",
    )
    seen = world.get("dr.house", f"/fhir/Patient/{patient_id}").json()
    seen["generalPractitioner"] = [{"reference": f"Practitioner/{watson}"}]
    assert _outcome(world.put("dr.watson", f"/fhir/Patient/{patient_id}", seen)) == (
        403,
        "forbidden",
    )


def test_api1_a_booking_cannot_become_a_care_team(world: World):
    patient_id, note_id = _patient_with_note(world)
    watson = world.users["dr.watson"].practitioner_id
    today = world.clock.now.date().isoformat()
    booked = world.post(
        "sec.anna", "/fhir/Encounter", _encounter(patient_id, watson, "planned", today)
    )
    assert booked.status_code == 201, booked.text
    made = world.post("dr.watson", "/fhir/CareTeam", _care_team(patient_id, watson))
    assert _outcome(made) == (403, "forbidden")
    assert made.json()["issue"][0]["diagnostics"] == GRANT_OR_BOOKING_ONLY
    # on the day, the booked doctor reads and adds
    assert world.get("dr.watson", f"/fhir/DocumentReference/{note_id}").status_code == 200
    # ... and books himself nothing for later
    next_week = (world.clock.now.date() + timedelta(days=7)).isoformat()
    later = _encounter(patient_id, watson, "planned", next_week)
    assert _outcome(world.post("dr.watson", "/fhir/Encounter", later)) == (403, "forbidden")
    world.clock.advance(days=30)
    world.login("dr.watson")
    assert _outcome(world.get("dr.watson", f"/fhir/DocumentReference/{note_id}")) == (
        403,
        "forbidden",
    )


def test_api1_a_grant_adds_a_first_encounter_but_never_one_that_opens_erasing(world: World):
    patient_id, _ = _patient_with_note(world)
    watson = world.users["dr.watson"].practitioner_id
    today = world.clock.now.date().isoformat()
    named = world.post(
        "dr.watson",
        "/fhir/Encounter",
        _encounter(patient_id, watson, "finished", today),
        headers=GLASS,
    )
    assert _outcome(named) == (403, "forbidden")
    assert named.json()["issue"][0]["diagnostics"] == UNNAMED_ENCOUNTER_ONLY
    unnamed = world.post(
        "dr.watson", "/fhir/Encounter", _encounter(patient_id, None, "finished", today)
    )
    assert unnamed.status_code == 201, unnamed.text
    assert _outcome(world.delete("dr.watson", f"/fhir/Patient/{patient_id}")) == (
        403,
        "forbidden",
    )
    world.clock.advance(days=3)
    world.login("dr.watson")
    world.login("dr.house")
    erased = world.delete("dr.watson", f"/fhir/Patient/{patient_id}")
    assert _outcome(erased) == (403, "forbidden")
    assert world.get("dr.house", f"/fhir/Patient/{patient_id}").status_code == 200


# -- API2 broken authentication ----------------------------------------------------------------


def test_api2_no_token(world: World):
    answer = world.client.get("/fhir/Patient?family=x")
    assert _outcome(answer) == (401, "login")
    assert answer.headers["www-authenticate"] == 'Bearer realm="carevault"'


@pytest.mark.parametrize(
    "header",
    ["Bearer forged-token-forged-token-forged-token", "Basic YWRtaW46YWRtaW4=", "Bearer "],
)
def test_api2_forged_or_malformed_token(world: World, header: str):
    answer = world.client.get("/fhir/Practitioner", headers={"Authorization": header})
    assert _outcome(answer) == (401, "login")


def test_api2_revoked_token(world: World):
    user = world.login("dr.house")
    world.client.post("/auth/logout", headers={"Authorization": f"Bearer {user.token}"})
    answer = world.client.get(
        "/fhir/Practitioner", headers={"Authorization": f"Bearer {user.token}"}
    )
    assert _outcome(answer) == (401, "login")


def test_api2_expired_and_idle_tokens(world: World):
    world.login("dr.house")
    world.clock.advance(minutes=16)
    assert _outcome(world.get("dr.house", "/fhir/Practitioner")) == (401, "login")
    world.login("dr.house")
    for _ in range(33):  # busy all day: never idle, yet the session ends at 8 hours
        world.clock.advance(minutes=14, seconds=50)
        answer = world.get("dr.house", "/fhir/Practitioner")
    assert _outcome(answer) == (401, "login")


def test_api2_password_without_otp_and_replayed_otp(world: World):
    world.clock.advance(seconds=30)
    for otp in ("", "000000"):
        assert _outcome(world.try_login("dr.house", otp=otp)) == (401, "login")
    world.clock.advance(seconds=30)
    assert world.try_login("dr.house").status_code == 200
    replayed = world.try_login("dr.house")  # the same code, within its 30 seconds
    assert _outcome(replayed) == (401, "login")


def test_api2_brute_force_is_throttled_then_locked(world: World):
    def guesses(count: int) -> list[int]:
        return [
            world.try_login("dr.watson", password="wrong-password-1").status_code
            for _ in range(count)
        ]

    assert guesses(8) == [401] * 5 + [429] * 3  # 5 failures in 15 minutes: wait
    throttled = world.try_login("dr.watson")  # even the right password must wait
    assert _outcome(throttled) == (429, "throttled")
    assert int(throttled.headers["retry-after"]) > 0
    world.clock.advance(minutes=16)
    assert guesses(5) == [401] * 4 + [423]  # the 10th consecutive failure locks
    locked = world.try_login("dr.watson")
    assert _outcome(locked) == (423, "lock-error")
    assert int(locked.headers["retry-after"]) > 0
    world.clock.advance(minutes=61)
    assert world.try_login("dr.watson").status_code == 200


def test_api2_another_practices_token_reaches_nothing_here(world: World):
    patient_id, _ = _patient_with_note(world)
    answer = world.get(OTHER, f"/fhir/Patient?identifier={patient()['identifier'][0]['value']}")
    assert answer.status_code == 200 and answer.json()["entry"] == []
    assert _outcome(world.get(OTHER, f"/fhir/Patient/{patient_id}")) == (404, "not-found")


def test_api2_a_disabled_accounts_live_token_is_refused_at_its_next_request(world: World):
    world.login("dr.house")
    vault = open_vault(load_settings(data=world.data))
    try:
        disable_account(vault.store, world.practice_id, "dr.house", clock=world.clock)
    finally:
        vault.close()
    assert _outcome(world.get("dr.house", "/fhir/Practitioner")) == (401, "login")


def test_api2_an_account_unused_for_61_days_cannot_log_in(world: World):
    world.clock.advance(days=61)
    answer = world.try_login("sec.anna")
    assert _outcome(answer) == (423, "lock-error")
    assert "more than 60 days without a login" in answer.json()["issue"][0]["diagnostics"]


def test_api2_no_answer_tells_whether_a_username_exists(world: World):
    def guesses(username: str) -> list[tuple[int, str, str | None]]:
        answers = []
        for number in range(12):
            if number in (5, 10):
                world.clock.advance(minutes=16)
            answer = world.client.post(
                "/auth/login",
                json={"username": username, "password": f"wrong-password-{number}", "otp": "1"},
            )
            diagnostics = answer.json()["issue"][0]["diagnostics"]
            answers.append((answer.status_code, diagnostics, answer.headers.get("retry-after")))
        return answers

    known = guesses("dr.watson")
    assert [status for status, _, _ in known] == [401] * 9 + [423] * 3
    vault = open_vault(load_settings(data=world.data))
    try:
        disable_account(vault.store, world.practice_id, "dr.house", clock=world.clock)
    finally:
        vault.close()
    assert guesses("nobody.here") == guesses("dr.house") == known
    world.clock.advance(minutes=61)  # the lock over, dr.house alone learns why
    refused = world.try_login("dr.house")
    assert _outcome(refused) == (423, "lock-error")
    assert refused.json()["issue"][0]["diagnostics"] == (
        "this account is disabled: ask a practice administrator"
    )


# -- API3 broken object property level authorization (mass assignment) ------------------------


def test_api3_ids_meta_and_practice_in_a_body_are_ignored(world: World):
    body = patient()
    body["id"] = "00000000-0000-4000-8000-000000000001"
    body["meta"] = {"versionId": "99", "security": [{"code": "N"}], "source": "x"}
    body["practice_id"] = "someone-elses"
    answer = world.post("dr.house", "/fhir/Patient", body)
    assert answer.status_code in (201, 400)
    if answer.status_code == 201:
        created = answer.json()
        assert created["id"] != body["id"]
        assert created["meta"]["versionId"] == "1"
        assert "practice_id" not in created


def test_api3_role_or_account_fields_in_a_login_are_refused(world: World):
    world.clock.advance(seconds=30)
    answer = world.try_login("sec.anna", role="practice_admin")
    assert _outcome(answer) == (400, "invalid")
    assert "unknown login field(s): 'role'" in answer.json()["issue"][0]["diagnostics"]


# -- API4 unrestricted resource consumption ---------------------------------------------------


def test_api4_a_huge_count_still_returns_one_page(world: World):
    answer = world.get("sec.anna", "/fhir/Patient?family=lefevre&_count=1000000")
    assert answer.status_code == 200
    assert len(answer.json()["entry"]) <= 100


def test_api4_a_huge_body_is_refused_unread(world: World):
    body = patient()
    body["text"] = {"status": "generated", "div": "<div>" + "x" * 2_000_000 + "</div>"}
    answer = world.post("dr.house", "/fhir/Patient", body)
    assert _outcome(answer) == (413, "too-costly")


def test_api4_a_deep_body_is_refused(world: World):
    deep: Any = {}
    for _ in range(200):
        deep = {"x": deep}
    body = {**patient(), "extension": [{"url": "u", "valueString": "v", "x": deep}]}
    answer = world.post("dr.house", "/fhir/Patient", body)
    assert _outcome(answer) == (400, "structure")
    assert answer.json()["issue"][0]["diagnostics"] == "JSON nested deeper than 32 levels"


@contextmanager
def _segment_queries() -> Iterator[list[str]]:
    """The statements that seek the access log's patient index (one per 256 segments)."""
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if f"leaf_index / {LOG_SEGMENT_ENTRIES}" in statement:
            seen.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", count)


def _forged_cursor() -> str:
    """A page cursor far beyond the log's end: 3,000 index seeks' worth of segments below it."""
    before = LOG_SEGMENT_ENTRIES * 256 * 3000
    return base64.urlsafe_b64encode(orjson.dumps({"before": before})).decode().rstrip("=")


def test_api4_a_forged_cursor_beyond_the_log_costs_one_page(world: World):
    patient_id, _ = _patient_with_note(world)
    world.add_user("jeanne", "patient", patient_id=patient_id)
    # The patient's access history: her own reads are not listed, so both pages are the same.
    newest = world.get("jeanne", "/portal/access-history").json()
    with _segment_queries() as seeks:
        forged = world.get("jeanne", f"/portal/access-history?_cursor={_forged_cursor()}")
    assert forged.status_code == 200, forged.text
    assert forged.json()["accesses"] == newest["accesses"] != []
    assert len(seeks) == 1
    # The DPO's search by patient: the same page, with the first search itself on top of it.
    url = f"/fhir/AuditEvent?patient={patient_id}"
    first = [e["resource"]["id"] for e in world.get("dpo.lea", url).json()["entry"]]
    with _segment_queries() as seeks:
        answer = world.get("dpo.lea", f"{url}&_cursor={_forged_cursor()}")
    assert answer.status_code == 200, answer.text
    found = [e["resource"] for e in answer.json()["entry"]]
    assert [event["id"] for event in found[1:]] == first
    assert found[0]["subtype"][0]["code"] == "search-type"
    assert len(seeks) == 1


def test_api4_many_logins_from_one_address_are_throttled(world: World):
    statuses = []
    for number in range(60):
        answer = world.client.post(
            "/auth/login",
            json={"username": f"nobody{number}", "password": "x" * 12, "otp": "123456"},
        )
        statuses.append(answer.status_code)
    assert 429 in statuses


def test_api4_a_nul_in_the_username_is_refused_as_input_not_an_outage(world: World):
    # On PostgreSQL the NUL reached the database, which refused it: a 503 "store
    # unavailable" and nothing counted. It is bad input, named, on every store.
    answer = world.client.post(
        "/auth/login",
        json={"username": "dr.house\u0000", "password": "x" * 12, "otp": "123456"},
    )
    assert answer.status_code == 400
    assert answer.json()["issue"][0]["diagnostics"] == (
        "username: control characters (such as NUL or a line break) are not allowed"
    )


# -- API5 broken function level authorization --------------------------------------------------


@pytest.mark.parametrize(
    ("username", "method", "path"),
    [
        ("sec.anna", "get", "/fhir/Observation?patient={patient}"),
        ("sec.anna", "get", "/fhir/DocumentReference/{note}"),
        ("sec.anna", "post", "/fhir/Practitioner"),
        ("admin.paul", "get", "/fhir/Patient/{patient}"),
        ("dpo.lea", "get", "/fhir/DocumentReference/{note}"),
        ("dr.house", "get", "/access/break-glass"),
        ("sec.anna", "delete", "/fhir/Patient/{patient}"),
    ],
)
def test_api5_roles_reach_only_their_functions(world: World, username: str, method: str, path: str):
    patient_id, note_id = _patient_with_note(world)
    url = path.format(patient=patient_id, note=note_id)
    if method == "post":
        answer = world.post(username, url, {"resourceType": "Practitioner"})
    else:
        answer = getattr(world, method)(username, url)
    assert _outcome(answer) == (403, "forbidden")


def _service_token(world: World, username: str, scope: str) -> dict[str, str]:
    """The Authorization header of a new 30-day service token of the account."""
    vault = open_vault(load_settings(data=world.data))
    try:
        issued = issue_service_token(
            vault.store,
            world.practice_id,
            username=username,
            scopes=[scope],
            expires_in_days=30,
            clock=world.clock,
            max_days=365,
        )
    finally:
        vault.close()
    return {"Authorization": f"Bearer {issued.token}"}


def test_api5_a_service_token_beyond_its_scopes(world: World):
    patient_id, note_id = _patient_with_note(world)
    headers = _service_token(world, "dr.house", "user/Patient.rs")
    assert world.client.get(f"/fhir/Patient/{patient_id}", headers=headers).status_code == 200
    refused = world.client.get(f"/fhir/DocumentReference/{note_id}", headers=headers)
    assert _outcome(refused) == (403, "forbidden")
    assert "scopes" in refused.json()["issue"][0]["diagnostics"]


def test_api5_a_service_token_does_not_ride_its_accounts_break_the_glass_grant(world: World):
    patient_id, note_id = _patient_with_note(world)
    token = _service_token(world, "dr.watson", "user/*.rs")
    # the doctor breaks the glass in person ...
    opened = world.get("dr.watson", f"/fhir/DocumentReference/{note_id}", headers=GLASS)
    assert opened.status_code == 200
    # ... and his integration token, of the same account, still reads nothing of it
    read = world.client.get(f"/fhir/DocumentReference/{note_id}", headers=token)
    assert _outcome(read) == (403, "forbidden")
    assert "X-Break-Glass-Reason" in read.json()["issue"][0]["diagnostics"]
    searched = world.client.get(f"/fhir/DocumentReference?patient={patient_id}", headers=token)
    assert _outcome(searched) == (403, "forbidden")


def test_api5_a_nurse_cannot_erase_a_clinical_record(world: World):
    world.add_user("nurse.ines", "nurse")
    created = world.post("nurse.ines", "/fhir/Patient", patient())
    assert created.status_code == 201, created.text
    patient_id = created.json()["id"]
    today = world.clock.now.date().isoformat()
    encounter = world.post(
        "nurse.ines", "/fhir/Encounter", _encounter(patient_id, None, "finished", today)
    )
    assert encounter.status_code == 201, encounter.text
    answer = world.delete("nurse.ines", f"/fhir/Encounter/{encounter.json()['id']}")
    assert _outcome(answer) == (403, "forbidden")
    assert answer.json()["issue"][0]["diagnostics"] == (
        "a nurse may not delete Encounter resources"
    )
    assert world.get("nurse.ines", f"/fhir/Encounter/{encounter.json()['id']}").status_code == 200


# -- API8 security misconfiguration ------------------------------------------------------------


def test_api8_errors_carry_no_stack_trace_and_headers_are_set(world: World):
    answer = world.client.post(
        "/fhir/Patient",
        content=b'{"resourceType": "Patient", "name": [',
        headers={**world.as_user("dr.house"), "Content-Type": "application/fhir+json"},
    )
    assert _outcome(answer) == (400, "structure")
    text = answer.text
    assert "Traceback" not in text and 'File "' not in text
    assert "server" not in answer.headers
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["cache-control"] == "no-store"
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["content-security-policy"].startswith("default-src 'none'")


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("get", "/nowhere", 404, "not-found"),
        ("get", "/fhir/Medication/1", 404, "not-supported"),
        ("patch", "/fhir/Patient", 405, "not-supported"),
    ],
)
def test_api8_unknown_routes_and_methods(
    world: World, method: str, path: str, status: int, code: str
):
    answer = getattr(world.client, method)(path, headers=world.as_user("dr.house"))
    assert _outcome(answer) == (status, code)


def test_api8_wrong_media_type_and_wrong_resource_type(world: World):
    plain = world.client.post(
        "/fhir/Patient",
        content=b"name=x",
        headers={**world.as_user("dr.house"), "Content-Type": "text/plain"},
    )
    assert _outcome(plain) == (415, "not-supported")
    wrong = world.post("dr.house", "/fhir/Patient", {"resourceType": "Observation"})
    assert _outcome(wrong) == (400, "invalid")
    assert wrong.json()["issue"][0]["diagnostics"] == "the body's resourceType must be Patient"


def test_api8_an_invalid_nir_is_named(world: World):
    body = patient()
    body["identifier"][0]["value"] = "180017512345600"
    answer = world.post("dr.house", "/fhir/Patient", body)
    assert _outcome(answer) == (400, "invalid")
    assert "NIR" in answer.json()["issue"][0]["diagnostics"]


def test_api8_an_unknown_search_parameter_is_named(world: World):
    answer = world.get("sec.anna", "/fhir/Patient?familly=x")
    assert _outcome(answer) == (400, "invalid")
    assert answer.json()["issue"][0]["diagnostics"] == (
        "unknown search parameter 'familly' for Patient"
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"extension": 5}, "Patient: extension must be a list"),
        (
            {"extension": [{"url": ["a"], "valueString": "x"}]},
            "Patient: extension[0] must be an object with a string url",
        ),
    ],
)
def test_api8_a_secretarys_malformed_body_is_named_not_a_server_error(
    world: World, body: dict[str, Any], message: str
):
    sent = {"resourceType": "Patient", "name": [{"family": "X"}], **body}
    answer = world.post("sec.anna", "/fhir/Patient", sent)
    assert _outcome(answer) == (400, "invalid")
    assert answer.json()["issue"][0]["diagnostics"] == message
    assert _outcome(world.post("dr.house", "/fhir/Patient", sent)) == (400, "invalid")


def test_api8_a_secretarys_booking_with_a_list_for_status_is_named(world: World):
    patient_id, _ = _patient_with_note(world)
    booking = {**_encounter(patient_id, None, "planned", "2026-01-02"), "status": ["planned"]}
    answer = world.post("sec.anna", "/fhir/Encounter", booking)
    assert _outcome(answer) == (400, "invalid")
    assert answer.json()["issue"][0]["diagnostics"] == (
        "Encounter: status must be a string (a code such as planned)"
    )
    assert _outcome(world.post("dr.house", "/fhir/Encounter", booking)) == (400, "invalid")


# -- API9 improper inventory management --------------------------------------------------------


def test_api9_the_openapi_document_describes_every_route(world: World):
    served = world.client.get("/openapi.json").json()
    assert served == openapi_document()
    documented = set(served["paths"])
    for kind in ("Patient", "Practitioner", "Encounter", "Observation", "Condition"):
        assert {f"/fhir/{kind}", f"/fhir/{kind}/{{id}}"} <= documented
    assert {"/auth/login", "/auth/logout", "/fhir/metadata"} <= documented


def test_api4_many_requests_on_one_session_are_throttled(world: World):
    """Faster than the sustained rate (50/s), past the burst (200): refused, with a wait."""
    served = 0
    for _ in range(3000):
        answer = world.get("sec.anna", "/fhir/Practitioner")
        if answer.status_code != 200:
            break
        served += 1
    assert served >= 200
    assert _outcome(answer) == (429, "throttled")
    assert int(answer.headers["retry-after"]) >= 1


# -- care relations an intruder would try to give themselves -----------------------------------


def _encounter(patient_id: str, practitioner_id: str | None, status: str, start: str) -> Any:
    body: dict[str, Any] = {
        "resourceType": "Encounter",
        "status": status,
        "class": {"code": "AMB"},
        "subject": {"reference": f"Patient/{patient_id}"},
        "period": {"start": start},
        "reasonCode": [{"text": "IST"}],
    }
    if practitioner_id is not None:
        body["participant"] = [{"individual": {"reference": f"Practitioner/{practitioner_id}"}}]
    return body


def test_a_doctor_cannot_write_himself_into_a_patients_care(world: World):
    patient_id, note_id = _patient_with_note(world)
    watson = world.users["dr.watson"].practitioner_id
    forged = _encounter(patient_id, watson, "finished", "2099-01-01")
    refused = world.post("dr.watson", "/fhir/Encounter", forged)
    assert _outcome(refused) == (403, "forbidden")
    assert _outcome(world.get("dr.watson", f"/fhir/DocumentReference/{note_id}")) == (
        403,
        "forbidden",
    )


def test_a_future_dated_encounter_under_break_the_glass_opens_nothing_later(world: World):
    patient_id, note_id = _patient_with_note(world)
    watson = world.users["dr.watson"].practitioner_id
    glass = {"X-Break-Glass-Reason": "Patient vu en urgence, dossier nécessaire".encode()}
    created = world.post(
        "dr.watson",
        "/fhir/Encounter",
        _encounter(patient_id, watson, "finished", "2099-01-01"),
        headers=glass,
    )
    # naming participants on a grant is refused outright (it would outlive the grant)
    assert _outcome(created) == (403, "forbidden")
    assert created.json()["issue"][0]["diagnostics"] == UNNAMED_ENCOUNTER_ONLY
    world.clock.advance(hours=25)  # the grant is over; the encounter is dated in the future
    world.users["dr.watson"].token = None
    answer = world.get("dr.watson", f"/fhir/DocumentReference/{note_id}")
    assert _outcome(answer) == (403, "forbidden")


def test_a_secretary_cannot_put_a_doctor_in_a_patients_care(world: World):
    patient_id, note_id = _patient_with_note(world)
    watson = world.users["dr.watson"].practitioner_id
    took_place = world.post(
        "sec.anna", "/fhir/Encounter", _encounter(patient_id, watson, "finished", "2026-01-02")
    )
    assert _outcome(took_place) == (403, "forbidden")
    assert took_place.json()["issue"][0]["diagnostics"] == (
        "a secretary books (status planned) or cancels encounters"
    )
    booked = world.post(
        "sec.anna", "/fhir/Encounter", _encounter(patient_id, watson, "planned", "2026-01-02")
    )
    assert booked.status_code == 201, booked.text
    assert "reasonCode" not in booked.json()
    seen = world.get("sec.anna", f"/fhir/Patient/{patient_id}").json()
    seen["generalPractitioner"] = [{"reference": f"Practitioner/{watson}"}]
    assert world.put("sec.anna", f"/fhir/Patient/{patient_id}", seen).status_code == 200
    refused = world.get("dr.watson", f"/fhir/DocumentReference/{note_id}")
    assert _outcome(refused) == (403, "forbidden")
    stored = world.get("dr.house", f"/fhir/Patient/{patient_id}").json()
    assert "generalPractitioner" not in stored


def test_break_the_glass_opens_reading_never_erasing(world: World):
    patient_id, _ = _patient_with_note(world)
    glass = {"X-Break-Glass-Reason": b"Patient inconscient aux urgences"}
    read = world.get("dr.watson", f"/fhir/Patient/{patient_id}", headers=glass)
    assert read.status_code == 200
    assert read.json()["identifier"]
    erased = world.client.delete(
        f"/fhir/Patient/{patient_id}", headers={**world.as_user("dr.watson"), **glass}
    )
    assert _outcome(erased) == (403, "forbidden")
    assert world.get("dr.house", f"/fhir/Patient/{patient_id}").status_code == 200


def test_a_refused_break_the_glass_is_on_the_access_record(world: World):
    _, note_id = _patient_with_note(world)
    answer = world.get(
        "dr.watson", f"/fhir/DocumentReference/{note_id}", headers={"X-Break-Glass-Reason": "x"}
    )
    assert _outcome(answer) == (400, "invalid")
    vault = world.vault()
    try:
        with vault.store.transaction() as connection:
            rows = queries.list_access(connection, world.practice_id, limit=50)
    finally:
        vault.close()
    refused = [r for r in rows if r["action"] == "break-glass"]
    assert [(r["outcome"], r["reason"]) for r in refused] == [("denied", "rule:reason")]
