"""The Merkle log on a real store (SQLite and PostgreSQL): numbering, integration, roots,
checkpoints and proofs."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from carevault.audit import AccessEvent, AccessRecorder, open_log, verify_log
from carevault.audit import _log as log_module
from carevault.audit._entry import COLUMN, encode_entry
from carevault.audit._merkle import leaf_hash, verify_consistency, verify_inclusion
from carevault.audit._note import Checkpoint, verify_note
from carevault.errors import InputError
from carevault.records import StoreIdentity
from carevault.store import audit_queries
from support.audit import LogWorld, log_world, naive_root


@pytest.fixture
def world(data_dir: Path) -> Iterator[LogWorld]:
    with log_world(data_dir) as made:
        yield made


def stored_leaves(world: LogWorld) -> list[bytes]:
    with world.vault.store.transaction() as connection:
        size = audit_queries.next_index(connection)
        return [leaf_hash(encode_entry(row)) for row in audit_queries.entries(connection, 0, size)]


def test_entries_are_numbered_without_gaps_in_append_order(world: LogWorld) -> None:
    world.append(3)
    world.append(2)
    with world.vault.store.transaction() as connection:
        rows = list(audit_queries.entries(connection, 0, 10))
        assert audit_queries.next_index(connection) == 5
    assert [row[0] for row in rows] == [0, 1, 2, 3, 4]


def test_a_rolled_back_append_gives_its_numbers_back(world: LogWorld) -> None:
    world.append(2)
    with pytest.raises(RuntimeError), world.vault.store.transaction() as connection:
        audit_queries.reserve_leaves(connection, 5)
        raise RuntimeError("the write failed")
    world.append(1)
    with world.vault.store.transaction() as connection:
        assert [row[0] for row in audit_queries.entries(connection, 0, 10)] == [0, 1, 2]


def test_concurrent_writers_number_entries_without_gaps_or_duplicates(world: LogWorld) -> None:
    """Four threads, each with its own connection, appending batches in transactions of their
    own and in shared (deferred) ones: every number used once, each batch in one run."""
    recorder = AccessRecorder(world.vault.store, world.clock)

    def write(worker: int) -> int:
        written = 0
        for batch in range(12):
            events = [
                AccessEvent(
                    practice_id=world.practice_id,
                    actor=f"account:worker-{worker}",
                    action="read",
                    resource_id=f"{batch}/{i}",
                )
                for i in range(1 + (batch % 3) * 40)
            ]
            if batch % 2:
                recorder.record(*events)
            else:
                with world.vault.store.shared_transaction() as connection:
                    recorder.record_in(connection, events)
            written += len(events)
        return written

    with ThreadPoolExecutor(4) as pool:
        total = sum(pool.map(write, range(4)))
    with world.vault.store.transaction() as connection:
        rows = list(audit_queries.entries(connection, 0, total + 10))
        assert audit_queries.next_index(connection) == total
    assert [row[COLUMN["leaf_index"]] for row in rows] == list(range(total))
    batches: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        key = (row[COLUMN["actor"]], row[COLUMN["resource_id"]].split("/")[0])
        batches.setdefault(key, []).append(row[COLUMN["leaf_index"]])
    assert len(batches) == 4 * 12
    for indices in batches.values():
        assert indices == list(range(indices[0], indices[0] + len(indices)))
    world.log.integrate()
    assert world.log.root() == (total, naive_root(stored_leaves(world)))


def test_integration_in_several_rounds_gives_the_rfc_9162_root(world: LogWorld) -> None:
    for count in (1, 255, 3, 300):
        world.append(count)
        world.log.integrate(limit=200)
        world.log.integrate()
    size, root = world.log.root()
    assert size == 559
    assert root == naive_root(stored_leaves(world))


def test_an_integration_another_one_overtook_adds_nothing(
    world: LogWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries are hashed in a snapshot, without the write lock: an integrator that finds the
    tree grown when it takes the lock drops its work rather than write over it."""
    world.append(6)
    identity = StoreIdentity.read(world.vault.store)
    assert identity.store_id is not None
    other = open_log(
        world.settings, world.vault.store, world.vault.provider, identity.store_id, world.clock
    )
    hashed = log_module._leaf_batches
    overtook: list[int] = []

    def and_meanwhile(connection: Any, start: int, end: int) -> Iterator[list[bytes]]:
        yield from hashed(connection, start, end)
        monkeypatch.setattr(log_module, "_leaf_batches", hashed)  # the other hashes alone
        world.append(2)
        overtook.append(other.integrate())

    monkeypatch.setattr(log_module, "_leaf_batches", and_meanwhile)
    assert world.log.integrate() == 0
    assert overtook == [8]
    assert world.log.root() == (8, naive_root(stored_leaves(world)))
    assert world.log.integrate() == 0


def test_a_checkpoint_is_signed_by_the_log_and_names_size_and_root(world: LogWorld) -> None:
    world.publish(40)
    checkpoint = world.log.latest_checkpoint()
    assert checkpoint is not None
    body, signers = verify_note(checkpoint.note, [world.log.verifier])
    assert signers == [world.log.verifier]
    parsed = Checkpoint.parse(body)
    assert (parsed.origin, parsed.size) == (world.log.origin, 40)
    assert parsed.root == naive_root(stored_leaves(world))


def test_no_new_checkpoint_when_the_tree_did_not_grow(world: LogWorld) -> None:
    world.publish(5)
    assert world.log.checkpoint() is None
    world.append(1)  # appended, not integrated: not covered yet
    assert world.log.checkpoint() is None


def test_proofs_from_the_store_verify_against_the_checkpoints(world: LogWorld) -> None:
    world.publish(7)
    first = world.log.latest_checkpoint()
    world.publish(600)
    second = world.log.latest_checkpoint()
    assert first is not None and second is not None
    old_root = Checkpoint.parse(verify_note(first.note, [world.log.verifier])[0]).root
    new_root = Checkpoint.parse(verify_note(second.note, [world.log.verifier])[0]).root
    leaves = stored_leaves(world)
    for index in (0, 6, 255, 256, 606):
        proof = world.log.inclusion_proof(index, second.size)
        verify_inclusion(leaves[index], index, second.size, proof, new_root)
    proof = world.log.consistency_proof(first.size, second.size)
    verify_consistency(first.size, second.size, old_root, new_root, proof)


def test_a_proof_beyond_the_tree_is_refused_with_its_size(world: LogWorld) -> None:
    world.publish(3)
    with pytest.raises(InputError, match="the log holds 3 entries; size 9 is beyond it"):
        world.log.inclusion_proof(0, 9)


def test_verify_reads_a_snapshot_and_blocks_no_writer(world: LogWorld) -> None:
    """A verification beside the server: entries and checkpoints written meanwhile neither
    wait for it nor confuse it."""
    world.publish(300)
    seen: list[int] = []

    def meanwhile(count: int) -> None:
        if not seen:
            world.publish(50)  # a whole other transaction, committed during verify
        seen.append(count)

    report = verify_log(world.vault.store, world.log.verifier, (), meanwhile)
    assert report.ok, report.problem
    assert report.entries_checked == 300
    assert world.verify().entries_checked == 350
