"""HTTP plumbing: security headers on every answer, bounded bodies, bounded JSON."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from carevault.api._errors import RequestRefusedError

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"strict-transport-security", b"max-age=63072000; includeSubDomains"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)
_JSON_TYPES = ("application/fhir+json", "application/json")


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every response and drops any server banner."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"server"]
                message["headers"] = kept + list(SECURITY_HEADERS)
            await send(message)

        await self.app(scope, receive, with_headers)


async def read_json(request: Request, *, max_bytes: int, max_depth: int) -> Any:
    """The request's JSON body, or RequestRefusedError naming what is wrong with it."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in _JSON_TYPES:
        raise RequestRefusedError(
            415, "not-supported", "send JSON (Content-Type: application/fhir+json)"
        )
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(max_bytes)
    raw = await _bounded_body(request, max_bytes)
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise RequestRefusedError(400, "structure", f"malformed JSON: {_position(exc)}") from None
    if _depth_exceeds(value, max_depth):
        raise RequestRefusedError(400, "structure", f"JSON nested deeper than {max_depth} levels")
    return value


async def _bounded_body(request: Request, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(max_bytes)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(max_bytes: int) -> RequestRefusedError:
    return RequestRefusedError(413, "too-costly", f"request body larger than {max_bytes} bytes")


def _position(exc: orjson.JSONDecodeError) -> str:
    """Where the JSON broke, without echoing the body (it may hold personal data)."""
    return f"{exc.msg} at line {exc.lineno} column {exc.colno}"


def _depth_exceeds(value: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return False


def client_address(request: Request) -> str:
    return request.client.host[:64] if request.client else "unknown"


def header_text(request: Request, name: str) -> str | None:
    """A header's text; UTF-8 sent raw is recovered (Starlette decodes headers as latin-1)."""
    value = request.headers.get(name)
    if value is None:
        return None
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value
