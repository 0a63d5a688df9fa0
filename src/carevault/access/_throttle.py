"""Failed-login counters, per username and per source address, in fixed windows that open at
the first failure. They live in the database so that every server worker shares them.

A username is counted whether or not it exists: the answers must not tell which do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection

from carevault.access._time import seconds_until
from carevault.config import Settings
from carevault.store import queries


def account_key(username: str) -> str:
    return f"account:{username}"


def address_key(address: str) -> str:
    return f"address:{address}"


@dataclass(frozen=True)
class LoginThrottle:
    window: timedelta
    account_failures: int
    address_failures: int

    @classmethod
    def of(cls, settings: Settings) -> LoginThrottle:
        return cls(
            timedelta(minutes=settings.login_window_minutes),
            settings.login_account_failures,
            settings.login_address_failures,
        )

    def limits(self, username: str, address: str | None) -> dict[str, int]:
        """The counters a login attempt touches, each with its threshold."""
        keys = {account_key(username): self.account_failures}
        if address:
            keys[address_key(address)] = self.address_failures
        return keys

    def reserve(self, connection: Connection, limits: dict[str, int], now: datetime) -> int | None:
        """Count an attempt as failed under each of its counters before its password or code
        is checked, so that attempts sent together are each counted before any is judged.
        The seconds to wait if that takes a counter past its threshold (the caller then
        rolls the count back and refuses), else None."""
        for key in limits:
            queries.count_login_failure(connection, key, at=now, opened_after=now - self.window)
        rows = queries.get_login_failures(connection, list(limits))
        waits = [
            seconds_until(row["window_start"] + self.window, now)
            for key, row in rows.items()
            if row["failures"] > limits[key]
        ]
        return max(waits) if waits else None

    def give_back(self, connection: Connection, limits: dict[str, int]) -> None:
        """Undo :meth:`reserve` for an attempt that succeeded."""
        for key in limits:
            queries.give_back_login_failure(connection, key)

    def prune(self, connection: Connection, now: datetime) -> None:
        queries.prune_login_failures(connection, now - self.window)
