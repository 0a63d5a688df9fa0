"""Proofs as documents a DPO can keep and check offline: an inclusion proof carries the entry
and the signed checkpoint it leads to; a consistency proof carries both checkpoints.

    {"type": "inclusion", "index": 41, "size": 5000, "entry": "<canonical entry>",
     "proof": ["<base64 hash>", ...], "checkpoint": "<signed note>"}
    {"type": "consistency", "old_size": 4000, "new_size": 5000, "proof": [...],
     "old_checkpoint": "<signed note>", "new_checkpoint": "<signed note>"}

:func:`check_proof` needs nothing but the document and the log's verifier key.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from carevault.audit._entry import encode_entry
from carevault.audit._log import MerkleLog, StoredCheckpoint
from carevault.audit._merkle import (
    ProofError,
    leaf_hash,
    verify_consistency,
    verify_inclusion,
)
from carevault.audit._note import (
    Checkpoint,
    ForeignCheckpointError,
    NoteError,
    NoteVerifier,
    open_checkpoint,
    verify_note,
)
from carevault.errors import InputError, NotFoundError
from carevault.store import audit_queries


def inclusion_document(
    log: MerkleLog, index: int, size: int | None, practice_id: str
) -> dict[str, Any]:
    """The proof that entry ``index`` (of ``practice_id``) is in the checkpoint of ``size``
    (default: the latest)."""
    checkpoint = _checkpoint(log, size)
    if not 0 <= index < checkpoint.size:
        raise InputError(
            f"entry {index} is not covered by the checkpoint of size {checkpoint.size}"
        )
    with log.store.transaction() as connection:
        row = audit_queries.entry_at(connection, index)
    if row is None or row["practice_id"] != practice_id:
        raise NotFoundError(f"no entry {index} in this practice's access log")
    return {
        "type": "inclusion",
        "index": index,
        "size": checkpoint.size,
        "entry": encode_entry(tuple(row.values())).decode(),
        "proof": _encoded(log.inclusion_proof(index, checkpoint.size)),
        "checkpoint": checkpoint.cosigned_note.decode(),
    }


def consistency_document(log: MerkleLog, old_size: int, new_size: int | None) -> dict[str, Any]:
    new = _checkpoint(log, new_size)
    old = _checkpoint(log, old_size)
    if old.size > new.size:
        raise InputError(f"old size {old.size} is larger than new size {new.size}")
    return {
        "type": "consistency",
        "old_size": old.size,
        "new_size": new.size,
        "proof": _encoded(log.consistency_proof(old.size, new.size)),
        "old_checkpoint": old.cosigned_note.decode(),
        "new_checkpoint": new.cosigned_note.decode(),
    }


@dataclass(frozen=True)
class _Trust:
    """Who must have signed a checkpoint: the log, and ``quorum`` of the witnesses."""

    log_key: NoteVerifier
    witnesses: Sequence[NoteVerifier]
    quorum: int


def check_proof(
    document: dict[str, Any],
    log_key: NoteVerifier,
    *,
    witnesses: Sequence[NoteVerifier] = (),
    quorum: int = 0,
) -> str:
    """Verify a proof document, its checkpoints signed by the log and cosigned by at least
    ``quorum`` of ``witnesses``; a sentence saying what holds, or ProofError naming what
    does not."""
    kind = document.get("type")
    trust = _Trust(log_key, witnesses, quorum)
    try:
        if kind == "inclusion":
            return _check_inclusion(document, trust)
        if kind == "consistency":
            return _check_consistency(document, trust)
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        if isinstance(exc, ProofError):
            raise
        raise ProofError(f"malformed proof document: {exc}") from None
    raise ProofError('a proof document has "type": "inclusion" or "consistency"')


def _check_inclusion(document: dict[str, Any], trust: _Trust) -> str:
    checkpoint = _signed(document["checkpoint"], trust, "checkpoint")
    index, size = int(document["index"]), int(document["size"])
    if size != checkpoint.size:
        raise ProofError(f"the proof is for size {size}, its checkpoint has {checkpoint.size}")
    leaf = leaf_hash(str(document["entry"]).encode())
    verify_inclusion(leaf, index, size, _decoded(document["proof"]), checkpoint.root)
    return f"entry {index} is in the log of {size} entries signed by {trust.log_key.name}"


def _check_consistency(document: dict[str, Any], trust: _Trust) -> str:
    old = _signed(document["old_checkpoint"], trust, "old checkpoint")
    new = _signed(document["new_checkpoint"], trust, "new checkpoint")
    proof = _decoded(document["proof"])
    verify_consistency(old.size, new.size, old.root, new.root, proof)
    return f"the log of {new.size} entries extends the log of {old.size} entries"


def _signed(note: object, trust: _Trust, what: str) -> Checkpoint:
    text, log_key = str(note).encode(), trust.log_key
    try:
        checkpoint = open_checkpoint(text, log_key)
    except ForeignCheckpointError as foreign:
        raise ProofError(f"the {what} is of log {foreign.origin}, not {log_key.name}") from None
    except NoteError as exc:
        raise ProofError(f"the {what} does not verify with {log_key.name}'s key: {exc}") from None
    cosigners = sum(_cosigned(text, witness) for witness in trust.witnesses)
    if cosigners < trust.quorum:
        raise ProofError(
            f"the {what} is cosigned by {cosigners} of the {trust.quorum} witnesses required"
        )
    return checkpoint


def _cosigned(note: bytes, witness: NoteVerifier) -> bool:
    try:
        verify_note(note, [witness])
    except NoteError:
        return False
    return True


def _checkpoint(log: MerkleLog, size: int | None) -> StoredCheckpoint:
    found = log.latest_checkpoint() if size is None else log.checkpoint_at(size)
    if found is None:
        raise NotFoundError(
            "no checkpoint yet" if size is None else f"no checkpoint of size {size}"
        )
    return found


def _encoded(hashes: list[bytes]) -> list[str]:
    return [base64.b64encode(value).decode() for value in hashes]


def _decoded(values: object) -> list[bytes]:
    if not isinstance(values, list):
        raise ProofError('"proof" is a list of base64 hashes')
    return [base64.b64decode(str(value), validate=True) for value in values]


def load_document(raw: bytes) -> dict[str, Any]:
    try:
        document = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ProofError(f"the proof is not JSON: {exc}") from None
    if not isinstance(document, dict):
        raise ProofError("the proof is a JSON object")
    return document
