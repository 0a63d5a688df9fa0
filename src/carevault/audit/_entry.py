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

import re
from collections.abc import Iterable, Iterator, Sequence
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
_LEAF_INDEX = itemgetter(COLUMN["leaf_index"])
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
        parsed = datetime.fromisoformat(at)  # the text must be a time, whatever its form
        if parsed.tzinfo is None and _SQLITE_TIME.fullmatch(at):
            return f"{at[:10]}T{at[11:]}Z"  # SQLite's own form: the same digits
        at = parsed
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds") + "Z"


# How SQLAlchemy writes a DATETIME on SQLite: naive (UTC), always with microseconds.
_SQLITE_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", re.ASCII)


def entry_fields(row: Sequence[Any]) -> dict[str, Any]:
    """The entry of a stored row (ENTRY_COLUMNS order), keys sorted, version last."""
    return _fields(row, canonical_time(row[_AT]))


def encode_entry(row: Sequence[Any]) -> bytes:
    # Keys are inserted in sorted order, and orjson keeps insertion order: canonical.
    return orjson.dumps(entry_fields(row))


def encode_entries(rows: Iterable[Sequence[Any]]) -> Iterator[bytes]:
    """encode_entry of each row, one at a time (hashed as they come, each entry's bytes are
    freed before the next is made). Entries appended together share their time: it is made
    canonical once for a run of rows that hold the same instant in the same form."""
    last_key: object = None
    last_time = ""
    for row in rows:
        at = row[_AT]
        key = at if isinstance(at, str) else (at, at.utcoffset())
        if key != last_key:
            last_key, last_time = key, canonical_time(at)
        yield orjson.dumps(_fields(row, last_time))


def numbered_run(rows: Sequence[Sequence[Any]], start: int) -> int:
    """How many rows, from the first, have leaf indices start, start + 1, ... (the row after
    them follows a missing entry)."""
    indices = list(map(_LEAF_INDEX, rows))
    if indices == list(range(start, start + len(rows))):
        return len(rows)
    return next(run for run, found in enumerate(indices) if found != start + run)


def _fields(row: Sequence[Any], at: str) -> dict[str, Any]:
    fields = dict(zip(_KEY_NAMES, _VALUES(row), strict=True))
    fields["at"] = at
    fields["v"] = ENTRY_VERSION
    return fields
