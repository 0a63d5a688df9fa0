"""Request rate per credential: a token bucket, so one session or token cannot hammer the API.

In-process: each server worker keeps its own buckets (the limit applies per worker). Shared
counters across workers, and the judgement of *what* is being read, belong to the guard.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable

from carevault.api._errors import RequestRefusedError

_MAX_TRACKED = 10_000


class RateLimiter:
    def __init__(self, *, per_second: float, burst: int, clock: Callable[[], float]) -> None:
        if per_second <= 0 or burst < 1:
            raise ValueError("a rate limit needs a positive rate and a burst of at least 1")
        self._rate = per_second
        self._burst = float(burst)
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, key: str) -> None:
        """Spend one request of ``key``'s allowance, or refuse with 429 and Retry-After."""
        now = self._clock()
        with self._lock:
            tokens, since = self._buckets.pop(key, (self._burst, now))
            tokens = min(self._burst, tokens + (now - since) * self._rate)
            if tokens < 1:
                self._buckets[key] = (tokens, now)
                wait = math.ceil((1 - tokens) / self._rate)
                raise TooManyRequestsError(wait)
            self._buckets[key] = (tokens - 1, now)
            while len(self._buckets) > _MAX_TRACKED:
                self._buckets.popitem(last=False)


class TooManyRequestsError(RequestRefusedError):
    def __init__(self, retry_after: int) -> None:
        super().__init__(429, "throttled", "too many requests: slow down")
        self.retry_after = retry_after
