"""Broken authentication (OWASP API2:2023), at the access layer: each attack, its exact
refusal. (The HTTP-level versions live with the API's attack tests.)"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from carevault.access import _authenticator, disable_account, list_accounts, unlock_account
from carevault.access._authenticator import BAD_CREDENTIALS
from carevault.access._tokens import new_token
from carevault.errors import (
    AccountLockedError,
    AuthenticationError,
    InputError,
    LoginThrottledError,
)
from carevault.simulate.scan import ScanResult, build_needles, scan_bytes, scan_tree
from carevault.store._schema import sessions
from conftest import pg_schema
from support.identity import Identity, code, open_identity, otp_secret


@pytest.fixture
def world(data_dir: Path) -> Iterator[Identity]:
    with open_identity(data_dir) as identity:
        yield identity


def _refusal(attempt: object) -> tuple[type, str, str]:
    assert isinstance(attempt, AuthenticationError)
    return type(attempt), str(attempt), attempt.reason


def _login_error(world: Identity, **fields: str | None) -> AuthenticationError:
    with pytest.raises(AuthenticationError) as refused:
        world.auth.login(**fields)  # type: ignore[arg-type]
    return refused.value


_LOCKED_AFTER = (
    "after repeated failed logins: try again later or ask a practice administrator to unlock it"
)


def _sessions(world: Identity) -> int:
    with world.store.transaction() as connection:
        return int(connection.execute(select(func.count()).select_from(sessions)).scalar_one())


def test_a_stolen_password_without_the_code_opens_nothing(world: Identity) -> None:
    victim = world.add("dr.martin")
    near = {code(victim, world.clock.now, steps=step) for step in (-1, 0, 1)}
    wrong = next(c for c in ("999999", "888888", "777777", "666666") if c not in near)
    refusals = [
        _refusal(_login_error(world, username="dr.martin", password=victim.password, otp=otp))
        for otp in (None, "", "123 456", wrong)
    ]
    assert refusals == [
        (AuthenticationError, BAD_CREDENTIALS, "otp_missing"),
        (AuthenticationError, BAD_CREDENTIALS, "otp_missing"),
        (AuthenticationError, BAD_CREDENTIALS, "otp_invalid"),
        (AuthenticationError, BAD_CREDENTIALS, "otp_invalid"),
    ]
    assert _sessions(world) == 0


def test_a_code_seen_over_the_shoulder_cannot_be_replayed(world: Identity) -> None:
    victim = world.add("dr.martin")
    seen = code(victim, world.clock.now)
    world.login(victim, otp=seen)  # the victim logs in
    world.clock.advance(seconds=10)  # the thief types the same code, within the same step
    refused = _login_error(
        world, username="dr.martin", password=victim.password, otp=seen, source_address="1.2.3.4"
    )
    assert _refusal(refused) == (AuthenticationError, BAD_CREDENTIALS, "otp_replayed")
    assert _sessions(world) == 1


def test_brute_force_is_throttled_then_locked(world: Identity) -> None:
    victim = world.add("dr.martin")

    def guess(number: int) -> AuthenticationError:
        return _login_error(
            world, username="dr.martin", password=f"guess number {number}", otp="123456"
        )

    assert [type(guess(n)) for n in range(5)] == [AuthenticationError] * 5
    throttled = guess(5)
    assert isinstance(throttled, LoginThrottledError)
    assert (throttled.reason, throttled.retry_after) == ("throttled", 900)
    world.clock.advance(seconds=900)
    assert [type(guess(n)) for n in range(6, 10)] == [AuthenticationError] * 4
    locking = guess(10)
    assert isinstance(locking, AccountLockedError)
    assert (locking.reason, locking.retry_after) == ("locked", 3600)
    # Locked: even the right password and code are refused, without being checked.
    world.clock.advance(seconds=600)
    with pytest.raises(AccountLockedError) as locked:
        world.login(victim)
    assert (locked.value.reason, locked.value.retry_after) == ("locked", 3000)
    unlock_account(world.store, world.practice_id, "dr.martin")  # the admin, told by phone
    world.login(victim)


def test_credential_stuffing_from_one_address_is_throttled(world: Identity) -> None:
    world.add("dr.martin")
    for number in range(20):
        _login_error(
            world,
            username=f"leaked{number}",
            password="leaked password",
            otp="123456",
            source_address="203.0.113.9",
        )
    stuffed = _login_error(
        world, username="dr.martin", password="x" * 12, otp="1", source_address="203.0.113.9"
    )
    assert isinstance(stuffed, LoginThrottledError)
    assert stuffed.retry_after == 900


class _HeldChecks:
    """Holds every password check until each attempt sent together has either reached its
    check or been refused before it: the race of attempts arriving within one Argon2id
    verification, made certain."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, attempts: int) -> None:
        self.attempts = attempts
        self.checked = 0
        self.answered = 0
        self._changed = threading.Condition()
        self._release = threading.Event()
        real = _authenticator.verify_password

        def held(password_hash: str, password: str) -> bool:
            with self._changed:
                self.checked += 1
                self._changed.notify_all()
            self._release.wait(timeout=30)
            return real(password_hash, password)

        monkeypatch.setattr(_authenticator, "verify_password", held)

    def send(self, attempt: Callable[[int], str]) -> list[str]:
        def counted(number: int) -> str:
            try:
                return attempt(number)
            finally:
                with self._changed:
                    self.answered += 1
                    self._changed.notify_all()

        with ThreadPoolExecutor(self.attempts) as pool:
            answers = pool.map(counted, range(self.attempts))
            with self._changed:
                self._changed.wait_for(
                    lambda: self.checked + self.answered >= self.attempts, timeout=30
                )
            self._release.set()
            return list(answers)


def _outcome(world: Identity, number: int) -> str:
    try:
        world.auth.login(
            username="dr.martin",
            password=f"guess number {number}",
            otp="123456",
            source_address=f"198.51.100.{number}",
        )
    except AuthenticationError as refused:
        return f"{type(refused).__name__}: {refused.reason}"
    return "session"


def test_guesses_sent_together_are_each_counted_before_any_is_judged(
    world: Identity, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.add("dr.martin")
    held = _HeldChecks(monkeypatch, attempts=12)
    answers = held.send(lambda number: _outcome(world, number))
    # Five passwords checked, as for guesses sent one by one (the username's threshold);
    # the other seven refused without a check.
    assert held.checked == 5
    assert sorted(answers) == sorted(
        ["AuthenticationError: bad_password"] * 5 + ["LoginThrottledError: throttled"] * 7
    )


def test_guesses_sent_together_cannot_pass_the_lockout(
    world: Identity, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.add("dr.martin")
    for window in range(2):  # eight failures, four in each of two windows
        for number in range(4):
            _outcome(world, 100 + 10 * window + number)
        world.clock.advance(seconds=900)
    held = _HeldChecks(monkeypatch, attempts=6)
    answers = held.send(lambda number: _outcome(world, number))
    # Two more guesses make ten: only two are checked, and the tenth failure locks.
    assert held.checked == 2
    assert answers.count("AuthenticationError: bad_password") == 1
    assert answers.count("AccountLockedError: locked") == 5
    [martin] = [
        a for a in list_accounts(world.store, world.practice_id) if a.username == "dr.martin"
    ]
    assert martin.locked_until == world.clock.now + timedelta(hours=1)


def test_forged_tokens_are_refused(world: Identity) -> None:
    issued = world.login(world.add("dr.martin"))
    genuine = issued.access_token
    forged = {
        "made up": new_token("session")[0],
        "made up service": new_token("service")[0],
        "another kind": "cvt_" + genuine[4:],
        "one character changed": genuine[:-1] + ("A" if genuine[-1] != "A" else "B"),
        "truncated": genuine[:-1],
        "with a newline": genuine + "\n",
    }
    reasons = {}
    for name, token in forged.items():
        with pytest.raises(AuthenticationError) as refused:
            world.auth.authenticate(token)
        reasons[name] = refused.value.reason
    assert reasons == {
        "made up": "unknown",
        "made up service": "unknown",
        "another kind": "unknown",
        "one character changed": "unknown",
        "truncated": "malformed",
        "with a newline": "malformed",
    }


def test_stale_tokens_are_refused(world: Identity) -> None:
    victim = world.add("dr.martin")

    def reason(token: str) -> str:
        with pytest.raises(AuthenticationError) as refused:
            world.auth.authenticate(token)
        return refused.value.reason

    left_open = world.login(victim).access_token
    world.clock.advance(seconds=30)
    logged_out = world.login(victim).access_token
    world.auth.logout(logged_out)
    world.clock.advance(minutes=15)
    assert (reason(left_open), reason(logged_out)) == ("idle", "revoked")
    busy = world.login(victim).access_token
    for _ in range(48):  # used every 10 minutes, all day long
        world.auth.authenticate(busy)
        world.clock.advance(minutes=10)
    assert reason(busy) == "expired"


def test_a_departed_doctor_s_live_token_is_refused_at_its_next_use(world: Identity) -> None:
    departed = world.add("dr.martin")
    session = world.login(departed)
    service = world.auth.issue_service_token(
        practice_id=world.practice_id,
        username="dr.martin",
        scopes=["user/*.rs"],
        expires_in_days=365,
    )
    world.auth.authenticate(session.access_token)
    disable_account(world.store, world.practice_id, "dr.martin", clock=world.clock)
    for token in (session.access_token, service.token):
        with pytest.raises(AuthenticationError) as refused:
            world.auth.authenticate(token)
        assert refused.value.reason == "account_disabled"


def test_an_account_unused_for_61_days_cannot_log_in(world: Identity) -> None:
    forgotten = world.add("dr.martin")
    world.clock.advance(days=61)
    with pytest.raises(AccountLockedError) as refused:
        world.login(forgotten)  # the right password and code: a thief's, or the doctor's
    assert (type(refused.value), refused.value.reason) == (AccountLockedError, "account_disabled")
    assert _sessions(world) == 0


def test_failures_age_out_alike_for_every_username(world: Identity) -> None:
    world.add("dr.left")
    disable_account(world.store, world.practice_id, "dr.left", clock=world.clock)
    someone = world.add("dr.someone")

    def nine_then_one(username: str) -> tuple[str, str]:
        for number in range(9):
            if number == 5:
                world.clock.advance(seconds=960)
            _login_error(world, username=username, password=f"guess {number}", otp="1")
        world.clock.advance(days=1)
        world.login(someone, address="198.51.100.9")  # anyone's success prunes
        world.clock.advance(seconds=30)
        tenth = _login_error(world, username=username, password="guess 9", otp="1")
        return type(tenth).__name__, str(tenth)

    assert (
        nine_then_one("dr.left")
        == nine_then_one("dr.ghost")
        == (
            "AuthenticationError",
            BAD_CREDENTIALS,
        )
    )


def test_a_stranger_cannot_disable_an_integration_account_in_daily_use(world: Identity) -> None:
    world.add("lab.feed")
    issued = world.auth.issue_service_token(
        practice_id=world.practice_id,
        username="lab.feed",
        scopes=["user/Observation.crs"],
        expires_in_days=90,
    )
    for _ in range(61):  # the feed's token used every day; nobody ever logs in
        world.clock.advance(days=1)
        world.auth.authenticate(issued.token)
    guess = _login_error(world, username="lab.feed", password="any password at all", otp="1")
    assert _refusal(guess) == (AuthenticationError, BAD_CREDENTIALS, "bad_password")
    assert world.auth.authenticate(issued.token).username == "lab.feed"
    # Once the token too has gone unused for 61 days, the account is dormant: disabled at
    # this attempt, which is answered as any wrong password is.
    world.clock.advance(days=61)
    dormant = _login_error(world, username="lab.feed", password="any password at all", otp="1")
    assert _refusal(dormant) == (AuthenticationError, BAD_CREDENTIALS, "bad_password")
    [feed] = [a for a in list_accounts(world.store, world.practice_id) if a.username == "lab.feed"]
    assert feed.disabled_reason == "dormant"


def _guesses(
    world: Identity, username: str, meanwhile: Callable[[], object] = lambda: None
) -> list[tuple[str, str, int | None]]:
    """What a guesser gets for twelve wrong passwords under a username, waiting out the
    throttle's windows (``meanwhile`` happens after the first wait): each answer's kind,
    message and Retry-After."""
    answers = []
    for number in range(12):
        if number in (5, 10):
            world.clock.advance(seconds=960)
        if number == 5:
            meanwhile()
        refused = _login_error(
            world, username=username, password=f"guess number {number}", otp="123456"
        )
        retry_after = getattr(refused, "retry_after", None)
        answers.append((type(refused).__name__, str(refused), retry_after))
    return answers


def test_no_answer_tells_which_usernames_exist(world: Identity) -> None:
    owners = {"dr.away": world.add("dr.away")}
    world.clock.advance(days=61)  # dr.away is dormant now
    owners["dr.left"] = world.add("dr.left")
    disable_account(world.store, world.practice_id, "dr.left", clock=world.clock)
    martin = world.add("dr.martin")
    # dr.martin logs in while the guesser waits: that changes none of the guesser's answers.
    known = _guesses(world, "dr.martin", lambda: world.login(martin, address="198.51.100.7"))
    # The tenth consecutive failure locks: the same answers come to any username.
    assert [kind for kind, _, _ in known] == ["AuthenticationError"] * 9 + [
        "AccountLockedError"
    ] * 3
    assert known[9][1:] == (f"this account is now locked {_LOCKED_AFTER}", 3600)
    assert known[10][1:] == (f"this account is locked {_LOCKED_AFTER}", 2640)
    for other in ("nobody.here", "dr.left", "dr.away"):
        assert _guesses(world, other) == known, other
    # Their owners alone, with both factors, learn why they cannot log in.
    for owner, why in (("dr.left", "is disabled"), ("dr.away", "was disabled after")):
        world.clock.advance(seconds=3600)
        with pytest.raises(AccountLockedError) as refused:
            world.login(owners[owner])
        assert why in str(refused.value), owner


def test_a_breached_password_is_refused(world: Identity) -> None:
    with pytest.raises(InputError) as refused:
        world.add("dr.martin", password="Password1234")
    assert str(refused.value) == (
        "password is on a list of common breached passwords; choose another (a generated one is "
        "best)"
    )


def test_no_secret_or_token_reaches_the_disk_in_clear(
    world: Identity, data_dir: Path, database_url: str | None
) -> None:
    account = world.add("dr.martin")
    session = world.login(account).access_token
    service = world.auth.issue_service_token(
        practice_id=world.practice_id, username="dr.martin", scopes=["user/*.rs"], expires_in_days=1
    ).token
    world.auth.authenticate(session)
    world.auth.authenticate(service)
    secrets = [
        ("otp_secret", otp_secret(account)),
        ("password", account.password),
        ("session_token", session),
        ("service_token", service),
    ]
    needles = build_needles(secrets)
    control = ScanResult(needles=needles.count)
    scan_bytes(" ".join(value for _, value in secrets).encode(), needles, "control", control)
    assert {kind for _, kind, _ in control.hits} == {kind for kind, _ in secrets}

    stolen = scan_tree(data_dir, needles)
    assert stolen.files >= 2  # the settings and the log, and the SQLite files when SQLite
    assert stolen.hits == []
    if database_url is not None:
        dump = subprocess.run(
            ["pg_dump", "--host", "127.0.0.1", "--username", "postgres", "--schema",
             pg_schema(database_url), "test"],
            check=True,
            capture_output=True,
        ).stdout  # fmt: skip
        assert b"CREATE TABLE public.sessions" in dump or b"CREATE TABLE" in dump
        dumped = ScanResult(needles=needles.count)
        scan_bytes(dump, needles, "pg_dump", dumped)
        assert dumped.hits == []
