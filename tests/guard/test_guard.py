"""The guard's judgement, signal by signal, on a real store and its in-process state (the
Redis state decides the same: tests/guard/test_guard_state.py)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest

from carevault.access import Principal
from carevault.audit import AccessEvent
from carevault.config import load_settings
from carevault.errors import GuardStopError, GuardUnavailableError
from carevault.guard import Guard, Honeytokens, MemoryState, list_alerts
from carevault.guard import _limits as limits
from carevault.guard._notify import NoOpNotifier
from carevault.guard._state import Gate, Mark
from carevault.records import Vault, open_vault
from support.identity import FakeClock

PRACTICE = "practice-1"


@pytest.fixture
def vault(data_dir: Path) -> Iterator[Vault]:
    opened = open_vault(load_settings(data=data_dir))
    yield opened
    opened.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))  # a Monday, 9:00 UTC


@pytest.fixture
def guard(vault: Vault, clock: FakeClock) -> Guard:
    return _guard_on(vault, clock, _QuietKeysWatched())


@pytest.fixture(autouse=True)
def _quiet_keys_read_only_by_their_checks() -> Iterator[None]:
    """GuardState's contract, kept by the guard in every test of this module so far (the
    states it runs on note what it reads): what a check writes (defaults, days) is told to no
    other worker, so the guard reads those keys only through a check that gives their default
    or day, never with flags() (either could serve a value another worker changed)."""
    yield
    assert not _Reads.plainly & _Reads.kinds_written_quietly
    assert not _Reads.by_checks_without_writing & _Reads.written_quietly


class _Reads:
    plainly: ClassVar[set[str]] = set()  # kinds of key (before the first colon) read by flags()
    kinds_written_quietly: ClassVar[set[str]] = set()
    written_quietly: ClassVar[set[str]] = set()  # keys given a default or a day by a check
    by_checks_without_writing: ClassVar[set[str]] = set()  # keys a check read without either


class _QuietKeysWatched(MemoryState):
    def flags(self, keys: Sequence[str], now: float) -> list[str | None]:
        _Reads.plainly.update(key.partition(":")[0] for key in keys)
        return super().flags(keys, now)

    def seen(self, keys: Sequence[str], now: float) -> list[str | None]:
        """What the state holds, as a test looks at it (not the guard's reading)."""
        return super().flags(keys, now)

    def flags_and_mark(
        self,
        keys: Sequence[str],
        marks: Sequence[Mark],
        now: float,
        defaults: Mapping[str, tuple[str, float]] | None = None,
        *,
        days: Mapping[str, tuple[str, float]] | None = None,
        gates: Mapping[str, Gate] | None = None,
    ) -> tuple[list[str | None], list[tuple[int, ...]]]:
        written = {*(defaults or {}), *(days or {})}
        _Reads.written_quietly.update(written)
        _Reads.kinds_written_quietly.update(key.partition(":")[0] for key in written)
        _Reads.by_checks_without_writing.update(key for key in keys if key not in written)
        return super().flags_and_mark(keys, marks, now, defaults, days=days, gates=gates)


def _guard_on(vault: Vault, clock: FakeClock, state: MemoryState) -> Guard:
    return Guard(
        vault.store, state, clock, notifier=NoOpNotifier(), honeytokens=Honeytokens(vault.store)
    )


def _doctor(n: int = 1, practice: str = PRACTICE, kind: str = "session") -> Principal:
    return Principal(
        account_id=f"acct-{practice}-{n}",
        practice_id=practice,
        username=f"dr{n}",
        role="doctor" if kind == "session" else "practice_admin",
        credential_kind="session",
        credential_id=f"cred-{practice}-{n}",
        practitioner_id=f"pr-{n}",
    )


def _service() -> Principal:
    return Principal(
        account_id="acct-lab",
        practice_id=PRACTICE,
        username="lab",
        role="doctor",
        credential_kind="service",
        credential_id="tok-lab",
        scopes=frozenset({"user/Patient.rs"}),
    )


def _read(
    principal: Principal, patient: str, basis: str = "registration", action: str = "read"
) -> AccessEvent:
    return AccessEvent(
        practice_id=principal.practice_id,
        actor=principal.actor,
        action=action,
        resource_type="Patient",
        resource_id=patient,
        patient_id=patient,
        reason=basis,
    )


def _action(stop: pytest.ExceptionInfo[GuardStopError]) -> str:
    return stop.value.action


def test_a_session_from_a_new_address_or_device_must_step_up(guard: Guard) -> None:
    doctor = _doctor()
    guard.check(doctor, "10.0.0.1", "Firefox")
    guard.check(doctor, "10.0.0.1", "Firefox")
    with pytest.raises(GuardStopError) as stop:
        guard.check(doctor, "198.51.100.7", "Firefox")
    assert _action(stop) == "step-up"
    assert "new network address" in str(stop.value)
    guard.stepped_up(doctor, "198.51.100.7", "Firefox")
    guard.check(doctor, "198.51.100.7", "Firefox")
    with pytest.raises(GuardStopError) as stop:
        guard.check(doctor, "198.51.100.7", "curl/8.5")
    assert "new device" in str(stop.value)


def test_a_check_begun_is_applied_at_once_and_judged_when_read(guard: Guard) -> None:
    doctor = _doctor()
    first = guard.begin_check(doctor, "10.0.0.1", "Firefox")  # fixes the session's place
    moved = guard.begin_check(doctor, "198.51.100.7", "Firefox")
    again = guard.begin_check(doctor, "10.0.0.1", "Firefox")
    assert first.clearance().address_practices == 1
    with pytest.raises(GuardStopError) as stop:
        moved.clearance()
    assert _action(stop) == "step-up"
    with pytest.raises(GuardStopError) as same:
        moved.clearance()
    assert same.value is stop.value  # judged once
    # asked before the step-up was: cleared; the session's next request owes it
    assert again.clearance().unusual_hour is False
    with pytest.raises(GuardStopError, match="new network address"):
        guard.check(doctor, "10.0.0.1", "Firefox")


def test_at_hours_the_account_never_works_each_patient_counts_twice(
    guard: Guard, clock: FakeClock
) -> None:
    doctor = _doctor()

    def request(patient: str) -> None:  # a patient outside care, listed by a search
        clearance = guard.check(doctor, "10.0.0.1", "Firefox")
        listed = _read(doctor, patient, action="search")
        guard.observe(doctor, "10.0.0.1", [listed], clearance=clearance)

    for day in range(8):  # a week and a day of 9:00 work, one patient outside care a day
        request(f"habit-{day}")
        clock.advance(days=1)
    clock.advance(hours=18)  # 3:00, an hour it never worked
    for n in range(5):
        request(f"night-{n}")
        clock.advance(minutes=5)
    with pytest.raises(GuardStopError) as stop:  # the 6th counts as the 12th
        request("night-5")
    assert _action(stop) == "step-up"


def test_an_integration_token_is_throttled_then_frozen_from_a_new_address(
    guard: Guard, clock: FakeClock, vault: Vault
) -> None:
    lab = _service()
    for n in range(19):  # bulk, as fast as it can
        guard.observe(lab, "192.0.2.10", [_read(lab, f"p{n}")])
    with pytest.raises(GuardStopError) as stop:
        guard.observe(lab, "192.0.2.10", [_read(lab, "p19")])
    assert (_action(stop), stop.value.retry_after) == ("throttle", 900)
    with pytest.raises(GuardStopError) as stop:
        guard.check(lab, "192.0.2.10")
    assert _action(stop) == "throttle"
    clock.advance(days=1)
    for n in range(9):
        guard.observe(lab, "203.0.113.66", [_read(lab, f"q{n}")])
        clock.advance(seconds=1)
    with pytest.raises(GuardStopError) as stop:
        guard.observe(lab, "203.0.113.66", [_read(lab, "q9")])
    assert _action(stop) == "freeze"
    kinds = [(a.kind, a.action) for a in reversed(list_alerts(vault.store, PRACTICE))]
    assert kinds == [("burst", "throttle"), ("new-address", "alert"), ("new-address", "freeze")]
    assert "the integration token is revoked" in list_alerts(vault.store, PRACTICE)[0].message


def test_many_accounts_reading_together_lock_their_practices_down(
    guard: Guard, clock: FakeClock, vault: Vault
) -> None:
    accounts = [_doctor(n, practice=f"practice-{n % 3}") for n in range(7)]
    stopped: dict[int, str] = {}
    for round_ in range(3):  # each reads 3 patients outside care, a few minutes apart
        for n, account in enumerate(accounts):
            if n in stopped:
                continue
            try:
                guard.observe(account, f"10.9.{n}.1", [_read(account, f"{n}-{round_}")])
            except GuardStopError as stop:
                stopped[n] = stop.action
        clock.advance(minutes=4)
    assert stopped == dict.fromkeys(range(4, 7), "freeze")  # the 5th elevated account on
    alerts = list_alerts(vault.store, "practice-1") + list_alerts(vault.store, "practice-2")
    assert ("mass-event", "lockdown") in {(a.kind, a.action) for a in alerts}
    with pytest.raises(GuardStopError) as stop:  # an honest colleague must step up
        guard.check(_doctor(99, practice="practice-1"), "10.1.1.1")
    assert _action(stop) == "lockdown"
    guard.stepped_up(_doctor(99, practice="practice-1"), "10.1.1.1")
    guard.check(_doctor(99, practice="practice-1"), "10.1.1.1")


def test_one_address_used_by_three_practices_freezes_who_reads_outside_care(
    guard: Guard, vault: Vault
) -> None:
    accounts = [_doctor(1, practice=f"practice-{n}") for n in range(3)]
    for account in accounts[:2]:
        guard.check(account, "203.0.113.9")
    clearance = guard.check(accounts[2], "203.0.113.9")
    assert clearance.address_practices == 3
    guard.observe(accounts[2], "203.0.113.9", [_read(accounts[2], "p1", "care_team")])
    with pytest.raises(GuardStopError) as stop:  # within its care: no; outside it: frozen
        guard.observe(accounts[2], "203.0.113.9", [_read(accounts[2], "p2")], clearance=clearance)
    assert _action(stop) == "freeze"
    (alert,) = list_alerts(vault.store, "practice-2")
    assert (alert.kind, alert.numbers) == ("shared-address", {"practices": 3})


def test_an_address_is_noted_once_in_a_while_and_counted_when_it_matters(
    guard: Guard, clock: FakeClock, vault: Vault
) -> None:
    accounts = [_doctor(1, practice=f"practice-{n}") for n in range(3)]
    for account in accounts:
        assert guard.check(account, "203.0.113.9").address_practices is not None
    clock.advance(minutes=2)  # within ADDRESS_REMARK_SECONDS: not noted again, not counted
    clearance = guard.check(accounts[2], "203.0.113.9")
    assert clearance.address_practices is None
    # a booked patient counts nothing; a patient outside care counts the address with it
    guard.observe(accounts[2], "203.0.113.9", [_read(accounts[2], "p1", "appointment")])
    with pytest.raises(GuardStopError) as stop:
        guard.observe(accounts[2], "203.0.113.9", [_read(accounts[2], "p2")], clearance=clearance)
    assert _action(stop) == "freeze"
    (alert,) = list_alerts(vault.store, "practice-2")
    assert (alert.kind, alert.numbers) == ("shared-address", {"practices": 3})
    clock.advance(seconds=limits.ADDRESS_REMARK_SECONDS)
    assert guard.check(accounts[0], "203.0.113.9").address_practices == 3


class _CountingState(_QuietKeysWatched):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []
        self.marked: list[list[str]] = []  # the windows each mark call added to

    def mark(self, marks: Sequence[Mark], now: float) -> list[tuple[int, ...]]:
        self.calls.append("mark")
        self.marked.append([mark.key.split(":", maxsplit=1)[0] for mark in marks])
        return super().mark(marks, now)

    def flags_and_mark(
        self,
        keys: Sequence[str],
        marks: Sequence[Mark],
        now: float,
        defaults: Mapping[str, tuple[str, float]] | None = None,
        *,
        days: Mapping[str, tuple[str, float]] | None = None,
        gates: Mapping[str, Gate] | None = None,
    ) -> tuple[list[str | None], list[tuple[int, ...]]]:
        self.calls.append("flags_and_mark")
        return super().flags_and_mark(keys, marks, now, defaults, days=days, gates=gates)

    def set_flag(
        self, key: str, value: str, ttl: float, now: float, *, only_new: bool = False
    ) -> str | None:
        self.calls.append(f"set_flag {key.split(':', maxsplit=1)[0]}")
        return super().set_flag(key, value, ttl, now, only_new=only_new)


def test_a_request_that_adds_to_no_window_costs_one_exchange_with_the_state(
    vault: Vault, clock: FakeClock
) -> None:
    state = _CountingState()
    guard = _guard_on(vault, clock, state)
    doctor = _doctor()
    guard.check(doctor, "10.0.0.1", "Firefox")  # the first: where, since, the hour's flag
    assert state.calls == ["flags_and_mark"]  # all set by the check's own exchange
    assert state.seen(["hour:acct-practice-1-1:9"], clock().timestamp()) == [
        "2026-03-02|2026-03-02"
    ]
    state.calls.clear()
    clearance = guard.check(doctor, "10.0.0.1", "Firefox")
    guard.observe(doctor, "10.0.0.1", [_read(doctor, "p1", "appointment")], clearance=clearance)
    assert state.calls == ["flags_and_mark"]
    guard.observe(doctor, "10.0.0.1", [_read(doctor, "p2")], clearance=clearance)
    assert state.calls == ["flags_and_mark", "mark"]  # a patient outside care is counted


def test_only_the_windows_a_request_adds_to_are_counted_and_judged(
    vault: Vault, clock: FakeClock
) -> None:
    state = _CountingState()
    guard = _guard_on(vault, clock, state)
    doctor = _doctor()
    clearance = guard.check(doctor, "10.0.0.1", "Firefox")
    in_care = [_read(doctor, "p1", "care_team")]  # no visit booked: unexplained, in care
    guard.observe(doctor, "10.0.0.1", in_care, clearance=clearance)
    assert state.marked == [["u", "s"]]  # the burst and the unscheduled day, not the five others
    for n in range(11):  # outsiders listed, each in a window of its own kind
        clock.advance(minutes=5)
        guard.observe(
            doctor, "10.0.0.1", [_read(doctor, f"o{n}", action="search")], clearance=clearance
        )
    # (past three outsiders in half an hour, the account counts toward a mass event)
    assert state.marked[-2:] == [["u", "o"], ["mass"]]
    # The day's volume of outsiders is one short of its step-up: a request that adds no
    # outsider does not cross it, and is not stopped by it ...
    clock.advance(minutes=5)
    two = [_read(doctor, "p2", "care_team")]
    guard.observe(doctor, "10.0.0.1", two, search_terms="dupont", clearance=clearance)
    assert state.marked[-1] == ["u", "s", "q"]
    # ... the next outsider does
    with pytest.raises(GuardStopError) as stop:
        guard.observe(
            doctor, "10.0.0.1", [_read(doctor, "o11", action="search")], clearance=clearance
        )
    assert _action(stop) == "step-up"
    assert "12 distinct patients outside their care in a day" in str(stop.value)


def test_a_record_reopened_in_a_consultation_is_counted_once_in_a_while(
    vault: Vault, clock: FakeClock
) -> None:
    state = _CountingState()
    guard = _guard_on(vault, clock, state)
    doctor = _doctor()  # in the patients' care team, no visit booked: each one is counted
    clearance = guard.check(doctor, "10.0.0.1", "Firefox")
    guard.observe(doctor, "10.0.0.1", [_read(doctor, "p1", "care_team")], clearance=clearance)
    state.calls.clear()
    for _ in range(3):  # the record, its results, its notes: no more counting, no exchange
        clock.advance(seconds=10)
        guard.observe(doctor, "10.0.0.1", [_read(doctor, "p1", "care_team")], clearance=clearance)
    assert state.calls == []
    both = [_read(doctor, "p1", "care_team"), _read(doctor, "p2", "care_team")]
    guard.observe(doctor, "10.0.0.1", both)
    assert state.calls == ["mark"]  # the new patient, alone
    now = clock().timestamp()
    assert MemoryState.mark(state, [Mark("s:acct-practice-1-1", (), (limits.DAY,))], now) == [(2,)]
    # half the shortest window later (the two minutes of a burst), counted again
    clock.advance(seconds=limits.BURST / 2)
    guard.observe(doctor, "10.0.0.1", [_read(doctor, "p1", "care_team")], clearance=clearance)
    assert state.calls == ["mark", "mark"]


def test_reopened_records_do_not_hide_a_scrape(
    guard: Guard, clock: FakeClock, vault: Vault
) -> None:
    doctor = _doctor()
    freeze_at = limits.CLINICIAN.burst.freeze
    clearance = guard.check(doctor, "10.0.0.1", "Firefox")
    for n in range(1, freeze_at):
        for patient in (f"p{n}", "p1"):  # a new patient, then the first again
            guard.observe(
                doctor, "10.0.0.1", [_read(doctor, patient, "care_team")], clearance=clearance
            )
        clock.advance(seconds=2)
    last = _read(doctor, f"p{freeze_at}", "care_team")
    with pytest.raises(GuardStopError) as stop:
        guard.observe(doctor, "10.0.0.1", [last], clearance=clearance)
    assert _action(stop) == "freeze"
    (alert,) = list_alerts(vault.store, PRACTICE)
    assert (alert.kind, alert.numbers) == ("burst", {"count": freeze_at, "freeze_at": freeze_at})


def test_a_request_stopped_is_counted_and_stopped_again_if_retried(
    guard: Guard, clock: FakeClock
) -> None:
    doctor = _doctor()
    freeze_at = limits.CLINICIAN.burst.freeze
    batch = [_read(doctor, f"p{n}", "care_team") for n in range(freeze_at)]
    clearance = guard.check(doctor, "10.0.0.1", "Firefox")
    for _ in range(2):  # the request, then its twin already past its check (or a retry)
        with pytest.raises(GuardStopError) as stop:
            guard.observe(doctor, "10.0.0.1", batch, clearance=clearance)
        assert _action(stop) == "freeze"
        clock.advance(seconds=1)


class _FailingOnce(_QuietKeysWatched):
    def __init__(self) -> None:
        super().__init__()
        self.failed = False
        self.marked: list[tuple[str, ...]] = []

    def mark(self, marks: Sequence[Mark], now: float) -> list[tuple[int, ...]]:
        if not self.failed:
            self.failed = True
            raise GuardUnavailableError("the guard's shared state is unreachable")
        self.marked.append(next(mark.members for mark in marks if mark.key.startswith("s:")))
        return super().mark(marks, now)


def test_a_patient_the_state_never_counted_is_counted_next_time(
    vault: Vault, clock: FakeClock
) -> None:
    state = _FailingOnce()
    guard = _guard_on(vault, clock, state)
    doctor = _doctor()
    clearance = guard.check(doctor, "10.0.0.1", "Firefox")
    with pytest.raises(GuardUnavailableError):
        guard.observe(doctor, "10.0.0.1", [_read(doctor, "p1", "care_team")], clearance=clearance)
    guard.observe(doctor, "10.0.0.1", [_read(doctor, "p1", "care_team")], clearance=clearance)
    assert state.marked == [("p1",)]


def test_a_refused_request_teaches_no_working_hour(vault: Vault, clock: FakeClock) -> None:
    # A stolen session replayed from elsewhere once an hour, each time refused, must not
    # make every hour one its account works (the unusual-hour signal would be blunted).
    state = MemoryState()
    guard = _guard_on(vault, clock, state)
    doctor, hour = _doctor(), "hour:acct-practice-1-1:{}"
    guard.check(doctor, "10.0.0.1", "Firefox")
    assert state.flags([hour.format(9)], clock().timestamp()) == ["2026-03-02|2026-03-02"]
    clock.advance(hours=1)
    with pytest.raises(GuardStopError, match="new network address"):
        guard.check(doctor, "198.51.100.7", "Firefox")  # elsewhere than its session's place
    with pytest.raises(GuardStopError, match="new network address"):
        guard.check(doctor, "10.0.0.1", "Firefox")  # back home, but owing the step-up
    assert state.flags([hour.format(10)], clock().timestamp()) == [None]
    guard.stepped_up(doctor, "10.0.0.1", "Firefox")
    guard.check(doctor, "10.0.0.1", "Firefox")
    assert state.flags([hour.format(10)], clock().timestamp()) == ["2026-03-02|2026-03-02"]


def test_an_integration_token_has_no_working_hours(vault: Vault, clock: FakeClock) -> None:
    state = MemoryState()
    guard = _guard_on(vault, clock, state)
    guard.check(_service(), "192.0.2.10")
    assert state.flags(["hour:token-tok-lab:9"], clock().timestamp()) == [None]


def test_a_visit_that_day_explains_an_access(guard: Guard, vault: Vault, clock: FakeClock) -> None:
    records = vault.practice(vault.create_practice("Cabinet"))
    practitioner = records.add({"resourceType": "Practitioner", "name": [{"family": "Lin"}]})["id"]
    doctor = Principal(
        account_id="acct-lin", practice_id=records.practice_id, username="dr.lin", role="doctor",
        credential_kind="session", credential_id="cred-lin", practitioner_id=practitioner,
    )  # fmt: skip
    patients = []
    for n in range(20):
        patient_id = records.add(
            {"resourceType": "Patient", "name": [{"family": f"Nom{n}"}], "birthDate": "1970-01-01"}
        )["id"]
        records.add(
            {
                "resourceType": "Encounter",
                "status": "planned",
                "class": {"code": "AMB"},
                "subject": {"reference": f"Patient/{patient_id}"},
                "participant": [{"individual": {"reference": f"Practitioner/{practitioner}"}}],
                "period": {"start": clock.now.date().isoformat()},
            }
        )
        patients.append(patient_id)
    for patient_id in patients:  # twenty booked patients: none is unexplained
        guard.observe(doctor, "10.0.0.1", [_read(doctor, patient_id, "appointment")])
    tomorrow = clock.now + timedelta(days=2)
    clock.now = tomorrow
    for patient_id in patients[:4]:  # two days on, the booking explains nothing
        guard.observe(doctor, "10.0.0.1", [_read(doctor, patient_id)])
    with pytest.raises(GuardStopError) as stop:  # the 5th outsider's record opened in a week
        guard.observe(doctor, "10.0.0.1", [_read(doctor, patients[4])])
    assert "5 records of patients outside their care opened in seven days" in str(stop.value)


def test_a_break_the_glass_opening_is_explained_and_counted_as_a_grant(guard: Guard) -> None:
    doctor = _doctor()
    for n in range(4):  # a night on call: four openings, each with its reason
        grant = _read(doctor, f"night-{n}", f"grant:g{n}", action="break-glass")
        opened = _read(doctor, f"night-{n}", f"break-glass:g{n}")
        guard.observe(doctor, "10.0.0.1", [grant, opened])
    with pytest.raises(GuardStopError) as stop:  # the fifth opening in a day
        grant = _read(doctor, "night-4", "grant:g4", action="break-glass")
        guard.observe(doctor, "10.0.0.1", [grant])
    assert "5 break-the-glass openings in a day (step-up at 5)" in str(stop.value)


def test_each_signal_asks_its_own_step_up(guard: Guard, clock: FakeClock) -> None:
    doctor = _doctor()
    for n in range(11):  # outsiders listed: the 12th asks a step-up ...
        guard.observe(doctor, "10.0.0.1", [_read(doctor, f"p{n}", action="search")])
        clock.advance(minutes=5)
    with pytest.raises(GuardStopError):
        guard.observe(doctor, "10.0.0.1", [_read(doctor, "p11", action="search")])
    guard.stepped_up(doctor, "10.0.0.1")
    for n in range(4):  # ... and later, past the day's volume, break-the-glass asks again
        guard.observe(doctor, "10.0.0.1", [_read(doctor, f"g{n}", f"grant:{n}", "break-glass")])
    with pytest.raises(GuardStopError) as stop:
        guard.observe(doctor, "10.0.0.1", [_read(doctor, "g4", "grant:4", "break-glass")])
    assert "break-the-glass openings in a day" in str(stop.value)
