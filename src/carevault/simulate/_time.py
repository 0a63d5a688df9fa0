"""The simulation's time: the simulated clock the server reads, shared by the simulator's
threads, and the practice's local time (Europe/Paris) in which working days are planned."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from carevault.clock import SimulatedClock

PARIS = ZoneInfo("Europe/Paris")
TOTP_STEP_SECONDS = 30


class SharedClock:
    """The simulated clock of one world (wall time plus the offset in its file), moved by one
    thread at a time: two threads advancing at once must both be counted."""

    def __init__(self, path: Path) -> None:
        self._clock = SimulatedClock(path)
        self._lock = threading.Lock()
        self.path = path

    def now(self) -> datetime:
        return self._clock.now()

    def advance(self, seconds: float) -> None:
        if seconds <= 0:
            return
        with self._lock:
            self._clock.advance(seconds)

    def set(self, moment: datetime) -> None:
        """Jump to ``moment``; a moment already past is no move (time never goes back)."""
        with self._lock:
            self._clock.set(moment)

    def close(self) -> None:
        self._clock.close()


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """The instant (UTC) of a Paris wall-clock time on ``day``."""
    return datetime.combine(day, time(hour, minute), PARIS).astimezone(UTC)


def local_day(moment: datetime) -> date:
    return moment.astimezone(PARIS).date()


def next_monday(moment: datetime) -> date:
    """The first Monday strictly after ``moment``'s Paris day."""
    today = local_day(moment)
    return today + timedelta(days=7 - today.weekday())


def iso_local(moment: datetime) -> str:
    """An instant as FHIR dateTime in Paris time, with its offset."""
    return moment.astimezone(PARIS).isoformat(timespec="seconds")
