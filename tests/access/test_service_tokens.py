"""Service tokens: scoped, expiring, revocable, shown once, and scoped by practice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from carevault.access import (
    IssuedServiceToken,
    disable_account,
    list_service_tokens,
    scope_allows,
)
from carevault.errors import AuthenticationError, InputError, NotFoundError
from support.identity import Identity, open_identity


@pytest.fixture
def world(data_dir: Path) -> Iterator[Identity]:
    with open_identity(data_dir) as identity:
        identity.add("lab", "nurse")
        yield identity


def _issue(
    world: Identity, *scopes: str, days: int = 30, username: str = "lab"
) -> IssuedServiceToken:
    return world.auth.issue_service_token(
        practice_id=world.practice_id,
        username=username,
        scopes=scopes or ("user/Observation.crs",),
        expires_in_days=days,
        label="lab results feed",
    )


def test_a_service_token_authenticates_with_its_scopes(world: Identity) -> None:
    issued = world.auth.issue_service_token(
        practice_id=world.practice_id,
        username="lab",
        scopes=["user/Observation.crs", "user/Patient.rs"],
        expires_in_days=30,
    )
    assert issued.token not in repr(issued)
    assert issued.expires_at == world.clock.now + timedelta(days=30)
    principal = world.auth.authenticate(issued.token)
    assert (principal.credential_kind, principal.credential_id, principal.username) == (
        "service",
        issued.id,
        "lab",
    )
    assert principal.scopes == {"user/Observation.crs", "user/Patient.rs"}
    assert scope_allows(principal.scopes, "Observation", "c")
    assert not scope_allows(principal.scopes, "Patient", "u")
    assert not scope_allows(principal.scopes, "DocumentReference", "r")


def test_a_service_token_expires_and_is_revocable(world: Identity) -> None:
    expiring, revoked = _issue(world, days=1), _issue(world)
    world.auth.revoke_service_token(practice_id=world.practice_id, token_id=revoked.id)
    world.clock.advance(days=1)
    for token, reason in ((expiring, "expired"), (revoked, "revoked")):
        with pytest.raises(AuthenticationError) as refused:
            world.auth.authenticate(token.token)
        assert refused.value.reason == reason
    listed = {t.id: t for t in list_service_tokens(world.store, world.practice_id)}
    assert listed[revoked.id].revoked_at == world.clock.now - timedelta(days=1)
    assert listed[expiring.id].label == "lab results feed"


@pytest.mark.parametrize(
    ("scopes", "days", "message"),
    [
        (("user/Patient.rs",), 0, "a service token expires in 1 to 365 days"),
        (("user/Patient.rs",), 366, "a service token expires in 1 to 365 days"),
        ((), 30, "a service token needs at least one scope"),
        (
            ("user/Patient.rs", "user/Patient.sr"),
            30,
            "invalid scope 'user/Patient.sr': expected user/<ResourceType or *>.<cruds in order>, "
            "e.g. user/Patient.rs",
        ),
    ],
)
def test_bad_requests_are_named(
    world: Identity, scopes: tuple[str, ...], days: int, message: str
) -> None:
    with pytest.raises(InputError) as refused:
        world.auth.issue_service_token(
            practice_id=world.practice_id, username="lab", scopes=scopes, expires_in_days=days
        )
    assert str(refused.value) == message


def test_a_token_of_a_disabled_account(world: Identity) -> None:
    issued = _issue(world)
    assert disable_account(world.store, world.practice_id, "lab", clock=world.clock) == 1
    with pytest.raises(AuthenticationError) as refused:
        world.auth.authenticate(issued.token)
    assert refused.value.reason == "account_disabled"
    with pytest.raises(InputError) as no_more:
        _issue(world)
    assert str(no_more.value) == "that account is disabled: it may hold no token"


def test_another_practice_can_neither_issue_for_nor_revoke_a_token(world: Identity) -> None:
    issued = _issue(world)
    other = world.opened.vault.create_practice("Cabinet voisin")
    with pytest.raises(NotFoundError) as unknown:
        _issue_in(world, other)
    assert str(unknown.value) == "no account with that username in this practice"
    with pytest.raises(NotFoundError) as foreign:
        world.auth.revoke_service_token(practice_id=other, token_id=issued.id)
    assert str(foreign.value) == "no live service token with that id in this practice"
    assert list_service_tokens(world.store, other) == []
    world.auth.authenticate(issued.token)


def _issue_in(world: Identity, practice_id: str) -> None:
    world.auth.issue_service_token(
        practice_id=practice_id, username="lab", scopes=["user/*.rs"], expires_in_days=1
    )


def test_logout_is_for_sessions_only(world: Identity) -> None:
    issued = _issue(world)
    with pytest.raises(AuthenticationError) as refused:
        world.auth.logout(issued.token)
    assert (str(refused.value), refused.value.reason) == (
        "a service token is revoked by an administrator, not logged out",
        "not_a_session",
    )
