"""Clocks: the wall clock, and the simulated clock a simulation moves from outside.

A server started with ``CAREVAULT_SIMULATED_CLOCK_FILE`` reads the time as the wall clock plus
an offset kept in that file (8 bytes, a little-endian double of seconds). The simulator jumps
time forward by rewriting the offset, so every worker of the server, and the simulator, agree on
"now" while the simulated days pass in minutes. Time also flows at its real pace between jumps:
an attacker "as fast as it can" takes the real time its requests take.

Simulation only: a production server is never started with that setting.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

Clock = Callable[[], datetime]
_OFFSET = struct.Struct("<d")


def wall_clock() -> datetime:
    return datetime.now(UTC)


class SimulatedClock:
    """Wall time plus the offset in ``path``; :meth:`advance` and :meth:`set` move it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.exists():
            self._write(0.0)
        self._fd = os.open(path, os.O_RDONLY)

    def offset(self) -> float:
        raw = os.pread(self._fd, _OFFSET.size, 0)
        return _OFFSET.unpack(raw)[0] if len(raw) == _OFFSET.size else 0.0

    def now(self) -> datetime:
        return datetime.fromtimestamp(datetime.now(UTC).timestamp() + self.offset(), UTC)

    __call__ = now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a simulated clock never goes back")
        self._write(self.offset() + seconds)

    def set(self, moment: datetime) -> None:
        """Jump to ``moment`` (never backwards)."""
        gap = moment.timestamp() - self.now().timestamp()
        if gap > 0:
            self._write(self.offset() + gap)

    def _write(self, offset: float) -> None:
        # One pwrite of 8 bytes into an existing file: readers never see a torn value.
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            os.pwrite(fd, _OFFSET.pack(offset), 0)
        finally:
            os.close(fd)

    def close(self) -> None:
        os.close(self._fd)


def clock_for(simulated_clock_file: Path | None) -> Clock:
    """The server's clock: the wall clock, or a simulation's."""
    if simulated_clock_file is None:
        return wall_clock
    return SimulatedClock(simulated_clock_file)
