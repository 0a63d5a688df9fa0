"""The guard's flags as one worker last read them from Redis, so that a request whose flags
have not changed asks Redis nothing.

Every flag set or cleared is published, by the script that does it, on the store's channel,
tagged with the worker that made it; a thread of each worker listens there and drops what the
others changed (a worker caches what it writes as it writes it). What a check writes (a
session's place, an account's habits) is not published: the check serves those flags from the
cache only where another worker's check could have changed nothing a verdict reads
(GuardState.flags_and_mark). Nothing is cached while that thread does not listen (before it
has subscribed, after it lost Redis: the cache is then emptied), a read is cached only if
nothing was dropped while it was on its way (a change it did not see may have been published
meanwhile), and an entry lapses after MAX_AGE seconds whatever was heard. A worker thus acts
on a flag another worker set or cleared within the time Redis takes to tell it and its
listener to hear (milliseconds), as it would on a request that arrived that much earlier; if
Redis goes silent, cached flags are served until the listener's watchdog notices (two seconds
at most), then every flag is asked of Redis (and an unreachable Redis refuses the request).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

import redis
from redis.connection import ConnectionPool

from carevault.logs import get_logger

MAX_AGE = 300.0  # seconds an entry is trusted without news (a backstop: changes are heard)
MAX_ENTRIES = 200_000
_PING_EVERY = 1.0  # seconds: a listener that hears no pong within two of them reconnects
_RETRY_AFTER = 0.5
_log = get_logger("guard")
V = TypeVar("V")


class FlagCache(Generic[V]):
    """One worker's flags as last read or written, and the thread that hears the others'
    changes. Keys are Redis's (prefixed); values as the state gives them (it parses what
    Redis stores once, as it caches it)."""

    def __init__(
        self,
        pool: ConnectionPool,
        channel: str,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._pool = pool
        self._clock = clock  # for entries' age only (the listener keeps real time)
        self.channel = channel
        self.tag = f"{secrets.token_hex(8)} "  # this worker's, before the key in its messages
        self._entries: OrderedDict[str, tuple[V, float]] = OrderedDict()
        self._lock = threading.Lock()
        # Moves with every drop, every write and every (re)subscription: a read sent at one
        # generation and answered at another may have missed a change, and is not kept.
        self._generation = 0
        self._listening = False
        self._stopped = threading.Event()
        self._thread = threading.Thread(
            target=self._listen, name="carevault-guard-flags", daemon=True
        )
        self._thread.start()

    @property
    def listening(self) -> bool:
        return self._listening

    @property
    def generation(self) -> int:
        return self._generation

    def get(self, keys: Sequence[str]) -> list[V] | None:
        """Each key's cached value, or None unless all are cached."""
        now = self._clock()
        values = []
        with self._lock:
            for key in keys:
                entry = self._entries.get(key)
                if entry is None or now - entry[1] > MAX_AGE:
                    return None
                values.append(entry[0])
        return values

    def put(self, keys: Sequence[str], values: Sequence[V], generation: int) -> None:
        """Cache what a read sent at ``generation`` found, unless the generation moved since
        (or the listener is not listening)."""
        with self._lock:
            if self._listening and generation == self._generation:
                self._keep(keys, values)

    def written(self, key: str, value: V, generation: int) -> None:
        """Cache what this worker just wrote (its own messages are not heard), unless the
        generation moved since it was taken (before the write): then another change may have
        landed after it. Moves the generation: no read or write in flight beside it is kept."""
        with self._lock:
            if self._listening and generation == self._generation:
                self._keep([key], [value])
            else:
                self._entries.pop(key, None)
            self._generation += 1

    def drop(self, *keys: str) -> None:
        with self._lock:
            self._generation += 1
            for key in keys:
                self._entries.pop(key, None)

    def close(self) -> None:
        self._stopped.set()
        self._thread.join(timeout=2 * _PING_EVERY)

    def _keep(self, keys: Sequence[str], values: Sequence[V]) -> None:
        now = self._clock()
        for key, value in zip(keys, values, strict=True):
            self._entries[key] = (value, now)
            self._entries.move_to_end(key)
        while len(self._entries) > MAX_ENTRIES:
            self._entries.popitem(last=False)

    def _listen(self) -> None:
        failing = False  # logged once per outage, not at every retry
        while not self._stopped.is_set():
            connection = self._pool.connection_class(**self._pool.connection_kwargs)
            try:
                self._subscribe_and_follow(connection)
            except Exception as exc:  # the worker then asks Redis for every flag, and retries
                if self._listening or not failing:
                    _log.warning("guard_flag_listener_lost", error=type(exc).__name__)
                failing = True
            finally:
                self._deaf()
                connection.disconnect()
            self._stopped.wait(_RETRY_AFTER)

    def _subscribe_and_follow(self, connection: redis.Connection) -> None:
        connection.connect()  # type: ignore[no-untyped-call]
        connection.send_command("SUBSCRIBE", self.channel)  # type: ignore[no-untyped-call]
        connection.read_response(push_request=True)  # the subscription's confirmation
        with self._lock:
            # what was read while deaf may have missed a change published to no one
            self._generation += 1
            self._listening = True
        pinged = answered = time.monotonic()
        while not self._stopped.is_set():
            if connection.can_read(timeout=_PING_EVERY / 2):
                # RESP3 (redis-py's default) pushes messages; a subscriber's PONG is plain
                reply = connection.read_response(push_request=True)
                if isinstance(reply, list) and reply[:1] == [b"message"]:
                    self._heard(reply[2].decode("utf-8", errors="replace"))
                elif reply == b"PONG" or (isinstance(reply, list) and reply[:1] == [b"pong"]):
                    answered = time.monotonic()
            now = time.monotonic()
            if now - answered > 2 * _PING_EVERY:
                raise redis.TimeoutError("the flag channel stopped answering")
            if now - pinged >= _PING_EVERY:
                connection.send_command("PING")  # type: ignore[no-untyped-call]
                pinged = now

    def _heard(self, message: str) -> None:
        """A message names the key a script changed, after its worker's tag."""
        origin, _, key = message.partition(" ")
        if f"{origin} " != self.tag:
            self.drop(key)

    def _deaf(self) -> None:
        with self._lock:
            self._listening = False
            self._generation += 1
            self._entries.clear()
