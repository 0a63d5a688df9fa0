"""The injected clock: every instant access uses comes from the caller's clock, in UTC."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

Clock = Callable[[], datetime]


def now_utc(clock: Clock) -> datetime:
    instant = clock()
    if instant.tzinfo is None:
        raise ValueError("the clock must give time-zone-aware instants")
    return instant.astimezone(UTC)


def seconds_until(moment: datetime, now: datetime) -> int:
    """Whole seconds from ``now`` to ``moment``, rounded up, at least 1 (a Retry-After)."""
    return max(1, math.ceil((moment - now) / timedelta(seconds=1)))
