"""An API over a real store for tests: accounts of every role, logins with real TOTP codes,
and a clock the test moves (sessions, OTP steps, dormancy)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyotp
from starlette.testclient import TestClient

from carevault.access import create_account
from carevault.api import create_app
from carevault.config import load_settings
from carevault.records import StoreIdentity, Vault, open_vault
from carevault.store import Store, queries
from support.fhir import patient
from support.identity import FakeClock


@dataclass
class User:
    username: str
    password: str
    otp_secret: str
    role: str
    practice_id: str
    account_id: str
    practitioner_id: str | None = None
    token: str | None = None

    def code(self, at: datetime) -> str:
        return pyotp.TOTP(self.otp_secret).at(at)


@dataclass
class World:
    client: TestClient
    clock: FakeClock
    data: Path
    practice_id: str
    users: dict[str, User] = field(default_factory=dict)

    def vault(self) -> Vault:
        return open_vault(load_settings(data=self.data), clock=self.clock)

    def add_user(
        self,
        username: str,
        role: str,
        *,
        practice_id: str | None = None,
        patient_id: str | None = None,
    ) -> User:
        practice = practice_id or self.practice_id
        vault = self.vault()
        try:
            records = vault.practice(practice)
            practitioner_id = None
            if role in ("doctor", "nurse"):
                practitioner_id = records.add(
                    {"resourceType": "Practitioner", "name": [{"family": username.title()}]}
                )["id"]
            made = create_account(
                vault.store,
                practice,
                username=username,
                role=role,
                staff_keyring=records.keys.staff,
                clock=self.clock,
                practitioner_id=practitioner_id,
                patient_id=patient_id,
            )
        finally:
            vault.close()
        secret = pyotp.parse_uri(made.otp_uri).secret
        user = User(username, made.password, secret, role, practice, made.id, practitioner_id)
        self.users[username] = user
        return user

    def try_login(self, username: str, **override: str) -> Any:
        """POST /auth/login with the user's password and current code, or what ``override``
        says instead (and any extra field)."""
        user = self.users[username]
        credentials = {
            "username": user.username,
            "password": user.password,
            "otp": user.code(self.clock.now),
            **override,
        }
        return self.client.post("/auth/login", json=credentials)

    def login(self, username: str) -> User:
        """A fresh session (the clock steps past the last code used, as a person would)."""
        user = self.users[username]
        self.clock.advance(seconds=30)
        answer = self.try_login(username)
        assert answer.status_code == 200, answer.text
        user.token = answer.json()["access_token"]
        return user

    def as_user(self, username: str) -> dict[str, str]:
        user = self.users[username]
        if user.token is None:
            self.login(username)
        return {"Authorization": f"Bearer {user.token}"}

    def get(self, username: str, path: str, **kwargs: Any) -> Any:
        headers = {**self.as_user(username), **kwargs.pop("headers", {})}
        return self.client.get(path, headers=headers, **kwargs)

    def post(self, username: str, path: str, body: Any, **kwargs: Any) -> Any:
        headers = {
            **self.as_user(username),
            "Content-Type": "application/fhir+json",
            **kwargs.pop("headers", {}),
        }
        return self.client.post(path, json=body, headers=headers, **kwargs)

    def put(self, username: str, path: str, body: Any, **kwargs: Any) -> Any:
        headers = {
            **self.as_user(username),
            "Content-Type": "application/fhir+json",
            **kwargs.pop("headers", {}),
        }
        return self.client.put(path, json=body, headers=headers, **kwargs)

    def delete(self, username: str, path: str, **kwargs: Any) -> Any:
        return self.client.delete(path, headers=self.as_user(username), **kwargs)

    def access_rows(self) -> list[Any]:
        """The practice's access record as stored, newest first (at most 1,000 entries)."""
        store = Store.connect(load_settings(data=self.data).effective_database_url)
        try:
            with store.transaction() as connection:
                return queries.list_access(connection, self.practice_id, limit=1000)
        finally:
            store.close()

    def outsiders(self, count: int) -> list[str]:
        """Patients of the practice in no clinician's care, added straight to the store."""
        vault = self.vault()
        try:
            records = vault.practice(self.practice_id)
            return [
                records.add(patient(given=(f"Zoé{n}",), first13=f"28002751{n:05d}"))["id"]
                for n in range(count)
            ]
        finally:
            vault.close()


STAFF = (
    ("dr.house", "doctor"),
    ("dr.watson", "doctor"),
    ("sec.anna", "secretary"),
    ("admin.paul", "practice_admin"),
    ("dpo.lea", "dpo"),
)


@contextmanager
def staffed_world(data: Path) -> Iterator[World]:
    """A world whose practice has a doctor, a second doctor, a secretary, an admin and a DPO."""
    with api_world(data) as world:
        for username, role in STAFF:
            world.add_user(username, role)
        yield world


@contextmanager
def api_world(data: Path) -> Iterator[World]:
    clock = FakeClock(datetime.now(UTC).replace(microsecond=0))
    settings = load_settings(data=data)
    vault = open_vault(settings)
    try:
        practice_id = StoreIdentity.read(vault.store).default_practice
    finally:
        vault.close()
    assert practice_id is not None
    app = create_app(settings, clock=clock)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield World(client, clock, data, practice_id)
