"""One actor's HTTP client: a person at a workstation, an integration, or an attacker.

Keep-alive connection, ``X-Forwarded-For`` set to the actor's source address (the server
trusts it from loopback), logins with the TOTP code of the *simulated* time, a new login when
the session has ended, and the guard's answers understood:

- ``X-Guard-Action: step-up`` (401): whoever holds the TOTP secret answers with
  ``POST /auth/step-up`` and retries; a thief holding only a token cannot;
- ``throttle`` or any 429: wait ``Retry-After`` seconds of simulated time, then retry;
- ``freeze`` / ``lockdown`` (403), ``unavailable`` (503): the actor is stopped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx2
import orjson
import pyotp

from carevault.simulate._time import TOTP_STEP_SECONDS, SharedClock

GUARD_HEADER = "X-Guard-Action"
BREAK_GLASS_HEADER = "X-Break-Glass-Reason"
FHIR_JSON = "application/fhir+json"
_ATTEMPTS = 6
_TIMEOUT_SECONDS = 60.0
_STOPPING = {"freeze", "lockdown", "unavailable"}

ResponseHook = Callable[[datetime, httpx2.Response], None]


class StoppedError(Exception):
    """The actor cannot go on: ``reason`` is freeze, lockdown, unavailable, step-up (not
    answerable), token (refused and no way to log in again) or login (refused)."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(f"stopped: {reason}" + (f" (HTTP {status})" if status else ""))
        self.reason = reason
        self.status = status


@dataclass
class Tally:
    """Counters shared by the actors of a run (thread-safe)."""

    counts: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, name: str, n: int = 1) -> None:
        with self._lock:
            self.counts[name] = self.counts.get(name, 0) + n

    def __getitem__(self, name: str) -> int:
        return self.counts.get(name, 0)


@dataclass(frozen=True)
class Credentials:
    """What an actor holds: a password, a TOTP secret, a token, in any combination."""

    username: str
    password: str | None = field(default=None, repr=False)
    otp_secret: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)

    @property
    def can_log_in(self) -> bool:
        return self.password is not None and self.otp_secret is not None


class Actor:
    """One actor's session with the server. Not shared between threads."""

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Credentials,
        source_address: str,
        clock: SharedClock,
        tally: Tally,
        user_agent: str = "carevault-poste/1.0",
        on_response: ResponseHook | None = None,
        transport: httpx2.BaseTransport | None = None,
    ) -> None:
        self.credentials = credentials
        self.token = credentials.token
        self.source_address = source_address
        self.clock = clock
        self.tally = tally
        self.on_response = on_response
        self._last_otp_step = -1
        self._http = httpx2.Client(
            base_url=base_url,
            timeout=_TIMEOUT_SECONDS,
            headers={"X-Forwarded-For": source_address, "User-Agent": user_agent},
            transport=transport,
        )

    @property
    def username(self) -> str:
        return self.credentials.username

    def close(self) -> None:
        self._http.close()

    def move_to(self, source_address: str) -> None:
        """Requests from now on come from another address (another proxy), same session."""
        self.source_address = source_address
        self._http.headers["X-Forwarded-For"] = source_address

    def sit_at(self, source_address: str) -> None:
        """Another workstation (home, on call): another browser, so a session of its own."""
        if source_address != self.source_address:
            self.move_to(source_address)
            if self.credentials.can_log_in:
                self.token = None

    # -- requests ------------------------------------------------------------------------------

    def get(self, path: str, params: dict[str, str] | None = None, **headers: str) -> Any:
        """GET ``path``; the JSON body of a 2xx answer, else None (a refusal, not found)."""
        return self._body(self.request("GET", path, params=params, headers=headers))

    def post(self, path: str, body: dict[str, Any], **headers: str) -> Any:
        return self._body(self.request("POST", path, json=body, headers=headers))

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx2.Response:
        """Send, answering the guard and the session's end as the actor can; the final
        response (2xx, or a refusal such as 403/404 the caller interprets), or StoppedError."""
        sent_headers = dict(headers or {})
        content = None
        if json is not None:
            content = orjson.dumps(json)
            sent_headers["Content-Type"] = FHIR_JSON
        for _ in range(_ATTEMPTS):
            if self.token is None:
                self.login()
            sent_headers["Authorization"] = f"Bearer {self.token}"
            response = self._send(method, path, params, content, sent_headers)
            if self._handled(response):
                continue
            if response.status_code >= 400:
                self.tally.add(f"http_{response.status_code} {method} {_kind(path)}")
            return response
        raise StoppedError("retries", None)

    def _send(
        self,
        method: str,
        path: str,
        params: dict[str, str] | None,
        content: bytes | None,
        headers: dict[str, str],
    ) -> httpx2.Response:
        sent_at = self.clock.now()
        response = self._http.request(method, path, params=params, content=content, headers=headers)
        self.tally.add("requests")
        if self.on_response is not None:
            self.on_response(sent_at, response)
        return response

    def _handled(self, response: httpx2.Response) -> bool:
        """True when the actor dealt with the answer and should send again; raises
        StoppedError when it cannot go on; False when the caller has its answer."""
        action = response.headers.get(GUARD_HEADER)
        if action in _STOPPING or response.status_code == 503:
            if action == "freeze":
                self.tally.add("freezes")
            self.token = None
            raise StoppedError(action or "unavailable", response.status_code)
        if response.status_code == 429:
            self.tally.add("throttled")
            self.clock.advance(_retry_after(response))
            return True
        if response.status_code != 401:
            return False
        if action == "step-up":
            if self.credentials.otp_secret is None:
                raise StoppedError("step-up", 401)
            self.step_up()
            return True
        self.token = None  # the session ended (idle, too old) or the token was revoked
        if not self.credentials.can_log_in:
            raise StoppedError("token", 401)
        self.tally.add("relogins")
        return True

    # -- authentication --------------------------------------------------------------------------

    def login(self, otp: str | None = None) -> None:
        """A new session, with the current code (or ``otp`` as given); StoppedError if
        refused."""
        credentials = self.credentials
        if credentials.password is None:
            raise StoppedError("token", 401)
        code = otp if otp is not None else self._next_code()
        body = {"username": credentials.username, "password": credentials.password, "otp": code}
        response = self._http.post(
            "/auth/login", content=orjson.dumps(body), headers={"Content-Type": "application/json"}
        )
        self.tally.add("requests")
        self.tally.add("logins")
        if self.on_response is not None:
            self.on_response(self.clock.now(), response)
        if response.status_code != 200:
            self.tally.add("login_refusals")
            raise StoppedError("login", response.status_code)
        self.token = str(orjson.loads(response.content)["access_token"])

    def step_up(self) -> None:
        """Re-enter the second factor for the live session (the guard asked)."""
        response = self._http.post(
            "/auth/step-up",
            content=orjson.dumps({"otp": self._next_code()}),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {self.token}"},
        )
        self.tally.add("requests")
        if self.on_response is not None:
            self.on_response(self.clock.now(), response)
        if response.status_code != 200:
            raise StoppedError("step-up", response.status_code)
        self.tally.add("step_ups")

    def _next_code(self) -> str:
        """The TOTP code at simulated time; a step already used is waited out (a code is
        never accepted twice), as a person waits for the next code on their phone."""
        assert self.credentials.otp_secret is not None
        now = self.clock.now().timestamp()
        step = int(now // TOTP_STEP_SECONDS)
        if step <= self._last_otp_step:
            self.clock.advance((self._last_otp_step + 1) * TOTP_STEP_SECONDS - now + 0.5)
            now = self.clock.now().timestamp()
            step = int(now // TOTP_STEP_SECONDS)
        self._last_otp_step = step
        return str(pyotp.TOTP(self.credentials.otp_secret).at(now))

    @staticmethod
    def _body(response: httpx2.Response) -> Any:
        if 200 <= response.status_code < 300 and response.content:
            return orjson.loads(response.content)
        return None


def _kind(path: str) -> str:
    """/fhir/Patient/<id> -> Patient: a path's resource type, never an id or a value."""
    parts = path.strip("/").split("/")
    return parts[1] if len(parts) > 1 and parts[0] == "fhir" else parts[0]


def _retry_after(response: httpx2.Response) -> float:
    try:
        return max(1.0, float(response.headers.get("Retry-After", "1")))
    except ValueError:
        return 1.0
