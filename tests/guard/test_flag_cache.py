"""Each worker keeps the guard's flags as it last read them, and hears every flag another
worker sets or clears: a request whose flags did not change asks Redis nothing, and one whose
flags did acts on the change, whatever worker made it. What a check writes itself is told to
no one, and read by checks only where the change alters nothing a verdict reads."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
import redis

from carevault.guard import RedisState, _flag_cache, _state
from carevault.guard._flag_cache import FlagCache
from carevault.guard._state import Mark
from support.guard_redis import REDIS_URL


@pytest.fixture
def workers(redis_prefix: str) -> Iterator[tuple[RedisState, RedisState]]:
    loaded = redis.Redis.from_url(REDIS_URL)  # (a script Redis lacks costs a load: not counted)
    for script in (_state._FLAGS_AND_MARK, _state._SET_FLAG, _state._CLEAR_FLAG):
        loaded.script_load(script)
    first, second = RedisState(REDIS_URL, redis_prefix), RedisState(REDIS_URL, redis_prefix)
    _until(lambda: first._cache.listening and second._cache.listening)
    yield first, second
    first.close()
    second.close()


def _until(condition: Callable[[], bool], seconds: float = 3.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not within the time allowed"
        time.sleep(0.005)


def _round_trips(state: RedisState) -> list[int]:
    """Counts the connections the state takes, its thread's own or from its pool (one per
    exchange with Redis)."""
    taken = [0]
    pool, held = state._redis.connection_pool, state._connections
    real_pool, real_held = pool.get_connection, held.take

    def from_pool(*args: object, **kwargs: object) -> object:
        taken[0] += 1
        return real_pool(*args, **kwargs)  # type: ignore[arg-type]

    def from_thread() -> redis.Connection:
        taken[0] += 1
        return real_held()

    pool.get_connection = from_pool  # type: ignore[method-assign]
    held.take = from_thread  # type: ignore[method-assign]
    return taken


KEYS = ["stepup:cred-1", "throttle:account-1", "where:cred-1"]  # as a check reads them
WHERE = {"where:cred-1": ("10.0.0.1|firefox", 86_400.0)}
FLAGS = ["stepup:cred-1", "throttle:account-1", "lockdown:practice-1"]  # set, cleared, told


def _absent_and_cached(reader: RedisState) -> list[int]:
    """Reads FLAGS twice (none set): Redis is asked once. The count of exchanges, kept on."""
    taken = _round_trips(reader)
    assert reader.flags(FLAGS, 1.0) == [None, None, None]
    assert reader.flags(FLAGS, 1.5) == [None, None, None]
    assert taken == [1]  # the second from the cache
    return taken


def test_flags_unchanged_are_answered_without_asking_redis(
    workers: tuple[RedisState, RedisState],
) -> None:
    worker, _ = workers
    taken = _round_trips(worker)
    first = worker.send_flags_and_mark(KEYS, [], 1.0, WHERE).result()
    assert first == ([None, None, None], [])  # where: fixed now, by this request
    assert taken == [1]
    asked = taken[0]
    for moment in range(3, 13):
        assert worker.send_flags_and_mark(KEYS, [], float(moment), WHERE).result() == (
            [None, None, "10.0.0.1|firefox"],
            [],
        )
    assert taken[0] == asked  # ten requests, nothing asked of Redis (where: as it fixed it)
    assert worker.flags(["stepup:cred-1"], 14.0) == [None]
    worker.set_flag("throttle:account-1", "900", 900.0, 14.0)  # its own change, kept as made
    asked += 1
    assert worker.flags(KEYS[:2], 14.5) == [None, "900"]
    worker.clear_flag("throttle:account-1")
    asked += 1
    assert worker.send_flags_and_mark(KEYS, [], 14.6, WHERE).result() == (
        [None, None, "10.0.0.1|firefox"],
        [],
    )
    assert taken[0] == asked
    # a mark is always counted by Redis
    marked = worker.send_flags_and_mark(KEYS, [Mark("a:10.0.0.1", ("p",), (60.0,))], 15.0)
    assert marked.result() == ([None, None, "10.0.0.1|firefox"], [(1,)])
    assert taken[0] == asked + 1


def test_a_flag_another_worker_sets_or_clears_is_heard_at_once(
    workers: tuple[RedisState, RedisState],
) -> None:
    reader, writer = workers
    taken = _absent_and_cached(reader)
    writer.set_flag("stepup:cred-1", "asked", 3600.0, 2.0)
    _until(lambda: reader.flags(FLAGS, 3.0)[0] == "asked", seconds=0.5)
    assert taken == [2]  # the cache, until the change was heard; then Redis, once
    writer.clear_flag("stepup:cred-1")
    _until(lambda: reader.flags(FLAGS, 4.0)[0] is None, seconds=0.5)
    assert taken == [3]


HABITS = ["where:cred-1", "since:account-1", "hour:account-1:9"]
HABIT_DEFAULTS = {
    "where:cred-1": ("10.0.0.1|firefox", 86_400.0),
    "since:account-1": ("2.0", 86_400.0),
}


def _day(day: str) -> dict[str, tuple[str, float]]:
    return {"hour:account-1:9": (day, 86_400.0)}


def test_what_a_check_writes_is_told_to_no_one(
    workers: tuple[RedisState, RedisState], redis_prefix: str
) -> None:
    # (every message wakes every worker's listener: an account's first request would wake
    # them all)
    _, writer = workers
    listener = redis.Redis.from_url(REDIS_URL).pubsub()
    listener.subscribe(f"{redis_prefix}flag-changes")
    listener.get_message(timeout=1.0)  # the subscription's confirmation
    first = writer.send_flags_and_mark(HABITS, [], 2.0, HABIT_DEFAULTS, days=_day("2026-03-02"))
    assert first.result() == ([None, None, None], [])
    stored = redis.Redis.from_url(REDIS_URL).mget([writer._k(key) for key in HABITS])
    assert [_state._live(value, 3.0) for value in stored] == [
        "10.0.0.1|firefox",
        "2.0",
        "2026-03-02|2026-03-02",
    ]
    assert listener.get_message(timeout=0.3) is None
    writer.set_flag("stepup:cred-1", "asked", 3600.0, 3.0)  # a flag set is told, as ever
    told = listener.get_message(timeout=1.0)
    listener.close()
    assert told is not None
    assert told["data"].decode().split(" ", 1)[1] == writer._k("stepup:cred-1")


def test_a_check_asks_redis_for_what_another_worker_may_have_written_unheard(
    workers: tuple[RedisState, RedisState],
) -> None:
    reader, writer = workers
    taken = _round_trips(reader)
    # the reader's check on Monday: its habits kept, as its script left them
    reader.send_flags_and_mark(HABITS, [], 2.0, HABIT_DEFAULTS, days=_day("2026-03-02")).result()
    settled = ["10.0.0.1|firefox", "2.0", "2026-03-02|2026-03-02"]
    monday = reader.send_flags_and_mark(HABITS, [], 3.0, HABIT_DEFAULTS, days=_day("2026-03-02"))
    assert monday.result() == (settled, [])
    assert taken == [1]  # the second from what it keeps: at its day, defaults live
    # another worker's check on Tuesday moves the run's last day, telling no one ...
    writer.send_flags_and_mark(HABITS, [], 4.0, HABIT_DEFAULTS, days=_day("2026-03-03")).result()
    # ... the reader's own Tuesday check is not at its day: it asks Redis, and reads the move
    tuesday = reader.send_flags_and_mark(HABITS, [], 5.0, HABIT_DEFAULTS, days=_day("2026-03-03"))
    assert tuesday.result() == ([*settled[:2], "2026-03-02|2026-03-03"], [])
    assert taken == [2]
    # a default another worker set unheard: where this worker kept none, it asks Redis
    reader.send_flags_and_mark(["where:cred-2"], [], 6.0).result()  # kept: none
    elsewhere = {"where:cred-2": WHERE["where:cred-1"]}
    writer.send_flags_and_mark(["where:cred-2"], [], 7.0, elsewhere).result()
    place = reader.send_flags_and_mark(["where:cred-2"], [], 8.0, {"where:cred-2": ("x", 9.0)})
    assert place.result() == (["10.0.0.1|firefox"], [])  # the other's, not overwritten
    assert taken == [4]


def test_a_refused_check_is_answered_from_the_cache_with_the_run_s_first_day(
    workers: tuple[RedisState, RedisState],
) -> None:
    # A request its gates refuse moves no day, so a cached run is served though another
    # worker moved its last day unheard: its first day (all a verdict reads) cannot move.
    reader, writer = workers
    keys, gates = ["stepup:cred-1", "hour:account-1:9"], {"stepup:cred-1": "live"}
    reader.send_flags_and_mark(keys, [], 2.0, days=_day("2026-03-02"), gates=gates).result()
    reader.set_flag("stepup:cred-1", "asked", 3600.0, 3.0)  # this session owes a step-up
    # another session of the account works on Tuesday, on another worker
    writer.send_flags_and_mark(["hour:account-1:9"], [], 4.0, days=_day("2026-03-03")).result()
    taken = _round_trips(reader)
    refused = reader.send_flags_and_mark(keys, [], 5.0, days=_day("2026-03-03"), gates=gates)
    assert refused.result() == (["asked", "2026-03-02|2026-03-02"], [])
    assert taken == [0]
    stored = writer._redis.get(writer._k("hour:account-1:9"))
    assert _state._live(stored, 5.0) == "2026-03-02|2026-03-03"  # the same first day


def test_a_worker_that_stops_hearing_forgets_what_it_cached(
    workers: tuple[RedisState, RedisState],
) -> None:
    reader, writer = workers
    taken = _absent_and_cached(reader)
    redis.Redis.from_url(REDIS_URL).client_kill_filter(_type="pubsub")  # both stop hearing
    _until(lambda: not reader._cache.listening, seconds=1.0)
    writer.set_flag("throttle:account-1", "900", 900.0, 2.0)  # published to no one
    assert reader.flags(FLAGS, 3.0) == [None, "900", None]  # asked of Redis: nothing kept
    assert reader.flags(FLAGS, 3.5) == [None, "900", None]
    assert taken == [3]  # deaf: asked again, not remembered
    _until(lambda: reader._cache.listening)  # it listens again, from an empty cache
    assert reader.flags(FLAGS, 4.0) == [None, "900", None]
    assert reader.flags(FLAGS, 4.5) == [None, "900", None]
    assert taken == [4]


def _cache(
    redis_prefix: str, clock: Callable[[], float] = time.monotonic
) -> FlagCache[bytes | None]:
    pool = redis.Redis.from_url(REDIS_URL).connection_pool
    made: FlagCache[bytes | None] = FlagCache(pool, f"{redis_prefix}changes", clock=clock)
    _until(lambda: made.listening)
    return made


def test_a_read_that_crossed_a_change_is_not_kept(redis_prefix: str) -> None:
    cache = _cache(redis_prefix)
    try:
        sent_at = cache.generation
        cache.drop(f"{redis_prefix}other")  # heard while the read was on its way
        cache.put([f"{redis_prefix}flag"], [None], sent_at)
        assert cache.get([f"{redis_prefix}flag"]) is None
        cache.put([f"{redis_prefix}flag"], [b"1|on"], cache.generation)
        assert cache.get([f"{redis_prefix}flag"]) == [b"1|on"]
        # one's own write moves the generation: a read or write in flight beside it is lost
        beside = cache.generation
        cache.written(f"{redis_prefix}flag", b"2|off", cache.generation)
        assert cache.get([f"{redis_prefix}flag"]) == [b"2|off"]
        cache.written(f"{redis_prefix}flag", b"3|late", beside)
        assert cache.get([f"{redis_prefix}flag"]) is None
    finally:
        cache.close()


def test_a_read_sent_while_deaf_is_not_kept_once_listening_again(redis_prefix: str) -> None:
    cache = _cache(redis_prefix)
    try:
        redis.Redis.from_url(REDIS_URL).client_kill_filter(_type="pubsub")
        _until(lambda: not cache.listening, seconds=1.0)
        sent_at = cache.generation  # a change published now reaches no one
        _until(lambda: cache.listening)
        cache.put([f"{redis_prefix}flag"], [None], sent_at)
        assert cache.get([f"{redis_prefix}flag"]) is None
    finally:
        cache.close()


def test_an_entry_lapses_after_its_age_whatever_was_heard(redis_prefix: str) -> None:
    now = [1000.0]
    cache = _cache(redis_prefix, clock=lambda: now[0])
    try:
        cache.put([f"{redis_prefix}flag"], [None], cache.generation)
        now[0] += _flag_cache.MAX_AGE
        assert cache.get([f"{redis_prefix}flag"]) == [None]
        now[0] += 1
        assert cache.get([f"{redis_prefix}flag"]) is None
    finally:
        cache.close()


def test_a_dated_flag_at_its_day_is_answered_without_asking_redis(
    workers: tuple[RedisState, RedisState],
) -> None:
    worker, other = workers
    taken = _round_trips(worker)
    days = {"hour:account-1:9": ("2026-03-02", 86_400.0)}
    keys = ["hour:account-1:9"]
    assert worker.send_flags_and_mark(keys, [], 1.0, days=days).result() == ([None], [])
    assert worker.send_flags_and_mark(keys, [], 2.0, days=days).result() == (
        ["2026-03-02|2026-03-02"],
        [],
    )
    assert taken == [1]  # the second from the cache: the flag is at its day
    other.send_flags_and_mark(keys, [], 2.5, days=days).result()  # the other keeps Monday's
    next_day = {"hour:account-1:9": ("2026-03-03", 86_400.0)}
    worker.send_flags_and_mark(keys, [], 3.0, days=next_day).result()
    assert taken == [2]  # a new day is written, in one exchange
    redis_key = worker._k(keys[0])
    assert worker._cache.get([redis_key]) == [_state._parsed(worker._redis.get(redis_key))]
    # the other worker, which kept Monday's run, reads Tuesday's move from Redis
    on_other = other.send_flags_and_mark(keys, [], 4.0, days=next_day)
    assert on_other.result() == (["2026-03-02|2026-03-03"], [])
