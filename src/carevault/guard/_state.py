"""The guard's memory: sliding windows of who saw what, and flags with an expiry.

Two implementations decide identically because the guard only uses these few operations:
:class:`MemoryState` in process (one worker, the embedded default) and :class:`RedisState`
when several workers share the counters. Window members are opaque strings (patient ids,
keyed hashes of search terms); keys name accounts, credentials and practices by id.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, Literal, Protocol, TypeVar

import redis
from redis.commands.core import Script
from redis.connection import ConnectionPool

from carevault.errors import GuardUnavailableError
from carevault.guard._flag_cache import FlagCache
from carevault.logs import get_logger

_log = get_logger("guard")


@dataclass(frozen=True, slots=True)
class Mark:
    """Members seen now under ``key``: counted in each of ``windows`` (seconds), kept for the
    longest of them."""

    key: str
    members: tuple[str, ...]
    windows: tuple[float, ...]


Reading = tuple[list[str | None], list[tuple[int, ...]]]  # flags' values, windows' counts
Flag = tuple[float, str] | None  # (expiry on the guard's clock, value); None: no flag
# What a flag says of the request (see GuardState.flags_and_mark): it refuses it when live, or
# when live with another value than its default's.
Gate = Literal["live", "default"]
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Pending(Protocol[T_co]):
    """What the state answers, read when the caller is ready for it (a Redis reply waits in
    its socket meanwhile). :meth:`result` must be called, once or more, whatever happens."""

    def result(self) -> T_co: ...


class Ready(Generic[T]):
    """An answer already there (in process, or from the flags a worker keeps)."""

    def __init__(self, value: T) -> None:
        self._value = value

    def result(self) -> T:
        return self._value


class GuardState(Protocol):
    def mark(self, marks: Sequence[Mark], now: float) -> list[tuple[int, ...]]:
        """Add each mark's members at ``now``; the distinct members seen in each window."""
        ...

    def send_mark(self, marks: Sequence[Mark], now: float) -> Pending[list[tuple[int, ...]]]:
        """:meth:`mark`, applied now, its counts read later (a request builds its answer
        while Redis counts)."""
        ...

    def flags(self, keys: Sequence[str], now: float) -> list[str | None]:
        """The live value of each flag, or None."""
        ...

    def flags_and_mark(
        self,
        keys: Sequence[str],
        marks: Sequence[Mark],
        now: float,
        defaults: Mapping[str, tuple[str, float]] | None = None,
        *,
        days: Mapping[str, tuple[str, float]] | None = None,
        gates: Mapping[str, Gate] | None = None,
    ) -> tuple[list[str | None], list[tuple[int, ...]]]:
        """:meth:`flags` and :meth:`mark` at once (for Redis, one round trip). A flag of
        ``keys`` in ``defaults`` that is not live is set to its (value, ttl) meanwhile, as
        :meth:`set_flag` with ``only_new`` would; its previous value (None) is returned.

        A flag in ``days`` (day, ttl) holds "first day|last day" of a run of use: its last
        day is moved to ``day`` and its life renewed to ``ttl``, unless it is that day
        already; one not live starts a run ("day|day"). Its previous value is returned.
        Days are moved only if no flag of ``gates`` refuses the request: a "live" one that
        is live, a "default" one live with another value than its default's (a request
        refused teaches no habit).

        What ``defaults`` and ``days`` write is told to no other worker (with Redis, every
        change told wakes every worker's listener), so a key given a default or a day is
        read only through this method, and always with its default or day: a worker answers
        from what it keeps only when the script would write nothing (every default live, every
        dated flag at its day or not moved), and then a change another worker's check made
        unheard alters nothing a verdict reads. A default is only written where no flag is
        live; a move keeps a dated flag's first day and only changes its last day and its
        life (a flag whose renewal was not heard may look expired a while: read as a run
        starting that day, the cautious reading). Never through :meth:`flags`, which could
        give an older value. The guard's Redis must not evict keys (a flag evicted is a
        step-up, a throttle or a session's place forgotten)."""
        ...

    def send_flags_and_mark(
        self,
        keys: Sequence[str],
        marks: Sequence[Mark],
        now: float,
        defaults: Mapping[str, tuple[str, float]] | None = None,
        *,
        days: Mapping[str, tuple[str, float]] | None = None,
        gates: Mapping[str, Gate] | None = None,
    ) -> Pending[Reading]:
        """:meth:`flags_and_mark`, applied now, its answer read later: a request does its own
        work while Redis answers, instead of waiting for it."""
        ...

    def set_flag(
        self, key: str, value: str, ttl: float, now: float, *, only_new: bool = False
    ) -> str | None:
        """Set a flag for ``ttl`` seconds; with ``only_new``, keep a live one. Returns the
        flag's previous live value."""
        ...

    def clear_flag(self, key: str) -> None: ...

    def term_key(self) -> bytes:
        """The key of the hashes search terms are kept as (never the terms themselves)."""
        ...

    def close(self) -> None: ...


def hashed_term(key: bytes, term: str) -> str:
    return hmac.new(key, term.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


_PRUNE_FLAGS_ABOVE = 100_000


class MemoryState:
    """In process, for one worker."""

    def __init__(self) -> None:
        self._windows: dict[str, dict[float, OrderedDict[str, float]]] = {}
        self._flags: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()
        self._term_key = secrets.token_bytes(32)

    def mark(self, marks: Sequence[Mark], now: float) -> list[tuple[int, ...]]:
        with self._lock:
            return [self._mark(m, now) for m in marks]

    def _mark(self, mark: Mark, now: float) -> tuple[int, ...]:
        # One insertion-ordered dict per window, oldest first: pruning pops from the front,
        # counting is its length (constant time whatever the volume).
        per_window = self._windows.setdefault(mark.key, {})
        counts = []
        for window in mark.windows:
            seen = per_window.setdefault(window, OrderedDict())
            for member in mark.members:
                seen[member] = now
                seen.move_to_end(member)
            while seen and next(iter(seen.values())) < now - window:
                seen.popitem(last=False)
            counts.append(len(seen))
        return tuple(counts)

    def flags(self, keys: Sequence[str], now: float) -> list[str | None]:
        with self._lock:
            return [self._live(key, now) for key in keys]

    def flags_and_mark(
        self,
        keys: Sequence[str],
        marks: Sequence[Mark],
        now: float,
        defaults: Mapping[str, tuple[str, float]] | None = None,
        *,
        days: Mapping[str, tuple[str, float]] | None = None,
        gates: Mapping[str, Gate] | None = None,
    ) -> tuple[list[str | None], list[tuple[int, ...]]]:
        with self._lock:
            values = [self._live(key, now) for key in keys]
            if days and not _passes(keys, values, defaults, gates):
                days = None
            for key, value in zip(keys, values, strict=True):
                default, ttl = (defaults or {}).get(key, ("", 0.0))
                if value is None and default:  # as in Redis's script: '' is no default
                    self._flags[key] = (default, now + ttl)
                if days and key in days:
                    day, ttl = days[key]
                    moved = _moved_to(value, day)
                    if moved is not None:
                        self._flags[key] = (moved, now + ttl)
            self._prune_flags(now)
            return values, [self._mark(m, now) for m in marks]

    def send_flags_and_mark(
        self,
        keys: Sequence[str],
        marks: Sequence[Mark],
        now: float,
        defaults: Mapping[str, tuple[str, float]] | None = None,
        *,
        days: Mapping[str, tuple[str, float]] | None = None,
        gates: Mapping[str, Gate] | None = None,
    ) -> Pending[Reading]:
        return Ready(self.flags_and_mark(keys, marks, now, defaults, days=days, gates=gates))

    def send_mark(self, marks: Sequence[Mark], now: float) -> Pending[list[tuple[int, ...]]]:
        return Ready(self.mark(marks, now))

    def _live(self, key: str, now: float) -> str | None:
        held = self._flags.get(key)
        if held is None or held[1] <= now:
            return None
        return held[0]

    def set_flag(
        self, key: str, value: str, ttl: float, now: float, *, only_new: bool = False
    ) -> str | None:
        with self._lock:
            previous = self._live(key, now)
            if not (only_new and previous is not None):
                self._flags[key] = (value, now + ttl)
            self._prune_flags(now)
            return previous

    def _prune_flags(self, now: float) -> None:
        if len(self._flags) > _PRUNE_FLAGS_ABOVE:
            self._flags = {k: v for k, v in self._flags.items() if v[1] > now}

    def clear_flag(self, key: str) -> None:
        with self._lock:
            self._flags.pop(key, None)

    def term_key(self) -> bytes:
        return self._term_key

    def close(self) -> None:
        """Nothing to let go of."""


class RedisState:
    """Shared by every worker through Redis (sorted sets for windows, keys with a TTL for
    flags), each worker keeping the flags it read (FlagCache). Unreachable Redis raises
    GuardUnavailableError for anything not cached: the API then fails closed."""

    def __init__(self, url: str, prefix: str) -> None:
        self._redis = redis.Redis.from_url(
            url,
            socket_timeout=1.0,
            socket_connect_timeout=1.0,
            client_name="carevault-guard",  # as Redis's CLIENT LIST shows it to an operator
        )
        self._prefix = prefix
        self._term_key_cache: bytes | None = None
        self._set_flag = self._redis.register_script(_SET_FLAG)
        self._clear_flag = self._redis.register_script(_CLEAR_FLAG)
        self._flags_and_mark = self._redis.register_script(_FLAGS_AND_MARK)
        self._cache: FlagCache[Flag] = FlagCache(
            self._redis.connection_pool, f"{prefix}flag-changes"
        )
        self._connections = _Connections(self._redis.connection_pool)
        _warn_if_evicting(self._redis)

    def close(self) -> None:
        self._cache.close()
        self._connections.close()
        self._redis.close()

    def _k(self, key: str) -> str:
        return f"{self._prefix}{key}"

    def mark(self, marks: Sequence[Mark], now: float) -> list[tuple[int, ...]]:
        return self.flags_and_mark((), marks, now)[1]

    def send_mark(self, marks: Sequence[Mark], now: float) -> Pending[list[tuple[int, ...]]]:
        sent = self.send_flags_and_mark((), marks, now)
        return Later(lambda: sent.result()[1])

    def flags(self, keys: Sequence[str], now: float) -> list[str | None]:
        if not keys:
            return []
        redis_keys = [self._k(key) for key in keys]
        cached = self._cache.get(redis_keys)
        if cached is None:
            generation = self._cache.generation
            with _reachable():
                cached = [_parsed(value) for value in self._redis.mget(redis_keys)]
            self._cache.put(redis_keys, cached, generation)
        return [_live_of(flag, now) for flag in cached]

    def flags_and_mark(
        self,
        keys: Sequence[str],
        marks: Sequence[Mark],
        now: float,
        defaults: Mapping[str, tuple[str, float]] | None = None,
        *,
        days: Mapping[str, tuple[str, float]] | None = None,
        gates: Mapping[str, Gate] | None = None,
    ) -> Reading:
        return self.send_flags_and_mark(keys, marks, now, defaults, days=days, gates=gates).result()

    def send_flags_and_mark(
        self,
        keys: Sequence[str],
        marks: Sequence[Mark],
        now: float,
        defaults: Mapping[str, tuple[str, float]] | None = None,
        *,
        days: Mapping[str, tuple[str, float]] | None = None,
        gates: Mapping[str, Gate] | None = None,
    ) -> Pending[Reading]:
        prefix = self._prefix  # (a warm check does little else: each call counts)
        flag_keys = [prefix + key for key in keys]
        if not marks:
            cached = self._cache.get(flag_keys)
            if cached is not None:
                lives = [flag[1] if flag and flag[0] > now else None for flag in cached]
                if _nothing_to_write(keys, lives, defaults, days, gates):
                    return Ready((lives, []))
        # One script, one round trip: a pipeline of the same thirty-odd commands spent most
        # of its time packing them and parsing their replies.
        args: list[str | int] = [repr(now), len(marks)]
        for mark in marks:
            args += (len(mark.members), len(mark.windows), int(max(mark.windows)) + 1)
            args.append(f"({now - max(mark.windows)!r}")
            args += (repr(now - window) for window in mark.windows)
            args += mark.members
        sent_defaults, sent_days = [], []
        for key in keys:
            value, ttl = (defaults or {}).get(key, ("", 0.0))
            sent_defaults.append(_flag_value(value, ttl, now) if value else "")
            day, day_ttl = (days or {}).get(key, ("", 0.0))
            sent_days.append(_flag_value(day, day_ttl, now) if day else "")  # "expiry|day"
            gate = (gates or {}).get(key, "")
            args += (sent_defaults[-1], _ttl_ms(max(ttl, day_ttl)), sent_days[-1], gate)
        redis_keys = [self._k(mark.key) for mark in marks] + flag_keys
        generation = self._cache.generation
        call = _ScriptCall(self._connections, self._flags_and_mark, redis_keys, args)

        def reading() -> Reading:
            counts, values = call.reply()
            lives = [_live(value, now) for value in values]
            moving = _passes(keys, lives, defaults, gates)
            # what each flag holds now, as the script left it
            stored = [
                _after_script(value, live, default, dated if moving else "")
                for value, live, default, dated in zip(
                    values, lives, sent_defaults, sent_days, strict=True
                )
            ]
            self._cache.put(flag_keys, [_parsed(value) for value in stored], generation)
            return lives, _window_counts(marks, counts)

        return Later(reading)

    def set_flag(
        self, key: str, value: str, ttl: float, now: float, *, only_new: bool = False
    ) -> str | None:
        # The expiry is kept in the value, on the guard's clock (a simulation's clock runs
        # ahead of Redis's); Redis's own TTL only cleans up, never earlier.
        redis_key, stored = self._k(key), _flag_value(value, ttl, now)
        self._cache.drop(redis_key)
        generation = self._cache.generation
        with _reachable():
            previous = self._set_flag(
                keys=[redis_key],
                args=[
                    stored,
                    repr(now),
                    _ttl_ms(ttl),
                    int(only_new),
                    self._cache.channel,
                    self._cache.tag,
                ],
            )
        kept = only_new and _live(previous, now) is not None
        self._cache.written(redis_key, _parsed(previous if kept else stored), generation)
        return _live(previous, now)

    def clear_flag(self, key: str) -> None:
        redis_key = self._k(key)
        self._cache.drop(redis_key)
        generation = self._cache.generation
        with _reachable():
            self._clear_flag(keys=[redis_key], args=[self._cache.channel, self._cache.tag])
        self._cache.written(redis_key, None, generation)

    def term_key(self) -> bytes:
        if self._term_key_cache is None:
            with _reachable():
                self._redis.set(self._k("term-key"), secrets.token_bytes(32), nx=True)
                stored = self._redis.get(self._k("term-key"))
            if not isinstance(stored, bytes):
                raise GuardUnavailableError("the guard's shared state lost its term key")
            self._term_key_cache = stored
        return self._term_key_cache


# The scripts that set or clear a flag (set_flag, clear_flag) publish its key on the channel
# they are given, after the tag of the worker that changed it (the workers' FlagCache listens
# there). The check's script does not: what it writes (defaults, days) is read by checks
# only, and what another worker's check wrote unheard alters nothing a verdict reads (see
# GuardState.flags_and_mark); a message would wake every worker's listener, whose thread then
# takes the interpreter from the requests it serves, at an account's every first request.
#
# KEYS: one sorted set per mark, then the flags to read. ARGV: now, the number of marks, then
# for each mark its number of members and of windows, its expiry (s), the bound below which
# members are pruned, each window's lower bound, its members; then for each flag the value to
# store if it is not live ('' for none), its TTL (ms), for a dated flag its new expiry and day
# ("expiry|day", '' for none) and its gate ('live', 'default' or '': see flags_and_mark).
# Returns the count of each window (marks in order) and each flag's stored value before. A
# mark without members leaves its set's expiry as it was.
_FLAGS_AND_MARK = """
local now, marks, at = ARGV[1], tonumber(ARGV[2]), 3
local counts, values = {}, {}
for k = 1, marks do
  local key = KEYS[k]
  local members, windows = tonumber(ARGV[at]), tonumber(ARGV[at + 1])
  local expiry, prune, bounds = ARGV[at + 2], ARGV[at + 3], at + 4
  local first = bounds + windows
  for chunk = first, first + members - 1, 1000 do  -- unpack() is bounded by Lua's stack
    local scored = {}
    for m = chunk, math.min(chunk + 999, first + members - 1) do
      scored[#scored + 1] = now
      scored[#scored + 1] = ARGV[m]
    end
    redis.call('ZADD', key, unpack(scored))
  end
  if members > 0 then
    redis.call('EXPIRE', key, expiry)
  end
  redis.call('ZREMRANGEBYSCORE', key, '-inf', prune)
  for w = bounds, first - 1 do
    counts[#counts + 1] = redis.call('ZCOUNT', key, ARGV[w], '+inf')
  end
  at = first + members
end
local flags_at, alive, passes = at, {}, true
for k = marks + 1, #KEYS do
  local value = redis.call('GET', KEYS[k])
  values[#values + 1] = value
  local bar = value and string.find(value, '|', 1, true)
  alive[k] = bar and tonumber(string.sub(value, 1, bar - 1)) > tonumber(now)
  local default, gate = ARGV[at], ARGV[at + 3]
  if alive[k] and gate ~= '' then
    local split = string.find(default, '|', 1, true)
    local wanted = split and string.sub(default, split + 1) or ''
    if gate == 'live' or string.sub(value, bar + 1) ~= wanted then
      passes = false
    end
  end
  at = at + 4
end
at = flags_at
for k = marks + 1, #KEYS do
  local value, live = values[k - marks], alive[k]
  local bar = value and string.find(value, '|', 1, true)
  local default, ttl, dated = ARGV[at], ARGV[at + 1], ARGV[at + 2]
  if default ~= '' and not live then
    redis.call('SET', KEYS[k], default, 'PX', ttl)
  end
  if dated ~= '' and passes then
    local split = string.find(dated, '|', 1, true)
    local expiry, day = string.sub(dated, 1, split - 1), string.sub(dated, split + 1)
    local first, last = day, ''
    if live then
      local run = string.sub(value, bar + 1)
      local sep = string.find(run, '|', 1, true)
      first = sep and string.sub(run, 1, sep - 1) or run
      last = sep and string.sub(run, sep + 1) or ''
    end
    if last ~= day then
      redis.call('SET', KEYS[k], expiry .. '|' .. first .. '|' .. day, 'PX', ttl)
    end
  end
  at = at + 4
end
return {counts, values}
"""

# Atomically: the previous value; unless it is live and only_new, the new one, with a TTL.
_SET_FLAG = """
local previous = redis.call('GET', KEYS[1])
local live = false
if previous then
  local bar = string.find(previous, '|', 1, true)
  live = bar ~= nil and tonumber(string.sub(previous, 1, bar - 1)) > tonumber(ARGV[2])
end
if not (live and ARGV[4] == '1') then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
  redis.call('PUBLISH', ARGV[5], ARGV[6] .. KEYS[1])
end
return previous
"""

_CLEAR_FLAG = """
redis.call('DEL', KEYS[1])
redis.call('PUBLISH', ARGV[1], ARGV[2] .. KEYS[1])
"""


class Later(Generic[T]):
    """A reading done at the first :meth:`result`, remembered (its error too)."""

    def __init__(self, read: Callable[[], T]) -> None:
        self._read: Callable[[], T] | None = read
        self._outcome: T | None = None
        self._error: BaseException | None = None

    def result(self) -> T:
        if self._read is not None:
            read, self._read = self._read, None
            try:
                self._outcome = read()
            except BaseException as exc:
                self._error = exc
        if self._error is not None:
            raise self._error
        return self._outcome  # type: ignore[return-value]  # set by read() when no error


class _Connections:
    """One connection held by each thread for the check's and the observation's scripts:
    taking one from redis-py's pool and giving it back (its locks, its probe for unread
    data, its metrics) cost a third of a round trip on loopback. A thread whose connection
    awaits a reply (a check sent, its verdict not read yet) takes one from the pool meanwhile,
    so no call ever reads another's reply."""

    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool
        self._local = threading.local()
        self._held: weakref.WeakSet[redis.Connection] = weakref.WeakSet()
        self._lock = threading.Lock()

    def take(self) -> redis.Connection:
        local = self._local
        held: _Held | None = getattr(local, "held", None)
        if held is None or held.pid != os.getpid():  # (a forked worker makes its own)
            connection = self._pool.connection_class(**self._pool.connection_kwargs)
            held = local.held = _Held(connection, os.getpid())
            with self._lock:
                self._held.add(connection)
        if held.busy:
            return self._pool.get_connection()
        held.busy = True
        return held.connection

    def give_back(self, connection: redis.Connection) -> None:
        held: _Held | None = getattr(self._local, "held", None)
        if held is not None and connection is held.connection:
            held.busy = False
        else:
            self._pool.release(connection)

    def close(self) -> None:
        with self._lock:
            for connection in list(self._held):
                connection.disconnect()  # type: ignore[no-untyped-call]


@dataclass(slots=True)
class _Held:
    connection: redis.Connection
    pid: int
    busy: bool = False


class _ScriptCall:
    """A script sent now, its reply read later. On any failure the connection is closed, so
    no later command can read this one's reply."""

    def __init__(
        self, connections: _Connections, script: Script, keys: list[str], args: list[str | int]
    ) -> None:
        self._connections = connections
        self._script = script
        self._keys = keys
        self._args = args
        with _reachable():
            self._connection = connections.take()
            try:
                self._connection.send_command(  # type: ignore[no-untyped-call]
                    "EVALSHA", script.sha, len(keys), *keys, *args
                )
            except BaseException:
                self._discard()
                raise

    def reply(self) -> Any:
        with _reachable():
            try:
                reply = self._connection.read_response()
            except redis.exceptions.NoScriptError:
                # Redis restarted or its scripts were flushed: load it and run it again.
                self._connections.give_back(self._connection)
                return self._script(keys=self._keys, args=self._args)
            except BaseException:
                self._discard()
                raise
        self._connections.give_back(self._connection)
        return reply

    def _discard(self) -> None:
        self._connection.disconnect()  # type: ignore[no-untyped-call]
        self._connections.give_back(self._connection)


def _flag_value(value: str, ttl: float, now: float) -> str:
    """A flag as Redis keeps it: its expiry on the guard's clock, then its value."""
    return f"{now + ttl!r}|{value}"


def _ttl_ms(ttl: float) -> int:
    """Redis's own TTL for a flag (it only cleans up: never before the flag's expiry)."""
    return int(ttl * 1000) + 1


def _nothing_to_write(
    keys: Sequence[str],
    lives: Sequence[str | None],
    defaults: Mapping[str, tuple[str, float]] | None,
    days: Mapping[str, tuple[str, float]] | None,
    gates: Mapping[str, Gate] | None,
) -> bool:
    """Whether the script would change no flag, given their live values: every flag given a
    default is live (a default is only set where none is), every dated flag is at its day
    already or the request does not pass its gates."""
    moving = bool(days) and _passes(keys, lives, defaults, gates)
    for key, live in zip(keys, lives, strict=True):
        if defaults and key in defaults and live is None:
            return False
        if moving and days and key in days and _moved_to(live, days[key][0]) is not None:
            return False
    return True


def _passes(
    keys: Sequence[str],
    lives: Sequence[str | None],
    defaults: Mapping[str, tuple[str, float]] | None,
    gates: Mapping[str, Gate] | None,
) -> bool:
    """Whether no flag of ``gates`` refuses the request (see GuardState.flags_and_mark)."""
    for key, live in zip(keys, lives, strict=True):
        gate = (gates or {}).get(key)
        if gate is None or live is None:
            continue
        if gate == "live" or live != (defaults or {}).get(key, ("", 0.0))[0]:
            return False
    return True


def _moved_to(value: str | None, day: str) -> str | None:
    """A dated flag's value ("first day|last day", None if not live) moved to ``day``; None
    if it is there already."""
    first, _, last = (f"{day}|" if value is None else value).partition("|")
    return None if last == day else f"{first}|{day}"


def _after_script(value: object, live: str | None, default: str, dated: str) -> object:
    """What the check's script left in a flag it read as ``value`` (``live``: its live
    value, or None), given its default and its "expiry|day" (each '' for none), as it stores
    them."""
    left = value
    if default and live is None:
        left = default
    if dated:
        expiry, _, day = dated.partition("|")
        moved = _moved_to(live, day)
        if moved is not None:
            left = f"{expiry}|{moved}"
    return left


def _live(stored: object, now: float) -> str | None:
    """A flag's value, as Redis stores it, if it has not expired at ``now``."""
    return _live_of(_parsed(stored), now)


def _parsed(stored: object) -> Flag:
    """A flag as Redis stores it ("expiry|value"), parsed (as the FlagCache keeps it: a
    cached flag is read at every request, parsed once)."""
    if stored is None:
        return None
    expires, _, value = _text(stored).partition("|")
    return float(expires), value


def _live_of(flag: Flag, now: float) -> str | None:
    return flag[1] if flag is not None and flag[0] > now else None


def _window_counts(marks: Sequence[Mark], counts: list[int]) -> list[tuple[int, ...]]:
    """The script's flat list of counts, one tuple per mark."""
    grouped: list[tuple[int, ...]] = []
    at = 0
    for mark in marks:
        grouped.append(tuple(int(count) for count in counts[at : at + len(mark.windows)]))
        at += len(mark.windows)
    return grouped


def _warn_if_evicting(client: redis.Redis) -> None:
    """Logs a warning if Redis may evict keys when full: a flag evicted is a step-up, a
    throttle or a session's place forgotten, and what a check wrote is told to no worker. Says
    nothing where Redis cannot be asked (unreachable now, or CONFIG renamed away)."""
    try:
        settings = client.config_get("maxmemory*")
    except redis.RedisError:
        return
    found = {_text(name): _text(value) for name, value in settings.items()}
    limit, policy = int(found.get("maxmemory", "0")), found.get("maxmemory-policy", "")
    if limit > 0 and policy != "noeviction":
        _log.warning("guard_redis_may_evict", maxmemory=limit, maxmemory_policy=policy)


def _text(value: object) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


@contextmanager
def _reachable() -> Iterator[None]:
    """Redis errors become GuardUnavailableError (the request is refused with 503)."""
    try:
        yield
    except redis.RedisError as exc:
        raise GuardUnavailableError(
            "the guard's shared state is unreachable: no patient data is served until it is"
        ) from exc
