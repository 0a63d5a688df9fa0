"""Every error the API answers, as a FHIR OperationOutcome, decided in one place.

The carevault error tree maps to statuses here and nowhere else. A client never sees a stack
trace, a driver message or a library version: an unexpected error is logged (exception type
and code locations, no values) and answered 500 with a request id to quote.
"""

from __future__ import annotations

import traceback
import uuid
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from carevault.errors import (
    AccountLockedError,
    AuditIntegrityError,
    AuthenticationError,
    CarevaultError,
    ConflictError,
    DecryptionError,
    ForbiddenError,
    GuardStopError,
    InputError,
    KeyDestroyedError,
    KeyProviderError,
    LoginThrottledError,
    NotFoundError,
    SensitiveContentError,
    StoreError,
)
from carevault.logs import get_logger

FHIR_JSON = "application/fhir+json"
_log = get_logger("api")
_security = get_logger("security")


class RequestRefusedError(Exception):
    """A request refused by the HTTP layer itself (size, media type, method, route)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


def outcome(
    status: int, code: str, diagnostics: str, *, headers: dict[str, str] | None = None
) -> Response:
    body = {
        "resourceType": "OperationOutcome",
        "issue": [
            {
                "severity": "error" if status < 500 else "fatal",
                "code": code,
                "diagnostics": diagnostics,
            }
        ],
    }
    return Response(orjson.dumps(body), status, headers=headers, media_type=FHIR_JSON)


def answer(exc: BaseException) -> Response:
    """The response for an exception: the one mapping of errors to statuses."""
    if isinstance(exc, RequestRefusedError):
        retry_after = getattr(exc, "retry_after", None)
        headers = {"Retry-After": str(retry_after)} if retry_after else None
        return outcome(exc.status, exc.code, str(exc), headers=headers)
    if isinstance(exc, CarevaultError):
        return _carevault(exc)
    return _unexpected(exc)


def _carevault(exc: CarevaultError) -> Response:
    if isinstance(exc, LoginThrottledError):
        return outcome(429, "throttled", str(exc), headers={"Retry-After": str(exc.retry_after)})
    if isinstance(exc, AccountLockedError):
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
        return outcome(423, "lock-error", str(exc), headers=headers)
    if isinstance(exc, GuardStopError):
        return _guard_stop(exc)
    if isinstance(exc, AuthenticationError):
        challenge = 'Bearer realm="carevault"'
        if exc.reason not in ("missing", "credentials"):
            challenge += ', error="invalid_token"'
        return outcome(401, "login", str(exc), headers={"WWW-Authenticate": challenge})
    if isinstance(exc, ForbiddenError):
        return outcome(403, "forbidden", str(exc))
    if isinstance(exc, NotFoundError | KeyDestroyedError):
        return outcome(404, "not-found", str(exc))
    if isinstance(exc, ConflictError):
        return outcome(409, "conflict", str(exc))
    if isinstance(exc, SensitiveContentError):
        return outcome(422, "business-rule", str(exc))
    if isinstance(exc, InputError):
        return outcome(400, "invalid", str(exc))
    if isinstance(exc, AuditIntegrityError):  # the stored log was tampered with: say so, loudly
        _security.error("audit_log_broken", message=str(exc)[:300])
        return outcome(503, "transient", "the access log does not verify; the DPO is alerted")
    if isinstance(exc, DecryptionError):
        # A stored value (or wrapped key) that does not open was altered, moved or sealed with
        # another key: the fault is in what the server holds, not in the request, so not a
        # 4xx (422 and 409 would tell the client to change a request that was right, and hide
        # the fault among refusals). A 500 with issue code "exception", as FHIR names an
        # error on the server's side, but not an anonymous one: the diagnostic is the one the
        # CLI prints, naming the record and field (ids, never values), and the security log
        # gets it, like a broken audit log.
        _security.error("ciphertext_does_not_open", message=str(exc)[:300])
        return outcome(500, "exception", str(exc))
    if isinstance(exc, KeyProviderError):  # key file or HSM unusable: fail closed
        # The message may name a key file path or an HSM module: logged, not answered.
        _security.error("key_provider_unavailable", message=str(exc)[:300])
        return outcome(503, "transient", "the key provider is unavailable; try again later")
    if isinstance(exc, StoreError):  # the database is down or refused: nothing was done
        _log.error("store_unavailable", error=type(exc).__name__)
        return outcome(503, "transient", "the record store is unavailable; nothing was done")
    return _unexpected(exc)


def _guard_stop(exc: GuardStopError) -> Response:
    """The guard's answers: what it did is in ``X-Guard-Action``; a step-up is the RFC 9470
    challenge (re-authenticate with the second factor, then retry)."""
    headers = {"X-Guard-Action": exc.action}
    if exc.retry_after:
        headers["Retry-After"] = str(exc.retry_after)
    if exc.action in ("step-up", "lockdown"):
        headers["WWW-Authenticate"] = (
            'Bearer realm="carevault", error="insufficient_user_authentication", '
            'error_description="re-enter your second factor at POST /auth/step-up"'
        )
        status = 401 if exc.action == "step-up" else 403
        return outcome(status, "login" if status == 401 else "forbidden", str(exc), headers=headers)
    if exc.action == "throttle":
        return outcome(429, "throttled", str(exc), headers=headers)
    if exc.action == "unavailable":
        return outcome(503, "transient", str(exc), headers=headers)
    return outcome(403, "suspended", str(exc), headers=headers)


def _unexpected(exc: BaseException) -> Response:
    incident = str(uuid.uuid4())
    frames = [f"{f.filename}:{f.lineno}" for f in traceback.extract_tb(exc.__traceback__)]
    _log.error("internal_error", incident=incident, error=type(exc).__name__, frames=frames[-8:])
    return outcome(500, "exception", f"internal error; quote incident {incident}")


async def on_http_exception(_request: Request, exc: Any) -> Response:
    """Starlette's own refusals (unknown route, wrong method) as OperationOutcomes."""
    status = int(getattr(exc, "status_code", 500))
    if status == 404:
        return outcome(404, "not-found", "no such endpoint")
    if status == 405:
        return outcome(405, "not-supported", "method not allowed on this endpoint")
    return outcome(status, "processing", "request refused")
