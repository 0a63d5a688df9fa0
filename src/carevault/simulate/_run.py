"""Playing a plan against the server on the simulated clock.

Events are played in windows of two simulated minutes: the clock is set to the window's
start, then each actor's events of the window run in order, actors in parallel threads (the
server decides how much of that parallelism it serves). Real time flows within a window, as
it would between two clicks. An actor stopped by the guard (frozen, practice locked down)
sits out the rest of its day; honest work then goes on without it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import groupby
from typing import Any

from carevault.simulate._client import Actor, Credentials, StoppedError, Tally
from carevault.simulate._errors import SimulationError
from carevault.simulate._plan import Event, lab_key
from carevault.simulate._time import SharedClock, local_day
from carevault.simulate.world import Account, Practice, World

WINDOW = timedelta(minutes=2)
_SITS_OUT = {"freeze", "lockdown", "login", "token", "step-up"}

ProgressHook = Callable[[int, int], None]


class Cast:
    """The actors of a run, each with its own client, made on first use."""

    def __init__(self, world: World, base_url: str, clock: SharedClock, tally: Tally) -> None:
        self.world = world
        self.base_url = base_url
        self.clock = clock
        self.tally = tally
        self._actors: dict[str, Actor] = {}
        self._lock = threading.Lock()

    def add(self, key: str, actor: Actor) -> None:
        with self._lock:
            self._actors[key] = actor

    def actor(self, key: str) -> Actor:
        with self._lock:
            found = self._actors.get(key)
            if found is None:
                found = self._make(key)
                self._actors[key] = found
            return found

    def staff(self, account: Account) -> Actor:
        return self.actor(account.username)

    def _make(self, key: str) -> Actor:
        for practice in self.world.practices:
            if key == lab_key(practice):
                return self._client(
                    Credentials(practice.lab.username, token=practice.lab.token),
                    practice.lab.source_address,
                    "labo-connect/3.2",
                )
            for account in practice.accounts:
                if account.username == key:
                    credentials = Credentials(
                        account.username, account.password, account.otp_secret
                    )
                    return self._client(credentials, account.source_address, agent_of(account))
        raise SimulationError(f"no actor {key!r} in this world")

    def _client(self, credentials: Credentials, address: str, agent: str) -> Actor:
        return Actor(
            base_url=self.base_url,
            credentials=credentials,
            source_address=address,
            clock=self.clock,
            tally=self.tally,
            user_agent=agent,
        )

    def close(self) -> None:
        with self._lock:
            for actor in self._actors.values():
                actor.close()
            self._actors.clear()


def agent_of(account: Account) -> str:
    """Each workstation's browser, the same every day."""
    return f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) carevault-poste/{account.username}"


@dataclass
class RunRecord:
    """What a run did, beyond the shared tally."""

    events: int = 0
    clinician_days: set[tuple[str, date]] = field(default_factory=set)
    stops: list[tuple[datetime, str, str]] = field(default_factory=list)  # when, actor, reason
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def note(self, event: Event) -> None:
        with self._lock:
            self.events += 1
            if event.clinician:
                self.clinician_days.add((event.actor, local_day(event.at)))

    def stopped(self, event: Event, reason: str) -> None:
        with self._lock:
            self.stops.append((event.at, event.actor, reason))


class Runner:
    """Plays events in time order on the simulated clock; actors in parallel."""

    def __init__(self, cast: Cast, *, threads: int) -> None:
        self.cast = cast
        self.clock = cast.clock
        self.record = RunRecord()
        self._pool = ThreadPoolExecutor(max_workers=max(1, threads), thread_name_prefix="actor")
        self._out_until: dict[str, date] = {}  # actor -> the day it sits out until (included)

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def play(self, events: Sequence[Event], on_progress: ProgressHook | None = None) -> None:
        done = 0
        for window in _windows(events):
            self.clock.set(window[0].at.replace(second=0, microsecond=0))
            groups = [list(g) for _, g in groupby(sorted(window, key=_by_actor), key=_by_actor)]
            for future in [self._pool.submit(self._play_actor, group) for group in groups]:
                future.result()  # anything but the guard's stops ends the run, loudly
            done += len(window)
            if on_progress is not None:
                on_progress(done, len(events))

    def _play_actor(self, events: Iterable[Event]) -> None:
        for event in events:
            day = local_day(event.at)
            if self._out_until.get(event.actor, date.min) >= day:
                continue
            actor = self.cast.actor(event.actor)
            actor.sit_at(event.address)
            self.record.note(event)
            try:
                event.act(actor)
            except StoppedError as stopped:
                self.cast.tally.add(f"stopped_{stopped.reason}")
                self.record.stopped(event, stopped.reason)
                if stopped.reason in _SITS_OUT:
                    self._out_until[event.actor] = day


def _by_actor(event: Event) -> str:
    return event.actor


def _windows(events: Sequence[Event]) -> Iterable[list[Event]]:
    """Consecutive events within WINDOW of the first of each group (events are sorted)."""
    window: list[Event] = []
    for event in events:
        if window and event.at - window[0].at >= WINDOW:
            yield window
            window = []
        window.append(event)
    if window:
        yield window


def fetch_alerts(cast: Cast, practices: Sequence[Practice]) -> tuple[list[Any], bool]:
    """Each practice's alerts as its DPO reads them (GET /guard/alerts); and whether the
    endpoint exists (before the guard lands, it does not)."""
    alerts: list[Any] = []
    for practice in practices:
        dpo = cast.staff(practice.one("dpo"))
        dpo.sit_at(practice.office_address)
        try:
            response = dpo.request("GET", "/guard/alerts")
        except StoppedError:
            continue
        if response.status_code == 404:
            return [], False
        if response.status_code != 200:
            raise SimulationError(f"GET /guard/alerts answered HTTP {response.status_code}")
        alerts.extend(response.json().get("alerts", []))
    return alerts, True
