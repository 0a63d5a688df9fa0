"""GET /guard/alerts: what the guard did and why, for the practice's DPO alone."""

from __future__ import annotations

import orjson
from starlette.requests import Request
from starlette.responses import Response

from carevault.access.policy import may_review_access
from carevault.api._services import services_of
from carevault.errors import ForbiddenError, InputError
from carevault.guard import MAX_ALERTS, list_alerts, parse_since

_DEFAULT_COUNT = 100


async def alerts(request: Request) -> Response:
    services = services_of(request)
    caller = services.gate.caller(request)
    if not may_review_access(caller.principal):
        services.gate.record(
            caller.event("read", outcome="denied", resource_type="GuardAlert", reason="rule:role")
        )
        raise ForbiddenError("only the practice's DPO reads the guard's alerts", rule="role")
    asked_since = request.query_params.get("since")
    since = parse_since(asked_since) if asked_since is not None else None
    count = _count(request.query_params.get("_count"))
    found = list_alerts(
        services.vault.store, caller.principal.practice_id, since=since, limit=count
    )
    services.gate.record(caller.event("read", resource_type="GuardAlert", reason="dpo"))
    body = {"alerts": [alert.as_dict() for alert in found]}
    return Response(orjson.dumps(body), media_type="application/json")


def _count(value: str | None) -> int:
    if value is None:
        return _DEFAULT_COUNT
    if not value.isdigit() or not 1 <= int(value) <= MAX_ALERTS:
        raise InputError(f"_count must be a whole number from 1 to {MAX_ALERTS}")
    return int(value)
