"""Fuzzing with schemathesis against the served OpenAPI document, over a real uvicorn server:
thousands of generated requests (valid and not), none may be answered 5xx, and every refusal
is an OperationOutcome."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pyotp
import pytest
import requests
import schemathesis
import uvicorn
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from carevault.access import create_account
from carevault.api import create_app
from carevault.config import load_settings
from carevault.provision import create_store
from carevault.records import StoreIdentity, open_vault
from support.fhir import patient

EXAMPLES_PER_OPERATION = 60
MIN_REQUESTS = 2000


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def live_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    data = tmp_path_factory.mktemp("fuzz") / "data"
    # One session sends every request as fast as it can, most of them refused: lift the
    # per-session rate limit and the guard (each tested on its own: a fuzzer is exactly what
    # the guard stops) so that the fuzzing reaches the handlers.
    settings_ = load_settings(
        data=data,
        key_dir=data.parent / "keys",
        api_rate_per_second=1e6,
        api_rate_burst=10**6,
        guard_enabled=False,
    )
    create_store(settings_, practice_name="Cabinet fuzz", admin="admin", passphrase=None)
    secret, password = _doctor(settings_)
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings_),
            host="127.0.0.1",
            port=port,
            log_level="error",
            access_log=False,
            server_header=False,
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    _wait_until_up(base)
    login = requests.post(
        f"{base}/auth/login",
        json={"username": "dr.fuzz", "password": password, "otp": pyotp.TOTP(secret).now()},
        timeout=10,
    )
    assert login.status_code == 200, login.text
    token = login.json()["access_token"]
    created = requests.post(
        f"{base}/fhir/Patient",
        json=patient(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/fhir+json"},
        timeout=10,
    )
    assert created.status_code == 201, created.text
    yield {"base": base, "token": token}
    server.should_exit = True
    thread.join(timeout=10)


def _doctor(settings_: Any) -> tuple[str, str]:
    vault = open_vault(settings_)
    try:
        practice_id = StoreIdentity.read(vault.store).default_practice
        assert practice_id is not None
        records = vault.practice(practice_id)
        practitioner = records.add({"resourceType": "Practitioner", "name": [{"family": "Fuzz"}]})
        made = create_account(
            vault.store,
            practice_id,
            username="dr.fuzz",
            role="doctor",
            staff_keyring=records.keys.staff,
            clock=lambda: __import__("datetime").datetime.now(__import__("datetime").UTC),
            practitioner_id=practitioner["id"],
        )
    finally:
        vault.close()
    return pyotp.parse_uri(made.otp_uri).secret, made.password


def _wait_until_up(base: str) -> None:
    for _ in range(100):
        try:
            requests.get(f"{base}/fhir/metadata", timeout=1)
            return
        except requests.ConnectionError:
            time.sleep(0.05)
    raise AssertionError("the API server did not start")


def test_no_generated_request_gets_a_server_error(live_api: dict[str, str]) -> None:
    schema = schemathesis.openapi.from_url(f"{live_api['base']}/openapi.json")
    statuses: list[int] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 38
    # Logging out would end the session every other request is made with (tested elsewhere).
    operations = [op for op in operations if op.path != "/auth/logout"]
    for operation in operations:
        _fuzz(operation, live_api, statuses)
    assert len(statuses) >= MIN_REQUESTS, f"only {len(statuses)} generated requests were sent"
    assert all(status < 500 for status in statuses)
    assert sum(status == 401 for status in statuses) < len(statuses) // 4  # the session held


def _fuzz(operation: Any, live_api: dict[str, str], statuses: list[int]) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def send(case: Any) -> None:
        response = case.call_and_validate(
            base_url=live_api["base"],
            headers={"Authorization": f"Bearer {live_api['token']}"},
            checks=[not_a_server_error],
        )
        statuses.append(response.status_code)
        if response.status_code >= 400:
            assert response.json()["resourceType"] == "OperationOutcome", response.text[:200]
        assert "traceback" not in response.text.lower()

    send()
