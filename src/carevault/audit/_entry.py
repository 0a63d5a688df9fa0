"""An access-log entry as the bytes the Merkle log hashes.

The encoding (version 1) is canonical JSON (RFC 8785 for an object whose values are strings
or null): one object with exactly the keys below, sorted, no whitespace, UTF-8. Every key is
present; an absent value is null. The time is UTC with microseconds. No entry holds a
patient's name or any clinical value: patients, resources and accounts appear by id only::

    {"action":"read","actor":"account:…","at":"2026-11-26T16:17:48.123456Z",
     "credential":"…","detail":null,"outcome":"allowed","patient":"…","practice":"…",
     "reason":"care_team","resource_id":"…","resource_type":"Patient","source":"10.0.0.7",
     "user_agent":"…","v":1}

The entry's place in the log (its leaf index) is not part of it: the tree fixes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import orjson

ENTRY_VERSION = 1
# Keys in sorted order, each with the position of its value in a stored entry row
# (carevault.store.audit_queries.ENTRY_COLUMNS: leaf_index first, then these).
_KEYS = (
    ("action", 4),
    ("actor", 3),
    ("at", 2),
    ("credential", 11),
    ("detail", 9),
    ("outcome", 5),
    ("patient", 8),
    ("practice", 1),
    ("reason", 10),
    ("resource_id", 7),
    ("resource_type", 6),
    ("source", 12),
    ("user_agent", 13),
)


def canonical_time(at: datetime) -> str:
    """UTC with microseconds and a Z; a naive time is UTC already (SQLite keeps no zone)."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds") + "Z"


def entry_fields(row: Sequence[Any]) -> dict[str, Any]:
    """The entry of a stored row (ENTRY_COLUMNS order), keys sorted, version last."""
    fields = {key: row[position] for key, position in _KEYS}
    fields["at"] = canonical_time(row[2])
    fields["v"] = ENTRY_VERSION
    return fields


def encode_entry(row: Sequence[Any]) -> bytes:
    # Keys are inserted in sorted order, and orjson keeps insertion order: canonical.
    return orjson.dumps(entry_fields(row))
