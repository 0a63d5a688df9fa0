"""An identity layer on a real store (SQLite or PostgreSQL) with a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyotp

from carevault.access import Authenticator, IssuedToken, NewAccount, create_account
from carevault.cli._context import Opened, open_store
from carevault.config import Settings, load_settings
from carevault.crypto import Keyring

START = datetime(2026, 3, 2, 8, 0, 5, tzinfo=UTC)  # 5 s into a TOTP step


class FakeClock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Identity:
    opened: Opened
    clock: FakeClock
    settings: Settings
    auth: Authenticator

    @property
    def store(self) -> Any:
        return self.opened.vault.store

    @property
    def practice_id(self) -> str:
        return self.opened.practice_id

    def keyring(self, practice_id: str) -> Keyring:
        return self.opened.vault.practice(practice_id).keys.staff

    def add(
        self,
        username: str = "alice",
        role: str = "doctor",
        *,
        practice_id: str | None = None,
        password: str | None = None,
    ) -> NewAccount:
        practice = practice_id or self.practice_id
        return create_account(
            self.store,
            practice,
            username=username,
            role=role,
            staff_keyring=self.keyring(practice),
            clock=self.clock,
            password=password,
        )

    def login(
        self,
        account: NewAccount,
        *,
        password: str | None = None,
        otp: str | None = "",
        address: str | None = "192.0.2.10",
    ) -> IssuedToken:
        """Log in with the right password and the current code, unless told otherwise."""
        return self.auth.login(
            username=account.username,
            password=account.password if password is None else password,
            otp=code(account, self.clock.now) if otp == "" else otp,
            source_address=address,
            user_agent="pytest",
        )

    def with_settings(self, **changes: Any) -> Authenticator:
        self.settings = self.settings.model_copy(update=changes)
        self.auth = Authenticator(self.store, self.keyring, self.settings, self.clock)
        return self.auth


def code(account: NewAccount, at: datetime, *, steps: int = 0) -> str:
    """The account's TOTP code at ``at``, ``steps`` 30-second steps away."""
    totp = pyotp.parse_uri(account.otp_uri)
    return str(totp.at(at, counter_offset=steps))


def otp_secret(account: NewAccount) -> str:
    return str(pyotp.parse_uri(account.otp_uri).secret)


@contextmanager
def open_identity(data_dir: Path) -> Iterator[Identity]:
    clock = FakeClock()
    settings = load_settings(data=data_dir)
    with open_store(data_dir) as opened:

        def keyring(practice_id: str) -> Keyring:
            return opened.vault.practice(practice_id).keys.staff

        yield Identity(
            opened, clock, settings, Authenticator(opened.vault.store, keyring, settings, clock)
        )
