"""Group commit of the access record: the accesses of the requests that are in flight together
are appended in one transaction, before any of their answers leaves.

A read's record used to be its own write transaction (SQLite's write lock, the pages of the
access log and its indexes written to the WAL at each commit): the largest part of what the
record cost a read. Requests that arrive together now wait for one commit; each answer is
sent only once its record is committed, and if the commit fails, every request of the batch
fails (fail closed: the same StoreError as a record that could not be written alone). The
entries of a batch share its time, the moment they were committed (within a turn of the
loop of each access).
"""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Callable, Sequence

from carevault.audit import AccessEvent, AccessRecorder
from carevault.errors import StoreError
from carevault.logs import get_logger

_log = get_logger("api")
_Waiting = tuple[Sequence[AccessEvent], "asyncio.Future[None]"]


class GroupCommit:
    """Batches the access events of concurrent requests of one event loop into one record."""

    def __init__(self, recorder: AccessRecorder) -> None:
        self._recorder = recorder
        self._open: dict[asyncio.AbstractEventLoop, list[_Waiting]] = {}

    async def commit(self, events: Sequence[AccessEvent]) -> None:
        """Return once ``events`` are committed with those of the other requests waiting now;
        raise StoreError if they could not be."""
        if not events:
            return
        loop = asyncio.get_running_loop()
        batch = self._open.get(loop)
        if batch is None:
            batch = self._open[loop] = []
            # After the callbacks already due (other requests reaching this point), and in an
            # empty context: not inside the shared transaction of the request that opened it.
            loop.call_soon(self._commit_batch, loop, context=contextvars.Context())
        done: asyncio.Future[None] = loop.create_future()
        batch.append((events, done))
        await done

    def _commit_batch(self, loop: asyncio.AbstractEventLoop) -> None:
        batch = self._open.pop(loop)
        try:
            self._recorder.record(*(event for events, _ in batch for event in events))
        except StoreError as exc:  # every waiting request fails: none sends data
            _log.error("access_record_failed", error=str(exc)[:200], requests=len(batch))
            # One exception per request: one raised in several tasks would share (and grow)
            # one traceback. Store errors name the problem, never a value.
            message = f"the access record could not be written: {exc}"
            _fail(batch, lambda: StoreError(message))
        except Exception as exc:  # a bug, not the store: a 500, and still nothing sent
            _log.error("access_record_broken", error=type(exc).__name__, requests=len(batch))
            broken = f"recording the accesses failed: {type(exc).__name__}"
            _fail(batch, lambda: RuntimeError(broken))
        else:
            for _, done in batch:
                if not done.done():  # a request cancelled meanwhile (its client left)
                    done.set_result(None)
        finally:  # interrupted (KeyboardInterrupt, SystemExit): none is left waiting
            _fail(batch, lambda: RuntimeError("recording the accesses was interrupted"))


def _fail(batch: list[_Waiting], failure: Callable[[], BaseException]) -> None:
    for _, done in batch:
        if not done.done():
            done.set_exception(failure())
