"""POST /auth/login and /auth/logout."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from carevault.api._gate import bearer_token
from carevault.api._http import client_address, header_text, read_json
from carevault.api._services import services_of
from carevault.errors import AuthenticationError, InputError

LOGIN_FIELDS = ("username", "password", "otp")
_MAX_LOGIN_BYTES = 4096


async def login(request: Request) -> Response:
    services = services_of(request)
    body = await read_json(request, max_bytes=_MAX_LOGIN_BYTES, max_depth=2)
    username, password, otp = _credentials(body)
    # Argon2id takes tens of milliseconds on purpose: off the event loop.
    try:
        issued = await run_in_threadpool(
            lambda: services.authenticator.login(
                username=username,
                password=password,
                otp=otp,
                source_address=client_address(request),
                user_agent=header_text(request, "user-agent"),
            )
        )
    except AuthenticationError as refused:
        guard = services.gate.guard
        if guard is not None:
            guard.login_refused(username.strip().lower()[:100], refused.reason)
        raise
    answer = {
        "access_token": issued.access_token,
        "token_type": "Bearer",
        "expires_in": issued.expires_in,
    }
    return Response(orjson.dumps(answer), 200, media_type="application/json")


def _credentials(body: Any) -> tuple[str, str, str]:
    if not isinstance(body, dict):
        raise InputError('send {"username", "password", "otp"} as a JSON object')
    unknown = sorted(set(body) - set(LOGIN_FIELDS))
    if unknown:
        shown = ", ".join(repr(k[:40]) for k in unknown[:5])
        raise InputError(f"unknown login field(s): {shown}; send only username, password, otp")
    missing = [name for name in LOGIN_FIELDS if not isinstance(body.get(name), str)]
    if missing:
        raise InputError(f"login needs {', '.join(missing)} as text")
    if not body["username"].isprintable():
        raise InputError(
            "username: control characters (such as NUL or a line break) are not allowed"
        )
    return body["username"], body["password"], body["otp"]


async def step_up(request: Request) -> Response:
    """POST /auth/step-up {"otp"}: the session's owner re-enters the second factor, which
    clears a step-up the guard asked for (RFC 9470's insufficient_user_authentication)."""
    services = services_of(request)
    principal = services.authenticator.authenticate(bearer_token(request))
    body = await read_json(request, max_bytes=_MAX_LOGIN_BYTES, max_depth=2)
    if not isinstance(body, dict) or set(body) != {"otp"} or not isinstance(body["otp"], str):
        raise InputError('send {"otp": "<the current one-time code>"} as a JSON object')
    source = client_address(request)
    await run_in_threadpool(
        lambda: services.authenticator.confirm_second_factor(principal, body["otp"], source)
    )
    guard = services.gate.guard
    if guard is not None:
        guard.stepped_up(principal, source, header_text(request, "user-agent"))
    return Response(orjson.dumps({"stepped_up": True}), 200, media_type="application/json")


async def logout(request: Request) -> Response:
    services = services_of(request)
    services.authenticator.logout(bearer_token(request))
    return Response(status_code=204)
