"""GET /guard/alerts: what the guard did and why, for the practice's DPO alone.

Paged like every list the API gives: ``_count`` as in a search (at most MAX_COUNT), newest
first, and an opaque ``next`` link while more alerts remain."""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from urllib.parse import urlencode

import orjson
from starlette.requests import Request
from starlette.responses import Response

from carevault.access.policy import may_review_access
from carevault.api._search import page_count
from carevault.api._services import services_of
from carevault.errors import ForbiddenError, InputError
from carevault.guard import Alert, list_alerts, parse_since
from carevault.records import record_id


async def alerts(request: Request) -> Response:
    services = services_of(request)
    caller = services.gate.caller(request)
    if not may_review_access(caller.principal):
        services.gate.record(
            caller.event("read", outcome="denied", resource_type="GuardAlert", reason="rule:role")
        )
        raise ForbiddenError("only the practice's DPO reads the guard's alerts", rule="role")
    params = request.query_params
    asked_since = params.get("since")
    since = parse_since(asked_since) if asked_since is not None else None
    count = page_count(params.get("_count"))
    cursor = params.get("_cursor")
    after = _decode_cursor(cursor) if cursor is not None else None
    found = list_alerts(
        services.vault.store,
        caller.principal.practice_id,
        since=since,
        limit=count + 1,
        after=after,
    )
    services.gate.record(caller.event("read", resource_type="GuardAlert", reason="dpo"))
    page = found[:count]
    body = {
        "alerts": [alert.as_dict() for alert in page],
        "next": _next_link(request, page[-1]) if len(found) > count else None,
    }
    return Response(orjson.dumps(body), media_type="application/json")


def _next_link(request: Request, last: Alert) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "_cursor"]
    params.append(("_cursor", _encode_cursor(last)))
    return str(request.url.replace(query=urlencode(params)))


def _encode_cursor(last: Alert) -> str:
    payload = {"at": last.created_at.isoformat(), "after": last.id}
    return base64.urlsafe_b64encode(orjson.dumps(payload)).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[datetime, str]:
    """The (created_at, id) of the last alert of the page before (pages go newest first)."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        decoded = orjson.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        return parse_since(str(decoded["at"])), record_id(str(decoded["after"]), "cursor")
    except (binascii.Error, ValueError, UnicodeError, KeyError, TypeError, InputError):
        raise InputError("_cursor is not a cursor this server gave") from None
