"""Mass extraction through the API, against the guard: each attack, the exact answer that
stops it, how many patients got out first, and the alert the DPO receives. (End-to-end runs
of every scenario over HTTP live in tests/simulate.)"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from carevault.guard import list_alerts, plant_honeytokens, unfreeze
from carevault.identifiers import with_key
from carevault.store import queries
from support.api import World, staffed_world
from support.fhir import patient

STEP_UP_CHALLENGE = (
    'Bearer realm="carevault", error="insufficient_user_authentication", '
    'error_description="re-enter your second factor at POST /auth/step-up"'
)
FROZEN = (
    "this account is frozen after unusual access to patient records; the practice's DPO has "
    "been alerted"
)


@pytest.fixture
def world(data_dir: Path) -> Iterator[World]:
    with staffed_world(data_dir) as staffed:
        yield staffed


def _alerts(world: World) -> list[dict[str, Any]]:
    vault = world.vault()
    try:
        return [a.as_dict() for a in list_alerts(vault.store, world.practice_id)]
    finally:
        vault.close()


def _read_until_stopped(world: World, user: str, ids: list[str]) -> tuple[int, Any]:
    """Open each record until the guard stops it: (records that got out, the stopping answer)."""
    for got, patient_id in enumerate(ids):
        answer = world.get(user, f"/fhir/Patient/{patient_id}")
        if answer.status_code != 200:
            return got, answer
        world.clock.advance(seconds=1)
    raise AssertionError("the guard never stopped the reader")


def _refusal(answer: Any) -> tuple[int, str | None, str]:
    return (
        answer.status_code,
        answer.headers.get("x-guard-action"),
        answer.json()["issue"][0]["diagnostics"],
    )


def test_opening_a_honeytoken_freezes_the_account_at_once(world: World) -> None:
    vault = world.vault()
    try:
        plant_honeytokens(vault, world.practice_id, 3, seed=4)
        with vault.store.transaction() as connection:
            decoy = sorted(queries.honeytoken_ids(connection, world.practice_id))[0]
    finally:
        vault.close()
    answer = world.get("dr.house", f"/fhir/Patient/{decoy}")
    assert _refusal(answer) == (403, "freeze", FROZEN)
    after = world.get("dr.house", "/fhir/Practitioner")
    assert after.status_code == 401  # every token revoked
    world.clock.advance(seconds=30)  # a fresh code: told why only with both factors right
    login = world.try_login("dr.house")
    assert login.status_code == 423
    assert "frozen" in login.json()["issue"][0]["diagnostics"]
    (alert,) = _alerts(world)
    assert (alert["kind"], alert["action"], alert["account"]) == (
        "honeytoken",
        "freeze",
        "dr.house",
    )
    assert decoy not in alert["message"]
    dpo = world.get("dpo.lea", "/guard/alerts")
    assert dpo.status_code == 200
    assert [a["id"] for a in dpo.json()["alerts"]] == [alert["id"]]


def test_a_honeytoken_listed_in_a_search_is_not_an_alarm(world: World) -> None:
    vault = world.vault()
    try:
        plant_honeytokens(vault, world.practice_id, 5, seed=1)
        with vault.store.transaction() as connection:
            decoys = queries.honeytoken_ids(connection, world.practice_id)
        family = vault.practice(world.practice_id).get("Patient", sorted(decoys)[0])["name"][0]
    finally:
        vault.close()
    answer = world.get("sec.anna", "/fhir/Patient", params={"family": family["family"]})
    assert answer.status_code == 200
    assert {e["resource"]["id"] for e in answer.json()["entry"]} & decoys
    assert _alerts(world) == []


def test_a_stolen_doctor_session_opening_records_is_stopped_within_ten(world: World) -> None:
    ids = world.outsiders(30)
    got, answer = _read_until_stopped(world, "dr.house", ids)
    assert got == 4  # the 5th record outside care opened in a week asks the second factor
    assert answer.status_code == 401
    assert answer.headers["x-guard-action"] == "step-up"
    _step_up(world, "dr.house")  # the victim, at the same session, answers it ...
    more, stopped = _read_until_stopped(world, "dr.house", ids[4:])
    assert 4 + more == 9  # ... and the scraper riding it is frozen at the 10th
    assert _refusal(stopped) == (403, "freeze", FROZEN)
    frozen = next(a for a in _alerts(world) if a["action"] == "freeze")
    assert frozen["kind"] == "opened-outside"
    assert frozen["numbers"] == {"count": 10, "freeze_at": 10}


def test_a_search_sweep_is_frozen_before_the_page_that_crosses_the_limit(world: World) -> None:
    vault = world.vault()
    try:
        records = vault.practice(world.practice_id)
        for n in range(25):
            records.add(patient(family="Durand", given=(f"Jean{n}",), first13=f"18002751{n:05d}"))
    finally:
        vault.close()
    first = world.get("dr.house", "/fhir/Patient", params={"family": "Durand", "_count": "10"})
    assert first.status_code == 200
    assert len(first.json()["entry"]) == 10
    following = next(link["url"] for link in first.json()["link"] if link["relation"] == "next")
    second = world.get("dr.house", following.removeprefix("http://testserver"))
    assert _refusal(second) == (403, "freeze", FROZEN)  # 20 in two minutes: none of them sent
    (alert,) = [a for a in _alerts(world) if a["action"] == "freeze"]
    assert alert["kind"] == "burst"
    assert alert["numbers"] == {"count": 20, "freeze_at": 15}
    assert "20 distinct patients outside a visit in two minutes" in alert["message"]


def _step_up(world: World, username: str) -> None:
    user = world.users[username]
    world.clock.advance(seconds=30)
    stepped = world.client.post(
        "/auth/step-up",
        json={"otp": user.code(world.clock.now)},
        headers={"Authorization": f"Bearer {user.token}"},
    )
    assert stepped.status_code == 200
    assert stepped.json() == {"stepped_up": True}


def test_a_stolen_secretary_session_scraping_is_frozen_within_thirty_patients(
    world: World,
) -> None:
    ids = world.outsiders(40)
    got, answer = _read_until_stopped(world, "sec.anna", ids)
    assert _refusal(answer) == (403, "freeze", FROZEN)
    assert got == 29


def test_a_slow_reader_outside_care_is_asked_the_second_factor_then_frozen(
    world: World,
) -> None:
    ids = world.outsiders(30)
    got, answer = _read_until_stopped_slowly(world, ids)
    assert got == 4
    assert answer.status_code == 401
    assert answer.headers["x-guard-action"] == "step-up"
    assert answer.headers["www-authenticate"] == STEP_UP_CHALLENGE
    _step_up(world, "dr.house")  # the owner steps up, and reading goes on ...
    more, stopped = _read_until_stopped_slowly(world, ids[4:])
    # ... up to the week's freeze level (10 records outside care opened)
    assert 4 + more == 9
    assert _refusal(stopped) == (403, "freeze", FROZEN)
    kinds = [(a["kind"], a["action"]) for a in reversed(_alerts(world))]
    assert kinds == [("opened-outside", "step-up"), ("opened-outside", "freeze")]


def _read_until_stopped_slowly(world: World, ids: list[str]) -> tuple[int, Any]:
    for got, patient_id in enumerate(ids):
        answer = world.get("dr.house", f"/fhir/Patient/{patient_id}")
        if answer.status_code != 200:
            return got, answer
        world.clock.advance(minutes=10)
    raise AssertionError("the guard never stopped the reader")


def test_a_wrong_step_up_code_is_refused(world: World) -> None:
    user = world.login("dr.house")
    answer = world.client.post(
        "/auth/step-up", json={"otp": "000000"}, headers={"Authorization": f"Bearer {user.token}"}
    )
    assert answer.status_code == 401
    assert answer.json()["issue"][0]["diagnostics"] == (
        "invalid username, password or one-time code"
    )


def test_guessing_ids_asks_the_second_factor_then_freezes(world: World) -> None:
    def miss() -> int:
        return int(world.get("dr.house", f"/fhir/Patient/{uuid.uuid4()}").status_code)

    assert [miss() for _ in range(6)] == [404] * 5 + [401]  # the 6th miss in ten minutes
    _step_up(world, "dr.house")
    assert [miss() for _ in range(6)] == [404] * 5 + [403]  # the 12th freezes
    assert miss() == 401
    kinds = [(a["kind"], a["action"]) for a in reversed(_alerts(world))]
    assert kinds == [("refusals", "step-up"), ("refusals", "freeze")]


def _frozen_by_a_honeytoken(world: World, username: str) -> None:
    vault = world.vault()
    try:
        plant_honeytokens(vault, world.practice_id, 1, seed=2)
        with vault.store.transaction() as connection:
            (decoy,) = queries.honeytoken_ids(connection, world.practice_id)
    finally:
        vault.close()
    assert world.get(username, f"/fhir/Patient/{decoy}").status_code == 403


def test_unfreezing_needs_a_reason_and_is_recorded(world: World) -> None:
    _frozen_by_a_honeytoken(world, "dr.house")
    vault = world.vault()
    try:
        with pytest.raises(Exception, match="give a reason of at least 10 characters"):
            unfreeze(
                vault.store,
                world.practice_id,
                "dr.house",
                reason="ok",
                by="dpo.lea",
                now=world.clock.now,
            )
        done = unfreeze(
            vault.store,
            world.practice_id,
            "dr.house",
            reason="checked with Dr House: his own reading of referral letters",
            by="dpo.lea",
            now=world.clock.now,
        )
    finally:
        vault.close()
    assert done.kind == "unfrozen"
    assert "checked with Dr House" in done.message
    world.users["dr.house"].token = None
    assert world.get("dr.house", "/fhir/Practitioner").status_code == 200


def test_the_right_password_without_the_code_alerts_the_dpo(world: World) -> None:
    for _ in range(3):
        world.clock.advance(seconds=30)
        assert world.try_login("dr.house", otp="000000").status_code == 401
    (alert,) = _alerts(world)
    assert (alert["kind"], alert["action"]) == ("password-only", "alert")
    assert alert["numbers"] == {"attempts": 3}


def test_a_dormant_accounts_stolen_factors_alert_the_dpo_and_a_guess_does_not(
    world: World,
) -> None:
    world.clock.advance(days=61)  # dr.house has not logged in since: dormant
    guess = world.try_login("dr.house", password="a wrong guess at it")
    assert (guess.status_code, guess.json()["issue"][0]["diagnostics"]) == (
        401,
        "invalid username, password or one-time code",
    )
    assert _alerts(world) == []
    stolen = world.try_login("dr.house")  # the departed doctor's password and code
    assert stolen.status_code == 423
    (alert,) = _alerts(world)
    assert (alert["kind"], alert["action"]) == ("dormant-login", "alert")
    assert "password and second factor" in alert["message"]


def test_a_dpo_alone_reads_the_alerts(world: World) -> None:
    answer = world.get("dr.house", "/guard/alerts")
    assert answer.status_code == 403
    assert answer.json()["issue"][0]["diagnostics"] == (
        "only the practice's DPO reads the guard's alerts"
    )


def test_a_stolen_session_that_ignores_the_step_up_is_frozen(world: World) -> None:
    ids = world.outsiders(10)
    got, answer = _read_until_stopped(world, "dr.house", ids)
    assert (got, answer.headers["x-guard-action"]) == (4, "step-up")

    def again() -> Any:
        return world.get("dr.house", f"/fhir/Patient/{ids[5]}")

    in_flight = again()  # sent before the challenge was seen: not held against it
    assert in_flight.headers["x-guard-action"] == "step-up"
    world.clock.advance(seconds=30)
    assert again().headers["x-guard-action"] == "step-up"
    world.clock.advance(seconds=30)
    frozen_answer = again()  # software that cannot enter the code, asking again
    assert _refusal(frozen_answer) == (403, "freeze", FROZEN)
    frozen = next(a for a in _alerts(world) if a["action"] == "freeze")
    assert frozen["kind"] == "step-up-ignored"
    assert frozen["numbers"] == {"requests": 2, "freeze_at": 2}


def test_at_an_hour_the_account_never_works_each_outsider_counts_twice(world: World) -> None:
    world.clock.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday, 9:00 UTC
    world.outsiders(20)

    def look_up(n: int) -> Any:
        world.users["dr.house"].token = None  # a session of the day
        nir = with_key(f"28002751{n:05d}")
        return world.get("dr.house", "/fhir/Patient", params={"identifier": nir})

    for day in range(8):  # a week and a day of work at 9:00, one outsider listed a day
        assert look_up(day).status_code == 200
        world.clock.advance(days=1)
    world.clock.advance(hours=18)  # 3:00: an hour this account never worked
    answers = [look_up(8 + n).headers.get("x-guard-action") for n in range(6)]
    assert answers == [None] * 5 + ["step-up"]  # the 6th counts as the 12th of the day
