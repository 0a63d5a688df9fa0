"""Checkpoints on a schedule, sent to the witnesses.

A checkpoint is issued when the tree grew by ``every_entries`` or ``every_seconds`` passed
since the last one (and once more on shutdown). Each witness gets it with a consistency proof
from the last size it cosigned; its cosignature is kept with the checkpoint. A witness that
refuses (409: it holds another size; 422: the proof does not hold — a fork or a rewritten
log) or cannot be reached is logged, and tried again at the next tick.
"""

from __future__ import annotations

import math
import os
import socket
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from carevault.audit._log import MerkleLog, StoredCheckpoint
from carevault.audit._note import NoteError, NoteVerifier, add_signatures, verify_note
from carevault.audit._witness import (
    WitnessRejected,
    WitnessUnavailable,
    fetch_latest,
    submit_checkpoint,
)
from carevault.errors import AuditIntegrityError, CarevaultError, ConfigError
from carevault.logs import get_logger

_log = get_logger("audit")
_security = get_logger("security")
_SUBMIT_TIMEOUT = 5.0
_INTEGRATION_BATCH = 50_000
# How long a checkpointer stays the one integrating after its last round: its rounds come
# every second or so; a worker that stopped without giving the lease up holds up the log's
# integration this long at most.
_LEASE_SECONDS = 10.0


@dataclass(frozen=True)
class WitnessConfig:
    url: str
    verifier: NoteVerifier

    @property
    def name(self) -> str:
        return self.verifier.name

    @classmethod
    def parse(cls, entry: str) -> WitnessConfig:
        """From the setting's form ``"<url> <verifier key>"``."""
        url, _, vkey = entry.strip().partition(" ")
        try:
            return cls(url.rstrip("/"), NoteVerifier.from_vkey(vkey.strip()))
        except NoteError as exc:
            raise ConfigError(f"witness {url}: bad verifier key: {exc}") from None


class Checkpointer:
    """Integrates new entries, issues checkpoints when due, and has them cosigned."""

    def __init__(
        self,
        log: MerkleLog,
        witnesses: Sequence[WitnessConfig],
        *,
        every_seconds: float,
        every_entries: int,
        lease_seconds: float = _LEASE_SECONDS,
    ) -> None:
        self._log = log
        self._witnesses = list(witnesses)
        self._every_seconds = every_seconds
        self._every_entries = every_entries
        self._published_at = self._overdue_checked_at = -math.inf
        self._holder = f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
        self._lease = timedelta(seconds=lease_seconds)

    def tick(self, *, force: bool = False) -> StoredCheckpoint | None:
        """One round; the checkpoint issued, if one was. What is due is read from the
        database, so several server workers share one schedule, and only the worker holding
        the integrator's lease does the round (another takes the lease over when it lapses,
        a worker stopped or gone); a forced round (shutdown) is done whoever holds it."""
        if not self._log.claim_integration(self._holder, self._lease) and not force:
            self._check_overdue()
            return None
        while self._log.integrate(limit=_INTEGRATION_BATCH):
            pass  # bounded transactions: a backlog does not hold the write lock for long
        latest = self._log.latest_checkpoint()
        grown = self._log.size() - (latest.size if latest else 0)
        age = math.inf if latest is None else (self._log.now() - latest.issued_at).total_seconds()
        late = age >= self._every_seconds
        due = grown > 0 and (force or late or grown >= self._every_entries)
        issued = self._log.checkpoint() if due else None
        retry_due = time.monotonic() - self._published_at >= self._every_seconds
        if issued is not None or force or (late and retry_due):
            self._published_at = time.monotonic()
            self.publish()  # also a witness that missed the last one, once an interval
        return issued

    def _check_overdue(self) -> None:
        """Another checkpointer holds the lease: once an interval (not at every tick: the
        others would read the log each second for nothing), say so with a security warning if
        entries wait for a checkpoint long after one was due, whoever holds it stalling the
        log (a worker stuck, or a lease an intruder keeps renewing in the database)."""
        if time.monotonic() - self._overdue_checked_at < self._every_seconds:
            return
        self._overdue_checked_at = time.monotonic()
        latest = self._log.latest_checkpoint()
        signed = 0 if latest is None else latest.size
        waiting = self._log.appended() - signed
        if waiting <= 0 or latest is None:
            return
        age = (self._log.now() - latest.issued_at).total_seconds()
        if age > self._every_seconds + 3 * self._lease.total_seconds():
            _security.warning(
                "audit_checkpoints_overdue", entries_waiting=waiting, last_checkpoint_age_s=age
            )

    def publish(self) -> int:
        """Send the latest checkpoint to every witness that has not cosigned it; how many
        cosignatures it now has."""
        latest = self._log.latest_checkpoint()
        if latest is None:
            return 0
        signed = set(cosigned_by(latest, self._witnesses))
        for witness in self._witnesses:
            if witness.name in signed:
                continue
            try:
                if self._cosign(witness, latest):
                    signed.add(witness.name)
            except CarevaultError as exc:  # one witness's trouble does not hold up the rest
                _log.error("witness_failed", witness=witness.name, message=str(exc)[:200])
        return len(signed)

    def _cosign(self, witness: WitnessConfig, checkpoint: StoredCheckpoint) -> bool:
        old = min(self._log.last_cosigned_size(witness.name), checkpoint.size)
        for _ in range(2):  # once more from the size a 409 names
            try:
                lines = submit_checkpoint(
                    witness.url + "/add-checkpoint",
                    old,
                    self._log.consistency_proof(old, checkpoint.size),
                    checkpoint.note,
                    timeout=_SUBMIT_TIMEOUT,
                )
            except WitnessRejected as refused:
                if (
                    refused.status == 409
                    and refused.latest_size is not None
                    and (refused.latest_size != old and refused.latest_size <= checkpoint.size)
                ):
                    old = refused.latest_size
                    continue
                _log.error(
                    "witness_refused",
                    witness=witness.name,
                    status=refused.status,
                    size=checkpoint.size,
                    message=str(refused),
                )
                return False
            except WitnessUnavailable as exc:
                _log.warning("witness_unavailable", witness=witness.name, message=str(exc))
                return False
            return self._keep(witness, checkpoint, lines)
        return False

    def _keep(self, witness: WitnessConfig, checkpoint: StoredCheckpoint, lines: list[str]) -> bool:
        """Keep the witness's line that verifies with its key (an answer may hold others)."""
        for line in lines:
            if _cosigns(checkpoint.note, line.rstrip("\n"), witness.verifier):
                self._log.add_cosignature(checkpoint.size, witness.name, line.rstrip("\n"))
                return True
        _log.error("witness_bad_cosignature", witness=witness.name, size=checkpoint.size)
        return False

    def run(self, stop: threading.Event, interval: float = 1.0) -> None:
        """Tick until ``stop`` is set, then issue a last checkpoint (shutdown)."""
        while not stop.wait(min(interval, self._every_seconds)):
            self._guarded_tick(force=False)
        self._guarded_tick(force=True)
        try:
            self._log.release_integration(self._holder)
        except Exception as exc:  # the lease then lapses on its own
            _log.error("lease_not_released", error=type(exc).__name__, message=str(exc)[:200])

    def _guarded_tick(self, *, force: bool) -> None:
        try:
            self.tick(force=force)
        except AuditIntegrityError as broken:
            _security.error("audit_log_broken", message=str(broken)[:300])
        except Exception as exc:  # the loop must outlive one bad round
            _log.error("checkpoint_failed", error=type(exc).__name__, message=str(exc)[:200])


def latest_from_witness(witness: WitnessConfig, origin: str) -> bytes | None:
    """What the witness last cosigned for this log (None: nothing yet); WitnessUnavailable
    if it cannot be asked."""
    return fetch_latest(witness.url + "/latest", origin, timeout=_SUBMIT_TIMEOUT)


def cosigned_by(checkpoint: StoredCheckpoint, witnesses: Sequence[WitnessConfig]) -> list[str]:
    """The configured witnesses whose kept cosignature of ``checkpoint`` verifies (a row
    written into the table by anyone else counts for nothing)."""
    configured = {witness.name: witness for witness in witnesses}
    names: list[str] = []
    for name, line in checkpoint.cosignatures:
        witness = configured.get(name)
        if witness and name not in names and _cosigns(checkpoint.note, line, witness.verifier):
            names.append(name)
    return names


def checkpoint_summary(
    checkpoint: StoredCheckpoint, witnesses: Sequence[WitnessConfig], quorum: int
) -> dict[str, Any]:
    """A checkpoint as the DPO reads it: trusted once ``quorum`` witnesses cosigned it."""
    signers = cosigned_by(checkpoint, witnesses)
    return {
        "size": checkpoint.size,
        "issued_at": checkpoint.issued_at.isoformat(),
        "note": checkpoint.cosigned_note.decode(),
        "cosigned_by": signers,
        "quorum": quorum,
        "trusted": len(signers) >= quorum,
    }


def _cosigns(note: bytes, line: str, verifier: NoteVerifier) -> bool:
    try:
        verify_note(add_signatures(note, [line + "\n"]), [verifier])
    except NoteError:
        return False
    return True
