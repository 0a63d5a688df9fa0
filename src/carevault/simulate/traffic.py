"""`carevault simulate traffic`: honest work of the world's practices on the simulated clock,
over HTTP, and what the guard made of it (freezes, step-ups, alerts)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from carevault.simulate._client import Tally
from carevault.simulate._plan import first_consultation_day, plan_traffic
from carevault.simulate._run import Cast, ProgressHook, Runner, fetch_alerts
from carevault.simulate._time import next_monday
from carevault.simulate._work import Ledger
from carevault.simulate.world import World

__all__ = ["TrafficReport", "run_traffic", "threads_for"]


@dataclass
class TrafficReport:
    practitioner_days: int
    freezes: int
    step_ups: int
    alerts: list[Any]
    alerts_endpoint: bool = True
    counts: dict[str, int] = field(default_factory=dict)
    events: int = 0
    seconds: float = 0.0
    first_day: date | None = None
    days: int = 0

    def as_json(self) -> dict[str, Any]:
        """The contract: exactly these four fields."""
        return {
            "practitioner_days": self.practitioner_days,
            "freezes": self.freezes,
            "step_ups": self.step_ups,
            "alerts": self.alerts,
        }

    @property
    def requests_per_second(self) -> float:
        return self.counts.get("requests", 0) / self.seconds if self.seconds else 0.0


def threads_for(workers: int) -> int:
    """Client threads that keep ``workers`` server processes busy without queueing."""
    return 4 * workers + 2


def run_traffic(
    world: World,
    base_url: str,
    *,
    days: int,
    seed: int,
    threads: int,
    on_progress: ProgressHook | None = None,
) -> TrafficReport:
    """``days`` days of honest work (after a lead-in week of bookings) in every practice of
    the world; then each practice's DPO reads the guard's alerts."""
    clock = world.clock()
    tally = Tally()
    cast = Cast(world, base_url, clock, tally)
    runner = Runner(cast, threads=threads)
    lead_in_start = next_monday(clock.now())
    events = plan_traffic(world, lead_in_start=lead_in_start, days=days, seed=seed, ledger=Ledger())
    started = time.perf_counter()
    try:
        runner.play(events, on_progress)
        alerts, endpoint = fetch_alerts(cast, world.practices)
    finally:
        runner.close()
        cast.close()
        clock.close()
    return TrafficReport(
        practitioner_days=len(runner.record.clinician_days),
        freezes=tally["freezes"],
        step_ups=tally["step_ups"],
        alerts=alerts,
        alerts_endpoint=endpoint,
        counts=dict(tally.counts),
        events=runner.record.events,
        seconds=time.perf_counter() - started,
        first_day=first_consultation_day(lead_in_start),
        days=days,
    )
