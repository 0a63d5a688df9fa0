"""Service tokens for integrations: a bearer token bound to an account of the practice,
narrowed by SMART-on-FHIR v2 scopes (``user/Patient.rs``), with a required expiry (at most
``service_token_max_days``), revocable. Kept as SHA-256 only; shown once."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from carevault.access._principal import Principal
from carevault.access._scopes import check_scopes
from carevault.access._time import Clock, now_utc
from carevault.access._tokens import new_token, token_hash
from carevault.errors import AuthenticationError, InputError, NotFoundError
from carevault.logs import get_logger
from carevault.store import Store, queries

TOUCH_EVERY = timedelta(minutes=1)
_log = get_logger("access")


@dataclass(frozen=True)
class IssuedServiceToken:
    id: str
    token: str = field(repr=False)  # shown once, never stored
    username: str
    scopes: frozenset[str]
    expires_at: datetime
    label: str | None = None


@dataclass(frozen=True)
class ServiceTokenInfo:
    """A service token as `token list` shows it: never the token."""

    id: str
    username: str
    scopes: frozenset[str]
    label: str | None
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None

    @classmethod
    def of(cls, row: Any) -> ServiceTokenInfo:
        values = {name: row[name] for name in cls.__dataclass_fields__}
        return cls(**{**values, "scopes": frozenset(row["scopes"].split())})


def issue_service_token(
    store: Store,
    practice_id: str,
    *,
    username: str,
    scopes: Iterable[str],
    expires_in_days: int,
    clock: Clock,
    max_days: int,
    label: str | None = None,
) -> IssuedServiceToken:
    checked = check_scopes(scopes)
    if not 1 <= expires_in_days <= max_days:
        raise InputError(f"a service token expires in 1 to {max_days} days")
    if label is not None and not (0 < len(label) <= 100 and label.isprintable()):
        raise InputError("a token label is 1-100 printable characters")
    now = now_utc(clock)
    token, hashed = new_token("service")
    token_id = str(uuid.uuid4())
    expires_at = now + timedelta(days=expires_in_days)
    with store.transaction() as connection:
        account = _live_account(connection, practice_id, username)
        queries.insert_service_token(
            connection,
            {
                "id": token_id,
                "practice_id": practice_id,
                "account_id": account["id"],
                "token_hash": hashed,
                "scopes": " ".join(sorted(checked)),
                "label": label,
                "created_at": now,
                "expires_at": expires_at,
            },
        )
    _log.info("service_token_issued", practice_id=practice_id, token_id=token_id)
    return IssuedServiceToken(token_id, token, username, checked, expires_at, label)


def _live_account(connection: Connection, practice_id: str, username: str) -> Any:
    account = queries.get_account(connection, practice_id, username)
    if account is None:
        raise NotFoundError("no account with that username in this practice")
    if account["disabled_at"] is not None:
        raise InputError("that account is disabled: it may hold no token")
    return account


def list_service_tokens(store: Store, practice_id: str) -> list[ServiceTokenInfo]:
    with store.transaction() as connection:
        return [
            ServiceTokenInfo.of(r) for r in queries.list_service_tokens(connection, practice_id)
        ]


def revoke_service_token(store: Store, practice_id: str, token_id: str, *, clock: Clock) -> None:
    """Revoke a live token of the practice, or NotFoundError (unknown, or already revoked)."""
    with store.transaction() as connection:
        if queries.revoke_service_token(connection, practice_id, token_id, now_utc(clock)) != 1:
            raise NotFoundError("no live service token with that id in this practice")
    _log.info("service_token_revoked", practice_id=practice_id, token_id=token_id)


def service_principal(connection: Connection, token: str, *, now: datetime) -> Principal:
    """The principal of a live service token, or AuthenticationError with the reason."""
    row = queries.get_service_token(connection, token_hash(token))
    # Step 1: a token this store issued.
    if row is None:
        raise _refused("unknown")
    # Step 2: its account still enabled; the token neither revoked nor expired.
    if row["account_disabled_at"] is not None:
        raise _refused("account_disabled")
    if row["revoked_at"] is not None:
        raise _refused("revoked")
    if now >= row["expires_at"]:
        raise _refused("expired")
    # Step 3: used now (at most one write a minute per token).
    last = row["last_used_at"]
    if last is None or now - last >= TOUCH_EVERY:
        queries.touch_service_token(connection, row["id"], at=now, used_before=now - TOUCH_EVERY)
    return Principal(
        account_id=row["account_id"],
        practice_id=row["practice_id"],
        username=row["username"],
        role=row["role"],
        credential_kind="service",
        credential_id=row["id"],
        practitioner_id=row["practitioner_id"],
        scopes=frozenset(row["scopes"].split()),
        patient_id=row["patient_id"],
    )


def _refused(reason: str) -> AuthenticationError:
    return AuthenticationError("authentication required", reason=reason)
