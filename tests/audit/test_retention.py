"""Retention: `prune_before` never deletes an entry younger than the retention period, however
the cut-off's offset is written (SQLite keeps times as UTC text and compares digits)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta, timezone
from pathlib import Path

import pytest

from carevault.audit import prune_before
from carevault.errors import InputError
from support.audit import LogWorld, log_world


@pytest.fixture
def world(data_dir: Path) -> Iterator[LogWorld]:
    with log_world(data_dir) as made:
        yield made


@pytest.mark.parametrize("hours", [0, 14, -10, 5.5])
def test_a_cut_off_with_an_offset_prunes_what_its_utc_spelling_prunes(
    world: LogWorld, hours: float
) -> None:
    t0 = world.clock.now
    world.append(512)  # made at t0: older than the cut-off
    world.clock.now = t0 + timedelta(hours=2)
    world.append(256)  # made at t0 + 2 h: younger than the cut-off, kept
    world.clock.now = t0 + timedelta(days=1)
    world.append(10)
    world.log.integrate()
    world.log.checkpoint()
    now = t0 + timedelta(days=1, hours=1)
    youngest = now - timedelta(days=1)  # t0 + 1 h: the retention limit
    before = youngest.astimezone(timezone(timedelta(hours=hours)))
    done = prune_before(
        world.vault.store,
        before,
        now=now.astimezone(timezone(timedelta(hours=-hours))),
        kept_days=1,
        practice_id=world.practice_id,
        actor="account:admin",
    )
    assert (done.pruned_below, done.entries_deleted) == (512, 512)


def test_a_cut_off_one_second_inside_the_retention_period_is_refused(world: LogWorld) -> None:
    now = world.clock.now
    inside = (now - timedelta(days=30) + timedelta(seconds=1)).astimezone(
        timezone(timedelta(hours=14))
    )
    with pytest.raises(InputError) as refused:
        prune_before(
            world.vault.store,
            inside,
            now=now,
            kept_days=30,
            practice_id=world.practice_id,
            actor="account:admin",
        )
    limit = (now - timedelta(days=30)).astimezone(UTC)
    assert str(refused.value) == (
        f"entries are kept 30 days: prune before {limit:%Y-%m-%d} at the latest"
    )
