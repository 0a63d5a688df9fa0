"""Retention: entries older than the kept period are deleted, in whole tiles of 256, with
their leaf hashes; the hashes of the subtrees above them stay (as tlog-tiles pruning keeps
them), so every kept entry still has its inclusion proof, and the checkpoints still verify.
Only integrated entries are pruned (their hashes are in the tree)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from carevault.audit._tiles import TILE_WIDTH
from carevault.store import Store, audit_queries


@dataclass(frozen=True)
class Pruned:
    pruned_below: int  # the first entry kept
    entries_deleted: int


def prune_before(store: Store, before: datetime) -> Pruned:
    """Delete the entries made before ``before``, in whole tiles."""
    with store.transaction() as connection:
        size, pruned = audit_queries.lock_tree(connection)
        first_kept = audit_queries.first_entry_at_or_after(connection, before)
        boundary = min(size if first_kept is None else first_kept, size)
        boundary -= boundary % TILE_WIDTH
        if boundary <= pruned:
            return Pruned(pruned, 0)
        deleted = audit_queries.delete_entries_below(connection, boundary)
        audit_queries.delete_leaf_tiles_below(connection, boundary // TILE_WIDTH)
        audit_queries.set_pruned_below(connection, boundary)
    return Pruned(boundary, deleted)
