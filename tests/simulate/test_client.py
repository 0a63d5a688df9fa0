"""The simulator's HTTP client against a scripted server (a mock transport): logins with the
code of the simulated time, the guard's answers understood as an honest user or a thief
would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx2
import orjson
import pyotp
import pytest

from carevault.simulate._client import Actor, Credentials, StoppedError, Tally
from carevault.simulate._time import SharedClock

SECRET = pyotp.random_base32()
Handler = Callable[[httpx2.Request], httpx2.Response]


@pytest.fixture
def clock(tmp_path: Path) -> Iterator[SharedClock]:
    shared = SharedClock(tmp_path / "clock")
    yield shared
    shared.close()


class Server:
    """Answers /auth/login and /auth/step-up as carevault does; FHIR reads as scripted."""

    def __init__(self, clock: SharedClock, script: list[httpx2.Response]) -> None:
        self.clock = clock
        self.script = script
        self.seen: list[httpx2.Request] = []
        self.codes: list[str] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.seen.append(request)
        if request.url.path in ("/auth/login", "/auth/step-up"):
            code = orjson.loads(request.content)["otp"]
            if not pyotp.TOTP(SECRET).verify(code, for_time=self.clock.now()):
                return httpx2.Response(401)
            self.codes.append(code)
            body = {"access_token": f"token-{len(self.codes)}"}
            return httpx2.Response(200, content=orjson.dumps(body))
        return self.script.pop(0)


def actor(clock: SharedClock, server: Server, credentials: Credentials | None = None) -> Actor:
    return Actor(
        base_url="http://carevault.test",
        credentials=credentials or Credentials("dr.a", "pass-word-long", SECRET),
        source_address="198.51.100.10",
        clock=clock,
        tally=Tally(),
        transport=httpx2.MockTransport(server),
    )


def ok() -> httpx2.Response:
    return httpx2.Response(200, content=b'{"resourceType": "Patient", "id": "x"}')


def guard(action: str, status: int) -> httpx2.Response:
    return httpx2.Response(status, headers={"X-Guard-Action": action})


def test_logs_in_with_the_code_of_the_simulated_time_and_sends_its_address(
    clock: SharedClock,
) -> None:
    clock.advance(86_400 * 40)  # far from the wall clock: a wall-clock code would fail
    server = Server(clock, [ok()])
    client = actor(clock, server)
    assert client.get("/fhir/Patient/x") == {"resourceType": "Patient", "id": "x"}
    read = server.seen[-1]
    assert read.headers["Authorization"] == "Bearer token-1"
    assert read.headers["X-Forwarded-For"] == "198.51.100.10"
    client.close()


def test_an_ended_session_means_a_new_login_with_a_fresh_code(clock: SharedClock) -> None:
    server = Server(clock, [ok(), httpx2.Response(401), ok()])
    client = actor(clock, server)
    client.get("/fhir/Patient/x")
    client.get("/fhir/Patient/x")
    assert len(server.codes) == 2
    assert server.codes[0] != server.codes[1]  # a code is never used twice
    assert client.tally["relogins"] == 1
    client.close()


def test_an_honest_user_answers_a_step_up_and_goes_on(clock: SharedClock) -> None:
    server = Server(clock, [guard("step-up", 401), ok()])
    client = actor(clock, server)
    assert client.get("/fhir/Patient/x") is not None
    assert [r.url.path for r in server.seen] == [
        "/auth/login",
        "/fhir/Patient/x",
        "/auth/step-up",
        "/fhir/Patient/x",
    ]
    assert client.tally["step_ups"] == 1
    client.close()


def test_a_thief_with_a_token_only_is_stopped_by_a_step_up(clock: SharedClock) -> None:
    server = Server(clock, [guard("step-up", 401)])
    thief = actor(clock, server, Credentials("dr.a", token="stolen"))
    with pytest.raises(StoppedError) as stopped:
        thief.get("/fhir/Patient/x")
    assert stopped.value.reason == "step-up"
    thief.close()


@pytest.mark.parametrize(("action", "status"), [("freeze", 403), ("lockdown", 403)])
def test_a_freeze_or_a_lockdown_stops_and_is_counted(
    clock: SharedClock, action: str, status: int
) -> None:
    server = Server(clock, [guard(action, status)])
    client = actor(clock, server)
    with pytest.raises(StoppedError) as stopped:
        client.get("/fhir/Patient/x")
    assert stopped.value.reason == action
    assert client.tally["freezes"] == (1 if action == "freeze" else 0)
    assert client.token is None
    client.close()


def test_retry_after_is_waited_in_simulated_time(clock: SharedClock) -> None:
    throttled = httpx2.Response(429, headers={"Retry-After": "120"})
    server = Server(clock, [throttled, ok()])
    client = actor(clock, server)
    before = clock.now()
    assert client.get("/fhir/Patient/x") is not None
    assert (clock.now() - before).total_seconds() >= 120
    client.close()


def test_a_refusal_is_the_callers_to_read(clock: SharedClock) -> None:
    server = Server(clock, [httpx2.Response(403)])
    client = actor(clock, server)
    assert client.get("/fhir/Observation", {"patient": "x"}) is None
    assert client.tally["http_403 GET Observation"] == 1
    client.close()
