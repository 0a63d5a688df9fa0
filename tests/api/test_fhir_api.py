"""The FHIR API end to end over a real store: who sees what, paging, the access record."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from structlog.testing import capture_logs

from carevault.audit import AccessRecorder
from carevault.errors import KeyProviderError, StoreError
from carevault.records._keys import PracticeKeys
from support.api import World, staffed_world
from support.fhir import patient


@pytest.fixture
def world(data_dir: Path) -> Iterator[World]:
    with staffed_world(data_dir) as made:
        yield made


def _new_patient(world: World, by: str = "dr.house", **overrides: Any) -> str:
    body = patient(**overrides)
    body["extension"] = [{"url": "https://carevault.example/note", "valueString": "VIH+"}]
    answer = world.post(by, "/fhir/Patient", body)
    assert answer.status_code == 201, answer.text
    assert answer.headers["location"].endswith(f"/fhir/Patient/{answer.json()['id']}")
    return str(answer.json()["id"])


def _note(world: World, patient_id: str, text: str, by: str = "dr.house") -> dict[str, Any]:
    body = {
        "resourceType": "DocumentReference",
        "status": "current",
        "subject": {"reference": f"Patient/{patient_id}"},
        "author": [{"reference": "Practitioner/00000000-0000-4000-8000-000000000000"}],
        "content": [{"attachment": {"contentType": "text/plain", "data": _b64(text)}}],
    }
    answer = world.post(by, "/fhir/DocumentReference", body)
    assert answer.status_code == 201, answer.text
    return dict(answer.json())


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def test_metadata_is_a_capability_statement_without_a_version_banner(world: World):
    answer = world.client.get("/fhir/metadata")
    assert answer.status_code == 200
    body = answer.json()
    assert body["resourceType"] == "CapabilityStatement"
    assert body["fhirVersion"] == "4.0.1"
    assert {r["type"] for r in body["rest"][0]["resource"]} >= {"Patient", "DocumentReference"}
    assert "version" not in body["software"]
    assert "server" not in answer.headers


def test_the_registering_doctor_reads_the_whole_record(world: World):
    patient_id = _new_patient(world)
    read = world.get("dr.house", f"/fhir/Patient/{patient_id}")
    assert read.status_code == 200
    assert read.json()["extension"][0]["valueString"] == "VIH+"
    assert read.headers["content-type"].startswith("application/fhir+json")


def test_a_note_author_is_the_caller_whatever_the_body_says(world: World):
    patient_id = _new_patient(world)
    created = _note(world, patient_id, "Patiente suivie pour VIH.")
    house = world.users["dr.house"].practitioner_id
    assert created["author"] == [{"reference": f"Practitioner/{house}"}]


def test_a_doctor_outside_the_care_team_sees_identity_only_and_no_notes(world: World):
    patient_id = _new_patient(world)
    note = _note(world, patient_id, "IVG x2, suivi psy.")
    read = world.get("dr.watson", f"/fhir/Patient/{patient_id}")
    assert read.status_code == 200
    assert "extension" not in read.json()
    assert read.json()["name"][0]["family"] == "Lefèvre"
    refused = world.get("dr.watson", f"/fhir/DocumentReference/{note['id']}")
    assert refused.status_code == 403
    assert refused.json()["issue"][0]["code"] == "forbidden"
    assert "X-Break-Glass-Reason" in refused.json()["issue"][0]["diagnostics"]


def _broken_glass(world: World, reason: str) -> tuple[str, str]:
    """A patient with a note that dr.watson, outside their care, opens giving ``reason``:
    (patient id, note id)."""
    patient_id = _new_patient(world)
    note = _note(world, patient_id, "Tentative de suicide en 2019.")
    opened = world.get(
        "dr.watson",
        f"/fhir/DocumentReference/{note['id']}",
        headers={"X-Break-Glass-Reason": reason.encode()},
    )
    assert opened.status_code == 200, opened.text
    return patient_id, str(note["id"])


def test_break_the_glass_opens_the_record_and_the_dpo_sees_why(world: World):
    reason = "Patient inconscient aux urgences, médecin traitant injoignable"
    patient_id, note_id = _broken_glass(world, reason)
    again = world.get("dr.watson", f"/fhir/DocumentReference/{note_id}")
    assert again.status_code == 200  # the grant lasts
    report = world.get("dpo.lea", "/access/break-glass")
    assert report.status_code == 200
    [grant] = report.json()["grants"]
    assert grant["patient_id"] == patient_id
    assert grant["reason"] == reason
    assert grant["account_id"] == world.users["dr.watson"].account_id
    world.clock.advance(hours=25)
    world.users["dr.watson"].token = None  # the session ended meanwhile
    assert world.get("dr.watson", f"/fhir/DocumentReference/{note_id}").status_code == 403


def test_erasing_the_patient_erases_the_break_glass_reasons_not_the_grants(world: World):
    reason = "Patiente Lefèvre inconsciente aux urgences, tentative de suicide"
    patient_id, _ = _broken_glass(world, reason)
    assert world.delete("dr.house", f"/fhir/Patient/{patient_id}").status_code == 204
    [grant] = world.get("dpo.lea", "/access/break-glass").json()["grants"]
    assert (grant["patient_id"], grant["reason"]) == (patient_id, "(erased with the patient)")
    assert grant["account_id"] == world.users["dr.watson"].account_id
    vault = world.vault()
    try:
        with vault.store.transaction() as connection:
            sealed = connection.execute(text("SELECT reason FROM break_glass_grants")).scalar()
    finally:
        vault.close()
    assert bytes(sealed) == b""


def test_a_too_short_break_glass_reason_is_refused(world: World):
    patient_id = _new_patient(world)
    note = _note(world, patient_id, "Sérologie VHC positive.")
    answer = world.get(
        "dr.watson",
        f"/fhir/DocumentReference/{note['id']}",
        headers={"X-Break-Glass-Reason": "urgence"},
    )
    assert answer.status_code == 400
    assert "break-the-glass reason" in answer.json()["issue"][0]["diagnostics"]


def test_the_secretary_sees_identity_and_contact_never_notes(world: World):
    patient_id = _new_patient(world)
    note = _note(world, patient_id, "Violences conjugales.")
    read = world.get("sec.anna", f"/fhir/Patient/{patient_id}")
    assert read.status_code == 200
    assert "extension" not in read.json()
    assert read.json()["telecom"]
    refused = world.get("sec.anna", f"/fhir/DocumentReference/{note['id']}")
    assert refused.status_code == 403
    assert refused.json()["issue"][0]["diagnostics"] == (
        "a secretary may not read DocumentReference resources"
    )


def test_a_secretary_update_keeps_what_she_cannot_see(world: World):
    patient_id = _new_patient(world)
    seen = world.get("sec.anna", f"/fhir/Patient/{patient_id}").json()
    seen["telecom"] = [{"system": "phone", "value": "0611223344"}]
    updated = world.put("sec.anna", f"/fhir/Patient/{patient_id}", seen)
    assert updated.status_code == 200, updated.text
    full = world.get("dr.house", f"/fhir/Patient/{patient_id}").json()
    assert full["telecom"] == [{"system": "phone", "value": "0611223344"}]
    assert full["extension"][0]["valueString"] == "VIH+"
    assert full["meta"]["versionId"] == "2"


def test_search_pages_through_every_match_with_opaque_cursors(world: World):
    made = {_new_patient(world, first13=f"18001751234{i:02d}") for i in range(5)}
    seen: set[str] = set()
    url: str | None = "/fhir/Patient?family=lefevre&_count=2"
    pages = 0
    while url:
        page = world.get("sec.anna", url)
        assert page.status_code == 200, page.text
        bundle = page.json()
        assert bundle["type"] == "searchset"
        assert len(bundle["entry"]) <= 2
        seen |= {entry["resource"]["id"] for entry in bundle["entry"]}
        url = next((link["url"] for link in bundle["link"] if link["relation"] == "next"), None)
        pages += 1
    assert seen == made
    assert pages == 3


def test_every_search_hit_and_every_denial_is_on_the_access_record(world: World):
    patient_id = _new_patient(world)
    note = _note(world, patient_id, "Dépression sévère.")
    world.get("sec.anna", "/fhir/Patient?family=lefevre")
    world.get("sec.anna", f"/fhir/DocumentReference/{note['id']}")
    rows = world.access_rows()
    hit = next(r for r in rows if r["action"] == "search" and r["patient_id"] == patient_id)
    secretary = world.users["sec.anna"].account_id
    assert hit["actor"] == f"account:{secretary}"
    assert hit["reason"] == "administrative"
    assert hit["source"] == "testclient"
    assert hit["credential_id"]
    denied = next(r for r in rows if r["outcome"] == "denied")
    assert (denied["resource_id"], denied["reason"]) == (note["id"], "rule:role")


def test_clinical_searches_are_per_patient_and_filtered(world: World):
    patient_id = _new_patient(world)
    _note(world, patient_id, "Consultation de suivi.")
    answer = world.get("dr.house", f"/fhir/DocumentReference?patient=Patient/{patient_id}")
    assert answer.status_code == 200
    assert len(answer.json()["entry"]) == 1
    missing = world.get("dr.house", "/fhir/DocumentReference")
    assert missing.status_code == 400
    assert missing.json()["issue"][0]["diagnostics"] == (
        "searching DocumentReference needs the patient parameter"
    )


def test_delete_erases_and_the_record_is_gone(world: World):
    patient_id = _new_patient(world)
    assert world.delete("dr.house", f"/fhir/Patient/{patient_id}").status_code == 204
    gone = world.get("dr.house", f"/fhir/Patient/{patient_id}")
    assert gone.status_code == 404
    assert gone.json()["issue"][0]["code"] == "not-found"


def test_login_and_logout(world: World):
    user = world.login("dr.house")
    assert world.get("dr.house", "/fhir/Practitioner").status_code == 200
    out = world.client.post("/auth/logout", headers={"Authorization": f"Bearer {user.token}"})
    assert out.status_code == 204
    after = world.get("dr.house", "/fhir/Practitioner")
    assert after.status_code == 401


def test_a_write_whose_access_record_fails_is_not_written(
    world: World, monkeypatch: pytest.MonkeyPatch
):
    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise StoreError("database error: disk full")

    world.login("dr.house")
    monkeypatch.setattr(AccessRecorder, "record_in", refuse)
    answer = world.post("dr.house", "/fhir/Patient", patient())
    assert answer.status_code == 503
    assert answer.json()["issue"][0]["diagnostics"] == (
        "the record store is unavailable; nothing was done"
    )
    monkeypatch.undo()
    vault = world.vault()
    try:
        assert vault.practice(world.practice_id).count_patients() == 0
    finally:
        vault.close()


def test_a_read_whose_access_record_fails_sends_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch
):
    patient_id = _new_patient(world)

    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise StoreError("database error: disk full")

    monkeypatch.setattr(AccessRecorder, "record", refuse)
    answer = world.get("dr.house", f"/fhir/Patient/{patient_id}")
    assert answer.status_code == 503
    assert "Lef" not in answer.text


def test_a_key_provider_that_fails_is_a_503_without_its_details(
    world: World, monkeypatch: pytest.MonkeyPatch
):
    patient_id = _new_patient(world)

    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise KeyProviderError("key file /secret/path/carevault.key cannot be read: EIO")

    monkeypatch.setattr(PracticeKeys, "patient_keyrings", refuse)
    with capture_logs() as logged:
        answer = world.get("dr.house", f"/fhir/Patient/{patient_id}")
    assert answer.status_code == 503
    assert answer.json()["issue"] == [
        {
            "severity": "fatal",
            "code": "transient",
            "diagnostics": "the key provider is unavailable; try again later",
        }
    ]
    assert "/secret/path" not in answer.text and "Lef" not in answer.text
    assert {
        "event": "key_provider_unavailable",
        "log_level": "error",
        "message": "key file /secret/path/carevault.key cannot be read: EIO",
    } in logged
