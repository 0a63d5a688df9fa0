"""The access log over HTTP: for the DPO, the latest checkpoint, proofs, and the log as FHIR
AuditEvents; for a patient, who opened their record. Reading the log is itself recorded."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import orjson
from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response

from carevault.access.policy import may_read_own_access_history, may_review_access
from carevault.api._fhir import fhir_response
from carevault.api._gate import Caller
from carevault.api._search import (
    date_range,
    next_page_link,
    pack_cursor,
    page_count,
    unpack_cursor,
)
from carevault.api._services import Services, services_of
from carevault.audit import (
    ACTIONS_OF_CODE,
    Access,
    EventQuery,
    checkpoint_summary,
    consistency_document,
    history_reason,
    inclusion_document,
    witnesses_of,
)
from carevault.errors import ForbiddenError, InputError, NotFoundError
from carevault.records import PracticeRecords, record_id

_JSON = "application/json"
_WHOLE = re.compile(r"[0-9]{1,18}")  # ASCII only: str.isdigit takes "²" too
_MAX_INDEX = 10**18


async def checkpoint(request: Request) -> Response:
    """The latest signed checkpoint with its witnesses' cosignatures."""
    services, caller = _reviewer(request, "AuditCheckpoint")
    params = _params(request.query_params, {"format"})
    latest = services.log.latest_checkpoint()
    if latest is None:
        raise NotFoundError("the access log has no checkpoint yet")
    services.gate.record(caller.event("read", resource_type="AuditCheckpoint", reason="dpo"))
    if params.get("format") == "note":
        return Response(latest.cosigned_note, media_type="text/plain; charset=utf-8")
    settings = services.settings
    body = checkpoint_summary(latest, witnesses_of(settings), settings.audit_witness_quorum)
    return Response(orjson.dumps(body), media_type=_JSON)


async def inclusion_proof(request: Request) -> Response:
    """?index=N[&size=S]: the proof that entry N is in the checkpoint of size S (default:
    the latest), with the entry and the signed checkpoint."""
    services, caller = _reviewer(request, "AuditProof")
    params = _params(request.query_params, {"index", "size"})
    index = _required_number(params, "index")
    document = inclusion_document(
        services.log, index, _number(params, "size"), caller.principal.practice_id
    )
    services.gate.record(caller.event("read", resource_type="AuditProof", reason="dpo"))
    return Response(orjson.dumps(document), media_type=_JSON)


async def consistency_proof(request: Request) -> Response:
    """?old=M[&new=N]: the proof that the checkpoint of size N extends the one of size M."""
    services, caller = _reviewer(request, "AuditProof")
    params = _params(request.query_params, {"old", "new"})
    old = _required_number(params, "old")
    document = consistency_document(services.log, old, _number(params, "new"))
    services.gate.record(caller.event("read", resource_type="AuditProof", reason="dpo"))
    return Response(orjson.dumps(document), media_type=_JSON)


async def read_audit_event(request: Request) -> Response:
    services, caller = _reviewer(request, "AuditEvent")
    raw = str(request.path_params["id"])
    found = (
        services.audit.event(caller.principal.practice_id, int(raw))
        if _WHOLE.fullmatch(raw)
        else None
    )
    if found is None:
        raise NotFoundError("no AuditEvent with that id in this practice")
    services.gate.record(
        caller.event("read", resource_type="AuditEvent", resource_id=raw, reason="dpo")
    )
    return fhir_response(found)


async def search_audit_events(request: Request) -> Response:
    """AuditEvent?patient=&agent=&date=&action=&_count=&_cursor=, newest first."""
    services, caller = _reviewer(request, "AuditEvent")
    params = _params(request.query_params, {"patient", "agent", "date", "action"}, paged=True)
    patient_id = _patient(params.get("patient"))
    since, until = _instants(params.getlist("date"))
    count, before = _page(params)
    account_id, practitioner_id = _agent(params.get("agent"))
    query = EventQuery(
        patient_id=patient_id,
        account_id=account_id,
        practitioner_id=practitioner_id,
        actions=_actions(params.get("action")),
        since=since,
        until=until,
        before_index=before,
        limit=count + 1,
    )
    events = services.audit.events(caller.principal.practice_id, query)
    services.gate.record(
        caller.event("search", resource_type="AuditEvent", patient_id=patient_id, reason="dpo")
    )
    return fhir_response(_bundle(request, events[:count], more=len(events) > count))


async def access_history(request: Request) -> Response:
    """A patient's own access history: every access to their record, newest first, with the
    date, the role and name of who opened it, and why."""
    services = services_of(request)
    caller = services.gate.caller(request)
    principal = caller.principal
    if not may_read_own_access_history(principal) or principal.patient_id is None:
        services.gate.record(
            caller.event(
                "read", outcome="denied", resource_type="AccessHistory", reason="rule:role"
            )
        )
        raise ForbiddenError("the access history is the patient's own", rule="role")
    params = _params(request.query_params, set(), paged=True)
    count, before = _page(params)
    accesses = services.audit.history(
        principal.practice_id,
        principal.patient_id,
        viewer=principal.actor,
        before=before,
        limit=count + 1,
    )
    services.gate.record(
        caller.event(
            "read", resource_type="AccessHistory", patient_id=principal.patient_id, reason="own"
        )
    )
    page = accesses[:count]
    body = {
        "patient": principal.patient_id,
        "accesses": _shown_to_patient(services, principal.practice_id, page),
        "next": _next_link(request, page[-1].index) if len(accesses) > count else None,
    }
    return Response(orjson.dumps(body), media_type=_JSON)


def _reviewer(request: Request, kind: str) -> tuple[Services, Caller]:
    """The caller, if the practice's DPO in person; else the refusal, recorded."""
    services = services_of(request)
    caller = services.gate.caller(request)
    if not may_review_access(caller.principal):
        services.gate.record(
            caller.event("read", outcome="denied", resource_type=kind, reason="rule:role")
        )
        raise ForbiddenError("only the practice's DPO reads the access log", rule="role")
    return services, caller


def _params(given: QueryParams, known: set[str], *, paged: bool = False) -> QueryParams:
    allowed = known | ({"_count", "_cursor"} if paged else set())
    for name, _ in given.multi_items():
        if name not in allowed:
            shown = name[:40] if name.isprintable() else "(unprintable)"
            raise InputError(f"unknown parameter {shown!r}")
    for name in allowed - {"date"}:
        if len(given.getlist(name)) > 1:
            raise InputError(f"parameter {name!r} is given more than once")
    return given


def _required_number(params: QueryParams, name: str) -> int:
    found = _number(params, name)
    if found is None:
        raise InputError(f"parameter {name!r} is required")
    return found


def _number(params: QueryParams, name: str) -> int | None:
    value = params.get(name)
    if value is None:
        return None
    if not _WHOLE.fullmatch(value):
        raise InputError(f"parameter {name!r} must be a whole number (at most 18 digits)")
    return int(value)


def _page(params: QueryParams) -> tuple[int, int | None]:
    cursor = params.get("_cursor")
    return page_count(params.get("_count")), None if cursor is None else _decode_cursor(cursor)


def _decode_cursor(cursor: str) -> int:
    """The leaf index a page ends before (pages go newest first)."""
    (before,) = unpack_cursor(cursor, "before")
    if type(before) is not int or not 0 <= before < _MAX_INDEX:
        raise InputError("_cursor is not a cursor this server gave")
    return before


def _patient(value: str | None) -> str | None:
    return None if value is None else record_id(value.removeprefix("Patient/"), "Patient")


def _instants(values: list[str]) -> tuple[datetime | None, datetime | None]:
    if len(values) > 2:
        raise InputError("parameter 'date' is given more than twice")
    low, high = date_range(values)
    return _midnight(low), _midnight(_day_after(high))


def _day_after(day: date | None) -> date | None:
    if day is None:
        return None
    if day == date.max:
        raise InputError("date is out of range")
    return day + timedelta(days=1)


def _midnight(day: date | None) -> datetime | None:
    return None if day is None else datetime.combine(day, time(), tzinfo=UTC)


def _actions(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    found = ACTIONS_OF_CODE.get(value)
    if found is None:
        raise InputError("action must be one of C, R, U, D, E")
    return found


def _agent(agent: str | None) -> tuple[str | None, str | None]:
    """(account id, practitioner id) the agent parameter names: an account id, or
    Practitioner/<id> for every account of that practitioner."""
    if agent is None:
        return None, None
    if agent.startswith("Practitioner/"):
        return None, record_id(agent.removeprefix("Practitioner/"), "Practitioner")
    return record_id(agent.removeprefix("account:"), "agent"), None


def _bundle(request: Request, events: list[dict[str, Any]], *, more: bool) -> dict[str, Any]:
    base = str(request.base_url).rstrip("/")
    bundle: dict[str, Any] = {
        "resourceType": "Bundle",
        "type": "searchset",
        "link": [{"relation": "self", "url": str(request.url)}],
        "entry": [
            {
                "fullUrl": f"{base}/fhir/AuditEvent/{event['id']}",
                "resource": event,
                "search": {"mode": "match"},
            }
            for event in events
        ],
    }
    if more:
        last = int(events[-1]["id"])
        bundle["link"].append({"relation": "next", "url": _next_link(request, last)})
    return bundle


def _next_link(request: Request, last_index: int) -> str:
    return next_page_link(request, pack_cursor({"before": last_index}))


def _shown_to_patient(
    services: Services, practice_id: str, accesses: list[Access]
) -> list[dict[str, Any]]:
    """Each access with the name of the clinician who made it (staff without a Practitioner
    are shown by role only: their username is half a credential) and its reason in words."""
    grants = sorted({a.grant_id for a in accesses if a.grant_id})
    reasons = services.break_glass.reasons(practice_id, grants)
    practitioners = sorted({a.practitioner_id for a in accesses if a.practitioner_id})
    names = _practitioner_names(services.vault.practice(practice_id), practitioners)
    return [
        {
            "at": access.at.isoformat(),
            "action": access.action,
            "outcome": access.outcome,
            "role": access.role,
            "professional": names.get(access.practitioner_id or ""),
            "reason": history_reason(access.reason, access.outcome, reasons),
        }
        for access in accesses
    ]


def _practitioner_names(records: PracticeRecords, practitioner_ids: list[str]) -> dict[str, str]:
    names = {}
    for practitioner_id in practitioner_ids:
        if practitioner_id not in names:
            try:
                resource = records.get("Practitioner", practitioner_id)
            except NotFoundError:
                continue
            names[practitioner_id] = _display_name(resource)
    return names


def _display_name(resource: dict[str, Any]) -> str:
    for name in resource.get("name") or []:
        if name.get("text"):
            return str(name["text"])
        parts = [*name.get("prefix", []), *name.get("given", []), name.get("family", "")]
        shown = " ".join(part for part in parts if part)
        if shown:
            return shown
    return "a professional of the practice"
