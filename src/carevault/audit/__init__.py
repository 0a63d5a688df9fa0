"""The access log: every access to patient data, appended before any data leaves, kept as an
RFC 9162 Merkle log with signed checkpoints that witnesses cosign, verifiable by anyone who
holds an earlier checkpoint."""

from carevault.audit._log import MerkleLog, StoredCheckpoint
from carevault.audit._open import checkpointer_for, open_log, trusted_log_key, witnesses_of
from carevault.audit._proofs import check_proof, consistency_document, inclusion_document
from carevault.audit._publish import (
    Checkpointer,
    WitnessConfig,
    checkpoint_summary,
    cosigned_by,
)
from carevault.audit._record import AccessEvent, AccessRecorder
from carevault.audit._verify import VerifyReport, WitnessView, verify_log
from carevault.audit._views import ACTIONS_OF_CODE, audit_event, history_reason

__all__ = [
    "ACTIONS_OF_CODE",
    "AccessEvent",
    "AccessRecorder",
    "Checkpointer",
    "MerkleLog",
    "StoredCheckpoint",
    "VerifyReport",
    "WitnessConfig",
    "WitnessView",
    "audit_event",
    "check_proof",
    "checkpoint_summary",
    "checkpointer_for",
    "consistency_document",
    "cosigned_by",
    "history_reason",
    "inclusion_document",
    "open_log",
    "trusted_log_key",
    "verify_log",
    "witnesses_of",
]
