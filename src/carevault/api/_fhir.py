"""FHIR R4 REST handlers: read, search, create, update, delete.

Every handler follows the gate: authenticate, decide, record, then touch records. Handlers are
``async`` but call the record store directly: each call is short (one indexed query and a few
AES-GCM operations), and a thread hop per request would cost more than it frees.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any
from urllib.parse import quote, urlencode

import orjson
from starlette.requests import Request
from starlette.responses import Response

from carevault.access.policy import ADMINISTRATIVE, administrative_write, passing_write, shaped
from carevault.api._definitions import RESOURCE_TYPES
from carevault.api._errors import FHIR_JSON, RequestRefusedError
from carevault.api._gate import REFUSALS, Caller
from carevault.api._http import read_json
from carevault.api._search import Search, encode_cursor, parse_search
from carevault.api._services import Services, services_of
from carevault.audit import AccessEvent
from carevault.errors import ForbiddenError, InputError, NotFoundError
from carevault.records import PatientQuery, PracticeRecords, record_id


def fhir_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(body), status, headers=headers, media_type=FHIR_JSON)


def _resource_type(request: Request) -> str:
    kind = str(request.path_params["type"])
    if kind not in RESOURCE_TYPES:
        raise RequestRefusedError(
            404, "not-supported", "this server does not serve that resource type"
        )
    return kind


def _id(request: Request, kind: str) -> str:
    try:
        return record_id(str(request.path_params["id"]), kind)
    except InputError:
        raise NotFoundError(f"no {kind} with that id in this practice") from None


def _caller_records(request: Request) -> tuple[Services, Caller, PracticeRecords]:
    services = services_of(request)
    caller = services.gate.caller(request)
    return services, caller, services.vault.practice(caller.principal.practice_id)


async def read(request: Request) -> Response:
    kind = _resource_type(request)
    resource_id = _id(request, kind)
    services = services_of(request)
    with services.gate.caller_checked_meanwhile(request) as caller:
        records = services.vault.practice(caller.principal.practice_id)
        async with services.gate.released_together():
            with _one_transaction(services):
                response = _read(
                    request, services, caller, records, kind=kind, resource_id=resource_id
                )
    return response


def _one_transaction(services: Services) -> AbstractContextManager[object]:
    """A read's steps (owner, policy, the record itself) in one transaction. A refusal still
    commits: its access record must stay (a read writes nothing else). The record of the
    read itself is committed after, with those of the reads in flight beside it."""
    return services.vault.store.shared_transaction(keep_on=REFUSALS)


def _read(
    request: Request,
    services: Services,
    caller: Caller,
    records: PracticeRecords,
    *,
    kind: str,
    resource_id: str,
) -> Response:
    patient_id = _patient_of(
        services, caller, records, action="read", kind=kind, resource_id=resource_id
    )
    decision = services.gate.decide(
        caller, records, "read", kind, patient_id, request=request, resource_id=resource_id
    )
    event = caller.event(
        "read",
        resource_type=kind,
        resource_id=resource_id,
        patient_id=patient_id,
        reason=decision.basis,
    )
    services.gate.count(caller, event)  # the guard counts it while the record is read
    resource = records.get(kind, resource_id)  # read now, to leave once released
    services.gate.release(caller, event)
    return fhir_response(shaped(resource, decision))


def _patient_of(
    services: Services,
    caller: Caller,
    records: PracticeRecords,
    *,
    action: str,
    kind: str,
    resource_id: str,
) -> str | None:
    """The patient a stored resource belongs to; a miss is recorded (ids tried are a signal)."""
    try:
        return records.patient_of(kind, resource_id)
    except NotFoundError:
        services.gate.refused(
            caller,
            caller.event(
                action,
                outcome="failed",
                resource_type=kind,
                resource_id=resource_id,
                reason="not-found",
            ),
        )
        raise


async def search(request: Request) -> Response:
    kind = _resource_type(request)
    services = services_of(request)
    with services.gate.caller_checked_meanwhile(request) as caller:
        records = services.vault.practice(caller.principal.practice_id)
        asked = parse_search(kind, request.query_params)
        async with services.gate.released_together():
            with _one_transaction(services):
                response = _search(request, services, caller, records, asked)
    return response


def _search(
    request: Request, services: Services, caller: Caller, records: PracticeRecords, asked: Search
) -> Response:
    kind = asked.resource_type
    if asked.patient_id is not None:
        _patient_of(
            services, caller, records, action="search", kind="Patient", resource_id=asked.patient_id
        )
    gate = services.gate
    decision = gate.decide(caller, records, "search", kind, asked.patient_id, request=request)
    found = _run_search(records, asked)
    shown: list[dict[str, Any]] = []
    events: list[AccessEvent] = []
    for resource in found:
        patient_id = _patient_in(resource)
        seen = decision
        if kind == "Patient":  # each hit is seen as the policy allows for that patient
            seen = gate.decide(caller, records, "search", kind, patient_id)
        shown.append(shaped(resource, seen))
        events.append(
            caller.event(
                "search",
                resource_type=kind,
                resource_id=resource["id"],
                patient_id=patient_id,
                reason=seen.basis,
                detail=asked.shape,
            )
        )
    if not events:
        events.append(
            caller.event(
                "search",
                resource_type=kind,
                patient_id=asked.patient_id,
                reason=decision.basis,
                detail=asked.shape,
            )
        )
    gate.release(caller, *events, search_terms=asked.signature)
    return fhir_response(_bundle(request, asked, shown))


def _run_search(records: PracticeRecords, asked: Search) -> list[dict[str, Any]]:
    if asked.resource_type == "Patient":
        query = PatientQuery(**asked.terms)
        return records.search_patients(query, limit=asked.count, after=asked.after)
    if asked.resource_type == "Practitioner":
        return records.list_resources("Practitioner", limit=asked.count, after=asked.after)
    assert asked.patient_id is not None
    return records.search_patient_resources(
        asked.resource_type,
        asked.patient_id,
        date_from=asked.date_from,
        date_to=asked.date_to,
        category=asked.category,
        limit=asked.count,
        after=asked.after,
    )


def _patient_in(resource: dict[str, Any]) -> str | None:
    if resource.get("resourceType") == "Patient":
        return str(resource["id"])
    subject = resource.get("subject")
    reference = subject.get("reference") if isinstance(subject, dict) else None
    if isinstance(reference, str) and reference.startswith("Patient/"):
        return reference.removeprefix("Patient/")
    return None


def _bundle(request: Request, asked: Search, shown: list[dict[str, Any]]) -> dict[str, Any]:
    base = str(request.base_url).rstrip("/")
    self_url = f"{base}{request.url.path}"
    links = [{"relation": "self", "url": str(request.url)}]
    if len(shown) == asked.count:
        params = [(k, v) for k, v in request.query_params.multi_items() if k != "_cursor"]
        params.append(("_cursor", encode_cursor(str(shown[-1]["id"]))))
        query = urlencode(params, quote_via=quote)
        links.append({"relation": "next", "url": f"{self_url}?{query}"})
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "link": links,
        "entry": [
            {
                "fullUrl": f"{base}/fhir/{r['resourceType']}/{r['id']}",
                "resource": r,
                "search": {"mode": "match"},
            }
            for r in shown
        ],
    }


async def create(request: Request) -> Response:
    kind = _resource_type(request)
    services, caller, records = _caller_records(request)
    body = await _resource_body(request, services, kind)
    patient_id = _subject_of(body, kind)
    if patient_id is not None:  # a missing subject is a 404 (recorded), before the policy
        _patient_of(
            services, caller, records, action="create", kind="Patient", resource_id=patient_id
        )
    decision = services.gate.decide(caller, records, "create", kind, patient_id, request=request)
    try:
        passing_write(caller.principal, kind, body, decision)
    except ForbiddenError as refused:
        services.gate.refused(
            caller,
            caller.event(
                "create",
                outcome="denied",
                resource_type=kind,
                patient_id=patient_id,
                reason=f"rule:{refused.rule}",
            ),
        )
        raise
    _screen_write(
        services, caller, "create", kind=kind, patient_id=patient_id, basis=decision.basis
    )
    if decision.basis == ADMINISTRATIVE:
        body = administrative_write(kind, body, None)
    principal = caller.principal
    if kind == "DocumentReference" and principal.practitioner_id is not None:
        body["author"] = [{"reference": f"Practitioner/{principal.practitioner_id}"}]
    registered_by = principal.practitioner_id if kind == "Patient" else None
    recorded = services.gate.record_write(
        lambda new_id: caller.event(
            "create",
            resource_type=kind,
            resource_id=new_id,
            patient_id=new_id if kind == "Patient" else patient_id,
            reason=decision.basis,
        )
    )
    created = records.add(body, registered_by=registered_by, on_written=recorded)
    location = f"{str(request.base_url).rstrip('/')}/fhir/{kind}/{created['id']}"
    return fhir_response(shaped(created, decision), 201, headers={"Location": location})


async def update(request: Request) -> Response:
    kind = _resource_type(request)
    resource_id = _id(request, kind)
    services, caller, records = _caller_records(request)
    body = await _resource_body(request, services, kind)
    patient_id = _patient_of(
        services, caller, records, action="update", kind=kind, resource_id=resource_id
    )
    decision = services.gate.decide(
        caller, records, "update", kind, patient_id, request=request, resource_id=resource_id
    )
    _screen_write(
        services,
        caller,
        "update",
        kind=kind,
        patient_id=patient_id,
        basis=decision.basis,
        resource_id=resource_id,
    )
    if decision.basis == ADMINISTRATIVE:
        body = administrative_write(kind, body, records.get(kind, resource_id))
    recorded = services.gate.record_write(
        lambda written: caller.event(
            "update",
            resource_type=kind,
            resource_id=written,
            patient_id=patient_id,
            reason=decision.basis,
        )
    )
    updated = records.update(kind, resource_id, body, on_written=recorded)
    return fhir_response(shaped(updated, decision))


async def delete(request: Request) -> Response:
    kind = _resource_type(request)
    resource_id = _id(request, kind)
    services, caller, records = _caller_records(request)
    patient_id = _patient_of(
        services, caller, records, action="delete", kind=kind, resource_id=resource_id
    )
    decision = services.gate.decide(
        caller, records, "delete", kind, patient_id, request=request, resource_id=resource_id
    )
    _screen_write(
        services,
        caller,
        "delete",
        kind=kind,
        patient_id=patient_id,
        basis=decision.basis,
        resource_id=resource_id,
    )
    recorded = services.gate.record_write(
        lambda deleted: caller.event(
            "delete",
            resource_type=kind,
            resource_id=deleted,
            patient_id=patient_id,
            reason=decision.basis,
        )
    )
    records.delete(kind, resource_id, on_written=recorded)
    return Response(status_code=204)


def _screen_write(
    services: Services,
    caller: Caller,
    action: str,
    *,
    kind: str,
    patient_id: str | None,
    basis: str,
    resource_id: str | None = None,
) -> None:
    """A write touches a patient's record like a read does: the guard counts it first."""
    if patient_id is None:
        return
    services.gate.screen(
        caller,
        caller.event(
            action,
            resource_type=kind,
            resource_id=resource_id,
            patient_id=patient_id,
            reason=basis,
        ),
    )


async def _resource_body(request: Request, services: Services, kind: str) -> dict[str, Any]:
    settings = services.settings
    body = await read_json(
        request, max_bytes=settings.api_max_body_bytes, max_depth=settings.api_max_json_depth
    )
    if not isinstance(body, dict):
        raise InputError("the body must be a JSON object (a FHIR resource)")
    if body.get("resourceType") != kind:
        raise InputError(f"the body's resourceType must be {kind}")
    return body


def _subject_of(body: dict[str, Any], kind: str) -> str | None:
    if kind in ("Patient", "Practitioner"):
        return None
    subject = body.get("subject")
    reference = subject.get("reference") if isinstance(subject, dict) else None
    if not isinstance(reference, str) or not reference.startswith("Patient/"):
        raise InputError(f"{kind} needs subject.reference to Patient/<id>")
    return record_id(reference.removeprefix("Patient/"), "Patient")
