"""Reading the access log, one practice at a time: AuditEvents for the DPO, and a patient's
accesses with who made them (the api adds names and break-the-glass reasons, which need keys).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from carevault.audit._entry import as_utc
from carevault.audit._views import audit_event
from carevault.store import Store, audit_queries, queries

_GRANT_PREFIXES = ("break-glass:", "grant:")


@dataclass(frozen=True)
class EventQuery:
    """The DPO's AuditEvent search; every field narrows it (None: any)."""

    patient_id: str | None = None
    account_id: str | None = None
    practitioner_id: str | None = None  # every account of this practitioner
    actions: Sequence[str] | None = None
    since: datetime | None = None
    until: datetime | None = None  # exclusive
    before_index: int | None = None  # the page's cursor: entries older than this one
    limit: int = 20


@dataclass(frozen=True)
class Access:
    """One access to a patient's record, as the patient is shown it."""

    index: int
    at: datetime
    action: str
    outcome: str
    reason: str | None  # the policy's basis, or the rule that refused
    role: str  # of the account that made it ("system" if it is gone)
    practitioner_id: str | None
    grant_id: str | None  # a break-the-glass grant, whose reason the patient may read


class AuditReader:
    def __init__(self, store: Store) -> None:
        self._store = store

    def event(self, practice_id: str, index: int) -> dict[str, Any] | None:
        """The AuditEvent of entry ``index``, if it is this practice's."""
        with self._store.snapshot() as connection:
            row = audit_queries.entry_at(connection, index)
        if row is None or row["practice_id"] != practice_id:
            return None
        return audit_event(row)

    def events(self, practice_id: str, query: EventQuery) -> list[dict[str, Any]]:
        """The practice's AuditEvents matching ``query``, newest first."""
        with self._store.snapshot() as connection:
            actors = _actors(connection, practice_id, query)
            if actors == []:
                return []
            rows = audit_queries.search_entries(
                connection,
                practice_id,
                patient_id=query.patient_id,
                actors=actors,
                actions=query.actions,
                # In UTC: SQLite keeps times as UTC text and compares the digits given.
                since=None if query.since is None else as_utc(query.since),
                until=None if query.until is None else as_utc(query.until),
                before_index=query.before_index,
                limit=query.limit,
            )
        return [audit_event(row) for row in rows]

    def history(
        self, practice_id: str, patient_id: str, *, viewer: str, before: int | None, limit: int
    ) -> list[Access]:
        """Every access to the patient's record but the ``viewer``'s own, newest first."""
        with self._store.snapshot() as connection:
            rows = audit_queries.search_entries(
                connection,
                practice_id,
                patient_id=patient_id,
                exclude_actor=viewer,
                before_index=before,
                limit=limit,
            )
            account_ids = sorted({row["actor"].removeprefix("account:") for row in rows})
            accounts = queries.accounts_by_id(connection, practice_id, account_ids)
        return [_access(row, accounts.get(row["actor"].removeprefix("account:"))) for row in rows]


def _actors(connection: Connection, practice_id: str, query: EventQuery) -> list[str] | None:
    if query.account_id is not None:
        return [f"account:{query.account_id}"]
    if query.practitioner_id is not None:
        found = queries.account_ids_of_practitioner(connection, practice_id, query.practitioner_id)
        return [f"account:{account}" for account in found]
    return None


def _access(row: Any, account: Any) -> Access:
    reason = row["reason"]
    grant = reason.split(":", 1)[1] if reason and reason.startswith(_GRANT_PREFIXES) else None
    return Access(
        index=int(row["leaf_index"]),
        at=as_utc(row["at"]),
        action=row["action"],
        outcome=row["outcome"],
        reason=reason,
        role=account["role"] if account else "system",
        practitioner_id=account["practitioner_id"] if account else None,
        grant_id=grant,
    )
