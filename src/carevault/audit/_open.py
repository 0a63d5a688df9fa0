"""The store's log and its checkpointer, as the settings configure them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from carevault.audit._log import MerkleLog, default_origin, log_signer
from carevault.audit._note import NoteError, NoteVerifier
from carevault.audit._publish import Checkpointer, WitnessConfig
from carevault.config import Settings
from carevault.crypto import KeyProvider
from carevault.errors import ConfigError
from carevault.store import Store, audit_queries

# The last checkpoint signed on this machine, kept outside the database (see MerkleLog).
MIRROR_FILE = "audit-checkpoint.note"


def open_log(
    settings: Settings,
    store: Store,
    provider: KeyProvider,
    store_id: str,
    clock: Callable[[], datetime],
) -> MerkleLog:
    origin = settings.audit_origin or default_origin(store_id)
    with store.transaction() as connection:
        signed_before = audit_queries.latest_checkpoint(connection) is not None
    signer = log_signer(provider, store_id, origin, create=not signed_before)
    return MerkleLog(store, signer, clock, mirror=settings.data / MIRROR_FILE)


def witnesses_of(settings: Settings) -> list[WitnessConfig]:
    return [WitnessConfig.parse(entry) for entry in settings.audit_witnesses]


def checkpointer_for(settings: Settings, log: MerkleLog) -> Checkpointer:
    return Checkpointer(
        log,
        witnesses_of(settings),
        every_seconds=settings.audit_checkpoint_seconds,
        every_entries=settings.audit_checkpoint_entries,
    )


def trusted_log_key(settings: Settings, log: MerkleLog) -> NoteVerifier:
    """The key checkpoints must be signed with: the one recorded at init (so a key swapped
    in the provider is caught), else the provider's."""
    if settings.audit_log_key is None:
        return log.verifier
    try:
        return NoteVerifier.from_vkey(settings.audit_log_key)
    except NoteError as exc:
        raise ConfigError(f"audit_log_key is not a verifier key: {exc}") from None
