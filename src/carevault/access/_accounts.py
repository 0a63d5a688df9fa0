"""Accounts of a practice: creation (password and TOTP secret), the list, disabling and
enabling, unlocking, a new password, a new second factor. Every function is scoped by the
practice the caller names."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from carevault.access._otp import new_otp_secret, provisioning_uri, seal_otp_secret
from carevault.access._passwords import check_password, generate_password, hash_password
from carevault.access._principal import CLINICAL_ROLES, ROLES
from carevault.access._throttle import account_key
from carevault.access._time import Clock, now_utc
from carevault.crypto import Keyring
from carevault.errors import InputError, NotFoundError
from carevault.logs import get_logger
from carevault.store import Store, queries

_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")
DISABLED_REASONS = ("admin", "dormant", "frozen")  # frozen: by the guard
_log = get_logger("access")


@dataclass(frozen=True)
class NewAccount:
    """A created account, with the secrets shown once to whoever created it."""

    id: str
    username: str
    role: str
    password: str = field(repr=False)  # never stored
    otp_uri: str = field(repr=False)  # holds the TOTP secret
    practitioner_id: str | None = None


@dataclass(frozen=True)
class AccountInfo:
    """An account as `user list` shows it: no hash, no secret."""

    id: str
    username: str
    role: str
    practitioner_id: str | None
    created_at: datetime
    last_login_at: datetime | None
    disabled_at: datetime | None
    disabled_reason: str | None
    locked_until: datetime | None
    failed_logins: int

    @classmethod
    def of(cls, row: Any) -> AccountInfo:
        return cls(**{name: row[name] for name in cls.__dataclass_fields__})


def check_new_account(
    *,
    username: str,
    role: str,
    practitioner_id: str | None = None,
    password: str | None = None,
    patient_id: str | None = None,
) -> None:
    """InputError naming what is wrong with a new account, before anything is made."""
    if not _USERNAME.fullmatch(username):
        raise InputError("username must be 2-64 lowercase letters, digits, '.', '_' or '-'")
    if role not in ROLES:
        raise InputError(f"role must be one of {', '.join(ROLES)}")
    if practitioner_id is not None and role not in CLINICAL_ROLES:
        raise InputError("only a doctor or a nurse is a practitioner")
    if role == "patient" and patient_id is None:
        raise InputError("a patient account names its patient (--patient ID)")
    if role != "patient" and patient_id is not None:
        raise InputError("only a patient account names a patient")
    if password is not None:
        check_password(password)


def check_username_free(store: Store, username: str) -> None:
    with store.transaction() as connection:
        if queries.username_taken(connection, username):
            raise InputError("that username is taken (usernames are unique in the whole store)")


def create_account(
    store: Store,
    practice_id: str,
    *,
    username: str,
    role: str,
    staff_keyring: Keyring,
    clock: Clock,
    password: str | None = None,
    practitioner_id: str | None = None,
    patient_id: str | None = None,
) -> NewAccount:
    """A new account with a password (generated unless given) and a TOTP secret, sealed with
    the practice's staff keyring. Both are returned once, to be shown once."""
    check_new_account(
        username=username,
        role=role,
        practitioner_id=practitioner_id,
        password=password,
        patient_id=patient_id,
    )
    chosen = password if password is not None else generate_password()
    account_id, secret = str(uuid.uuid4()), new_otp_secret()
    with store.transaction() as connection:
        if queries.username_taken(connection, username):
            raise InputError("that username is taken (usernames are unique in the whole store)")
        queries.insert_account(
            connection,
            {
                "id": account_id,
                "practice_id": practice_id,
                "username": username,
                "role": role,
                "password_hash": hash_password(chosen),
                "created_at": now_utc(clock),
                "practitioner_id": practitioner_id,
                "patient_id": patient_id,
                "otp_secret": seal_otp_secret(staff_keyring, practice_id, account_id, secret),
            },
        )
    _log.info("account_created", practice_id=practice_id, account_id=account_id, role=role)
    uri = provisioning_uri(secret, username)
    return NewAccount(account_id, username, role, chosen, uri, practitioner_id)


def list_accounts(store: Store, practice_id: str) -> list[AccountInfo]:
    with store.transaction() as connection:
        return [AccountInfo.of(row) for row in queries.list_accounts(connection, practice_id)]


def disable_account(
    store: Store, practice_id: str, username: str, *, clock: Clock, reason: str = "admin"
) -> int:
    """Disable the account and revoke every session and service token it holds, at once.
    Returns how many were revoked. Disabling a disabled account revokes what is left."""
    if reason not in DISABLED_REASONS:
        raise ValueError(f"unknown reason {reason!r}")
    now = now_utc(clock)
    with store.transaction() as connection:
        account_id = _account_id(connection, practice_id, username)
        revoked = disable_in(connection, practice_id, account_id, at=now, reason=reason)
    return revoked


def disable_in(
    connection: Connection, practice_id: str, account_id: str, *, at: datetime, reason: str
) -> int:
    """Disable an account inside the caller's transaction; credentials revoked."""
    queries.disable_account(connection, practice_id, account_id, at=at, reason=reason)
    revoked = queries.revoke_account_credentials(connection, practice_id, account_id, at)
    _log.info(
        "account_disabled",
        practice_id=practice_id,
        account_id=account_id,
        reason=reason,
        credentials_revoked=revoked,
    )
    return revoked


def enable_account(store: Store, practice_id: str, username: str, *, clock: Clock) -> None:
    """Enable an account disabled by an administrator or for dormancy; its dormancy counts
    from now, its revoked sessions and tokens stay revoked. An account the guard froze is
    the DPO's to unfreeze (``guard unfreeze``, with a reason)."""
    with store.transaction() as connection:
        row = queries.get_account(connection, practice_id, username)
        if row is None:
            raise NotFoundError("no account with that username in this practice")
        if row["disabled_at"] is None:
            raise InputError(f"the account {username!r} is not disabled")
        if row["disabled_reason"] == "frozen":
            raise InputError(
                f"the account {username!r} was frozen by the guard: the practice's DPO "
                "unfreezes it (carevault guard unfreeze), giving a reason"
            )
        queries.enable_account(connection, practice_id, row["id"], at=now_utc(clock))
    _log.info("account_enabled", practice_id=practice_id, account_id=row["id"])


def reset_password(
    store: Store, practice_id: str, username: str, *, clock: Clock, password: str | None = None
) -> tuple[str, int]:
    """A new password (generated unless given; a leaked or forgotten one) and every login
    session of the account ended; (the password, to be shown once; sessions ended)."""
    if password is not None:
        check_password(password)
    chosen = password if password is not None else generate_password()
    hashed = hash_password(chosen)
    with store.transaction() as connection:
        account_id = _account_id(connection, practice_id, username)
        queries.set_password_hash(connection, practice_id, account_id, hashed)
        ended = queries.revoke_account_sessions(connection, practice_id, account_id, now_utc(clock))
    _log.info(
        "account_password_reset",
        practice_id=practice_id,
        account_id=account_id,
        sessions_ended=ended,
    )
    return chosen, ended


def unlock_account(store: Store, practice_id: str, username: str) -> None:
    """End a lockout and forget the account's failed logins (not its source addresses')."""
    with store.transaction() as connection:
        account_id = _account_id(connection, practice_id, username)
        queries.unlock_account(connection, practice_id, account_id)
        queries.clear_login_failures(connection, account_key(username))
    _log.info("account_unlocked", practice_id=practice_id, account_id=account_id)


def reset_otp(store: Store, practice_id: str, username: str, *, staff_keyring: Keyring) -> str:
    """A new TOTP secret (lost phone): the old one stops working; the new URI, shown once."""
    secret = new_otp_secret()
    with store.transaction() as connection:
        account_id = _account_id(connection, practice_id, username)
        sealed = seal_otp_secret(staff_keyring, practice_id, account_id, secret)
        queries.set_otp_secret(connection, practice_id, account_id, sealed)
    _log.info("account_otp_reset", practice_id=practice_id, account_id=account_id)
    return provisioning_uri(secret, username)


def account_id_of(store: Store, practice_id: str, username: str) -> str:
    with store.transaction() as connection:
        return _account_id(connection, practice_id, username)


def _account_id(connection: Connection, practice_id: str, username: str) -> str:
    row = queries.get_account(connection, practice_id, username)
    if row is None:
        raise NotFoundError("no account with that username in this practice")
    return str(row["id"])
