"""Bearer authentication of login sessions: every refusal and its reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from carevault.access import disable_account
from carevault.access._tokens import new_token, token_hash
from carevault.errors import AuthenticationError
from carevault.store import queries
from support.identity import Identity, open_identity


@pytest.fixture
def world(data_dir: Path) -> Iterator[Identity]:
    with open_identity(data_dir) as identity:
        yield identity


def _reason(world: Identity, token: str | None) -> str:
    with pytest.raises(AuthenticationError) as refused:
        world.auth.authenticate(token)
    assert type(refused.value) is AuthenticationError
    assert str(refused.value) == "authentication required"
    return refused.value.reason


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        (None, "missing"),
        ("", "missing"),
        ("Bearer abc", "malformed"),
        ("cvs_" + "A" * 42, "malformed"),
        (new_token("session")[0], "unknown"),
        (new_token("service")[0], "unknown"),
    ],
)
def test_tokens_that_were_never_issued(world: Identity, token: str | None, reason: str) -> None:
    assert _reason(world, token) == reason


def test_a_session_ends_15_minutes_unused(world: Identity) -> None:
    issued = world.login(world.add())
    world.clock.advance(minutes=14)
    world.auth.authenticate(issued.access_token)
    world.clock.advance(minutes=14)
    world.auth.authenticate(issued.access_token)  # 14 minutes since last seen
    world.clock.advance(minutes=15)
    assert _reason(world, issued.access_token) == "idle"


def test_a_session_ends_8_hours_after_login_however_busy(world: Identity) -> None:
    issued = world.login(world.add())
    for _ in range(8 * 6 - 1):
        world.clock.advance(minutes=10)
        world.auth.authenticate(issued.access_token)
    world.clock.advance(minutes=10)
    assert _reason(world, issued.access_token) == "expired"


def test_last_seen_moves_at_most_once_a_minute(world: Identity) -> None:
    issued = world.login(world.add())
    login_at = world.clock.now

    def last_seen() -> object:
        with world.store.transaction() as connection:
            row = queries.get_session(connection, token_hash(issued.access_token))
        assert row is not None
        return row["last_seen_at"]

    world.clock.advance(seconds=59)
    world.auth.authenticate(issued.access_token)
    assert last_seen() == login_at
    world.clock.advance(seconds=1)
    world.auth.authenticate(issued.access_token)
    assert last_seen() == world.clock.now


def test_logout_revokes(world: Identity) -> None:
    issued = world.login(world.add())
    assert world.auth.logout(issued.access_token) == issued.principal
    assert _reason(world, issued.access_token) == "revoked"
    with pytest.raises(AuthenticationError) as again:
        world.auth.logout(issued.access_token)
    assert again.value.reason == "revoked"


def test_a_disabled_account_s_live_session_is_refused_at_its_next_use(world: Identity) -> None:
    account = world.add()
    issued = world.login(account)
    other = world.login(world.add("bob", "nurse"))
    assert disable_account(world.store, world.practice_id, "alice", clock=world.clock) == 1
    assert _reason(world, issued.access_token) == "account_disabled"
    world.auth.authenticate(other.access_token)  # nobody else's


def test_only_the_token_s_hash_is_stored(world: Identity) -> None:
    issued = world.login(world.add(), address="192.0.2.44")
    with world.store.transaction() as connection:
        row = queries.get_session(connection, token_hash(issued.access_token))
    assert row is not None
    assert issued.access_token.encode() not in b"".join(
        v if isinstance(v, bytes) else str(v).encode() for v in row.values()
    )
    assert (row["source_address"], row["user_agent"], row["practice_id"]) == (
        "192.0.2.44",
        "pytest",
        world.practice_id,
    )


def test_authentication_inside_the_caller_s_transaction(world: Identity) -> None:
    issued = world.login(world.add())
    with world.store.transaction() as connection:
        assert world.auth.authenticate_in(connection, issued.access_token) == issued.principal
        with pytest.raises(AuthenticationError) as refused:
            world.auth.authenticate_in(connection, "cvs_nope")
    assert refused.value.reason == "malformed"
