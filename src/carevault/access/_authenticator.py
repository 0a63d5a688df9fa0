"""The one door: login (password and TOTP), bearer-token authentication, logout, and service
tokens, for the API. Every refusal is an :class:`~carevault.errors.AuthenticationError` (or
one of its subclasses) whose ``reason`` the access record keeps; its message is the same
whatever the reason, where a difference would help an attacker."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from carevault.access._accounts import disable_in
from carevault.access._otp import matching_step, open_otp_secret
from carevault.access._passwords import verify_no_account, verify_password
from carevault.access._principal import Principal
from carevault.access._service_tokens import (
    IssuedServiceToken,
    issue_service_token,
    revoke_service_token,
    service_principal,
)
from carevault.access._sessions import IssuedToken, SessionLimits, open_session, session_principal
from carevault.access._throttle import LoginThrottle
from carevault.access._time import Clock, now_utc, seconds_until
from carevault.access._tokens import TokenKind, token_hash, token_kind
from carevault.config import Settings
from carevault.crypto import Keyring
from carevault.errors import (
    AccountLockedError,
    AuthenticationError,
    DecryptionError,
    LoginThrottledError,
)
from carevault.logs import get_logger
from carevault.store import Store, queries

BAD_CREDENTIALS = "invalid username, password or one-time code"
_LOCKED_BECAUSE = (
    "after repeated failed logins: try again later or ask a practice administrator to unlock it"
)
_MAX_USERNAME = 64
# Failed logins count toward the lock within a day of the first, known username or not; a
# success gives back its own count and clears nothing else: were it to clear the count (or
# the throttle's), an account in use would answer a guesser's tenth try differently from a
# username nobody holds.
_FAILURE_WINDOW = timedelta(hours=24)
_log = get_logger("access")


class Authenticator:
    """Logins, sessions and service tokens of one store, on an injected clock.

    ``staff_keyring_for(practice_id)`` gives the practice's staff keyring, which opens the
    accounts' sealed TOTP secrets (access never opens a practice itself)."""

    def __init__(
        self,
        store: Store,
        staff_keyring_for: Callable[[str], Keyring],
        settings: Settings,
        clock: Clock,
    ) -> None:
        self._store = store
        self._keyring_for = staff_keyring_for
        self._clock = clock
        self._sessions = SessionLimits.of(settings)
        self._throttle = LoginThrottle.of(settings)
        self._dormant_days = settings.account_dormant_days
        self._lockout_failures = settings.login_lockout_failures
        self._lockout = timedelta(minutes=settings.login_lockout_minutes)
        self._token_max_days = settings.service_token_max_days

    # -- login ---------------------------------------------------------------------------------

    def login(
        self,
        *,
        username: str,
        password: str,
        otp: str | None,
        source_address: str | None = None,
        user_agent: str | None = None,
    ) -> IssuedToken:
        """A new session for the account, or a refusal. Steps 1-4 refuse a locked or
        throttled username before any password is checked (neither is a password oracle); a
        wrong password or code counts against the username, the address and the account.
        No answer tells whether the username exists: an unknown one is counted and locked as
        an account is, and a disabled account says so only to whoever holds both its factors
        (step 7)."""
        now = now_utc(self._clock)
        name = username.strip().lower()[:100]
        attempt = _Attempt(name, self._throttle.limits(name, source_address), now)
        account = self._usable_account(attempt)
        # Step 5: the password; an unknown username costs the same Argon2id verification.
        if account is None:
            verify_no_account(password)
            raise self._failed(attempt, None, "unknown_account")
        if not verify_password(account["password_hash"], password):
            raise self._failed(attempt, account, "bad_password")
        # Step 6: the second factor, always (a password alone never logs in).
        step = self._otp_step(attempt, account, otp)
        # Step 7: a disabled account is told so, now that both factors are its own.
        self._refuse_disabled(attempt, account)
        # Step 8: the code's step is claimed (a replay loses, even racing), the session opens.
        issued = self._open_session(attempt, account, step, source_address, user_agent)
        if issued is None:
            raise self._failed(attempt, account, "otp_replayed")
        _log.info(
            "login_succeeded",
            practice_id=account["practice_id"],
            account_id=account["id"],
            session_id=issued.principal.credential_id,
        )
        return issued

    def confirm_second_factor(
        self, principal: Principal, otp: str, source_address: str | None = None
    ) -> None:
        """A step-up: the session's account re-enters its second factor. The code is checked,
        claimed (no replay) and counted like a login's; a wrong one raises
        AuthenticationError (and, repeated, locks the account)."""
        if principal.credential_kind != "session":
            raise AuthenticationError(
                "only a login session steps up: a service token has no second factor",
                reason="step_up_service",
            )
        now = now_utc(self._clock)
        attempt = _Attempt(
            principal.username, self._throttle.limits(principal.username, source_address), now
        )
        account = self._usable_account(attempt)
        if account is None or account["id"] != principal.account_id:
            raise AuthenticationError(BAD_CREDENTIALS, reason="unknown_account")
        step = self._otp_step(attempt, account, otp)
        self._refuse_disabled(attempt, account)
        with self._store.transaction() as connection:
            claimed = queries.claim_otp_step(connection, account["id"], step)
            if claimed:
                self._throttle.give_back(connection, attempt.limits)
                queries.give_back_failed_login(connection, account["id"])
        if not claimed:
            raise self._failed(attempt, account, "otp_replayed")
        _log.info("step_up_succeeded", account_id=account["id"])

    def _usable_account(self, attempt: _Attempt) -> Any:
        """The account, if any, once steps 1-4 let the attempt through; the attempt is then
        counted as failed until it succeeds (see :meth:`_reserve`)."""
        with self._store.transaction() as connection:
            # Step 1: the account (usernames are unique in the whole store).
            account = _find_account(connection, attempt.username)
            # Step 2: unused for too long: disabled now, at this attempt, whatever it holds.
            if account is not None and self._now_dormant(connection, account, attempt.now):
                disable_in(
                    connection,
                    account["practice_id"],
                    account["id"],
                    at=attempt.now,
                    reason="dormant",
                )
                account = {**account, "disabled_at": attempt.now, "disabled_reason": "dormant"}
            if account is not None:
                locked_until = account["locked_until"]
            else:
                locked_until = queries.unknown_login_lock(connection, attempt.username)
        # Step 3: a locked username, known or not, not before its lock ends.
        self._refuse_locked(locked_until, attempt.now)
        self._reserve(attempt, account)
        return account

    def _reserve(self, attempt: _Attempt, account: Any) -> None:
        """Step 4: count the attempt as failed before its password or code is checked, under
        the username, the address and the username's failures of the day, and refuse it if
        that goes past a threshold. Counting first is what holds the thresholds against
        attempts sent together: each is counted before any is judged (an Argon2id check
        takes a third of a second). A success gives its count back."""
        with self._store.transaction() as connection:
            wait = self._throttle.reserve(connection, attempt.limits, attempt.now)
            if wait is not None:
                _log.info("login_throttled", retry_after=wait)
                raise LoginThrottledError(
                    "too many failed logins: try again later", retry_after=wait
                )
            opened_after = attempt.now - _FAILURE_WINDOW
            if account is not None:
                now_held = queries.add_failed_login(
                    connection, account["id"], at=attempt.now, opened_after=opened_after
                )
            else:
                now_held = queries.add_unknown_login_failure(
                    connection, attempt.username, at=attempt.now, opened_after=opened_after
                )
            self._refuse_locked(now_held["locked_until"], attempt.now)
            if now_held["failed_logins"] > self._lockout_failures:  # others in flight
                raise self._locked_error(attempt, "this account is locked")

    def _now_dormant(self, connection: Connection, account: Any, now: datetime) -> bool:
        """Unused for longer than the dormancy period: no login, no enabling again, and no
        use of any of its service tokens (an integration's account works through them
        alone)."""
        if account["disabled_at"] is not None:
            return False
        dormant_since = now - timedelta(days=self._dormant_days)
        last_login = account["last_login_at"] or account["created_at"]
        if max(last_login, account["enabled_at"] or last_login) >= dormant_since:
            return False
        token_used = queries.last_service_token_use(connection, account["id"])
        return token_used is None or token_used < dormant_since

    @staticmethod
    def _refuse_locked(locked_until: datetime | None, now: datetime) -> None:
        if locked_until is not None and locked_until > now:
            raise AccountLockedError(
                f"this account is locked {_LOCKED_BECAUSE}",
                retry_after=seconds_until(locked_until, now),
            )

    def _refuse_disabled(self, attempt: _Attempt, account: Any) -> None:
        """Step 7: a disabled account never logs in. Its owner (both factors right) is told
        why, and the attempt is not counted against them."""
        if account["disabled_at"] is None:
            return
        with self._store.transaction() as connection:
            self._throttle.give_back(connection, attempt.limits)
            queries.give_back_failed_login(connection, account["id"])
        _log.info("login_refused_disabled", account_id=account["id"])
        raise AccountLockedError(
            self._disabled_message(account["disabled_reason"]), reason="account_disabled"
        )

    def _disabled_message(self, reason: str | None) -> str:
        if reason == "dormant":
            return (
                f"this account was disabled after more than {self._dormant_days} days without "
                "a login: ask a practice administrator"
            )
        if reason == "frozen":
            return (
                "this account is frozen after unusual access to patient records; the "
                "practice's DPO has been alerted and alone can unfreeze it"
            )
        return "this account is disabled: ask a practice administrator"

    def _otp_step(self, attempt: _Attempt, account: Any, otp: str | None) -> int:
        if not otp:
            raise self._failed(attempt, account, "otp_missing")
        if account["otp_secret"] is None:
            raise self._failed(attempt, account, "otp_not_enrolled")
        try:
            keyring = self._keyring_for(account["practice_id"])
            secret = open_otp_secret(
                keyring, account["practice_id"], account["id"], account["otp_secret"]
            )
        except DecryptionError:
            _log.error("otp_secret_unreadable", account_id=account["id"])
            raise self._failed(attempt, account, "otp_unreadable") from None
        step = matching_step(secret, otp.strip(), attempt.now)
        if step is None:
            raise self._failed(attempt, account, "otp_invalid")
        last = account["otp_last_step"]
        if last is not None and step <= last:
            raise self._failed(attempt, account, "otp_replayed")
        return step

    def _open_session(
        self,
        attempt: _Attempt,
        account: Any,
        step: int,
        source_address: str | None,
        user_agent: str | None,
    ) -> IssuedToken | None:
        with self._store.transaction() as connection:
            if not queries.claim_otp_step(connection, account["id"], step):
                return None
            if not queries.record_login(connection, account["id"], attempt.now):
                # Disabled while its password was checked (by an administrator, the guard).
                raise AccountLockedError(self._disabled_message(None), reason="account_disabled")
            self._throttle.give_back(connection, attempt.limits)
            queries.give_back_failed_login(connection, account["id"])
            self._throttle.prune(connection, attempt.now)  # closed windows: on each success
            queries.prune_unknown_logins(connection, attempt.now - _FAILURE_WINDOW, attempt.now)
            return open_session(
                connection,
                account,
                now=attempt.now,
                limits=self._sessions,
                source_address=source_address,
                user_agent=user_agent,
            )

    def _failed(self, attempt: _Attempt, account: Any, reason: str) -> AuthenticationError:
        """The error for a failed attempt, already counted (see :meth:`_reserve`); the
        username is locked once its failures of the day reach the threshold."""
        until, at_failures = attempt.now + self._lockout, self._lockout_failures
        with self._store.transaction() as connection:
            if account is not None:
                locked = queries.lock_account(
                    connection, account["id"], until=until, at_failures=at_failures
                )
            else:
                locked = queries.lock_unknown_login(
                    connection, attempt.username, until=until, at_failures=at_failures
                )
        _log.info(
            "login_failed",
            account_id=account["id"] if account is not None else None,
            reason=reason,
            locked=locked,
        )
        if locked:
            return self._locked_error(attempt, "this account is now locked")
        return AuthenticationError(BAD_CREDENTIALS, reason=reason)

    def _locked_error(self, attempt: _Attempt, what: str) -> AccountLockedError:
        return AccountLockedError(
            f"{what} {_LOCKED_BECAUSE}",
            retry_after=seconds_until(attempt.now + self._lockout, attempt.now),
        )

    # -- bearer tokens -------------------------------------------------------------------------

    def authenticate(self, token: str | None) -> Principal:
        """The principal behind a bearer token (login session or service token), or
        AuthenticationError whose reason is one of: missing, malformed, unknown,
        account_disabled, revoked, expired, idle."""
        checked, kind = _checked(token)
        with self._store.transaction() as connection:
            return self._principal(connection, checked, kind)

    def authenticate_in(self, connection: Connection, token: str | None) -> Principal:
        """:meth:`authenticate` inside the caller's transaction (one round trip fewer for a
        request that reads or records in a transaction anyway)."""
        return self._principal(connection, *_checked(token))

    def _principal(self, connection: Connection, token: str, kind: TokenKind) -> Principal:
        now = now_utc(self._clock)
        if kind == "session":
            return session_principal(connection, token, now=now, limits=self._sessions)
        return service_principal(connection, token, now=now)

    def logout(self, token: str | None) -> Principal:
        """End a live login session; its principal (for the access record)."""
        principal = self.authenticate(token)
        if principal.credential_kind != "session" or token is None:
            raise AuthenticationError(
                "a service token is revoked by an administrator, not logged out",
                reason="not_a_session",
            )
        with self._store.transaction() as connection:
            queries.revoke_session(connection, token_hash(token), now_utc(self._clock))
        _log.info("logout", account_id=principal.account_id, session_id=principal.credential_id)
        return principal

    # -- service tokens ------------------------------------------------------------------------

    def issue_service_token(
        self,
        *,
        practice_id: str,
        username: str,
        scopes: Iterable[str],
        expires_in_days: int,
        label: str | None = None,
    ) -> IssuedServiceToken:
        return issue_service_token(
            self._store,
            practice_id,
            username=username,
            scopes=scopes,
            expires_in_days=expires_in_days,
            clock=self._clock,
            max_days=self._token_max_days,
            label=label,
        )

    def revoke_service_token(self, *, practice_id: str, token_id: str) -> None:
        revoke_service_token(self._store, practice_id, token_id, clock=self._clock)


class _Attempt:
    """One login attempt: the username as looked up, the counters it touches, its instant."""

    __slots__ = ("limits", "now", "username")

    def __init__(self, username: str, limits: dict[str, int], now: datetime) -> None:
        self.username = username
        self.limits = limits
        self.now = now


def _find_account(connection: Connection, username: str) -> Any:
    if not 2 <= len(username) <= _MAX_USERNAME:
        return None
    return queries.get_account_for_login(connection, username)


def _checked(token: str | None) -> tuple[str, TokenKind]:
    """Step 0 of authentication: a token is present, and shaped like one of ours (nothing
    else is looked up)."""
    if not token:
        raise AuthenticationError("authentication required", reason="missing")
    kind = token_kind(token)
    if kind is None:
        raise AuthenticationError("authentication required", reason="malformed")
    return token, kind
