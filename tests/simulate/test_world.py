"""The simulator's throwaway world, and the plan of honest work drawn on it (no server)."""

from __future__ import annotations

import functools
import stat
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from carevault.access import list_accounts
from carevault.config import load_settings
from carevault.records import open_vault
from carevault.simulate import _work
from carevault.simulate._plan import Event, plan_traffic
from carevault.simulate._time import PARIS, local_day
from carevault.simulate.world import LAB_SCOPES, World, build_world

MONDAY = date(2027, 3, 1)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("world")
    return build_world(folder, practices=2, patients=150, seed=5, honeytokens=0)


def test_each_practice_has_its_staff_and_every_patient_a_general_practitioner(
    world: World,
) -> None:
    for practice in world.practices:
        jobs = Counter(account.job for account in practice.accounts)
        assert 3 <= jobs["doctor"] <= 5
        assert jobs == {**jobs, "nurse": 1, "locum": 1, "departed": 1, "secretary": 2, "dpo": 1}
        doctors = {a.practitioner_id for a in practice.staff("doctor")}
        assert len(practice.patients) == 150
        assert all(p.gp in doctors for p in practice.patients)
        assert sum(len(practice.panel(d)) for d in doctors if d) == 150
        assert practice.lab.scopes == LAB_SCOPES
        assert {a.source_address for a in practice.accounts} == {practice.office_address}
    offices = {practice.office_address for practice in world.practices}
    assert len(offices) == 2


def test_the_world_file_is_private_and_reads_back(world: World, tmp_path: Path) -> None:
    path = tmp_path / "world.json"
    world.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = World.load(path)
    assert again == world


def test_the_doctor_who_left_last_logged_in_months_ago(world: World) -> None:
    vault = open_vault(load_settings(data=Path(world.data)))
    try:
        practice = world.practices[0]
        accounts = {a.username: a for a in list_accounts(vault.store, practice.id)}
    finally:
        vault.close()
    departed = accounts[practice.one("departed").username]
    assert departed.last_login_at is not None
    assert datetime.now(departed.last_login_at.tzinfo) - departed.last_login_at > timedelta(90)
    assert accounts[practice.one("doctor").username].last_login_at is None


@pytest.fixture(scope="module")
def plan(world: World) -> list[Event]:
    return plan_traffic(world, lead_in_start=MONDAY, days=12, seed=1, ledger=_work.Ledger())


def _keywords(event: Event) -> dict[str, Any]:
    act = event.act
    return act.keywords if isinstance(act, functools.partial) else {}


def _visit(event: Event) -> _work.Consultation | None:
    visit = _keywords(event).get("visit")
    return visit if isinstance(visit, _work.Consultation) else None


def test_the_same_seed_plans_the_same_work(world: World, plan: list[Event]) -> None:
    again = plan_traffic(world, lead_in_start=MONDAY, days=12, seed=1, ledger=_work.Ledger())
    other = plan_traffic(world, lead_in_start=MONDAY, days=12, seed=2, ledger=_work.Ledger())
    assert [(e.at, e.actor) for e in again] == [(e.at, e.actor) for e in plan]
    assert [(e.at, e.actor) for e in other] != [(e.at, e.actor) for e in plan]


def test_honest_work_never_names_a_patient_outside_the_world(
    world: World, plan: list[Event]
) -> None:
    known = {p.id for practice in world.practices for p in practice.patients}
    for event in plan:
        keywords = _keywords(event)
        visit = _visit(event)
        ref = visit.ref if visit is not None else keywords.get("ref")
        if isinstance(ref, _work.PatientRef) and ref.resource is None:
            assert ref.id in known


def test_doctors_see_20_to_40_booked_patients_a_weekday(world: World, plan: list[Event]) -> None:
    opened: Counter[tuple[str, date]] = Counter()
    booked_at: dict[int, datetime] = {}
    for event in plan:
        visit = _visit(event)
        if visit is None:
            continue
        work = getattr(event.act, "func", None)
        if work is _work.book:
            booked_at[id(visit)] = event.at
        elif work is _work.open_record and visit.break_glass is None:
            hour = event.at.astimezone(PARIS).hour
            if event.actor.startswith(("dr", "rempl")) and 8 <= hour < 20:  # not on call
                opened[(event.actor, local_day(event.at))] += 1
                assert booked_at[id(visit)] < visit.start  # booked before, by a secretary
    weekdays = {day for _, day in opened if day.weekday() < 5}
    assert len(weekdays) == 10
    for (_, day), count in opened.items():
        if day.weekday() < 5:
            assert 20 <= count <= 40


def test_the_front_desk_takes_100_to_250_calls_a_weekday(plan: list[Event]) -> None:
    calls: Counter[tuple[str, date]] = Counter()
    for event in plan:
        if event.actor.startswith("sec"):
            calls[(event.actor.split(".")[1], local_day(event.at))] += 1
    assert calls
    for (_, day), count in calls.items():
        assert day.weekday() < 5
        assert 100 <= count <= 260  # a busy day's bookings may need a few calls more


def test_decoys_are_planted_by_the_guard_apart_from_the_patients(tmp_path: Path) -> None:
    made = build_world(tmp_path, practices=1, patients=20, seed=1, honeytokens=3)
    practice = made.practices[0]
    assert len(practice.honeytokens) == 3
    assert not set(practice.honeytokens) & {p.id for p in practice.patients}
