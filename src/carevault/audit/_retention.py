"""Retention: entries older than the kept period are deleted, in whole tiles of 256, with
their leaf hashes; the hashes of the subtrees above them stay (as tlog-tiles pruning keeps
them), so every kept entry still has its inclusion proof, and the checkpoints still verify.

Only what a checkpoint covers is pruned, never anything younger than the retention period,
and the pruning itself is an entry of the log ("pruned entries below N"): `audit verify`
tells entries pruned from entries deleted by that entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from carevault.audit._entry import as_utc
from carevault.audit._record import AccessEvent
from carevault.audit._tiles import TILE_WIDTH
from carevault.errors import InputError
from carevault.store import Store, audit_queries, queries


@dataclass(frozen=True)
class Pruned:
    pruned_below: int  # the first entry kept
    entries_deleted: int


def prune_mark(boundary: int) -> str:
    """The detail of the entry that records a pruning."""
    return f"pruned entries below {boundary}"


def prune_before(
    store: Store,
    before: datetime,
    *,
    now: datetime,
    kept_days: int,
    practice_id: str,
    actor: str,
) -> Pruned:
    """Delete the entries made before ``before``, in whole tiles."""
    # In UTC: SQLite keeps times as UTC text without a zone, and compares the digits given.
    before, now = as_utc(before), as_utc(now)
    youngest = now - timedelta(days=kept_days)
    if before > youngest:
        raise InputError(
            f"entries are kept {kept_days} days: prune before {youngest:%Y-%m-%d} at the latest"
        )
    with store.transaction() as connection:
        _, pruned = audit_queries.lock_tree(connection)
        latest = audit_queries.latest_checkpoint(connection)
        covered = 0 if latest is None else int(latest["size"])
        first_kept = audit_queries.first_entry_at_or_after(connection, before)
        boundary = min(covered if first_kept is None else first_kept, covered)
        boundary -= boundary % TILE_WIDTH
        if boundary <= pruned:
            return Pruned(pruned, 0)
        mark = AccessEvent(
            practice_id=practice_id, actor=actor, action="prune", detail=prune_mark(boundary)
        )
        queries.append_access(connection, now, [mark.as_values()])
        deleted = audit_queries.delete_entries_below(connection, boundary)
        audit_queries.delete_leaf_tiles_below(connection, boundary // TILE_WIDTH)
        audit_queries.set_pruned_below(connection, boundary)
    return Pruned(boundary, deleted)
