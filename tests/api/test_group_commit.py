"""The group commit of the access record (SQLite and PostgreSQL): the accesses of requests in
flight together land in one transaction, in the order released, before any of them returns;
if that transaction fails, every one of them fails and nothing of theirs is on the log."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from carevault.api._group_commit import GroupCommit
from carevault.audit import AccessEvent, AccessRecorder
from carevault.audit._entry import COLUMN
from carevault.errors import StoreError
from carevault.store import audit_queries
from support.audit import LogWorld, log_world


class CountingRecorder(AccessRecorder):
    """The real recorder, counting its transactions."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.transactions = 0

    def record(self, *events: AccessEvent) -> None:
        self.transactions += 1
        super().record(*events)


class BrokenRecorder(AccessRecorder):
    def record(self, *events: AccessEvent) -> None:
        raise StoreError("database error: disk I/O error")


@pytest.fixture
def world(data_dir: Path) -> Iterator[LogWorld]:
    with log_world(data_dir) as made:
        yield made


def reads(world: LogWorld, request: int, count: int) -> list[AccessEvent]:
    return [
        AccessEvent(
            practice_id=world.practice_id,
            actor=f"account:doctor-{request}",
            action="read",
            resource_type="Patient",
            resource_id=f"patient-{request}-{i}",
            patient_id=f"patient-{request}-{i}",
            reason="care_team",
        )
        for i in range(count)
    ]


def logged(world: LogWorld) -> list[tuple[str, str]]:
    with world.vault.store.transaction() as connection:
        size = audit_queries.next_index(connection)
        rows = audit_queries.entries(connection, 0, size)
        return [(str(row[COLUMN["actor"]]), str(row[COLUMN["resource_id"]])) for row in rows]


async def in_flight(group: GroupCommit, batches: list[list[AccessEvent]]) -> list[Any]:
    return await asyncio.gather(*(group.commit(b) for b in batches), return_exceptions=True)


def test_requests_in_flight_together_are_committed_in_one_transaction(world: LogWorld) -> None:
    recorder = CountingRecorder(world.vault.store, world.clock)
    batches = [reads(world, request, count) for request, count in ((1, 1), (2, 3), (3, 2))]
    outcomes = asyncio.run(in_flight(GroupCommit(recorder), batches))
    assert outcomes == [None, None, None]
    assert recorder.transactions == 1
    assert logged(world) == [
        (event.actor, str(event.resource_id)) for batch in batches for event in batch
    ]


def test_a_request_alone_is_committed_alone_and_nothing_is_committed_for_none(
    world: LogWorld,
) -> None:
    recorder = CountingRecorder(world.vault.store, world.clock)
    group = GroupCommit(recorder)

    async def one_after_another() -> None:
        await group.commit(reads(world, 1, 1))
        await group.commit([])
        await group.commit(reads(world, 2, 1))

    asyncio.run(one_after_another())
    assert recorder.transactions == 2
    assert [actor for actor, _ in logged(world)] == ["account:doctor-1", "account:doctor-2"]


def test_a_failed_commit_fails_every_request_of_the_batch(world: LogWorld) -> None:
    group = GroupCommit(BrokenRecorder(world.vault.store, world.clock))
    outcomes = asyncio.run(in_flight(group, [reads(world, 1, 1), reads(world, 2, 2)]))
    assert [type(outcome) for outcome in outcomes] == [StoreError, StoreError]
    assert [str(outcome) for outcome in outcomes] == [
        "the access record could not be written: database error: disk I/O error"
    ] * 2
    assert outcomes[0] is not outcomes[1]  # each request raises its own
    assert logged(world) == []


class BuggyRecorder(AccessRecorder):
    def record(self, *events: AccessEvent) -> None:
        raise TypeError("a bug, not the store")


def test_a_bug_in_the_record_fails_the_batch_as_a_bug_not_as_the_store(world: LogWorld) -> None:
    group = GroupCommit(BuggyRecorder(world.vault.store, world.clock))
    outcomes = asyncio.run(in_flight(group, [reads(world, 1, 1), reads(world, 2, 1)]))
    assert [type(outcome) for outcome in outcomes] == [RuntimeError, RuntimeError]
    assert str(outcomes[0]) == "recording the accesses failed: TypeError"
    assert logged(world) == []


def test_a_request_cancelled_while_waiting_leaves_the_others_committed(world: LogWorld) -> None:
    recorder = CountingRecorder(world.vault.store, world.clock)
    group = GroupCommit(recorder)

    async def one_cancelled() -> list[Any]:
        left = asyncio.ensure_future(group.commit(reads(world, 1, 1)))
        stays = asyncio.ensure_future(group.commit(reads(world, 2, 1)))
        await asyncio.sleep(0)  # both are waiting for the commit now
        left.cancel()
        return await asyncio.gather(left, stays, return_exceptions=True)

    left, stays = asyncio.run(one_cancelled())
    assert isinstance(left, asyncio.CancelledError)
    assert stays is None
    # Released before its client left: its record stays, as it would have without the group.
    assert [actor for actor, _ in logged(world)] == ["account:doctor-1", "account:doctor-2"]
