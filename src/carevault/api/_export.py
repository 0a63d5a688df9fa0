"""Bulk export ($export): a practice admin asks, a second admin approves, the asker downloads
the practice's decrypted records once, as FHIR NDJSON. Every step, and every patient streamed,
is on the access record."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import orjson
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from carevault.access import ExportRequest
from carevault.api._gate import Caller
from carevault.api._services import Services, services_of
from carevault.errors import ForbiddenError, InputError, NotFoundError
from carevault.records import export_resources, record_id

NDJSON = "application/fhir+ndjson"
_YIELD_EVERY = 100  # resources between two returns to the event loop


def _request_id(request: Request) -> str:
    try:
        return record_id(str(request.path_params["id"]), "export request")
    except InputError:
        raise NotFoundError("no such export request in this practice") from None


def _denied(services: Services, caller: Caller, refused: ForbiddenError, step: str) -> None:
    services.gate.record(
        caller.event("export", outcome="denied", reason=f"rule:{refused.rule}:{step}")
    )


def _status_body(request: Request, found: ExportRequest) -> dict[str, object]:
    base = f"{str(request.base_url).rstrip('/')}/fhir/$export/{found.id}"
    body: dict[str, object] = {
        "id": found.id,
        "status": found.status,
        "requested_at": found.requested_at.isoformat(),
        "expires_at": found.expires_at.isoformat(),
    }
    if found.status == "approved":
        body["output"] = [{"type": "NDJSON", "url": f"{base}/download"}]
        body["requiresAccessToken"] = True
    return body


def _json(body: object, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(body), status, headers=headers, media_type="application/json")


async def kick_off(request: Request) -> Response:
    services = services_of(request)
    caller = services.gate.caller(request)
    try:
        found = services.exports.request(caller.principal)
    except ForbiddenError as refused:
        _denied(services, caller, refused, "request")
        raise
    services.gate.record(caller.event("export", reason=f"requested:{found.id}"))
    location = f"{str(request.base_url).rstrip('/')}/fhir/$export/{found.id}"
    return _json(_status_body(request, found), 202, {"Content-Location": location})


async def status(request: Request) -> Response:
    services = services_of(request)
    caller = services.gate.caller(request)
    try:
        found = services.exports.status(caller.principal, _request_id(request))
    except ForbiddenError as refused:
        _denied(services, caller, refused, "status")
        raise
    return _json(_status_body(request, found), 200 if found.status == "approved" else 202)


async def approve(request: Request) -> Response:
    services = services_of(request)
    caller = services.gate.caller(request)
    request_id = _request_id(request)
    try:
        found = services.exports.approve(caller.principal, request_id)
    except ForbiddenError as refused:
        _denied(services, caller, refused, "approve")
        raise
    services.gate.record(caller.event("export", reason=f"approved:{request_id}"))
    return _json(_status_body(request, found))


async def download(request: Request) -> Response:
    services = services_of(request)
    caller = services.gate.caller(request)
    request_id = _request_id(request)
    try:
        services.exports.claim_download(caller.principal, request_id)
    except ForbiddenError as refused:
        _denied(services, caller, refused, "download")
        raise
    return StreamingResponse(_stream(services, caller, request_id), media_type=NDJSON)


async def _stream(services: Services, caller: Caller, request_id: str) -> AsyncIterator[bytes]:
    records = services.vault.practice(caller.principal.practice_id)
    reason = f"export:{request_id}"

    def recorded(patient_id: str) -> None:  # before the patient's data leaves (fail closed)
        services.gate.record(
            caller.event(
                "export",
                resource_type="Patient",
                resource_id=patient_id,
                patient_id=patient_id,
                reason=reason,
            )
        )

    for count, resource in enumerate(export_resources(records, on_patient=recorded), 1):
        yield orjson.dumps(resource) + b"\n"
        if count % _YIELD_EVERY == 0:
            await asyncio.sleep(0)
