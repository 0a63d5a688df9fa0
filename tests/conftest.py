"""Shared fixtures. Every store-backed test runs on SQLite and, when
CAREVAULT_TEST_DATABASE_URL is set, on PostgreSQL too (in a schema of its own)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from argon2 import PasswordHasher

from carevault.access import _passwords
from carevault.config import load_settings
from carevault.provision import create_store
from support import guard_redis
from support.cli import CLI
from support.softhsm import (
    SoftHsmToken,
    make_softhsm_token,
    shared_softhsm_directory,
    unique_token_label,
)

PG_URL = os.environ.get("CAREVAULT_TEST_DATABASE_URL")
BACKENDS = ["sqlite", *(["postgresql"] if PG_URL else [])]


def _libpq_url(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1).split("?", 1)[0]


def pytest_sessionstart(session: pytest.Session) -> None:
    """With CAREVAULT_TEST_DATABASE_URL set, PostgreSQL must answer: CI never skips it."""
    if PG_URL is None:
        return
    try:
        with psycopg.connect(_libpq_url(PG_URL), connect_timeout=5) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as exc:
        raise pytest.UsageError(
            f"CAREVAULT_TEST_DATABASE_URL is set but PostgreSQL does not answer: {exc}"
        ) from exc


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith("CAREVAULT_") and name != "CAREVAULT_TEST_DATABASE_URL":
            monkeypatch.delenv(name)
    monkeypatch.setenv("CAREVAULT_KEY_DIR", str(tmp_path / "keys"))


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at its production cost takes ~0.35 s a hash here, and the API tests make
    dozens of accounts and logins: the tests hash with the same algorithm at minimal cost.
    tests/access/test_passwords.py checks the production parameters themselves."""
    monkeypatch.setattr(
        _passwords, "_HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | None]:
    """None for the embedded SQLite default, else a PostgreSQL URL with a fresh schema."""
    if request.param == "sqlite":
        yield None
        return
    assert PG_URL is not None
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq_url(PG_URL), autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(_libpq_url(PG_URL), autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def data_dir(tmp_path: Path, database_url: str | None, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An initialized store (SQLite or PostgreSQL) whose data folder is returned."""
    data = tmp_path / "data"
    if database_url is not None:
        monkeypatch.setenv("CAREVAULT_DATABASE_URL", database_url)
    create_store(
        load_settings(data=data), practice_name="Cabinet test", admin="admin", passphrase=None
    )
    return data


@pytest.fixture(scope="session")
def softhsm_directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_softhsm_directory(tmp_path_factory)


@pytest.fixture
def token(softhsm_directory: Path) -> SoftHsmToken:
    """A fresh SoftHSM2 token (real PKCS#11, no mock)."""
    return make_softhsm_token(softhsm_directory, label=unique_token_label())


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    database_url: str | None,
) -> CLI:
    if database_url is not None:
        monkeypatch.setenv("CAREVAULT_DATABASE_URL", database_url)
    return CLI(capsys, monkeypatch, tmp_path / "data")


def pg_schema(url: str) -> str:
    return url.rsplit("%3D", 1)[1]


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A Redis key prefix of the test's own (support.guard_redis), its keys deleted after."""
    with guard_redis.redis_prefix() as prefix:
        yield prefix
