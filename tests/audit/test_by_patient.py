"""Entries by patient (SQLite and PostgreSQL): integration indexes the entries about a
patient; a patient's history finds them, integrated or not yet, newest first, page by page;
retention prunes their index rows with them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from carevault.audit import AccessEvent, AccessRecorder
from carevault.audit._retention import prune_before
from carevault.store import audit_queries
from support.audit import LogWorld, log_world
from support.migrations import rows


@pytest.fixture
def world(data_dir: Path) -> Iterator[LogWorld]:
    with log_world(data_dir) as made:
        yield made


def history(world: LogWorld, patient: str, *, limit: int, before: int | None = None) -> list[int]:
    with world.vault.store.transaction() as connection:
        found = audit_queries.search_entries(
            connection, world.practice_id, patient_id=patient, before_index=before, limit=limit
        )
    return [int(row["leaf_index"]) for row in found]


def indexed(world: LogWorld) -> list[tuple[str, int]]:
    return [
        (str(patient), int(index))
        for patient, index in rows(
            world.vault.store,
            "SELECT patient_id, leaf_index FROM access_by_patient ORDER BY leaf_index",
        )
    ]


def test_integration_indexes_exactly_the_entries_about_a_patient(world: LogWorld) -> None:
    world.append(2, patient="ann")  # entries 0, 1
    world.append(1, patient="bob")  # 2
    login = AccessEvent(practice_id=world.practice_id, actor="account:doctor-1", action="read")
    AccessRecorder(world.vault.store, world.clock).record(login)  # 3: about no patient
    assert indexed(world) == []  # appending writes no index row: integration does
    world.log.integrate()
    assert indexed(world) == [("ann", 0), ("ann", 1), ("bob", 2)]


def test_a_history_holds_integrated_and_newer_entries_newest_first(world: LogWorld) -> None:
    world.append(3, patient="ann")  # 0-2
    world.append(2, patient="bob")  # 3-4
    world.log.integrate()
    world.append(2, patient="ann")  # 5-6, not integrated yet
    world.append(1, patient="bob")  # 7
    assert history(world, "ann", limit=10) == [6, 5, 2, 1, 0]
    assert history(world, "bob", limit=10) == [7, 4, 3]
    assert history(world, "ann", limit=3) == [6, 5, 2]  # a page across the boundary
    assert history(world, "ann", limit=3, before=2) == [1, 0]  # the next page
    assert history(world, "ann", limit=3, before=6) == [5, 2, 1]
    assert history(world, "nobody", limit=10) == []


def test_an_index_row_never_shows_another_patients_entry(world: LogWorld) -> None:
    """A row planted in access_by_patient (the database is writable to an intruder) points
    at bob's entry: ann's history does not show it."""
    world.append(1, patient="ann")
    world.append(1, patient="bob")
    world.log.integrate()
    world.sql(
        "INSERT INTO access_by_patient (practice_id, patient_id, leaf_index) "
        "VALUES (:practice, 'ann', 1)",
        practice=world.practice_id,
    )
    assert history(world, "ann", limit=10) == [0]


def test_pruning_removes_the_index_rows_of_the_entries_it_deletes(world: LogWorld) -> None:
    world.append(256, patient="ann")  # one whole tile, then more
    world.clock.advance(days=400)
    world.append(3, patient="ann")
    world.log.integrate()
    world.log.checkpoint()
    pruned = prune_before(
        world.vault.store,
        world.clock() - timedelta(days=200),
        now=world.clock(),
        kept_days=180,
        practice_id=world.practice_id,
        actor="cli:dpo",
    )
    assert pruned.pruned_below == 256
    assert [index for _, index in indexed(world)] == [256, 257, 258]
    assert history(world, "ann", limit=10) == [258, 257, 256]
