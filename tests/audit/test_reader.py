"""Reading the log for the DPO: a time window given with any offset means the same instants
(SQLite keeps times as UTC text and compares digits)."""

from __future__ import annotations

from datetime import timedelta, timezone
from pathlib import Path

import pytest

from carevault.audit import AuditReader, EventQuery
from support.audit import log_world


@pytest.mark.parametrize("hours", [0, 14, -10])
def test_a_window_with_an_offset_finds_what_its_utc_spelling_finds(
    data_dir: Path, hours: int
) -> None:
    with log_world(data_dir) as world:
        t0 = world.clock.now
        world.append(3)  # at t0
        world.clock.now = t0 + timedelta(hours=2)
        world.append(2)  # at t0 + 2 h
        zone = timezone(timedelta(hours=hours))
        reader = AuditReader(world.vault.store)
        since = (t0 + timedelta(hours=1)).astimezone(zone)
        later = reader.events(world.practice_id, EventQuery(since=since))
        earlier = reader.events(world.practice_id, EventQuery(until=since))
    assert [event["id"] for event in later] == ["4", "3"]
    assert [event["id"] for event in earlier] == ["2", "1", "0"]
