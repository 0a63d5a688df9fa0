"""A store's Merkle log for tests: entries appended through the real access recorder, and
raw SQL for the tamper tests (an intruder with the database does not go through carevault)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path

from sqlalchemy import text

from carevault.audit import (
    AccessEvent,
    AccessRecorder,
    MerkleLog,
    VerifyReport,
    WitnessView,
    open_log,
    verify_log,
)
from carevault.audit._note import NoteVerifier
from carevault.audit._open import MIRROR_FILE
from carevault.config import Settings, load_settings
from carevault.records import StoreIdentity, Vault, open_vault
from support.identity import FakeClock


def naive_root(leaves: list[bytes]) -> bytes:
    """RFC 9162's Merkle tree hash, recursively, over leaf hashes (an independent check)."""
    if not leaves:
        return sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    split = 1 << ((len(leaves) - 1).bit_length() - 1)
    return sha256(b"\x01" + naive_root(leaves[:split]) + naive_root(leaves[split:])).digest()


@dataclass
class LogWorld:
    vault: Vault
    log: MerkleLog
    settings: Settings
    clock: FakeClock
    practice_id: str

    def append(self, count: int, *, patient: str = "patient-1", action: str = "read") -> None:
        recorder = AccessRecorder(self.vault.store, self.clock)
        events = [
            AccessEvent(
                practice_id=self.practice_id,
                actor="account:doctor-1",
                action=action,
                resource_type="Patient",
                resource_id=f"{patient}-{i}",
                patient_id=patient,
                reason="care_team",
            )
            for i in range(count)
        ]
        recorder.record(*events)
        self.clock.advance(seconds=1)

    def publish(self, count: int) -> None:
        """``count`` entries appended, integrated, and a checkpoint issued."""
        self.append(count)
        self.log.integrate()
        self.log.checkpoint()

    def sql(self, statement: str, **params: object) -> None:
        with self.vault.store.transaction() as connection:
            connection.execute(text(statement), params)

    def verify(self, *witnesses: WitnessView, key: NoteVerifier | None = None) -> VerifyReport:
        """As `audit verify` on this machine: with the checkpoint it signed last."""
        mirrored = self.log.mirrored_checkpoint()
        known = [("the checkpoint this machine signed last", mirrored)] if mirrored else []
        return verify_log(self.vault.store, key or self.log.verifier, witnesses, known=known)

    def forget_mirror(self) -> None:
        """What an intruder holding the host does first: remove the server's own copy."""
        (self.settings.data / MIRROR_FILE).unlink(missing_ok=True)


@contextmanager
def log_world(data: Path) -> Iterator[LogWorld]:
    settings = load_settings(data=data)
    clock = FakeClock()
    vault = open_vault(settings, clock=clock)
    try:
        identity = StoreIdentity.read(vault.store)
        assert identity.store_id is not None and identity.default_practice is not None
        log = open_log(settings, vault.store, vault.provider, identity.store_id, clock)
        yield LogWorld(vault, log, settings, clock, identity.default_practice)
    finally:
        vault.close()
