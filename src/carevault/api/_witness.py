"""The witness's HTTP face (c2sp.org/tlog-witness): POST /add-checkpoint, GET /latest.

The witness itself (its state, its checks, its key) is carevault.audit.Witness; this is only
the protocol's requests and answers, for `carevault audit witness serve`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from carevault.audit import CheckpointConflictError, CheckpointRefusedError, Witness
from carevault.errors import CarevaultError
from carevault.logs import get_logger

MAX_REQUEST_BYTES = 1 << 20
SIZE_CONTENT_TYPE = "text/x.tlog.size"
_TEXT = "text/plain; charset=utf-8"

_log = get_logger("witness")


def create_witness_app(witness: Witness, *, clock: Callable[[], float] = time.time) -> Starlette:
    """The witness over HTTP: POST /add-checkpoint and GET /latest?origin=..."""

    async def add_checkpoint(request: Request) -> Response:
        body = await _body_of(request)
        if body is None:
            return _text(f"request body is larger than {MAX_REQUEST_BYTES} bytes", 400)
        try:
            lines = await run_in_threadpool(witness.add_checkpoint, body, int(clock()))
        except CheckpointConflictError as exc:
            headers = {"content-type": SIZE_CONTENT_TYPE}
            return Response(f"{exc.latest_size}\n", status_code=409, headers=headers)
        except CheckpointRefusedError as exc:
            return _text(str(exc), exc.status)
        except (OSError, CarevaultError) as exc:
            _log.error("add_checkpoint_failed", error=type(exc).__name__, message=str(exc))
            return _text("the witness could not store the checkpoint", 500)
        return Response(lines, media_type=_TEXT)

    async def latest(request: Request) -> Response:
        origin = request.query_params.get("origin")
        if not origin:
            return _text("give the log's origin: /latest?origin=<origin>", 400)
        note = await run_in_threadpool(witness.latest, origin)
        if note is None:
            return _text(f"no checkpoint of {origin[:200]} cosigned", 404)
        return Response(note, media_type=_TEXT)

    routes = [
        Route("/add-checkpoint", add_checkpoint, methods=["POST"]),
        Route("/latest", latest, methods=["GET"]),
    ]
    return Starlette(routes=routes)


async def _body_of(request: Request) -> bytes | None:
    """The request body, or None beyond MAX_REQUEST_BYTES (read no further)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_REQUEST_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _text(message: str, status: int) -> Response:
    return PlainTextResponse(f"{message}\n", status_code=status)
