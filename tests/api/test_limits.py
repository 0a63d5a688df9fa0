from __future__ import annotations

import pytest

from carevault.api._limits import RateLimiter, TooManyRequestsError


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_then_the_sustained_rate():
    ticks = Ticks()
    limiter = RateLimiter(per_second=2, burst=3, clock=ticks)
    for _ in range(3):
        limiter.take("a")
    with pytest.raises(TooManyRequestsError) as refused:
        limiter.take("a")
    assert refused.value.retry_after == 1
    limiter.take("b")  # another credential has its own allowance
    ticks.now += 0.5
    limiter.take("a")
    with pytest.raises(TooManyRequestsError):
        limiter.take("a")


def test_a_nonsense_limit_is_refused():
    with pytest.raises(ValueError, match="positive rate"):
        RateLimiter(per_second=0, burst=1, clock=Ticks())
