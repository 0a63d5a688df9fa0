"""The OpenAPI 3.0 document of every endpoint, built from the FHIR table."""

from __future__ import annotations

from typing import Any

from carevault.api._definitions import DEFAULT_COUNT, MAX_COUNT, SEARCH_PARAMS, SearchParam
from carevault.extensions import ADMINISTRATIVE_EXTENSIONS

_OUTCOME = {"$ref": "#/components/schemas/OperationOutcome"}
_FHIR = "application/fhir+json"


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {_FHIR: {"schema": _OUTCOME}}}


_ERRORS = {
    "400": _error("bad input: malformed JSON, invalid resource or parameter, invalid NIR"),
    "401": _error(
        "no valid token; or the guard asks a step-up (X-Guard-Action: step-up, RFC 9470 "
        "insufficient_user_authentication): POST /auth/step-up, then retry"
    ),
    "403": _error(
        "the policy refuses this access; or the guard froze the account or locked the "
        "practice down (X-Guard-Action: freeze | lockdown)"
    ),
    "404": _error("no such resource in your practice"),
    "405": _error("method not allowed"),
    "409": _error("conflict"),
    "413": _error("body too large"),
    "415": _error("not JSON"),
    "429": _error("too many requests (X-Guard-Action: throttle when the guard slows it)"),
    "503": _error("the store or the guard's state is unavailable: nothing is served"),
}


def openapi_document() -> dict[str, Any]:
    paths: dict[str, Any] = {
        "/auth/login": {"post": _login()},
        "/auth/logout": {"post": _op("Revoke this session", {"204": {"description": "done"}})},
        "/auth/step-up": {"post": _step_up()},
        "/guard/alerts": {
            "get": {
                **_op(
                    "The guard's alerts: what it did and why (DPO)",
                    {"200": {"description": "alerts, newest first", **_JSON_OK}},
                ),
                "parameters": [_query("since", "string"), _query("_count", "integer")],
            }
        },
        "/fhir/metadata": {
            "get": {
                "summary": "CapabilityStatement",
                "security": [],
                "responses": {"200": _fhir_ok("the CapabilityStatement")},
            }
        },
    }
    paths.update(_export_paths())
    paths.update(_audit_paths())
    for kind, params in SEARCH_PARAMS.items():
        paths[f"/fhir/{kind}"] = {"get": _search(kind, params), "post": _create(kind)}
        paths[f"/fhir/{kind}/{{id}}"] = {
            "parameters": [_id_param()],
            "get": _op(f"Read a {kind}", {"200": _fhir_ok(kind)}, kind),
            "put": {
                **_refusing_sensitive_content(
                    _op(f"Update a {kind}", {"200": _fhir_ok(kind)}, kind), kind
                ),
                **_body(kind),
            },
            "delete": _op(f"Delete a {kind}", {"204": {"description": "deleted"}}, kind),
        }
    return {
        "openapi": "3.0.3",
        "info": {"title": "carevault FHIR API", "version": "1"},
        "paths": paths,
        "security": [{"bearer": []}],
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {"OperationOutcome": _outcome_schema()},
        },
    }


def _export_paths() -> dict[str, Any]:
    json_ok = {"content": {"application/json": {"schema": {"type": "object"}}}}
    status = {"parameters": [_id_param()]}
    return {
        "/fhir/$export": {
            "post": _op(
                "Ask for a bulk export (practice admin; a second admin must approve)",
                {"202": {"description": "awaiting approval", **json_ok}},
            )
        },
        "/fhir/$export/{id}": {
            **status,
            "get": _op(
                "Follow an export request",
                {
                    "200": {"description": "approved", **json_ok},
                    "202": {"description": "awaiting approval", **json_ok},
                },
            ),
        },
        "/fhir/$export/{id}/approve": {
            **status,
            "post": _op(
                "Approve (another practice admin)", {"200": {"description": "ok", **json_ok}}
            ),
        },
        "/fhir/$export/{id}/download": {
            **status,
            "get": _op(
                "Download the approved export once, as FHIR NDJSON",
                {"200": {"description": "NDJSON", "content": {"application/fhir+ndjson": {}}}},
            ),
        },
        "/access/break-glass": {
            "get": _op(
                "Recent break-the-glass grants and their reasons (DPO)",
                {"200": {"description": "grants", **json_ok}},
            )
        },
    }


def _audit_paths() -> dict[str, Any]:
    """The access log: the DPO's checkpoint, proofs and AuditEvents; a patient's history."""
    json_ok = {"content": {"application/json": {"schema": {"type": "object"}}}}
    paged = [_query("_count", "integer"), _query("_cursor", "string")]
    return {
        "/audit/checkpoint": {
            "get": {
                **_op(
                    "The latest signed checkpoint and its cosignatures (DPO)",
                    {"200": {"description": "checkpoint", **json_ok}},
                ),
                "parameters": [_query("format", "string", "note: the signed note as text")],
            }
        },
        "/audit/proof/inclusion": {
            "get": {
                **_op(
                    "Proof that an entry is in a checkpoint (DPO)",
                    {"200": {"description": "proof", **json_ok}},
                ),
                "parameters": [
                    _query("index", "integer", required=True),
                    _query("size", "integer"),
                ],
            }
        },
        "/audit/proof/consistency": {
            "get": {
                **_op(
                    "Proof that a checkpoint extends an earlier one (DPO)",
                    {"200": {"description": "proof", **json_ok}},
                ),
                "parameters": [_query("old", "integer", required=True), _query("new", "integer")],
            }
        },
        "/fhir/AuditEvent": {
            "get": {
                **_op(
                    "Search the access log (DPO), newest first",
                    {"200": _fhir_ok("a Bundle of AuditEvents")},
                ),
                "parameters": [
                    _query("patient", "string"),
                    _query("agent", "string", "an account id, or Practitioner/<id>"),
                    _query("date", "string", "YYYY-MM-DD with eq, ge, gt, le or lt"),
                    _query("action", "string", "C, R, U, D or E"),
                    *paged,
                ],
            }
        },
        "/fhir/AuditEvent/{id}": {
            "parameters": [_id_param()],
            "get": _op("Read one entry as an AuditEvent (DPO)", {"200": _fhir_ok("AuditEvent")}),
        },
        "/portal/access-history": {
            "get": {
                **_op(
                    "Who opened my record (a patient's own account)",
                    {"200": {"description": "accesses", **json_ok}},
                ),
                "parameters": paged,
            }
        },
    }


def _query(
    name: str, kind: str, description: str = "", *, required: bool = False
) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "schema": {"type": kind},
    }


_JSON_OK = {"content": {"application/json": {"schema": {"type": "object"}}}}


def _step_up() -> dict[str, Any]:
    return {
        **_op(
            "Re-enter the second factor the guard asked for",
            {"200": {"description": '{"stepped_up": true}', **_JSON_OK}},
        ),
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["otp"],
                        "properties": {"otp": {"type": "string"}},
                        "additionalProperties": False,
                    }
                }
            },
        },
    }


def _op(summary: str, ok: dict[str, Any], kind: str | None = None) -> dict[str, Any]:
    operation: dict[str, Any] = {"summary": summary, "responses": {**ok, **_ERRORS}}
    if kind is not None:
        operation["parameters"] = [_break_glass_param()]
    return operation


def _fhir_ok(description: str) -> dict[str, Any]:
    return {"description": description, "content": {_FHIR: {"schema": {"type": "object"}}}}


def _search(kind: str, params: tuple[SearchParam, ...]) -> dict[str, Any]:
    operation = _op(f"Search {kind}", {"200": _fhir_ok("a searchset Bundle, one page")}, kind)
    operation["parameters"] += [_search_param(p) for p in params] + [
        {
            "name": "_count",
            "in": "query",
            "schema": {"type": "integer", "minimum": 1, "default": DEFAULT_COUNT},
            "description": f"page size, capped at {MAX_COUNT}",
        },
        {"name": "_cursor", "in": "query", "schema": {"type": "string"}},
    ]
    return operation


def _search_param(param: SearchParam) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string", "maxLength": 200}
    return {
        "name": param.name,
        "in": "query",
        "required": param.name == "patient",
        "description": param.description,
        "schema": schema,
    }


def _create(kind: str) -> dict[str, Any]:
    operation = _op(f"Create a {kind}", {"201": _fhir_ok(f"the created {kind}")}, kind)
    return {**_refusing_sensitive_content(operation, kind), **_body(kind)}


def _refusing_sensitive_content(operation: dict[str, Any], kind: str) -> dict[str, Any]:
    """A write of a resource with administrative fields may be refused for what they hold."""
    if kind not in ADMINISTRATIVE_EXTENSIONS:
        return operation
    refused = _error("sensitive content in an administrative field: write it in a note")
    return {**operation, "responses": {**operation["responses"], "422": refused}}


def _body(kind: str) -> dict[str, Any]:
    return {
        "requestBody": {
            "required": True,
            "content": {
                _FHIR: {
                    "schema": {
                        "type": "object",
                        "required": ["resourceType"],
                        "properties": {"resourceType": {"type": "string", "enum": [kind]}},
                    }
                }
            },
        }
    }


def _id_param() -> dict[str, Any]:
    return {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}


def _break_glass_param() -> dict[str, Any]:
    return {
        "name": "X-Break-Glass-Reason",
        "in": "header",
        "required": False,
        "description": "why a clinician outside the care relation must open this record",
        "schema": {"type": "string", "maxLength": 500},
    }


def _login() -> dict[str, Any]:
    credentials = {
        "type": "object",
        "required": ["username", "password", "otp"],
        "additionalProperties": False,
        "properties": {
            "username": {"type": "string"},
            "password": {"type": "string"},
            "otp": {"type": "string"},
        },
    }
    token = {
        "type": "object",
        "required": ["access_token", "token_type", "expires_in"],
        "properties": {
            "access_token": {"type": "string"},
            "token_type": {"type": "string", "enum": ["Bearer"]},
            "expires_in": {"type": "integer"},
        },
    }
    return {
        "summary": "Log in with password and TOTP code",
        "security": [],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": credentials}},
        },
        "responses": {
            "200": {"description": "a session", "content": {"application/json": {"schema": token}}},
            "423": _error("account locked or disabled"),
            **_ERRORS,
        },
    }


def _outcome_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["resourceType", "issue"],
        "properties": {
            "resourceType": {"type": "string", "enum": ["OperationOutcome"]},
            "issue": {"type": "array", "items": {"type": "object"}},
        },
    }
