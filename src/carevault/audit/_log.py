"""The access log as an RFC 9162 Merkle log: integration of new entries into the tiles,
signed checkpoints, and proofs.

Entries are numbered as they are appended (in the request's own transaction, see
carevault.store.audit_queries.reserve_leaves); integration hashes them into the tree later,
in batches, so a read pays for one row and not for the tree. A checkpoint commits to
everything integrated so far; until then an entry is protected only by the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection

from carevault.audit._entry import encode_entries, numbered_run
from carevault.audit._merkle import consistency_proof, inclusion_proof, root_hash
from carevault.audit._note import (
    Checkpoint,
    NoteError,
    NoteSigner,
    NoteVerifier,
    open_checkpoint,
    sign_note,
)
from carevault.audit._tiles import (
    TILE_WIDTH,
    NodeReader,
    TileCache,
    TileFetcher,
    TreeEdge,
    leaf_hashes,
)
from carevault.crypto import KeyProvider
from carevault.errors import AuditIntegrityError, InputError, KeyProviderError, NotFoundError
from carevault.files import write_atomically
from carevault.store import Store, audit_queries

_LATEST = "the latest checkpoint"
_MIRRORED = "the checkpoint this machine signed last"
SIGNING_KEY_PREFIX = "audit-log."  # + the store id: one token may hold several stores' keys
_BATCH = 5000


@dataclass(frozen=True)
class StoredCheckpoint:
    size: int
    issued_at: datetime
    note: bytes  # signed by the log
    cosignatures: tuple[tuple[str, str], ...]  # (witness, line)

    @property
    def cosigned_note(self) -> bytes:
        """The note with every witness's cosignature line appended."""
        return self.note + "".join(line + "\n" for _, line in self.cosignatures).encode()


def default_origin(store_id: str) -> str:
    return f"carevault.local/{store_id}"


def log_signer(provider: KeyProvider, store_id: str, origin: str, *, create: bool) -> NoteSigner:
    """The log's signer, its key kept by the provider. Made here only for a log that never
    signed a checkpoint (a new store, or one made before the log): a key missing once
    checkpoints exist is an error, not a reason to start another."""
    key_name = SIGNING_KEY_PREFIX + store_id
    if not provider.has_signing_key(key_name):
        if not create:
            raise KeyProviderError(
                f"the access log's signing key ({key_name}) is missing from the key provider, "
                "though checkpoints were signed with it"
            )
        try:
            provider.create_signing_key(key_name)
        except KeyProviderError:  # another worker made it meanwhile
            if not provider.has_signing_key(key_name):
                raise
    public_key = provider.signing_public_key(key_name)

    def sign(message: bytes) -> bytes:
        return provider.sign(key_name, message)

    return NoteSigner(name=origin, public_key=public_key, sign=sign)


class MerkleLog:
    """One store's log."""

    def __init__(
        self,
        store: Store,
        signer: NoteSigner,
        clock: Callable[[], datetime],
        mirror: Path | None = None,
    ) -> None:
        self._store = store
        self._signer = signer
        self._clock = clock
        self._mirror = mirror
        self._tiles = TileCache()

    def now(self) -> datetime:
        return self._clock()

    @property
    def store(self) -> Store:
        return self._store

    @property
    def origin(self) -> str:
        return self._signer.name

    @property
    def verifier(self) -> NoteVerifier:
        return NoteVerifier.from_vkey(self._signer.vkey)

    def integrate(self, limit: int = 1_000_000) -> int:
        """Hash up to ``limit`` appended entries into the tree; how many were added.

        The entries are read and hashed in a snapshot, without the write lock that requests'
        appends wait for; it is taken only to write the tiles, and if another integrator grew
        the tree meanwhile, this one's work is dropped (nothing is added)."""
        with self._store.snapshot() as connection:
            size, _ = audit_queries.tree_state(connection)
            end = min(audit_queries.next_index(connection), size + limit)
            if end <= size:  # most ticks find nothing
                return 0
            edge = TreeEdge.load(size, tile_fetcher(connection))
            changed: dict[tuple[int, int], bytes] = {}
            for leaves in _leaf_batches(connection, size, end):
                changed.update(edge.append(leaves))
        with self._store.transaction() as connection:
            if audit_queries.lock_tree(connection)[0] != size:
                return 0
            audit_queries.write_tiles(connection, [(lv, ix, d) for (lv, ix), d in changed.items()])
            audit_queries.set_tree_size(connection, end)
        return end - size

    def claim_integration(self, holder: str, lease: timedelta) -> bool:
        """Whether ``holder`` is the one integrating for the next ``lease`` (see
        audit_queries.claim_integration): the others skip their turn."""
        now = self._clock()
        with self._store.transaction() as connection:
            return audit_queries.claim_integration(connection, holder, now, now + lease)

    def release_integration(self, holder: str) -> None:
        with self._store.transaction() as connection:
            audit_queries.release_integration(connection, holder)

    def appended(self) -> int:
        """Entries appended, integrated or not."""
        with self._store.snapshot() as connection:
            return audit_queries.next_index(connection)

    def size(self) -> int:
        """Entries integrated into the tree."""
        with self._store.snapshot() as connection:
            return audit_queries.tree_state(connection)[0]

    def root(self, size: int | None = None) -> tuple[int, bytes]:
        """(size, root) of the tree, now or at an earlier ``size``."""
        with self._store.snapshot() as connection:
            current, _ = audit_queries.tree_state(connection)
            if size is None or size == current:
                return current, TreeEdge.load(current, tile_fetcher(connection)).root()
            _check_size(size, current)
            return size, root_hash(size, self._reader(connection))

    def checkpoint(self) -> StoredCheckpoint | None:
        """Sign and keep a checkpoint of the tree as integrated, if it grew since the last
        one (or there is none yet); the new checkpoint, else None.

        Never signs over a rewritten log: the tree must still hold, at its size, the root of
        the last checkpoint signed — the latest in the database, and the one this machine
        keeps beside it (``mirror``), which an intruder in the database alone cannot reach.
        AuditIntegrityError otherwise."""
        with self._store.transaction() as connection:
            size, _ = audit_queries.lock_tree(connection)
            latest = audit_queries.latest_checkpoint(connection)
            if latest is not None and int(latest["size"]) >= size:
                return None
            fetch = tile_fetcher(connection)
            self._check_extends(bytes(latest["note"]) if latest else None, size, fetch)
            root = TreeEdge.load(size, fetch).root()
            note = sign_note(Checkpoint(self.origin, size, root).body(), self._signer)
            issued_at = self._clock()
            audit_queries.insert_checkpoint(connection, size, issued_at, note)
        if self._mirror is not None:
            write_atomically(self._mirror, note)
        return StoredCheckpoint(size, issued_at, note, ())

    def mirrored_checkpoint(self) -> bytes | None:
        """The last checkpoint this machine signed, as kept outside the database."""
        if self._mirror is None or not self._mirror.exists():
            return None
        return self._mirror.read_bytes()

    def _check_extends(self, latest: bytes | None, size: int, fetch: TileFetcher) -> None:
        notes = {_LATEST: latest, _MIRRORED: self.mirrored_checkpoint()}
        known = {what: self._signed(note, what) for what, note in notes.items() if note}
        for what, signed in known.items():
            if signed.size > size:
                raise AuditIntegrityError(
                    f"{what} covers {signed.size} entries, the log holds {size}: truncated"
                )
            if TreeEdge.load(signed.size, fetch).root() != signed.root:
                raise AuditIntegrityError(
                    f"the log no longer matches {what} (size {signed.size}): it was "
                    "rewritten; refusing to sign it"
                )
        mirrored, newest = known.get(_MIRRORED), known.get(_LATEST)
        if mirrored is not None and (newest is None or newest.size < mirrored.size):
            raise AuditIntegrityError(f"{_MIRRORED} (size {mirrored.size}) is not in the database")

    def _signed(self, note: bytes, what: str) -> Checkpoint:
        try:
            return open_checkpoint(note, self.verifier)
        except NoteError as exc:
            raise AuditIntegrityError(f"{what} does not verify: {exc}") from None

    def latest_checkpoint(self) -> StoredCheckpoint | None:
        with self._store.snapshot() as connection:
            row = audit_queries.latest_checkpoint(connection)
            return None if row is None else _stored(connection, row)

    def checkpoint_at(self, size: int) -> StoredCheckpoint | None:
        with self._store.snapshot() as connection:
            row = audit_queries.checkpoint_at(connection, size)
            return None if row is None else _stored(connection, row)

    def inclusion_proof(self, index: int, size: int) -> list[bytes]:
        with self._store.snapshot() as connection:
            _check_size(size, audit_queries.tree_state(connection)[0])
            return inclusion_proof(index, size, self._reader(connection))

    def consistency_proof(self, old_size: int, new_size: int) -> list[bytes]:
        with self._store.snapshot() as connection:
            size, pruned = audit_queries.tree_state(connection)
            _check_size(new_size, size)
            if old_size == 0:
                return []
            if old_size < pruned and old_size % TILE_WIDTH:
                raise NotFoundError(
                    f"entries before {pruned} were pruned: no proof from size {old_size}"
                )
            return consistency_proof(old_size, new_size, self._reader(connection))

    def add_cosignature(self, size: int, witness: str, line: str) -> None:
        with self._store.transaction() as connection:
            audit_queries.add_cosignature(connection, size, witness, line, self._clock())

    def last_cosigned_size(self, witness: str) -> int:
        with self._store.snapshot() as connection:
            return audit_queries.last_cosigned_size(connection, witness)

    def _reader(self, connection: Connection) -> NodeReader:
        return NodeReader(tile_fetcher(connection), self._tiles)


def _leaf_batches(connection: Connection, start: int, end: int) -> Iterator[list[bytes]]:
    """The leaf hashes of entries [start, end), in batches; a missing number is a deleted
    entry."""
    expected = start
    for rows in audit_queries.entry_batches(connection, start, end, batch=_BATCH):
        run = numbered_run(rows, expected)
        if run < len(rows):
            raise AuditIntegrityError(f"access log entry {expected + run} is missing")
        expected += len(rows)
        yield leaf_hashes(encode_entries(rows))
    if expected != end:
        raise AuditIntegrityError(f"access log entry {expected} is missing")


def tile_fetcher(connection: Connection) -> Callable[[int, int], bytes | None]:
    def fetch(level: int, tile_index: int) -> bytes | None:
        return audit_queries.read_tile(connection, level, tile_index)

    return fetch


def _stored(connection: Connection, row: object) -> StoredCheckpoint:
    mapping = dict(row)  # type: ignore[call-overload]
    size = int(mapping["size"])
    return StoredCheckpoint(
        size,
        mapping["issued_at"],
        bytes(mapping["note"]),
        tuple(audit_queries.cosignatures(connection, size)),
    )


def _check_size(size: int, current: int) -> None:
    if not 0 <= size <= current:
        raise InputError(f"the log holds {current} entries; size {size} is beyond it")
