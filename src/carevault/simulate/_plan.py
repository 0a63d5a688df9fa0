"""The plan of honest work: every phone call, booking, consultation, night visit, letter and
lab result of a run, with its simulated time, drawn from one seed.

A practice's weekday: each doctor sees 20-40 booked patients (mostly their own panel), 8:30
to evening with a lunch break; the nurse 8-15; the secretaries take 100-250 calls (each
booking a visit for the same day or up to a week ahead, sometimes registering a newcomer,
sometimes only a question). Some practices open on Saturday morning. Now and then: a locum
covers an absent colleague for a few days (seeing the colleague's booked patients), a doctor
is on call for a night (from home, a few patients, some outside their care through
break-the-glass), an urgent patient of a colleague is seen in the day (break-the-glass); on
the last working day of a month some doctors write letters for 15-30 of their panel. The
lab posts results, each morning, for patients its doctor saw in the days before.

Consultation days are preceded by a week in which only the secretaries work: the visits of
the first days are booked ahead, as in a practice that was running before the simulation.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from carevault.simulate import _notes, _work
from carevault.simulate._client import Actor
from carevault.simulate._time import local, local_day
from carevault.simulate._work import Consultation, Ledger, PatientRef
from carevault.simulate.world import Account, Patient, Practice, World

LEAD_IN_DAYS = 7
NIGHT_RATE = 0.2  # chance, each weekday, that a doctor of the practice is on call that night
DAY_BREAK_GLASS_RATE = 0.1  # chance, each weekday, of an urgent visit outside the care team
LOCUM_RATE = 0.8  # chance that a locum covers someone during a run of a week or more
NEWCOMER_RATE = 0.03  # share of bookings for a patient new to the practice
OWN_PANEL_RATE = 0.8  # share of a doctor's visits from their own panel
LAB_RATE = 0.3  # share of the lab doctor's visits followed by a blood test
NIGHT_REASON = "Garde de nuit : appel du patient, medecin traitant injoignable"
DAY_REASON = "Urgence au cabinet : patient d'un confrere absent"


_Booking = tuple[datetime, Callable[[Actor], None]]  # the latest time for the call; the call


@dataclass(frozen=True)
class Event:
    """One piece of work: at ``at``, ``actor`` (a key of the run's cast), from ``address``,
    does ``act``. ``clinician``: a doctor's or nurse's work (their day counts)."""

    at: datetime
    actor: str
    address: str
    act: Callable[[Actor], None]
    clinician: bool = False


def lab_key(practice: Practice) -> str:
    return f"lab:{practice.id}"


@dataclass(frozen=True)
class Scope:
    """Which part of a practice's work a plan holds. The whole practice by default; an
    attack's background may keep one doctor's consultations and the bookings they need
    (``doctors``, no ``extras``), or only the front desk (no ``clinicians``)."""

    doctors: frozenset[str] | None = None  # usernames whose consultations are planned
    clinicians: bool = True  # clinicians' events played (else only booked)
    extras: bool = True  # nurse, locum, nights, urgent visits, letters, lab, desk questions
    lead_in_days: int = LEAD_IN_DAYS


WHOLE_PRACTICE = Scope()


def first_consultation_day(lead_in_start: date, scope: Scope = WHOLE_PRACTICE) -> date:
    return lead_in_start + timedelta(days=scope.lead_in_days)


def plan_traffic(
    world: World,
    *,
    lead_in_start: date,
    days: int,
    seed: int,
    ledger: Ledger,
    practices: Sequence[Practice] | None = None,
    scope: Scope = WHOLE_PRACTICE,
) -> list[Event]:
    """Every event of ``days`` consultation days (after the lead-in) in every practice (or
    those given), in time order."""
    events: list[Event] = []
    for practice in practices or world.practices:
        index = world.practices.index(practice)
        planner = _PracticePlanner(practice, seed=seed * 1009 + index, ledger=ledger, scope=scope)
        events.extend(planner.plan(lead_in_start, days))
    events.sort(key=lambda e: e.at)
    return events


class _PracticePlanner:
    def __init__(self, practice: Practice, *, seed: int, ledger: Ledger, scope: Scope) -> None:
        from faker import Faker  # noqa: PLC0415 - slow to import; only planning needs it

        from carevault.simulate.practice import practice_records  # noqa: PLC0415 - Faker

        self.practice = practice
        self.rng = random.Random(seed)  # noqa: S311 - a simulation, seeded on purpose
        fake: Any = Faker("fr_FR")
        fake.seed_instance(seed)
        self.names = _notes.Names(fake)
        self.ledger = ledger
        self.scope = scope
        self.doctors = practice.staff("doctor")
        self.seeing = [
            d for d in self.doctors if scope.doctors is None or d.username in scope.doctors
        ]
        self.locum = practice.one("locum")
        self.nurse = practice.one("nurse")
        self.secretaries = practice.staff("secretary")
        self.refs = {p.id: PatientRef(p, p.id) for p in practice.patients}
        self.recent: dict[str, int] = {}  # patient id -> ordinal of their last planned visit
        self.newcomers = practice_records(patients=10**6, seed=seed ^ 0x4E3C)
        next(self.newcomers)  # the newcomers' generator's own practitioners: unused
        self.lab_owner = practice.account(practice.lab.username)
        self.events: list[Event] = []
        self.bookings: dict[date, list[_Booking]] = {}  # by the day of the call

    # -- the run --------------------------------------------------------------------------------

    def plan(self, lead_in_start: date, days: int) -> list[Event]:
        self.lead_in_start = lead_in_start
        first = first_consultation_day(lead_in_start, self.scope)
        consultation_days = [first + timedelta(days=n) for n in range(days)]
        extras, clinicians = self.scope.extras, self.scope.extras and self.scope.clinicians
        absences = self._locum_cover(consultation_days) if extras else {}
        for day in consultation_days:
            if day.weekday() < 5:
                self._weekday(day, absences.get(day))
                if clinicians and self.rng.random() < NIGHT_RATE:
                    self._night(day)
                if clinicians and _last_weekday_of_month(day):
                    self._letters(day)
            elif day.weekday() == 5 and self.practice.saturday:
                self._saturday(day)
        self._front_desk(lead_in_start, consultation_days[-1])
        return self.events

    def _locum_cover(self, days: Sequence[date]) -> dict[date, Account]:
        """A few consecutive weekdays on which one doctor is away and the locum sees their
        booked patients."""
        weekdays = [d for d in days if d.weekday() < 5]
        if len(weekdays) < 5 or self.rng.random() >= LOCUM_RATE:
            return {}
        length = self.rng.randint(2, 5)
        start = self.rng.randrange(0, len(weekdays) - length + 1)
        away = self.rng.choice(self.doctors)
        return {day: away for day in weekdays[start : start + length]}

    # -- days -----------------------------------------------------------------------------------

    def _weekday(self, day: date, away: Account | None) -> None:
        for doctor in self.seeing:
            seer = self.locum if doctor is away else doctor
            self._doctor_day(day, seer, panel_of=doctor, count=self.rng.randint(20, 40))
        if not self.scope.extras:
            return
        self._nurse_day(day)
        if self.scope.clinicians and self.rng.random() < DAY_BREAK_GLASS_RATE:
            present = [d for d in self.seeing if d is not away]
            if present:
                self._urgent_visit(day, self.rng.choice(present))

    def _saturday(self, day: date) -> None:
        doctor = self.doctors[day.isocalendar().week % len(self.doctors)]
        if doctor in self.seeing:
            count = self.rng.randint(8, 14)
            self._doctor_day(day, doctor, panel_of=doctor, count=count, until=12)

    def _doctor_day(
        self, day: date, seer: Account, *, panel_of: Account, count: int, until: int = 20
    ) -> None:
        assert seer.practitioner_id is not None and panel_of.practitioner_id is not None
        panel = self.practice.panel(panel_of.practitioner_id)
        for start, minutes in self._slots(day, count, first=(8, 30), until=until):
            ref = self._patient_for(panel, day)
            visit = self._consultation(ref, seer, start, minutes, by_name=self.rng.random() < 0.1)
            self._book(visit, day)
            self._visit(visit, seer, seer.source_address)
            lab = self.scope.extras and self.scope.clinicians and seer is self.lab_owner
            if lab and ref.resource is None and self.rng.random() < LAB_RATE:
                self._lab_result(ref, day)

    def _nurse_day(self, day: date) -> None:
        nurse = self.nurse
        assert nurse.practitioner_id is not None
        for start, minutes in self._slots(day, self.rng.randint(8, 15), first=(8, 0), until=18):
            ref = self._patient_for(self.practice.patients, day)
            visit = self._consultation(ref, nurse, start, minutes, clinical=("Observation",))
            self._book(visit, day)
            weight = round(self.rng.uniform(45, 110), 1)
            close = functools.partial(
                _work.nurse_close, visit=visit, weight_kg=weight, ledger=self.ledger
            )
            self._visit(visit, nurse, nurse.source_address, close=close)

    def _urgent_visit(self, day: date, doctor: Account) -> None:
        """A colleague's patient seen in the day without appointment: break-the-glass."""
        outside = self._outside_care(doctor)
        if not outside:
            return
        start = local(day, self.rng.randint(10, 16), self.rng.choice((5, 25, 45)))
        ref = self.refs[self.rng.choice(outside).id]
        visit = self._consultation(ref, doctor, start, 20, break_glass=DAY_REASON)
        self._visit(visit, doctor, doctor.source_address)

    def _night(self, day: date) -> None:
        """On call from home: a few patients, the doctor's own or, with break-the-glass,
        anyone's."""
        doctor = self.rng.choice(self.doctors)
        assert doctor.practitioner_id is not None and doctor.home_address is not None
        own = self.practice.in_care_of(doctor.practitioner_id)
        outside = self._outside_care(doctor)
        start = local(day, 20, self.rng.randint(15, 59))
        for _ in range(self.rng.randint(1, 4)):
            mine = self.rng.random() < 0.5 and bool(own)
            pool = own if mine or not outside else outside
            ref = self.refs[self.rng.choice(pool).id]
            reason = None if mine or not outside else NIGHT_REASON
            visit = self._consultation(ref, doctor, start, 25, break_glass=reason)
            self._visit(visit, doctor, doctor.home_address)
            start += timedelta(minutes=self.rng.randint(30, 55))

    def _letters(self, day: date) -> None:
        """Month-end correspondence: 15-30 panel patients each, no appointment."""
        for doctor in self.rng.sample(self.doctors, min(len(self.doctors), self.rng.randint(1, 2))):
            assert doctor.practitioner_id is not None
            panel = self.practice.panel(doctor.practitioner_id)
            at = local(day, 19, self.rng.randint(0, 20))
            for patient in self.rng.sample(panel, min(len(panel), self.rng.randint(15, 30))):
                ref = self.refs[patient.id]
                text = f"Cher confrère,\n{self._note(ref, day)}\nBien confraternellement."
                act = functools.partial(_work.letter, ref=ref, text=text, at=at)
                self._add(at, doctor, doctor.source_address, act, clinician=False)
                at += timedelta(minutes=self.rng.randint(3, 5))

    def _lab_result(self, ref: PatientRef, seen_on: date) -> None:
        day = _weekday_after(seen_on, self.rng.randint(1, 3))
        at = local(day, 7, self.rng.randint(0, 59)) + timedelta(hours=self.rng.randint(0, 2))
        tests = self.rng.sample(sorted(_work.LAB_TESTS), self.rng.randint(1, 3))
        act = functools.partial(
            _work.lab_result, ref=ref, tests=tests, at=at, seed=self.rng.randrange(2**32)
        )
        self.events.append(Event(at, lab_key(self.practice), self.practice.lab.source_address, act))

    # -- the front desk ---------------------------------------------------------------------------

    def _book(self, visit: Consultation, visit_day: date) -> None:
        """The call that books ``visit``: the same day (before it) or up to a week ahead;
        which call of the front desk it is gets decided with the day's other calls."""
        ahead = self.rng.choices((0, 1, 2, 3, 5, 7), weights=(25, 20, 15, 15, 15, 10))[0]
        if visit_day.weekday() >= 5:  # the desk is closed on Saturdays: booked in the week
            ahead = max(ahead, 1)
        day = max(_weekday_before(visit_day, ahead), self.lead_in_start)
        deadline = visit.start - timedelta(minutes=20) if day >= visit_day else local(day, 18, 30)
        act = functools.partial(
            _work.book, ref=visit.ref, visit=visit, by_birth_date=self.rng.random() < 0.5
        )
        self.bookings.setdefault(day, []).append((deadline, act))

    def _front_desk(self, first: date, last: date) -> None:
        """Each weekday's calls, one after the other at each secretary's desk: 100-250 in
        all (more if that many visits are booked), the bookings among them."""
        day = first
        while day <= last:
            if day.weekday() < 5:
                self._desk_day(day, sorted(self.bookings.get(day, []), key=lambda b: b[0]))
            day += timedelta(days=1)

    def _desk_day(
        self, day: date, bookings: list[tuple[datetime, Callable[[Actor], None]]]
    ) -> None:
        wanted = max(self.rng.randint(100, 250), len(bookings))
        # A quiet day, one secretary at the desk; else each takes at least 60 calls.
        at_desk = self.secretaries[: max(1, min(len(self.secretaries), wanted // 60))]
        calls = [
            (at, secretary)
            for secretary in at_desk
            for at in self._desk_slots(day, -(-wanted // len(at_desk)))
        ]
        calls.sort(key=lambda call: call[0])
        free = list(range(len(calls)))
        for deadline, act in bookings:  # the most urgent first
            before = [i for i in free if calls[i][0] < deadline]
            if before:
                chosen = self.rng.choice(before)
                free.remove(chosen)
                at, secretary = calls[chosen]
            else:  # a call squeezed in just before the visit
                at, secretary = deadline - timedelta(minutes=2), self.rng.choice(at_desk)
            self._add(at, secretary, secretary.source_address, act)
        if not self.scope.extras:
            return
        for index in free:
            at, secretary = calls[index]
            self._add(at, secretary, secretary.source_address, self._desk_question())

    def _desk_slots(self, day: date, count: int) -> list[datetime]:
        """A secretary's calls: 8:00-12:30 and 13:30-18:30, a few minutes apart (never so far
        apart that the session would end between two: that is 15 idle minutes)."""
        gap = min(570 / max(count, 1), 9.5)
        at, lunch, back = local(day, 8, 0), local(day, 12, 30), local(day, 13, 30)
        slots = []
        for _ in range(count):
            slots.append(at)
            at += timedelta(minutes=gap * self.rng.uniform(0.7, 1.25))
            if lunch <= at < back:
                at = back + timedelta(minutes=self.rng.uniform(0, 5))
        return slots

    def _desk_question(self) -> Callable[[Actor], None]:
        """A call that books nothing: a question, an address to check."""
        ref = self.refs[self.rng.choice(self.practice.patients).id]
        return functools.partial(
            _work.desk_question,
            ref=ref,
            by_birth_date=self.rng.random() < 0.5,
            open_it=self.rng.random() < 0.4,
        )

    # -- pieces ------------------------------------------------------------------------------------

    def _slots(
        self, day: date, count: int, *, first: tuple[int, int], until: int
    ) -> Iterator[tuple[datetime, int]]:
        at = local(day, *first) + timedelta(minutes=self.rng.randint(0, 20))
        lunch, back, end = local(day, 12, 30), local(day, 14, 0), local(day, until, 30)
        for _ in range(count):
            minutes = self.rng.choice((15, 15, 20))
            yield at, minutes
            at += timedelta(minutes=minutes + self.rng.randint(0, 4))
            if lunch <= at < back:
                at = back + timedelta(minutes=self.rng.randint(0, 15))
            if at >= end:
                return

    def _patient_for(self, panel: Sequence[Patient], day: date) -> PatientRef:
        if self.rng.random() < NEWCOMER_RATE:
            return self._newcomer()
        pool = panel if panel and self.rng.random() < OWN_PANEL_RATE else self.practice.patients
        patient = self.rng.choice(pool)
        for _ in range(5):  # rarely the same patient twice in three weeks
            if self.recent.get(patient.id, 0) < day.toordinal() - 21:
                break
            patient = self.rng.choice(pool)
        self.recent[patient.id] = day.toordinal()
        return self.refs[patient.id]

    def _newcomer(self) -> PatientRef:
        resources, _truth = next(self.newcomers)
        patient = {k: v for k, v in resources[0].items() if k != "id"}
        name = patient["name"][0]
        identity = Patient(
            id="",
            family=name["family"],
            given=name["given"][0],
            birth_date=patient["birthDate"],
            sex="F" if patient["gender"] == "female" else "M",
            nir=patient["identifier"][0]["value"],
            gp=None,
            care=(),
        )
        return PatientRef(identity, None, resource=patient)

    def _outside_care(self, doctor: Account) -> list[Patient]:
        return [p for p in self.practice.patients if doctor.practitioner_id not in p.care]

    def _consultation(
        self,
        ref: PatientRef,
        seer: Account,
        start: datetime,
        minutes: int,
        *,
        by_name: bool = False,
        break_glass: str | None = None,
        clinical: tuple[str, ...] = ("Observation", "Condition"),
    ) -> Consultation:
        assert seer.practitioner_id is not None
        reason, note = self._reason_and_note(ref, local_day(start))
        return Consultation(
            ref=ref,
            practitioner_id=seer.practitioner_id,
            start=start,
            minutes=minutes,
            reason=reason,
            note=note,
            by_name=by_name,
            break_glass=break_glass,
            clinical=clinical,
        )

    def _reason_and_note(self, ref: PatientRef, day: date) -> tuple[str, str]:
        identity = ref.identity
        birth = date.fromisoformat(identity.birth_date)
        age = max(0, (day - birth).days // 365)
        consult = _notes.pick_consult(self.rng, sex=identity.sex, age=age, conditions=())
        reason = self.rng.choice(consult.reasons)
        ctx = _notes.NoteContext(
            rng=self.rng,
            names=self.names,
            sex=identity.sex,
            age=age,
            family=identity.family,
            given=identity.given,
            reason=reason,
            day=day,
            birth_year=birth.year,
        )
        note = _notes.compose(ctx, consult=consult, sensitive=(), decoy=self.rng.random() < 0.12)
        return reason, note.text

    def _note(self, ref: PatientRef, day: date) -> str:
        return self._reason_and_note(ref, day)[1]

    def _visit(
        self,
        visit: Consultation,
        seer: Account,
        address: str,
        *,
        close: Callable[[Actor], None] | None = None,
    ) -> None:
        """A consultation as the clinician's screen sees it: the record opened as the patient
        comes in, results reviewed halfway, the encounter and note written at the end."""
        if not self.scope.clinicians:
            return
        middle = visit.start + timedelta(minutes=visit.minutes // 2)
        end = visit.start + timedelta(minutes=visit.minutes - 2)
        self._add(visit.start, seer, address, functools.partial(_work.open_record, visit=visit))
        self._add(middle, seer, address, functools.partial(_work.review, visit=visit))
        if close is None:
            close = functools.partial(_work.close_visit, visit=visit, ledger=self.ledger)
        self._add(end, seer, address, close)

    def _add(
        self,
        at: datetime,
        account: Account,
        address: str,
        act: Callable[[Actor], None],
        *,
        clinician: bool | None = None,
    ) -> None:
        counts = account.practitioner_id is not None if clinician is None else clinician
        self.events.append(Event(at, account.username, address, act, clinician=counts))


def _weekday_before(day: date, count: int) -> date:
    while count > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def _weekday_after(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def _last_weekday_of_month(day: date) -> bool:
    following = _weekday_after(day, 1)
    return following.month != day.month
