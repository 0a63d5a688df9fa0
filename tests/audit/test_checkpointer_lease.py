"""Several server workers each run a checkpointer on one store: one at a time, the holder of
the integrator's lease, integrates and signs; another takes over when the lease lapses or is
given up, and a forced round (a worker's shutdown) is done whoever holds it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from carevault.audit import Checkpointer
from carevault.store import audit_queries
from support.audit import LogWorld, log_world

LEASE_SECONDS = 10


@pytest.fixture
def world(data_dir: Path) -> Iterator[LogWorld]:
    with log_world(data_dir) as made:
        yield made


def worker(world: LogWorld, every_seconds: float = 3600) -> Checkpointer:
    return Checkpointer(
        world.log,
        [],
        every_seconds=every_seconds,
        every_entries=10**6,
        lease_seconds=LEASE_SECONDS,
    )


def test_only_the_lease_holder_integrates(world: LogWorld) -> None:
    first, second = worker(world), worker(world)
    world.append(10)
    assert first.tick() is not None  # the first round: the lease is free
    world.append(5)
    assert second.tick() is None
    assert world.log.size() == 10  # the second read and hashed nothing
    first.tick()
    assert world.log.size() == 15


def test_a_lapsed_lease_is_taken_over_and_kept(world: LogWorld) -> None:
    first, second = worker(world), worker(world)
    world.append(3)
    first.tick()
    world.append(4)
    world.clock.advance(seconds=LEASE_SECONDS - 1)
    second.tick()
    assert world.log.size() == 3  # still the first's
    world.clock.advance(seconds=2)  # the first stopped ticking: its lease lapsed
    second.tick()
    assert world.log.size() == 7
    world.append(1)
    first.tick()  # back, but the second holds the lease now
    assert world.log.size() == 7


def test_a_stopping_worker_checkpoints_and_gives_the_lease_up(world: LogWorld) -> None:
    first, second = worker(world), worker(world)
    world.append(2)
    first.tick()
    world.append(6)
    stopped = threading.Event()
    stopped.set()
    first.run(stopped)  # at once: the shutdown round, then the lease released
    latest = world.log.latest_checkpoint()
    assert latest is not None and latest.size == 8
    world.append(1)
    second.tick()  # no wait for the lease to lapse
    assert world.log.size() == 9


def test_a_forced_round_is_done_without_the_lease(world: LogWorld) -> None:
    holder, other = worker(world), worker(world)
    world.append(2)
    holder.tick()
    world.append(3)
    issued = other.tick(force=True)
    assert issued is not None and issued.size == 5


def test_a_lease_running_past_any_claim_is_void(world: LogWorld) -> None:
    """An intruder in the database sets a lease for a year, to stop every checkpoint."""
    world.append(3)
    now = world.clock()
    with world.vault.store.transaction() as connection:
        audit_queries.claim_integration(connection, "intruder", now, now + timedelta(days=365))
    issued = worker(world).tick()
    assert issued is not None and issued.size == 3


def test_checkpoints_overdue_under_another_holder_are_reported(world: LogWorld) -> None:
    """Whoever holds the lease keeps renewing it and integrates nothing (a stuck worker, or
    an intruder renewing it in the database every few seconds)."""
    first = worker(world, every_seconds=60)
    other = worker(world, every_seconds=60)
    world.append(2)
    first.tick()
    world.append(3)
    world.clock.advance(seconds=60 + 3 * LEASE_SECONDS + 1)
    assert world.log.claim_integration("stuck", timedelta(seconds=LEASE_SECONDS))
    with capture_logs() as logged:
        assert other.tick() is None
        assert other.tick() is None  # once an interval
    assert logged == [
        {
            "event": "audit_checkpoints_overdue",
            "log_level": "warning",
            "entries_waiting": 3,
            "last_checkpoint_age_s": 92.0,  # with the second append's second
        }
    ]
