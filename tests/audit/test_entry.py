"""An entry's canonical bytes: the same on both stores, JSON canonical form, ids only."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from carevault.audit._entry import canonical_time, encode_entries, encode_entry
from carevault.store import audit_queries

AT = datetime(2026, 11, 26, 16, 17, 48, 123456, tzinfo=UTC)


def row(**values: object) -> tuple[object, ...]:
    base = dict.fromkeys(audit_queries.ENTRY_COLUMNS)
    base |= {"leaf_index": 987654, "practice_id": "p-1", "at": AT, "actor": "account:a-1"}
    base |= {"action": "read", "outcome": "allowed"}
    base |= values
    return tuple(base[name] for name in audit_queries.ENTRY_COLUMNS)


def test_every_form_of_one_instant_has_one_canonical_time() -> None:
    paris = timezone(timedelta(hours=1))
    forms = [AT, AT.astimezone(paris), AT.replace(tzinfo=None), "2026-11-26 16:17:48.123456"]
    assert {canonical_time(form) for form in forms} == {"2026-11-26T16:17:48.123456Z"}
    assert canonical_time(datetime(2026, 1, 1, tzinfo=UTC)) == "2026-01-01T00:00:00.000000Z"


def test_the_entry_is_canonical_json_with_every_key_and_no_position() -> None:
    agent = 'Navigateur "é" \u2028 \x01 \\ /'
    encoded = encode_entry(row(user_agent=agent, patient_id="pt-1"))
    decoded = json.loads(encoded)
    canonical = json.dumps(decoded, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert encoded == canonical.encode()
    assert set(decoded) == {
        "action", "actor", "at", "credential", "detail", "outcome", "patient", "practice",
        "reason", "resource_id", "resource_type", "source", "user_agent", "v",
    }  # fmt: skip
    assert decoded["v"] == 1 and decoded["user_agent"] == agent
    assert b"987654" not in encoded  # the leaf index is not in the entry: the tree places it


def test_the_same_access_made_twice_gives_two_different_entries_only_by_time() -> None:
    first, second = encode_entry(row()), encode_entry(row(at=AT + timedelta(microseconds=1)))
    assert first != second
    assert first.replace(b"123456Z", b"123457Z") == second


def test_sqlite_text_takes_the_short_way_to_the_same_canonical_time() -> None:
    for text in ("2026-11-26 16:17:48.123456", "0001-01-01 00:00:00.000000"):
        slow = datetime.fromisoformat(text).isoformat(timespec="microseconds") + "Z"
        assert canonical_time(text) == slow
    # Any other form of a time goes the long way, and text that is no time is refused.
    assert canonical_time("2026-11-26 16:17:48") == "2026-11-26T16:17:48.000000Z"
    assert canonical_time("2026-11-26 16:17:48.123456+01:00") == "2026-11-26T15:17:48.123456Z"
    assert canonical_time("2026-11-26T16:17:48,123456") == "2026-11-26T16:17:48.123456Z"
    with pytest.raises(ValueError):
        canonical_time("2026-13-26 16:17:48.123456")


def test_entries_encoded_in_a_batch_are_each_as_encoded_alone() -> None:
    paris = timezone(timedelta(hours=1))
    ats = [AT, AT, AT.astimezone(paris), AT.replace(tzinfo=None), AT + timedelta(seconds=1)]
    ats += ["2026-11-26 16:17:48.123456", "2026-11-26 16:17:48.123456", "2026-11-26 16:17:49"]
    ats += [datetime(2026, 10, 25, 2, 30, tzinfo=ZoneInfo("Europe/Paris")).replace(fold=fold)
            for fold in (0, 1)]  # fmt: skip
    rows = [row(at=at, resource_id=f"r-{i}") for i, at in enumerate(ats)]
    assert list(encode_entries(rows)) == [encode_entry(one) for one in rows]
