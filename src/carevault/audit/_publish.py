"""Checkpoints on a schedule, sent to the witnesses.

A checkpoint is issued when the tree grew by ``every_entries`` or ``every_seconds`` passed
since the last one (and once more on shutdown). Each witness gets it with a consistency proof
from the last size it cosigned; its cosignature is kept with the checkpoint. A witness that
refuses (409: it holds another size; 422: the proof does not hold — a fork or a rewritten
log) or cannot be reached is logged, and tried again at the next tick.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from carevault.audit._log import MerkleLog, StoredCheckpoint
from carevault.audit._note import NoteError, NoteVerifier, add_signatures, verify_note
from carevault.audit._witness import (
    WitnessRejected,
    WitnessUnavailable,
    fetch_latest,
    submit_checkpoint,
)
from carevault.errors import ConfigError
from carevault.logs import get_logger

_log = get_logger("audit")
_SUBMIT_TIMEOUT = 5.0


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
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._log = log
        self._witnesses = list(witnesses)
        self._every_seconds = every_seconds
        self._every_entries = every_entries
        self._monotonic = monotonic
        self._last_at = monotonic()
        self._grown = 0

    def tick(self, *, force: bool = False) -> StoredCheckpoint | None:
        """One round; the checkpoint issued, if one was."""
        self._grown += self._log.integrate()
        now = self._monotonic()
        due = self._grown >= self._every_entries or now - self._last_at >= self._every_seconds
        issued = self._log.checkpoint() if (due or force) else None
        if due or force:
            self._last_at, self._grown = now, 0
        if issued is not None or due or force:
            self.publish()
        return issued

    def publish(self) -> int:
        """Send the latest checkpoint to every witness that has not cosigned it; how many
        cosignatures it now has."""
        latest = self._log.latest_checkpoint()
        if latest is None:
            return 0
        signed = {name for name, _ in latest.cosignatures}
        for witness in self._witnesses:
            if witness.name not in signed and self._cosign(witness, latest):
                signed.add(witness.name)
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
        try:
            _, verified = verify_note(add_signatures(checkpoint.note, lines), [witness.verifier])
        except NoteError as exc:
            _log.error("witness_bad_cosignature", witness=witness.name, message=str(exc))
            return False
        if not verified:
            _log.error("witness_bad_cosignature", witness=witness.name, message="no valid line")
            return False
        mine = next(line for line in lines if line.split(" ")[1] == witness.name)
        self._log.add_cosignature(checkpoint.size, witness.name, mine)
        return True

    def run(self, stop: threading.Event, interval: float = 1.0) -> None:
        """Tick until ``stop`` is set, then issue a last checkpoint (shutdown)."""
        while not stop.wait(min(interval, self._every_seconds)):
            self._guarded_tick(force=False)
        self._guarded_tick(force=True)

    def _guarded_tick(self, *, force: bool) -> None:
        try:
            self.tick(force=force)
        except Exception as exc:
            _log.error("checkpoint_failed", error=type(exc).__name__, message=str(exc)[:200])


def latest_from_witness(witness: WitnessConfig, origin: str) -> bytes | None:
    """What the witness last cosigned for this log (None: nothing yet); WitnessUnavailable
    if it cannot be asked."""
    return fetch_latest(witness.url + "/latest", origin, timeout=_SUBMIT_TIMEOUT)
