"""Accounts of a practice. (Login, OTP and sessions come with the API.)"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from carevault.access._passwords import generate_password, hash_password
from carevault.access._principal import ROLES
from carevault.errors import InputError
from carevault.store import Store, queries

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


@dataclass(frozen=True)
class NewAccount:
    id: str
    username: str
    role: str
    password: str  # shown once, never stored


def check_new_account(*, username: str, role: str) -> None:
    if not _USERNAME.match(username):
        raise InputError("username must be 2-64 lowercase letters, digits, '.', '_' or '-'")
    if role not in ROLES:
        raise InputError(f"role must be one of {', '.join(ROLES)}")


def create_account(
    store: Store,
    practice_id: str,
    *,
    username: str,
    role: str,
    clock: Callable[[], datetime],
    password: str | None = None,
) -> NewAccount:
    check_new_account(username=username, role=role)
    chosen = password if password is not None else generate_password()
    account_id = str(uuid.uuid4())
    with store.transaction() as connection:
        queries.insert_account(
            connection,
            {
                "id": account_id,
                "practice_id": practice_id,
                "username": username,
                "role": role,
                "password_hash": hash_password(chosen),
                "created_at": clock(),
                "disabled_at": None,
            },
        )
    return NewAccount(account_id, username, role, chosen)
