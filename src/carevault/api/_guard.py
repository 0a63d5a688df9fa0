"""GET /guard/alerts: what the guard did and why, for the practice's DPO alone.

Paged like every list the API gives: ``_count`` as in a search (at most MAX_COUNT), newest
first, and an opaque ``next`` link while more alerts remain."""

from __future__ import annotations

from datetime import datetime

import orjson
from starlette.requests import Request
from starlette.responses import Response

from carevault.access.policy import may_review_access
from carevault.api._search import next_page_link, pack_cursor, page_count, unpack_cursor
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
    return next_page_link(
        request, pack_cursor({"at": last.created_at.isoformat(), "after": last.id})
    )


def _decode_cursor(cursor: str) -> tuple[datetime, str]:
    """The (created_at, id) of the last alert of the page before (pages go newest first)."""
    at, after = unpack_cursor(cursor, "at", "after")
    try:
        return parse_since(str(at)), record_id(str(after), "cursor")
    except InputError:
        raise InputError("_cursor is not a cursor this server gave") from None
