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
from operator import itemgetter
from typing import Any

import orjson

from carevault.store import audit_queries

ENTRY_VERSION = 1
# Where each column is in a stored entry row (tuples, for speed: verify reads millions).
COLUMN = {name: position for position, name in enumerate(audit_queries.ENTRY_COLUMNS)}
# The entry's keys in sorted order, with the position of each one's value in a row.
_KEYS = tuple(
    (key, COLUMN[column])
    for key, column in sorted(
        {
            "action": "action",
            "actor": "actor",
            "at": "at",
            "credential": "credential_id",
            "detail": "detail",
            "outcome": "outcome",
            "patient": "patient_id",
            "practice": "practice_id",
            "reason": "reason",
            "resource_id": "resource_id",
            "resource_type": "resource_type",
            "source": "source",
            "user_agent": "user_agent",
        }.items()
    )
)
_AT = COLUMN["at"]
_KEY_NAMES = tuple(key for key, _ in _KEYS)
_VALUES = itemgetter(*(position for _, position in _KEYS))


def as_utc(at: datetime | str) -> datetime:
    """Aware, in UTC. A naive time is UTC already (SQLite keeps no zone); text is SQLite's
    stored form of one."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    return at.astimezone(UTC) if at.tzinfo is not None else at.replace(tzinfo=UTC)


def canonical_time(at: datetime | str) -> str:
    """UTC with microseconds and a Z."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds") + "Z"


def entry_fields(row: Sequence[Any]) -> dict[str, Any]:
    """The entry of a stored row (ENTRY_COLUMNS order), keys sorted, version last."""
    fields = dict(zip(_KEY_NAMES, _VALUES(row), strict=True))
    fields["at"] = canonical_time(row[_AT])
    fields["v"] = ENTRY_VERSION
    return fields


def encode_entry(row: Sequence[Any]) -> bytes:
    # Keys are inserted in sorted order, and orjson keeps insertion order: canonical.
    return orjson.dumps(entry_fields(row))
