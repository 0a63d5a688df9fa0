"""An intruder with the database (and, further down, the host and its keys) edits the access
log to hide what they read. Each edit is caught by `audit verify` or by a witness, with a
message naming what broke. Runs on SQLite and PostgreSQL; SQL goes straight to the tables,
as an intruder's would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from carevault.audit import MerkleLog, WitnessView
from carevault.audit import _verify as verify_module
from carevault.audit._note import NoteSigner, NoteVerifier
from carevault.audit._witness import (
    CheckpointConflictError,
    InconsistentCheckpointError,
    UnsignedCheckpointError,
    Witness,
    add_checkpoint_body,
)
from carevault.errors import AuditIntegrityError
from support.audit import LogWorld, log_world

NOW = 1_790_000_000


@pytest.fixture
def world(data_dir: Path) -> Iterator[LogWorld]:
    with log_world(data_dir) as made:
        made.publish(20)
        yield made


@pytest.fixture
def witness(tmp_path: Path, world: LogWorld) -> Witness:
    made = Witness.init(tmp_path / "witness", "witness.example")
    made.trust(world.log.origin, world.log.verifier.vkey)
    submit(world.log, made, old=0)
    return made


def submit(log: MerkleLog, witness: Witness, *, old: int) -> bytes:
    latest = log.latest_checkpoint()
    assert latest is not None
    proof = log.consistency_proof(old, latest.size) if old else []
    return witness.add_checkpoint(add_checkpoint_body(old, proof, latest.note), NOW)


def view(witness: Witness, log: MerkleLog) -> WitnessView:
    return WitnessView(
        witness.name, NoteVerifier.from_vkey(witness.vkey), witness.latest(log.origin)
    )


def rebuild(world: LogWorld) -> None:
    """After editing entries: every hash recomputed, every checkpoint deleted."""
    world.sql("DELETE FROM audit_tiles")
    world.sql("DELETE FROM audit_checkpoints")
    world.sql("UPDATE audit_tree SET size = 0")
    world.log.integrate()


def rebuild_and_resign(world: LogWorld, log: MerkleLog | None = None) -> None:
    """What an intruder holding the host (its files and keys) does after editing entries:
    remove the server's own copy of its last checkpoint, recompute every hash and sign new
    checkpoints (with the log's key, or ``log``'s)."""
    world.forget_mirror()
    rebuild(world)
    (log or world.log).checkpoint()


def other_key_log(world: LogWorld) -> MerkleLog:
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    signer = NoteSigner(world.log.origin, public, key.sign)
    return MerkleLog(world.vault.store, signer, world.clock)


def test_the_untouched_log_verifies_with_its_witness(world: LogWorld, witness: Witness) -> None:
    report = world.verify(view(witness, world.log))
    assert report.ok, report.problem
    assert (report.entries_checked, report.checkpoints_checked) == (20, 1)
    assert report.witnesses_checked == ["witness.example"]


def test_an_edited_entry_is_named(world: LogWorld) -> None:
    world.sql("UPDATE access_log SET patient_id = 'someone-else' WHERE leaf_index = 5")
    assert world.verify().problem == (
        "access log entry 5 was altered: its hash differs from the one the log recorded"
    )


def test_a_deleted_entry_is_named(world: LogWorld) -> None:
    world.sql("DELETE FROM access_log WHERE leaf_index = 7")
    assert world.verify().problem == "access log entry 7 is missing (deleted)"


def test_two_swapped_entries_are_caught_at_the_first(world: LogWorld) -> None:
    world.sql("UPDATE access_log SET leaf_index = -1 WHERE leaf_index = 3")
    world.sql("UPDATE access_log SET leaf_index = 3 WHERE leaf_index = 9")
    world.sql("UPDATE access_log SET leaf_index = 9 WHERE leaf_index = -1")
    assert world.verify().problem == (
        "access log entry 3 was altered: its hash differs from the one the log recorded"
    )


def test_a_truncated_end_is_caught(world: LogWorld) -> None:
    world.sql("DELETE FROM access_log WHERE leaf_index >= 15")
    assert world.verify().problem == "access log entry 15 is missing (deleted)"


def test_a_database_intruder_cannot_have_a_truncated_log_signed(world: LogWorld) -> None:
    world.sql("DELETE FROM access_log WHERE leaf_index >= 15")
    world.sql("UPDATE audit_state SET next_index = 15")
    rebuild(world)
    with pytest.raises(AuditIntegrityError) as refused:
        world.log.checkpoint()  # what the server's own checkpoint thread would do next
    assert str(refused.value) == (
        "the checkpoint this machine signed last covers 20 entries, the log holds 15: truncated"
    )
    assert world.verify().problem == (
        "the log is truncated: the checkpoint this machine signed last (size 20) covers 20 "
        "entries, the log holds 15"
    )


def test_a_database_intruder_cannot_have_a_rewritten_log_signed(world: LogWorld) -> None:
    world.sql("UPDATE access_log SET patient_id = 'decoy' WHERE leaf_index < 10")
    rebuild(world)
    with pytest.raises(AuditIntegrityError) as refused:
        world.log.checkpoint()
    assert str(refused.value) == (
        "the log no longer matches the checkpoint this machine signed last (size 20): it was "
        "rewritten; refusing to sign it"
    )
    assert world.verify().problem == (
        "the checkpoint this machine signed last (size 20) does not match the log: entries "
        "before 20 were rewritten (with their hashes), or the log was forked"
    )


def test_deleted_checkpoints_are_noticed(world: LogWorld) -> None:
    world.sql("DELETE FROM audit_checkpoints")
    assert world.verify().problem == (
        "the checkpoint this machine signed last (size 20) is missing from the database: "
        "checkpoints were deleted"
    )
    world.forget_mirror()  # and without the server's copy: nothing left to verify against
    problem = world.verify().problem
    assert problem is not None and problem.startswith(
        "no checkpoint covers the log's 20 entries: nothing to hold them against"
    )


def test_entries_deleted_as_if_pruned_are_told_from_a_pruning(world: LogWorld) -> None:
    world.publish(300)
    world.sql("DELETE FROM access_log WHERE leaf_index < 256")
    world.sql("DELETE FROM audit_tiles WHERE level = 0 AND tile_index < 1")
    world.sql("UPDATE audit_tree SET pruned_below = 256")
    assert world.verify().problem == (
        "the entries before 256 are gone, and no entry of the log records pruning them: "
        "they were deleted"
    )


def test_a_truncation_covered_up_everywhere_is_caught_by_the_witness(
    world: LogWorld, witness: Witness
) -> None:
    world.sql("DELETE FROM access_log WHERE leaf_index >= 15")
    world.sql("UPDATE audit_state SET next_index = 15")
    rebuild_and_resign(world)
    assert world.verify().ok  # the database alone now tells a consistent story
    assert world.verify(view(witness, world.log)).problem == (
        "the log is truncated: the checkpoint witness witness.example cosigned (size 20) "
        "covers 20 entries, the log holds 15"
    )


def test_an_edit_with_every_hash_recomputed_contradicts_the_signed_checkpoint(
    world: LogWorld,
) -> None:
    world.sql("UPDATE access_log SET actor = 'account:nobody' WHERE leaf_index = 12")
    world.sql("DELETE FROM audit_tiles")
    world.sql("UPDATE audit_tree SET size = 0")
    world.log.integrate()
    problem = world.verify().problem
    assert problem is not None
    assert problem.startswith("the checkpoint of size 20 (issued ")
    assert problem.endswith(
        "does not match the log: entries before 20 were rewritten (with their hashes), "
        "or the log was forked"
    )


def test_a_rewritten_log_signed_with_another_key_is_refused(
    world: LogWorld, witness: Witness
) -> None:
    world.sql("UPDATE access_log SET patient_id = 'decoy'")
    forged = other_key_log(world)
    rebuild_and_resign(world, forged)
    problem = world.verify().problem  # checked against the key recorded at init
    assert problem is not None
    assert problem.endswith(f"is not signed by the log's key ({world.log.verifier.vkey})")
    with pytest.raises(UnsignedCheckpointError) as refused:
        submit(forged, witness, old=20)
    assert refused.value.status == 403


def test_a_rewritten_log_resigned_with_the_stolen_key_is_caught_by_the_witness(
    world: LogWorld, witness: Witness
) -> None:
    world.sql("UPDATE access_log SET patient_id = 'decoy' WHERE leaf_index >= 10")
    rebuild_and_resign(world)
    assert world.verify().ok  # signatures hold: the intruder has the key
    problem = world.verify(view(witness, world.log)).problem
    assert problem == (
        "the checkpoint witness witness.example cosigned (size 20) does not match the log: "
        "entries before 20 were rewritten (with their hashes), or the log was forked"
    )


def test_a_split_view_is_refused_by_the_witness(world: LogWorld, witness: Witness) -> None:
    """The log shows one history to the witness (and the clients who trust it) and another
    to someone else: the witness cosigns only one of them."""
    cosigned = witness.latest(world.log.origin)
    world.sql("UPDATE access_log SET action = 'search' WHERE leaf_index >= 10")
    rebuild_and_resign(world)
    with pytest.raises(CheckpointConflictError) as same_size:
        submit(world.log, witness, old=20)  # the other history, at the same size
    assert same_size.value.status == 409
    world.publish(5)  # the other history, grown, with a proof from the witnessed size
    with pytest.raises(InconsistentCheckpointError) as grown:
        submit(world.log, witness, old=20)
    assert grown.value.status == 422
    assert witness.latest(world.log.origin) == cosigned


@pytest.fixture
def in_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Verify as on a long log: entries read and hashed by worker processes, in small runs."""
    monkeypatch.setattr(verify_module, "PARALLEL_FROM", 0)
    monkeypatch.setattr(verify_module, "_CHUNK", 7)


@pytest.mark.usefixtures("in_parallel")
def test_verifying_in_parallel_names_the_same_first_bad_entry(world: LogWorld) -> None:
    assert world.verify().ok
    world.sql("UPDATE access_log SET action = 'search' WHERE leaf_index = 11")
    world.sql("DELETE FROM access_log WHERE leaf_index = 16")
    assert world.verify().problem == (
        "access log entry 11 was altered: its hash differs from the one the log recorded"
    )
    world.sql("UPDATE access_log SET action = 'read' WHERE leaf_index = 11")
    assert world.verify().problem == "access log entry 16 is missing (deleted)"
