"""The ASGI application: routes, the one error path, security headers."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from carevault.access.policy import may_review_access
from carevault.api import _audit, _auth, _export, _fhir, _guard
from carevault.api._errors import answer, on_http_exception
from carevault.api._http import SecurityHeaders
from carevault.api._metadata import capability_statement
from carevault.api._openapi import openapi_document
from carevault.api._services import Clock, Services, open_services, services_of
from carevault.clock import clock_for
from carevault.config import Settings, load_settings
from carevault.errors import ForbiddenError
from carevault.logs import get_logger
from carevault.records import utc_now

_log = get_logger("api")


ServicesFactory = Callable[[Settings, Clock], Services]


def create_app(
    settings: Settings | None = None,
    *,
    clock: Clock = utc_now,
    services_factory: ServicesFactory = open_services,
) -> Starlette:
    """The API over the store the settings name (environment and data folder by default).
    ``services_factory`` wires what the API runs on (the benchmark's baseline swaps it)."""
    chosen = settings or load_settings()
    if clock is utc_now and chosen.simulated_clock_file is not None:
        _log.warning("simulated_clock", file=str(chosen.simulated_clock_file))
        clock = clock_for(chosen.simulated_clock_file)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        services = services_factory(chosen, clock)
        app.state.services = services
        stop = threading.Event()
        checkpoints = _start_checkpoints(services, stop)
        try:
            yield
        finally:
            stop.set()
            if checkpoints is not None:
                checkpoints.join()  # the last checkpoint, issued on shutdown
            services.close()

    app = Starlette(
        routes=_routes(),
        exception_handlers={HTTPException: on_http_exception},
        lifespan=lifespan,
    )
    app.add_middleware(CatchAll)
    app.add_middleware(SecurityHeaders)
    return app


def _start_checkpoints(services: Services, stop: threading.Event) -> threading.Thread | None:
    """Checkpoints on their schedule, off the event loop (signing may be an HSM call)."""
    if services.checkpointer is None:
        return None
    thread = threading.Thread(
        target=services.checkpointer.run, args=(stop,), name="audit-checkpoints", daemon=True
    )
    thread.start()
    return thread


def _routes() -> list[Route]:
    return [
        Route("/auth/login", _auth.login, methods=["POST"]),
        Route("/auth/logout", _auth.logout, methods=["POST"]),
        Route("/auth/step-up", _auth.step_up, methods=["POST"]),
        Route("/guard/alerts", _guard.alerts, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Route("/fhir/metadata", metadata, methods=["GET"]),
        Route("/access/break-glass", break_glass_report, methods=["GET"]),
        Route("/audit/checkpoint", _audit.checkpoint, methods=["GET"]),
        Route("/audit/proof/inclusion", _audit.inclusion_proof, methods=["GET"]),
        Route("/audit/proof/consistency", _audit.consistency_proof, methods=["GET"]),
        Route("/portal/access-history", _audit.access_history, methods=["GET"]),
        Route("/fhir/AuditEvent", _audit.search_audit_events, methods=["GET"]),
        Route("/fhir/AuditEvent/{id}", _audit.read_audit_event, methods=["GET"]),
        Route("/fhir/$export", _export.kick_off, methods=["POST"]),
        Route("/fhir/$export/{id}", _export.status, methods=["GET"]),
        Route("/fhir/$export/{id}/approve", _export.approve, methods=["POST"]),
        Route("/fhir/$export/{id}/download", _export.download, methods=["GET"]),
        Route("/fhir/{type}", _fhir.search, methods=["GET"]),
        Route("/fhir/{type}", _fhir.create, methods=["POST"]),
        Route("/fhir/{type}/{id}", _fhir.read, methods=["GET"]),
        Route("/fhir/{type}/{id}", _fhir.update, methods=["PUT"]),
        Route("/fhir/{type}/{id}", _fhir.delete, methods=["DELETE"]),
    ]


class CatchAll:
    """Nothing escapes to the server: any error becomes an OperationOutcome (or, once the
    response has started, is logged without its message, which might hold input)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked(message: Any) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception as exc:  # the one place every error ends
            if started:
                _log.error("error_after_response_started", error=type(exc).__name__)
                return
            await answer(exc)(scope, receive, send)


async def openapi(_request: Request) -> Response:
    return Response(orjson.dumps(openapi_document()), media_type="application/json")


async def metadata(request: Request) -> Response:
    services = services_of(request)
    base = str(request.base_url).rstrip("/")
    return _fhir.fhir_response(capability_statement(base, services.gate.today().isoformat()))


async def break_glass_report(request: Request) -> Response:
    """The practice's recent break-the-glass grants with their reasons: the DPO's alone."""
    services = services_of(request)
    caller = services.gate.caller(request)
    if not may_review_access(caller.principal):
        services.gate.record(
            caller.event(
                "read", outcome="denied", resource_type="BreakGlassGrant", reason="rule:role"
            )
        )
        raise ForbiddenError("only the practice's DPO reads break-the-glass reports", rule="role")
    grants = services.break_glass.recent(caller.principal.practice_id)
    services.gate.record(caller.event("read", resource_type="BreakGlassGrant", reason="dpo"))
    body = [
        {
            "id": g.id,
            "account_id": g.account_id,
            "patient_id": g.patient_id,
            "created_at": g.created_at.isoformat(),
            "expires_at": g.expires_at.isoformat(),
            "reason": g.reason,
        }
        for g in grants
    ]
    return Response(orjson.dumps({"grants": body}), media_type="application/json")
