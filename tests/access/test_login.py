"""Login: password and TOTP, throttling per account and address, lockout, dormancy."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from carevault.access import disable_account, list_accounts, unlock_account
from carevault.access._authenticator import BAD_CREDENTIALS
from carevault.errors import AccountLockedError, AuthenticationError, LoginThrottledError
from carevault.store import queries
from support.identity import Identity, code, open_identity

LOCKED = (
    "this account is locked after repeated failed logins: try again later or ask a practice "
    "administrator to unlock it"
)
NOW_LOCKED = (
    "this account is now locked after repeated failed logins: try again later or ask a "
    "practice administrator to unlock it"
)
THROTTLED = "too many failed logins: try again later"


@pytest.fixture
def world(data_dir: Path) -> Iterator[Identity]:
    with open_identity(data_dir) as identity:
        yield identity


def test_a_login_opens_a_session_for_the_account(world: Identity) -> None:
    account = world.add("alice", "doctor")
    issued = world.login(account)
    assert issued.response() == {
        "access_token": issued.access_token,
        "token_type": "Bearer",
        "expires_in": 8 * 3600,
    }
    assert issued.access_token not in repr(issued)
    principal = issued.principal
    assert (principal.account_id, principal.practice_id) == (account.id, world.practice_id)
    assert (principal.username, principal.role, principal.credential_kind) == (
        "alice",
        "doctor",
        "session",
    )
    assert world.auth.authenticate(issued.access_token) == principal
    [info] = [a for a in list_accounts(world.store, world.practice_id) if a.username == "alice"]
    assert info.last_login_at == world.clock.now


def test_the_username_is_case_insensitive(world: Identity) -> None:
    account = world.add("alice")
    issued = world.auth.login(
        username=" Alice ", password=account.password, otp=code(account, world.clock.now)
    )
    assert issued.principal.username == "alice"


@pytest.mark.parametrize(
    ("otp", "reason"),
    [
        (None, "otp_missing"),
        ("", "otp_missing"),
        ("wrong", "otp_invalid"),
        ("12345", "otp_invalid"),
    ],
)
def test_a_right_password_without_the_right_code_is_refused(
    world: Identity, otp: str | None, reason: str
) -> None:
    account = world.add()
    if otp == "wrong":  # a code of six digits, not this step's nor its neighbours'
        near = {code(account, world.clock.now, steps=s) for s in (-1, 0, 1)}
        otp = next(c for c in ("000000", "111111", "222222", "333333") if c not in near)
    with pytest.raises(AuthenticationError) as refused:
        world.auth.login(username="alice", password=account.password, otp=otp)
    assert type(refused.value) is AuthenticationError
    assert (str(refused.value), refused.value.reason) == (BAD_CREDENTIALS, reason)


def test_a_used_code_is_refused_and_so_is_an_older_one(world: Identity) -> None:
    account = world.add()
    previous = code(account, world.clock.now, steps=-1)
    world.login(account)
    for otp in (code(account, world.clock.now), previous):
        with pytest.raises(AuthenticationError) as refused:
            world.login(account, otp=otp)
        assert refused.value.reason == "otp_replayed"
    world.clock.advance(seconds=30)
    world.login(account)  # the next step's code is fresh


def test_a_code_one_step_early_or_late_is_accepted(world: Identity) -> None:
    account = world.add()
    world.login(account, otp=code(account, world.clock.now, steps=-1))
    world.clock.advance(seconds=60)
    world.login(account, otp=code(account, world.clock.now, steps=1))


def test_wrong_password_and_unknown_user_get_the_same_answer(world: Identity) -> None:
    account = world.add()
    answers = []
    for username, password in (("alice", "wrong password!"), ("nobody", account.password)):
        with pytest.raises(AuthenticationError) as refused:
            world.auth.login(
                username=username, password=password, otp=code(account, world.clock.now)
            )
        answers.append((type(refused.value), str(refused.value), refused.value.reason))
    assert answers == [
        (AuthenticationError, BAD_CREDENTIALS, "bad_password"),
        (AuthenticationError, BAD_CREDENTIALS, "unknown_account"),
    ]


def _fail(world: Identity, username: str = "alice", address: str = "192.0.2.10") -> Exception:
    with pytest.raises(AuthenticationError) as refused:
        world.auth.login(
            username=username, password="not the password", otp="123456", source_address=address
        )
    return refused.value


def test_failures_per_account_throttle_then_lock(world: Identity) -> None:
    account = world.add()
    for _ in range(5):
        assert type(_fail(world)) is AuthenticationError
    world.clock.advance(minutes=5)
    # Sixth attempt in the window: throttled, even with the right password and code.
    with pytest.raises(LoginThrottledError) as throttled:
        world.login(account)
    assert (str(throttled.value), throttled.value.retry_after) == (THROTTLED, 600)
    world.clock.advance(minutes=10)  # the window (15 min from the first failure) has closed
    for _ in range(4):
        assert type(_fail(world)) is AuthenticationError
    locking = _fail(world)  # the tenth in a row locks the account
    assert isinstance(locking, AccountLockedError)
    assert (str(locking), locking.retry_after, locking.reason) == (NOW_LOCKED, 3600, "locked")
    world.clock.advance(minutes=30)
    with pytest.raises(AccountLockedError) as locked:
        world.login(account)
    assert (str(locked.value), locked.value.retry_after) == (LOCKED, 1800)
    world.clock.advance(minutes=30)
    world.login(account)  # the lock has ended


def test_an_admin_unlocks_a_locked_account(world: Identity) -> None:
    account = world.add()
    world.with_settings(login_lockout_failures=3)
    for _ in range(3):
        _fail(world)
    [info] = [a for a in list_accounts(world.store, world.practice_id) if a.username == "alice"]
    assert (info.locked_until, info.failed_logins) == (world.clock.now + timedelta(hours=1), 0)
    unlock_account(world.store, world.practice_id, "alice")
    world.login(account)


def test_a_success_clears_no_failure_before_it(world: Identity) -> None:
    # Were it to, an account in use would answer a guesser differently from a username no
    # account holds (the owner's login between two guesses would reset their count).
    account = world.add()
    for _ in range(4):
        _fail(world)
    world.login(account)
    world.clock.advance(seconds=30)
    assert type(_fail(world)) is AuthenticationError  # the fifth in the window
    assert type(_fail(world)) is LoginThrottledError
    world.clock.advance(minutes=15)  # the throttle's window closes; the day's count goes on
    for _ in range(4):
        assert type(_fail(world)) is AuthenticationError
    assert type(_fail(world)) is AccountLockedError  # the tenth failure of the day


def test_successes_are_not_counted_as_failures(world: Identity) -> None:
    # Each attempt is counted as failed before its password is checked; a success gives its
    # count back, so a busy address (a practice behind one NAT) is not throttled by them.
    accounts = [world.add(f"doctor{number}") for number in range(25)]
    for account in accounts:
        world.login(account, address="203.0.113.5")
    for number in range(19):
        _fail(world, username=f"user{number}", address="203.0.113.5")
    world.login(world.add("doctor.last"), address="203.0.113.5")
    assert _fail(world, username="user19", address="203.0.113.5").reason == "unknown_account"
    throttled = _fail(world, username="user20", address="203.0.113.5")
    assert (type(throttled), throttled.reason) == (LoginThrottledError, "throttled")


def test_failures_per_address_throttle_every_username_from_it(world: Identity) -> None:
    account = world.add()
    for number in range(20):  # credential stuffing: one try per username
        _fail(world, username=f"user{number}", address="203.0.113.5")
    with pytest.raises(LoginThrottledError) as throttled:
        world.login(account, address="203.0.113.5")
    assert throttled.value.retry_after == 900
    world.login(account, address="198.51.100.7")  # the account itself is not throttled


def test_an_unknown_username_is_throttled_like_a_real_one(world: Identity) -> None:
    for _ in range(5):
        _fail(world, username="ghost")
    with pytest.raises(LoginThrottledError):
        world.auth.login(username="ghost", password="whatever", otp="123456")


def test_an_unknown_username_is_locked_like_a_real_one(world: Identity) -> None:
    for _ in range(5):
        _fail(world, username="ghost", address="198.51.100.1")
    world.clock.advance(minutes=15)
    for _ in range(4):
        _fail(world, username="ghost", address="198.51.100.2")
    now_locked = _fail(world, username="ghost", address="198.51.100.3")
    assert (type(now_locked), str(now_locked), now_locked.retry_after) == (
        AccountLockedError,
        NOW_LOCKED,
        3600,
    )
    world.clock.advance(minutes=59)
    with pytest.raises(AccountLockedError) as locked:
        world.auth.login(username="ghost", password="whatever", otp="123456")
    assert (str(locked.value), locked.value.retry_after) == (LOCKED, 60)
    world.clock.advance(minutes=1)
    assert type(_fail(world, username="ghost", address="198.51.100.4")) is AuthenticationError


def test_unknown_usernames_are_forgotten_a_day_after_their_first_failure(
    world: Identity,
) -> None:
    _fail(world, username="ghost")
    world.clock.advance(hours=23)
    _fail(world, username="ghost2", address="198.51.100.1")
    world.clock.advance(hours=1, seconds=1)
    world.login(world.add(), address="198.51.100.2")  # a success prunes
    now, since = world.clock.now, world.clock.now - timedelta(days=1)
    with world.store.transaction() as connection:
        ghost = queries.add_unknown_login_failure(connection, "ghost", at=now, opened_after=since)
        ghost2 = queries.add_unknown_login_failure(connection, "ghost2", at=now, opened_after=since)
        stored = connection.execute(text("SELECT username_hash FROM login_lockouts")).all()
    assert (ghost["failed_logins"], ghost2["failed_logins"]) == (1, 2)  # ghost: counted afresh
    assert all("ghost" not in str(row) for row in stored)  # names are kept as hashes


def test_an_account_unused_for_61_days_is_disabled_at_its_next_login(world: Identity) -> None:
    account = world.add()
    world.clock.advance(days=61)
    with pytest.raises(AccountLockedError) as refused:
        world.login(account)
    assert (str(refused.value), refused.value.reason, refused.value.retry_after) == (
        "this account was disabled after more than 60 days without a login: ask a practice "
        "administrator",
        "account_disabled",
        None,
    )
    [info] = [a for a in list_accounts(world.store, world.practice_id) if a.username == "alice"]
    assert (info.disabled_at, info.disabled_reason) == (world.clock.now, "dormant")
    world.clock.advance(seconds=30)
    with pytest.raises(AccountLockedError):
        world.login(account)  # and stays disabled


def test_dormancy_counts_from_the_last_login(world: Identity) -> None:
    account = world.add()
    world.clock.advance(days=59)
    world.login(account)
    world.clock.advance(days=59)
    world.login(account)


def test_a_disabled_account_cannot_log_in(world: Identity) -> None:
    account = world.add()
    disable_account(world.store, world.practice_id, "alice", clock=world.clock)
    with pytest.raises(AccountLockedError) as refused:
        world.login(account)
    assert (str(refused.value), refused.value.reason) == (
        "this account is disabled: ask a practice administrator",
        "account_disabled",
    )
    # Told only to whoever holds both factors; anyone else gets what a wrong guess gets.
    assert (str(_fail(world)), _fail(world).reason) == (BAD_CREDENTIALS, "bad_password")
    with pytest.raises(AuthenticationError) as no_code:
        world.login(account, otp=None)  # the right password, no code
    assert (type(no_code.value), no_code.value.reason) == (AuthenticationError, "otp_missing")


def test_the_owner_of_a_disabled_account_is_not_counted_for_trying(world: Identity) -> None:
    account = world.add()
    disable_account(world.store, world.practice_id, "alice", clock=world.clock)
    for _ in range(8):
        world.clock.advance(seconds=30)
        with pytest.raises(AccountLockedError):
            world.login(account)
    with world.store.transaction() as connection:
        counted = queries.get_login_failures(connection, ["account:alice", "address:192.0.2.10"])
    assert {key: row["failures"] for key, row in counted.items()} == {
        "account:alice": 0,
        "address:192.0.2.10": 0,
    }


def test_counters_are_shared_through_the_database(world: Identity) -> None:
    world.add()
    other_worker = world.with_settings()  # another Authenticator on the same store
    for _ in range(5):
        _fail(world)
    with world.store.transaction() as connection:
        rows = queries.get_login_failures(connection, ["account:alice", "address:192.0.2.10"])
    assert {key: row["failures"] for key, row in rows.items()} == {
        "account:alice": 5,
        "address:192.0.2.10": 5,
    }
    with pytest.raises(LoginThrottledError):
        other_worker.login(username="alice", password="x" * 12, otp="123456")


def test_closed_windows_are_forgotten_at_the_next_login(world: Identity) -> None:
    account = world.add()
    _fail(world, username="ghost", address="203.0.113.1")
    world.clock.advance(minutes=15)
    _fail(world, username="ghost2", address="203.0.113.2")
    world.login(account, address="198.51.100.1")
    with world.store.transaction() as connection:
        keys = ["account:ghost", "address:203.0.113.1", "account:ghost2", "address:203.0.113.2"]
        left = queries.get_login_failures(connection, keys)
    assert sorted(left) == ["account:ghost2", "address:203.0.113.2"]
