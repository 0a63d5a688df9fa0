"""Accounts: store-wide usernames, a sealed TOTP secret each, disabling that ends everything."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest

from carevault import access
from carevault.access import (
    AccountInfo,
    check_new_account,
    disable_account,
    enable_account,
    list_accounts,
    reset_otp,
    reset_password,
    unlock_account,
)
from carevault.access._otp import open_otp_secret
from carevault.errors import AccountLockedError, AuthenticationError, InputError, NotFoundError
from carevault.store import queries
from support.identity import Identity, code, open_identity, otp_secret


@pytest.fixture
def world(data_dir: Path) -> Iterator[Identity]:
    with open_identity(data_dir) as identity:
        yield identity


def test_a_new_account_has_a_sealed_totp_secret(world: Identity) -> None:
    account = world.add("alice", "doctor")
    assert account.otp_uri.startswith("otpauth://totp/carevault:alice?secret=")
    assert account.password not in repr(account) and account.otp_uri not in repr(account)
    with world.store.transaction() as connection:
        row = queries.get_account(connection, world.practice_id, "alice")
    assert row is not None
    assert otp_secret(account).encode() not in row["otp_secret"]
    keyring = world.keyring(world.practice_id)
    assert open_otp_secret(keyring, world.practice_id, account.id, row["otp_secret"]) == (
        otp_secret(account)
    )
    assert row["password_hash"].startswith("$argon2id$")


def test_usernames_are_unique_across_practices(world: Identity) -> None:
    world.add("alice")
    other = world.opened.vault.create_practice("Cabinet voisin")
    with pytest.raises(InputError) as taken:
        world.add("alice", practice_id=other)
    assert str(taken.value) == "that username is taken (usernames are unique in the whole store)"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"username": "Alice", "role": "doctor"}, "username must be 2-64 lowercase letters, "
         "digits, '.', '_' or '-'"),
        ({"username": "alice\n", "role": "doctor"}, "username must be 2-64 lowercase letters, "
         "digits, '.', '_' or '-'"),
        ({"username": "alice", "role": "root"}, "role must be one of doctor, nurse, secretary, "
         "practice_admin, dpo, patient"),
        ({"username": "alice", "role": "secretary", "practitioner_id": "p1"},
         "only a doctor or a nurse is a practitioner"),
        ({"username": "alice", "role": "doctor", "password": "password1234"},
         "password is on a list of common breached passwords; choose another (a generated one "
         "is best)"),
    ],
)  # fmt: skip
def test_bad_accounts_are_named(values: dict[str, str], message: str) -> None:
    with pytest.raises(InputError) as refused:
        check_new_account(**values)
    assert str(refused.value) == message


def test_the_list_shows_no_secret(world: Identity) -> None:
    world.add("alice", "doctor")
    names = {f.name for f in fields(AccountInfo)}
    assert not names & {"password_hash", "otp_secret", "otp_last_step"}
    listed = {a.username: a for a in list_accounts(world.store, world.practice_id)}
    assert set(listed) == {"admin", "alice"}
    assert (listed["alice"].role, listed["alice"].failed_logins) == ("doctor", 0)


def test_disabling_ends_every_session_and_token_at_once(world: Identity) -> None:
    account = world.add("alice", "doctor")
    sessions = [world.login(account)]
    world.clock.advance(seconds=30)
    sessions.append(world.login(account))
    token = world.auth.issue_service_token(
        practice_id=world.practice_id,
        username="alice",
        scopes=["user/Patient.rs"],
        expires_in_days=7,
    )
    revoked = disable_account(world.store, world.practice_id, "alice", clock=world.clock)
    assert revoked == 3
    for bearer in [*(s.access_token for s in sessions), token.token]:
        with pytest.raises(AuthenticationError) as refused:
            world.auth.authenticate(bearer)
        assert refused.value.reason == "account_disabled"
    [info] = [a for a in list_accounts(world.store, world.practice_id) if a.username == "alice"]
    assert (info.disabled_at, info.disabled_reason) == (world.clock.now, "admin")


def _alice(world: Identity) -> AccountInfo:
    [alice] = [a for a in list_accounts(world.store, world.practice_id) if a.username == "alice"]
    return alice


def test_a_dormant_account_enabled_again_logs_in_and_its_dormancy_counts_from_then(
    world: Identity,
) -> None:
    account = world.add("alice", "doctor")
    world.clock.advance(days=61)
    with pytest.raises(AccountLockedError) as dormant:
        world.login(account)
    assert dormant.value.reason == "account_disabled"
    world.clock.advance(days=3)  # back from leave, she calls the practice's administrator
    enable_account(world.store, world.practice_id, "alice", clock=world.clock)
    assert _alice(world).disabled_at is None and _alice(world).disabled_reason is None
    world.clock.advance(days=59)
    world.login(account)
    world.clock.advance(days=61)
    with pytest.raises(AccountLockedError) as again:
        world.login(account)
    assert again.value.reason == "account_disabled"


def test_only_an_account_an_administrator_may_enable_is_enabled(world: Identity) -> None:
    world.add("alice")
    with pytest.raises(InputError) as active:
        enable_account(world.store, world.practice_id, "alice", clock=world.clock)
    assert str(active.value) == "the account 'alice' is not disabled"
    disable_account(world.store, world.practice_id, "alice", clock=world.clock, reason="frozen")
    with pytest.raises(InputError) as frozen:
        enable_account(world.store, world.practice_id, "alice", clock=world.clock)
    assert str(frozen.value) == (
        "the account 'alice' was frozen by the guard: the practice's DPO unfreezes it "
        "(carevault guard unfreeze), giving a reason"
    )
    assert _alice(world).disabled_reason == "frozen"


def test_a_new_password_replaces_the_old_and_ends_the_sessions(world: Identity) -> None:
    account = world.add("alice", "doctor")
    session = world.login(account)
    token = world.auth.issue_service_token(
        practice_id=world.practice_id,
        username="alice",
        scopes=["user/Patient.rs"],
        expires_in_days=7,
    )
    chosen, ended = reset_password(world.store, world.practice_id, "alice", clock=world.clock)
    assert ended == 1 and chosen != account.password and len(chosen) >= 12
    with pytest.raises(AuthenticationError) as revoked:
        world.auth.authenticate(session.access_token)
    assert revoked.value.reason == "revoked"
    assert world.auth.authenticate(token.token).username == "alice"  # an integration's, kept
    world.clock.advance(seconds=30)
    with pytest.raises(AuthenticationError) as old:
        world.login(account)
    assert old.value.reason == "bad_password"
    world.login(account, password=chosen)


def test_a_new_password_given_is_checked_like_any(world: Identity) -> None:
    account = world.add("alice")
    with pytest.raises(InputError) as weak:
        reset_password(
            world.store, world.practice_id, "alice", clock=world.clock, password="TempPassword"
        )
    assert str(weak.value) == (
        "password is on a list of common breached passwords; choose another (a generated one "
        "is best)"
    )
    world.login(account)  # the old one still works
    chosen, _ = reset_password(
        world.store,
        world.practice_id,
        "alice",
        clock=world.clock,
        password="a long and private passphrase",
    )
    assert chosen == "a long and private passphrase"


def test_account_functions_stay_in_their_practice(world: Identity) -> None:
    world.add("alice")
    other = world.opened.vault.create_practice("Cabinet voisin")
    for act in (
        lambda: disable_account(world.store, other, "alice", clock=world.clock),
        lambda: unlock_account(world.store, other, "alice"),
        lambda: reset_otp(world.store, other, "alice", staff_keyring=world.keyring(other)),
        lambda: enable_account(world.store, other, "alice", clock=world.clock),
        lambda: reset_password(world.store, other, "alice", clock=world.clock),
    ):
        with pytest.raises(NotFoundError) as unknown:
            act()
        assert str(unknown.value) == "no account with that username in this practice"
    assert [a.username for a in list_accounts(world.store, other)] == []


def test_a_new_second_factor_replaces_the_old(world: Identity) -> None:
    account = world.add("alice")
    old_code = code(account, world.clock.now)
    uri = reset_otp(
        world.store, world.practice_id, "alice", staff_keyring=world.keyring(world.practice_id)
    )
    with pytest.raises(AuthenticationError) as refused:
        world.login(account, otp=old_code)
    assert refused.value.reason == "otp_invalid"
    renewed = type(account)(account.id, "alice", "doctor", account.password, uri)
    world.login(renewed)


def test_the_package_exports_exactly_its_public_names() -> None:
    public = {
        name
        for name, value in vars(access).items()
        if not name.startswith("_") and not inspect.ismodule(value)
    }
    assert set(access.__all__) == public
    assert len(access.__all__) == len(public)
