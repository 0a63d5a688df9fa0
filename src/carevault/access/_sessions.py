"""Login sessions: a random bearer token per login, kept as its SHA-256; ended by logout,
15 minutes unused (idle) or 8 hours after login (absolute), whichever comes first.

``last_seen_at`` moves at most once a minute (``TOUCH_EVERY``): a write per request would cost
more than the rest of the check. The idle check reads it, so a session may end up to a minute
before 15 minutes of real idleness, never after."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from carevault.access._principal import Principal
from carevault.access._tokens import new_token, token_hash
from carevault.config import Settings
from carevault.errors import AuthenticationError
from carevault.store import queries

TOUCH_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class IssuedToken:
    """What a login answers. ``expires_in`` counts the seconds to the absolute end of the
    session (8 hours by default); the session ends sooner if left unused for the idle time
    (15 minutes by default): a client learns that from the 401 it then gets."""

    access_token: str = field(repr=False)
    expires_in: int
    principal: Principal
    token_type: str = "Bearer"  # noqa: S105 - the OAuth token type, not a secret

    def response(self) -> dict[str, str | int]:
        """The OAuth 2.0 token response body (RFC 6749 §5.1)."""
        return {
            "access_token": self.access_token,
            "token_type": self.token_type,
            "expires_in": self.expires_in,
        }


@dataclass(frozen=True)
class SessionLimits:
    idle: timedelta
    lifetime: timedelta

    @classmethod
    def of(cls, settings: Settings) -> SessionLimits:
        return cls(
            timedelta(minutes=settings.session_idle_minutes),
            timedelta(hours=settings.session_max_hours),
        )


def open_session(
    connection: Connection,
    account: Any,
    *,
    now: datetime,
    limits: SessionLimits,
    source_address: str | None,
    user_agent: str | None,
) -> IssuedToken:
    token, hashed = new_token("session")
    session_id = str(uuid.uuid4())
    queries.insert_session(
        connection,
        {
            "id": session_id,
            "practice_id": account["practice_id"],
            "account_id": account["id"],
            "token_hash": hashed,
            "created_at": now,
            "last_seen_at": now,
            "expires_at": now + limits.lifetime,
            "source_address": source_address[:64] if source_address else None,
            "user_agent": user_agent[:256] if user_agent else None,
        },
    )
    principal = Principal(
        account_id=account["id"],
        practice_id=account["practice_id"],
        username=account["username"],
        role=account["role"],
        credential_kind="session",
        credential_id=session_id,
        practitioner_id=account["practitioner_id"],
        patient_id=account["patient_id"],
    )
    return IssuedToken(token, int(limits.lifetime.total_seconds()), principal)


def session_principal(
    connection: Connection, token: str, *, now: datetime, limits: SessionLimits
) -> Principal:
    """The principal of a live session, or AuthenticationError with the reason."""
    row = queries.get_session(connection, token_hash(token))
    # Step 1: a token this store issued.
    if row is None:
        raise _refused("unknown")
    # Step 2: its account still enabled (disabling also revokes: this is the second lock).
    if row["account_disabled_at"] is not None:
        raise _refused("account_disabled")
    # Step 3: not logged out, not past its absolute end, not left unused too long.
    if row["revoked_at"] is not None:
        raise _refused("revoked")
    if now >= row["expires_at"]:
        raise _refused("expired")
    if now - row["last_seen_at"] >= limits.idle:
        raise _refused("idle")
    # Step 4: seen now (at most one write a minute per session).
    if now - row["last_seen_at"] >= TOUCH_EVERY:
        queries.touch_session(connection, row["id"], at=now, seen_before=now - TOUCH_EVERY)
    return Principal(
        account_id=row["account_id"],
        practice_id=row["practice_id"],
        username=row["username"],
        role=row["role"],
        credential_kind="session",
        credential_id=row["id"],
        practitioner_id=row["practitioner_id"],
        patient_id=row["patient_id"],
    )


def _refused(reason: str) -> AuthenticationError:
    return AuthenticationError("authentication required", reason=reason)
