"""The access log: every access to patient data, appended before any data leaves, kept as an
RFC 9162 Merkle log with signed checkpoints that witnesses cosign, verifiable by anyone who
holds an earlier checkpoint."""

from carevault.audit._log import MerkleLog, StoredCheckpoint
from carevault.audit._merkle import ProofError
from carevault.audit._note import NoteError, NoteVerifier
from carevault.audit._open import checkpointer_for, open_log, trusted_log_key, witnesses_of
from carevault.audit._proofs import (
    check_proof,
    consistency_document,
    inclusion_document,
    load_document,
)
from carevault.audit._publish import (
    Checkpointer,
    WitnessConfig,
    checkpoint_summary,
    cosigned_by,
    latest_from_witness,
)
from carevault.audit._reader import Access, AuditReader, EventQuery
from carevault.audit._record import AccessEvent, AccessRecorder
from carevault.audit._retention import Pruned, prune_before
from carevault.audit._siem import Cursor, export_entries, open_sink
from carevault.audit._verify import VerifyReport, WitnessView, verify_log
from carevault.audit._views import ACTIONS_OF_CODE, audit_event, history_reason
from carevault.audit._witness import (
    CheckpointConflictError,
    CheckpointRefusedError,
    Witness,
    WitnessError,
    WitnessUnavailable,
)

__all__ = [
    "ACTIONS_OF_CODE",
    "Access",
    "AccessEvent",
    "AccessRecorder",
    "AuditReader",
    "CheckpointConflictError",
    "CheckpointRefusedError",
    "Checkpointer",
    "Cursor",
    "EventQuery",
    "MerkleLog",
    "NoteError",
    "NoteVerifier",
    "ProofError",
    "Pruned",
    "StoredCheckpoint",
    "VerifyReport",
    "Witness",
    "WitnessConfig",
    "WitnessError",
    "WitnessUnavailable",
    "WitnessView",
    "audit_event",
    "check_proof",
    "checkpoint_summary",
    "checkpointer_for",
    "consistency_document",
    "cosigned_by",
    "export_entries",
    "history_reason",
    "inclusion_document",
    "latest_from_witness",
    "load_document",
    "open_log",
    "open_sink",
    "prune_before",
    "trusted_log_key",
    "verify_log",
    "witnesses_of",
]
