"""What the DPO does with the guard: read its alerts, see who is frozen, unfreeze (with a
reason, recorded), plant honeytokens (see _honeytokens)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson

from carevault.errors import InputError, NotFoundError
from carevault.guard._alerts import Alert
from carevault.store import Store, queries

MAX_ALERTS = 500
_MIN_REASON = 10


def parse_since(value: str, name: str = "since") -> datetime:
    """An ISO 8601 instant with its zone, or InputError naming the parameter."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise InputError(f"{name} must be an ISO 8601 instant with its zone")
    return moment


def list_alerts(
    store: Store,
    practice_id: str,
    *,
    since: datetime | None = None,
    limit: int = 100,
    after: tuple[datetime, str] | None = None,
) -> list[Alert]:
    """The practice's alerts, newest first; ``after`` is the (created_at, id) of the last
    alert already shown, for the next page."""
    if not 1 <= limit <= MAX_ALERTS:
        raise InputError(f"ask for between 1 and {MAX_ALERTS} alerts")
    with store.transaction() as connection:
        rows = queries.list_guard_alerts(
            connection, practice_id, since=since, limit=limit, after=after
        )
    return [_alert_of(row) for row in rows]


def _alert_of(row: Any) -> Alert:
    return Alert(
        id=row["id"],
        practice_id=row["practice_id"],
        created_at=row["created_at"],
        kind=row["kind"],
        action=row["action"],
        message=row["message"],
        account_id=row["account_id"],
        username=row["username"],
        numbers=orjson.loads(row["numbers"]),
    )


@dataclass(frozen=True)
class FrozenAccount:
    username: str
    role: str
    frozen_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "username": self.username,
            "role": self.role,
            "frozen_at": self.frozen_at.isoformat(),
        }


def frozen_accounts(store: Store, practice_id: str) -> list[FrozenAccount]:
    with store.transaction() as connection:
        rows = queries.list_accounts(connection, practice_id)
    return [
        FrozenAccount(row["username"], row["role"], row["disabled_at"])
        for row in rows
        if row["disabled_reason"] == "frozen"
    ]


def unfreeze(
    store: Store, practice_id: str, username: str, *, reason: str, by: str, now: datetime
) -> Alert:
    """Lift the guard's freeze of an account (its revoked sessions stay revoked: its owner
    logs in again). The reason is required and kept as an alert of kind ``unfrozen``."""
    reason = reason.strip()
    if len(reason) < _MIN_REASON:
        raise InputError(
            f"give a reason of at least {_MIN_REASON} characters for unfreezing (it is recorded)"
        )
    with store.transaction() as connection:
        account = queries.get_account(connection, practice_id, username)
        if account is None:
            raise NotFoundError(f"no account {username!r} in this practice")
        if account["disabled_reason"] != "frozen":
            raise InputError(f"the account {username!r} is not frozen by the guard")
        queries.enable_account(connection, practice_id, account["id"], at=now)
        alert = Alert(
            id=str(uuid.uuid4()),
            practice_id=practice_id,
            created_at=now,
            kind="unfrozen",
            action="alert",
            message=f"{username} ({account['role']}): unfrozen by {by}: {reason[:500]}",
            account_id=account["id"],
            username=username,
            numbers={},
        )
        queries.add_guard_alert(connection, alert_row(alert))
    return alert


def alert_row(alert: Alert) -> dict[str, Any]:
    return {
        "practice_id": alert.practice_id,
        "id": alert.id,
        "created_at": alert.created_at,
        "account_id": alert.account_id,
        "username": alert.username,
        "kind": alert.kind,
        "action": alert.action,
        "message": alert.message,
        "numbers": orjson.dumps(alert.numbers).decode("utf-8"),
    }
