"""The guard: what it costs a request, and what it stops.

1. Overhead: the guard's own work per request (the pre-check and the observation of one
   Patient read), in process and with Redis, timed over many requests, alone and inside a
   request (against the same store work without the guard); a read explained by an
   appointment (no query), one in care without a visit (one indexed query for a visit), and
   one outside care.
2. Scenarios: every attack of ``carevault simulate attack`` on its own throwaway world (the
   scrapers also without honeytokens), and the honest traffic of five practices over thirty
   simulated days, each through a real server over HTTP on a simulated clock.

    python bench/bench_guard.py [--days 30] [--practices 5] [--skip-scenarios]

Writes bench/results/guard.json.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import orjson
import redis

from _common import Steps, machine, write_json
from carevault.access import Principal
from carevault.audit import AccessEvent
from carevault.config import load_settings
from carevault.guard import Guard, GuardState, Honeytokens, MemoryState, RedisState
from carevault.guard._notify import NoOpNotifier
from carevault.provision import create_store
from carevault.records import PracticeRecords, open_vault
from carevault.store import Store

HERE = Path(__file__).resolve().parent
REDIS_URL = "redis://127.0.0.1:6379/14"
GOAL_MICROSECONDS = 100.0
_PER_VISIT = 6  # a consultation's requests on one patient: record, results, history, notes
_ACCOUNTS = 2000


def _principal(n: int, practice_id: str) -> Principal:
    return Principal(
        account_id=f"bench-{n}",
        practice_id=practice_id,
        username=f"dr.bench{n}",
        role="doctor",
        credential_kind="session",
        credential_id=f"bench-cred-{n}",
        practitioner_id=f"bench-practitioner-{n}",
    )


def _event(principal: Principal, patient: str, basis: str) -> AccessEvent:
    return AccessEvent(
        practice_id=principal.practice_id,
        actor=principal.actor,
        action="read",
        resource_type="Patient",
        resource_id=patient,
        patient_id=patient,
        reason=basis,
    )


class TimedRequests:
    """One mode's requests, made a chunk at a time (:meth:`go_on`), each timed inside its
    transaction as the API runs it (the guard's visit query joins it): many accounts under
    every threshold. ``in_a_request``: with the store's work the API does around the guard's,
    in the API's order (the check asked; the resource's owner, the care relation; the check's
    verdict; the read's count asked; the sealed read and the answer's JSON; the count judged);
    else the guard's work alone, its check read and its count judged at once. ``guard`` None:
    the store's work alone. ``spent``: each request's microseconds."""

    def __init__(
        self,
        guard: Guard | None,
        clock: _Clock,
        store: Store,
        records: PracticeRecords,
        patients: Sequence[str],
        basis: str,
        *,
        in_a_request: bool,
    ) -> None:
        self._guard, self._clock, self._store, self._records = guard, clock, store, records
        self._patients, self._basis, self._in_a_request = patients, basis, in_a_request
        self._principals = [_principal(n, records.practice_id) for n in range(_ACCOUNTS)]
        self.spent: list[float] = []

    def go_on(self, requests: int) -> None:
        guard, clock, records, since = self._guard, self._clock, self._records, _SINCE
        for i in range(len(self.spent), len(self.spent) + requests):
            clock.now += clock.STEP
            visit = i // _PER_VISIT
            principal = self._principals[visit % _ACCOUNTS]
            patient = self._patients[visit % len(self._patients)]
            event = _event(principal, patient, self._basis)
            with self._store.shared_transaction():
                started = time.perf_counter()
                check = guard.begin_check(principal, "10.0.0.1", "bench") if guard else None
                if self._in_a_request:
                    records.patient_of("Patient", patient)
                    records.care_relation(
                        str(principal.practitioner_id), patient, encounter_since=since
                    )
                counted = None
                if guard is not None and check is not None:  # (both or neither)
                    clearance = check.clearance()
                    counted = guard.begin_observe(
                        principal, "10.0.0.1", [event], clearance=clearance
                    )
                if self._in_a_request:
                    orjson.dumps(records.get("Patient", patient))
                if counted is not None:
                    counted.judged()
                self.spent.append((time.perf_counter() - started) * 1e6)

    def close(self) -> None:
        if self._guard is not None:
            self._guard.close()


_SINCE = date(2025, 1, 1)  # encounters counted from


class _Clock:
    """A working morning's clock, moved by the benchmark: 2,000 doctors at work at once, each
    seeing a patient every quarter of an hour, so each sees a patient or two in the run,
    under every threshold (the benchmark times the guard, not its refusals)."""

    STEP = 900.0 / (_ACCOUNTS * _PER_VISIT)  # seconds between two requests of the store

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC).timestamp()

    def __call__(self) -> datetime:
        return datetime.fromtimestamp(self.now, UTC)


def overhead(workdir: Path, requests: int, runs: int, steps: Steps) -> dict[str, Any]:
    settings = load_settings(data=workdir / "data", key_file=workdir / "bench.key")
    create_store(settings, practice_name="Bench", admin="admin", passphrase=None)
    vault = open_vault(settings)
    records = vault.practice(vault.practices()[0]["id"])
    patients = [
        records.add({"resourceType": "Patient", "name": [{"family": f"Bench{n}"}]})["id"]
        for n in range(_PATIENTS)
    ]
    results: dict[str, Any] = {}
    try:
        for basis, case in _CASES.items():
            runs_of: dict[str, list[list[float]]] = {name: [] for name in _MODES}
            for _ in range(runs):
                timed = {
                    name: _timed(vault.store, records, patients, basis, mode)
                    for name, mode in _MODES.items()
                }
                # The modes take turns a chunk at a time: the machine's phases (its speed
                # drifted by half from one minute to the next on 2026-11-28) fall on all alike.
                for done in range(0, requests, _CHUNK):
                    for run in timed.values():
                        run.go_on(min(_CHUNK, requests - done))
                for name, run in timed.items():
                    run.close()
                    runs_of[name].append(run.spent)
            for name in _MODES:
                results[f"{name}_{case}"] = _summary(runs_of[name])
            for state_name in ("memory", "redis"):
                added = _added(runs_of[f"{state_name}_in_a_request"], runs_of["store_work_only"])
                results[f"{state_name}_added_to_a_request_{case}"] = added
                alone = results[f"{state_name}_{case}"]
                steps.note(
                    f"guard {state_name}, {case}: alone {alone['mean_microseconds']} µs "
                    f"(p50 {alone['p50_microseconds']}), added to a request "
                    f"{added['mean_microseconds']} µs (p50 {added['p50_microseconds']})"
                )
    finally:
        vault.close()
        client = redis.Redis.from_url(REDIS_URL)
        for key in client.scan_iter("bench:*"):
            client.delete(key)
    results["goal_microseconds"] = GOAL_MICROSECONDS
    results["redis_ping_microseconds_median"] = redis_round_trip()
    results["redis_ping_after_idle_microseconds_median"] = {
        str(gap): redis_round_trip(calls=500, idle_microseconds=gap) for gap in _IDLE_GAPS
    }
    return results


# Microseconds a worker goes on without asking Redis between two of its exchanges: in the
# overhead's run a round trip comes every six to ten requests, 2 to 3 ms apart.
_IDLE_GAPS = (500, 2000)


# name: (the guard's state, timed in a request); the store's work alone is the baseline of
# "added to a request"
_MODES: dict[str, tuple[str | None, bool]] = {
    "memory": ("memory", False),
    "redis": ("redis", False),
    "store_work_only": (None, True),
    "memory_in_a_request": ("memory", True),
    "redis_in_a_request": ("redis", True),
}
_PATIENTS = 500
_CHUNK = 500  # requests a mode makes before the next takes its turn


def _timed(
    store: Store,
    records: PracticeRecords,
    patients: Sequence[str],
    basis: str,
    mode: tuple[str | None, bool],
) -> TimedRequests:
    """A mode's requests (see _MODES) on a clock and a guard of their own."""
    state_name, in_a_request = mode
    clock = _Clock()
    guard = _guard(store, clock, state_name)
    return TimedRequests(guard, clock, store, records, patients, basis, in_a_request=in_a_request)


def _guard(store: Store, clock: _Clock, state_name: str | None) -> Guard | None:
    if state_name is None:
        return None
    state: GuardState = (
        MemoryState() if state_name == "memory" else RedisState(REDIS_URL, f"bench:{uuid.uuid4()}:")
    )
    return Guard(store, state, clock, notifier=NoOpNotifier(), honeytokens=Honeytokens(store))


def _summary(runs: list[list[float]]) -> dict[str, Any]:
    """Per request: the mean (what the guard costs in all) and the median (the typical
    request), each the median of the runs'; and the mean of each kind of request."""
    means = [statistics.fmean(run) for run in runs]
    medians = [statistics.median(run) for run in runs]
    return {
        "mean_microseconds": round(statistics.median(means), 1),
        "p50_microseconds": round(statistics.median(medians), 1),
        "runs_mean": [round(value, 1) for value in means],
        "runs_p50": [round(value, 1) for value in medians],
        "by_kind": _by_kind(runs, [[0.0] * len(run) for run in runs]),
    }


def _added(with_guard: list[list[float]], without: list[list[float]]) -> dict[str, Any]:
    """What the guard adds to a request, run by run (each run beside the one without it)."""
    means = [
        statistics.fmean(a) - statistics.fmean(b) for a, b in zip(with_guard, without, strict=True)
    ]
    medians = [
        statistics.median(a) - statistics.median(b)
        for a, b in zip(with_guard, without, strict=True)
    ]
    return {
        "mean_microseconds": round(statistics.median(means), 1),
        "p50_microseconds": round(statistics.median(medians), 1),
        "runs_mean": [round(value, 1) for value in means],
        "runs_p50": [round(value, 1) for value in medians],
        "by_kind": _by_kind(with_guard, without),
    }


def request_kind(i: int) -> str:
    """What request ``i`` of :class:`TimedRequests` is to its account: the first it makes in
    the run (the check fixes the session's place, habits and hour), the first of another
    visit (a patient the worker has not counted for it lately), or one more of a visit."""
    visit = i // _PER_VISIT
    if i % _PER_VISIT:
        return "same_visit"
    return "account_first" if visit < _ACCOUNTS else "visit_first"


def _by_kind(runs: list[list[float]], baseline: list[list[float]]) -> dict[str, Any]:
    """For each kind of request: its share of the requests and its mean (less the same
    requests' mean in ``baseline``), the median of the runs'."""
    kinds = [request_kind(i) for i in range(len(runs[0]))]
    found = {}
    for kind in ("account_first", "visit_first", "same_visit"):
        at = [i for i, of in enumerate(kinds) if of == kind]
        if not at:
            continue
        means = [
            statistics.fmean(run[i] for i in at) - statistics.fmean(base[i] for i in at)
            for run, base in zip(runs, baseline, strict=True)
        ]
        found[kind] = {
            "share": round(len(at) / len(kinds), 4),
            "mean_microseconds": round(statistics.median(means), 1),
        }
    return found


def redis_round_trip(calls: int = 5000, idle_microseconds: int = 0) -> float:
    """A PING's round trip through redis-py, as a yardstick: the floor of any request that
    asks Redis anything (median of 5 runs, microseconds). With ``idle_microseconds``, each
    PING comes after that long of this process's own work (a busy loop) without asking Redis:
    a Redis left idle a while answers later (on this project's virtual machines, it may wait
    to be scheduled again)."""
    client = redis.Redis.from_url(REDIS_URL)
    samples = []
    for _ in range(5):
        spent = 0.0
        for _ in range(calls):
            _busy(idle_microseconds)
            started = time.perf_counter()
            client.ping()
            spent += time.perf_counter() - started
        samples.append(spent / calls * 1e6)
    return round(statistics.median(samples), 1)


def _busy(microseconds: int) -> None:
    until = time.perf_counter() + microseconds / 1e6
    while time.perf_counter() < until:
        pass


_CASES = {
    "appointment": "booked_patient",  # the policy's basis says it all: no query
    "care_team": "own_patient",  # in care: one query for a visit that day (remembered)
    "registration": "outside_care",  # no care relation: no query
}


# The goals: at most this many patients exposed (None: a bound of its own below).
GOALS: dict[str, int | None] = {
    "password-only": 0,
    "session-scrape": 25,
    "secretary-scrape": 50,
    "low-and-slow": 100,
    "enumeration": 0,
    "dormant-account": 0,
    "service-token": 25,
    "many-accounts": 500,
}
SESSION_SCRAPE_SECONDS = 10
LOW_AND_SLOW_OUTSIDE_CARE = 30
_WITHOUT_DECOYS = ("session-scrape", "secretary-scrape", "service-token")


def attacks(seed: int, steps: Steps) -> dict[str, Any]:
    """Every scenario at the issue's size on a throwaway world of its own; the scrapers
    again without honeytokens (the decoys usually end a scrape at its first search)."""
    from carevault.simulate.attacks import SCENARIOS, run_attack  # noqa: PLC0415

    runs = [(name, None) for name in SCENARIOS] + [(name, 0) for name in _WITHOUT_DECOYS]
    found: dict[str, Any] = {}
    for name, decoys in runs:
        started = time.perf_counter()
        report = run_attack(name, seed=seed, honeytokens=decoys)
        key = name if decoys is None else f"{name} (no honeytokens)"
        summary = {k: v for k, v in report.as_json().items() if k != "alerts"}
        summary["alerts"] = sorted({f"{a['kind']}:{a['action']}" for a in report.alerts})
        summary["wall_seconds"] = round(time.perf_counter() - started, 1)
        summary["goal_patients"] = GOALS[name]
        summary["meets_goal"] = _meets(name, report.as_json())
        found[key] = summary
        steps.note(
            f"{key}: {report.patients_exposed} patients, contained after "
            f"{report.seconds_to_containment} s"
        )
    return found


def _meets(name: str, report: dict[str, Any]) -> bool:
    exposed = report["patients_exposed"]
    goal = GOALS[name]
    met = goal is None or exposed <= goal
    if name == "session-scrape":
        contained = report["seconds_to_containment"]
        met = met and contained is not None and contained <= SESSION_SCRAPE_SECONDS
    if name == "low-and-slow":
        met = met and report["patients_outside_care"] <= LOW_AND_SLOW_OUTSIDE_CARE
    return met


def honest_traffic(args: argparse.Namespace, steps: Steps) -> dict[str, Any]:
    """Honest work of the practices over the simulated days, through one server."""
    from carevault.simulate.server import running_server  # noqa: PLC0415
    from carevault.simulate.traffic import run_traffic  # noqa: PLC0415
    from carevault.simulate.world import build_world  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="carevault-bench-traffic-") as folder:
        world = build_world(
            Path(folder), practices=args.practices, patients=args.patients, seed=args.seed
        )
        with (
            running_server(world, workers=1, redis_url=None) as base_url,
            steps.task(f"{args.practices} practices, {args.days} days", 1.0) as advance,
        ):
            done = [0.0]

            def progress(finished: int, total: int) -> None:
                share = finished / total if total else 1.0
                advance(share - done[0])
                done[0] = share

            report = run_traffic(
                world, base_url, days=args.days, seed=args.seed, threads=2, on_progress=progress
            )
    days = report.practitioner_days
    summary = {k: v for k, v in report.as_json().items() if k != "alerts"}
    summary["alerts"] = [f"{a['kind']}:{a['action']}: {a['message']}" for a in report.alerts]
    summary["step_ups_per_100_practitioner_days"] = round(100 * report.step_ups / days, 2)
    summary["requests"] = report.counts.get("requests", 0)
    summary["requests_per_second"] = round(report.requests_per_second, 1)
    summary["simulation_seconds"] = round(report.seconds, 1)
    summary["meets_goal"] = report.freezes == 0 and report.step_ups * 100 <= days
    steps.note(
        f"honest traffic: {days} practitioner-days, {report.freezes} freezes, "
        f"{report.step_ups} step-ups"
    )
    return summary


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--practices", type=int, default=5)
    parser.add_argument("--patients", type=int, default=800, help="per practice")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--skip-scenarios", action="store_true")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "guard.json")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    steps = Steps()
    results: dict[str, Any] = {"machine": machine()}
    with tempfile.TemporaryDirectory(prefix="carevault-bench-guard-") as tmp:
        results["overhead"] = overhead(Path(tmp), args.requests, args.runs, steps)
    if not args.skip_scenarios:
        results["attacks"] = attacks(args.seed, steps)
        results["honest_traffic"] = honest_traffic(args, steps)
    write_json(results, args.out)
    steps.note(f"results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
