"""Append-only record of every access (the Merkle log with checkpoints comes on top of it)."""

from carevault.audit._record import AccessEvent, AccessRecorder

__all__ = ["AccessEvent", "AccessRecorder"]
