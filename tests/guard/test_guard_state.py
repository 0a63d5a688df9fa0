"""The guard decides the same with its counters in process or in Redis, and fails closed
when Redis is gone."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis
from structlog.testing import capture_logs

from carevault.errors import GuardUnavailableError
from carevault.guard import GuardState, MemoryState, RedisState
from carevault.guard._state import Gate, Mark
from support.api import World, staffed_world
from support.guard_redis import REDIS_URL

States = Callable[[str], GuardState]


@pytest.fixture
def states(redis_prefix: str) -> Iterator[States]:
    """Makes a state of a kind ("memory", "redis"); closed after the test."""
    made: list[GuardState] = []

    def make(kind: str) -> GuardState:
        made.append(MemoryState() if kind == "memory" else RedisState(REDIS_URL, redis_prefix))
        return made[-1]

    yield make
    for state in made:
        state.close()


def _answers(world: World) -> list[str]:
    ids = world.outsiders(20)
    answers = []
    for patient_id in ids:
        answer = world.get("dr.house", f"/fhir/Patient/{patient_id}")
        answers.append(f"{answer.status_code} {answer.headers.get('x-guard-action')}")
        world.clock.advance(seconds=3)
    return answers


@pytest.mark.parametrize("kind", ["memory", "redis"])
def test_in_process_and_redis_decide_the_same(
    kind: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch, redis_prefix: str
) -> None:
    if kind == "redis":
        monkeypatch.setenv("CAREVAULT_GUARD_REDIS_URL", REDIS_URL)
    with staffed_world(data_dir) as world:
        answers = _answers(world)
    # the 5th outsider opened asks a step-up; going on without it twice more freezes
    assert answers == ["200 None"] * 4 + ["401 step-up"] * 3 + ["403 freeze"] + ["401 None"] * 12


def test_unreachable_redis_fails_closed(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREVAULT_GUARD_REDIS_URL", "redis://127.0.0.1:1/0")
    with staffed_world(data_dir) as world:
        (patient_id,) = world.outsiders(1)
        answer = world.get("dr.house", f"/fhir/Patient/{patient_id}")
    assert answer.status_code == 503
    assert answer.headers["x-guard-action"] == "unavailable"
    assert answer.json()["issue"][0]["diagnostics"] == (
        "the guard's shared state is unreachable: no patient data is served until it is"
    )


@pytest.mark.parametrize("kind", ["memory", "redis"])
def test_windows_count_distinct_members_and_forget_old_ones(kind: str, states: States) -> None:
    state = states(kind)
    mark = Mark("k", ("a", "b"), (10.0, 100.0))
    assert state.mark([mark], 1000.0) == [(2, 2)]
    assert state.mark([Mark("k", ("b", "c"), (10.0, 100.0))], 1005.0) == [(3, 3)]
    assert state.mark([Mark("k", ("d",), (10.0, 100.0))], 1012.0) == [(3, 4)]  # a: out of 10 s
    assert state.mark([Mark("k", (), (10.0, 100.0))], 1200.0) == [(0, 0)]


@pytest.mark.parametrize("kind", ["memory", "redis"])
def test_flags_expire_and_only_new_keeps_the_first(kind: str, states: States) -> None:
    state = states(kind)
    assert state.set_flag("f", "one", 60, 0.0, only_new=True) is None
    assert state.set_flag("f", "two", 60, 1.0, only_new=True) == "one"
    assert state.flags(["f", "g"], 2.0) == ["one", None]
    state.clear_flag("f")
    assert state.flags(["f"], 3.0) == [None]


@pytest.mark.parametrize("kind", ["memory", "redis"])
def test_flags_and_marks_are_read_and_counted_at_once(kind: str, states: States) -> None:
    state = states(kind)
    state.set_flag("f", "on", 60, 0.0)
    state.set_flag("old", "gone", 1, 0.0)
    marks = [Mark("k", ("a", "b"), (10.0,)), Mark("empty", (), (5.0, 50.0))]
    assert state.flags_and_mark(["f", "old", "missing"], marks, 2.0) == (
        ["on", None, None],
        [(2,), (0, 0)],
    )
    assert state.flags_and_mark([], [Mark("k", ("c",), (10.0,))], 13.0) == ([], [(1,)])
    assert state.flags_and_mark(["f"], [], 14.0) == (["on"], [])


@pytest.mark.parametrize("kind", ["memory", "redis"])
def test_a_default_is_set_only_where_no_live_flag_is(kind: str, states: States) -> None:
    state = states(kind)
    state.set_flag("kept", "first", 60, 0.0)
    state.set_flag("stale", "old", 1, 0.0)
    defaults = {"kept": ("second", 60.0), "stale": ("new", 60.0), "none": ("made", 60.0)}
    keys = ["kept", "stale", "none", "plain"]
    assert state.flags_and_mark(keys, [], 2.0, defaults) == (["first", None, None, None], [])
    assert state.flags(keys, 3.0) == ["first", "new", "made", None]
    assert state.flags(["none"], 63.0) == [None]  # its TTL counts from when it was set


@pytest.mark.parametrize("kind", ["memory", "redis"])
def test_a_dated_flag_keeps_its_first_day_and_moves_its_last(kind: str, states: States) -> None:
    state = states(kind)

    def on(day: str, now: float) -> list[str | None]:
        return state.flags_and_mark(["h", "other"], [], now, days={"h": (day, 100.0)})[0]

    assert on("03-01", 10.0) == [None, None]  # a run starts
    assert state.flags(["h", "other"], 11.0) == ["03-01|03-01", None]
    assert on("03-02", 50.0) == ["03-01|03-01", None]  # the day before, as read
    assert state.flags(["h"], 51.0) == ["03-01|03-02"]
    assert on("03-02", 60.0) == ["03-01|03-02", None]  # that day already: left as it is
    assert state.flags(["h"], 140.0) == ["03-01|03-02"]  # its life renewed on 03-02 (at 50)
    assert state.flags(["h"], 151.0) == [None]  # ... not by a second use that day
    assert on("03-09", 200.0) == [None, None]
    assert state.flags(["h"], 201.0) == ["03-09|03-09"]  # a new run


@pytest.mark.parametrize("kind", ["memory", "redis"])
def test_a_dated_flag_written_bare_keeps_it_as_its_first_day(kind: str, states: States) -> None:
    state = states(kind)
    state.set_flag("h", "03-01", 100, 0.0)
    assert state.flags_and_mark(["h"], [], 1.0, days={"h": ("03-02", 100.0)})[0] == ["03-01"]
    assert state.flags(["h"], 2.0) == ["03-01|03-02"]


@pytest.mark.parametrize("kind", ["memory", "redis"])
def test_a_request_its_gates_refuse_moves_no_day(kind: str, states: States) -> None:
    state = states(kind)
    state.set_flag("owed", "step-up", 60, 0.0)
    state.set_flag("where", "home", 60, 0.0)
    days = {"h": ("03-01", 100.0)}
    gates: dict[str, Gate] = {"owed": "live", "where": "default"}

    def asked(now: float, here: str) -> list[str | None]:
        keys = ["h", "owed", "where"]
        return state.flags_and_mark(keys, [], now, {"where": (here, 60.0)}, days=days, gates=gates)[
            0
        ]

    assert asked(1.0, "home") == [None, "step-up", "home"]  # a live "live" gate
    assert state.flags(["h"], 2.0) == [None]
    state.clear_flag("owed")
    assert asked(3.0, "elsewhere") == [None, None, "home"]  # not its default's value
    assert state.flags(["h"], 4.0) == [None]
    assert asked(5.0, "home") == [None, None, "home"]  # both gates open
    assert state.flags(["h"], 6.0) == ["03-01|03-01"]


@pytest.mark.parametrize("kind", ["memory", "redis"])
def test_a_mark_of_thousands_of_members_is_counted_whole(kind: str, states: States) -> None:
    # Redis adds them by the thousand (Lua's unpack() is bounded by its stack): an export
    # or a long search page must not fail nor be counted short.
    state = states(kind)
    members = tuple(f"patient-{n}" for n in range(2_500))
    assert state.mark([Mark("many", members, (60.0,)), Mark("none", (), (60.0,))], 10.0) == [
        (2_500,),
        (0,),
    ]
    assert state.mark([Mark("many", (*members[:10], "new"), (60.0,))], 20.0) == [(2_501,)]


@pytest.mark.parametrize("kind", ["memory", "redis"])
def test_a_reading_is_applied_when_sent_and_read_after(kind: str, states: States) -> None:
    state = states(kind)
    first = state.send_flags_and_mark(["f"], [Mark("k", ("a",), (10.0,))], 1.0, {"f": ("on", 60)})
    second = state.send_flags_and_mark(["f"], [Mark("k", ("b",), (10.0,))], 2.0)
    # neither read yet, the second already saw what the first did
    assert second.result() == (["on"], [(2,)])
    assert first.result() == ([None], [(1,)])
    assert first.result() == ([None], [(1,)])  # read once, then remembered


def test_a_reply_too_late_fails_closed_and_spoils_no_later_one(states: States) -> None:
    state = states("redis")
    state.set_flag("f", "on", 60, 0.0)
    state.mark([Mark("first", ("a",), (60.0,))], 0.5)  # this thread's connection is open
    redis.Redis.from_url(REDIS_URL).client_pause(1_500)  # longer than the 1 s socket timeout
    pending = state.send_flags_and_mark(["f"], [Mark("late", ("a",), (60.0,))], 1.0)
    with pytest.raises(GuardUnavailableError, match="the guard's shared state is unreachable"):
        pending.result()
    with pytest.raises(GuardUnavailableError):
        pending.result()  # the same answer however often it is asked
    time.sleep(0.6)  # the late reply lands on a connection that was closed, not reused
    assert state.mark([Mark("next", ("a", "b"), (60.0,))], 2.0) == [(2,)]
    waiting = [
        state.send_flags_and_mark(["f"], [Mark(f"k{n}", _members(n), (60.0,))], 3.0)
        for n in (1, 2, 3)
    ]
    assert [reading.result() for reading in reversed(waiting)] == [
        (["on"], [(3,)]),
        (["on"], [(2,)]),
        (["on"], [(1,)]),
    ]


def test_each_thread_keeps_its_connection_for_the_scripts(states: States) -> None:
    state = states("redis")
    assert isinstance(state, RedisState)
    pool = state._redis.connection_pool
    taken_from_pool = [0]
    real = pool.get_connection

    def counted(*args: object, **kwargs: object) -> redis.Connection:
        taken_from_pool[0] += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    pool.get_connection = counted  # type: ignore[method-assign]
    for n in range(3):
        assert state.mark([Mark("k", (f"m{n}",), (60.0,))], 1.0) == [(n + 1,)]
    assert taken_from_pool == [0]  # the thread's own connection, kept between exchanges
    before = _guard_connections()
    other: list[list[tuple[int, ...]]] = []
    counted_only = [Mark("k", (), (60.0,))]
    thread = threading.Thread(target=lambda: other.append(state.mark(counted_only, 1.0)))
    thread.start()
    thread.join()
    assert other == [[(3,)]]
    assert _guard_connections() == before + 1  # another thread, a connection of its own
    assert taken_from_pool == [0]


def _guard_connections() -> int:
    clients = redis.Redis.from_url(REDIS_URL).client_list()
    return sum(client["name"] == "carevault-guard" for client in clients)


def _members(count: int) -> tuple[str, ...]:
    return tuple(f"m{n}" for n in range(count))


def test_a_script_redis_forgot_is_loaded_again(states: States) -> None:
    state = states("redis")
    state.set_flag("f", "on", 60, 0.0)
    redis.Redis.from_url(REDIS_URL).script_flush()  # as a restarted Redis would have it
    assert state.send_flags_and_mark(["f"], [Mark("k", ("a",), (5.0,))], 1.0).result() == (
        ["on"],
        [(1,)],
    )


def _eviction_warnings(states: States) -> list[tuple[str, str]]:
    with capture_logs() as logs:
        states("redis")
    return [
        (log["event"], log["maxmemory_policy"])
        for log in logs
        if log["event"] == "guard_redis_may_evict"
    ]


def test_a_redis_that_may_evict_the_guards_flags_is_warned_of(states: States) -> None:
    client = redis.Redis.from_url(REDIS_URL)
    before = {name: client.config_get(name)[name] for name in ("maxmemory", "maxmemory-policy")}
    assert _eviction_warnings(states) == []  # no memory limit: nothing is ever evicted
    try:
        client.config_set("maxmemory-policy", "volatile-lru")  # flags all have a TTL
        client.config_set("maxmemory", "4gb")
        warned = _eviction_warnings(states)
        client.config_set("maxmemory-policy", "noeviction")  # full: writes fail, none lost
        assert _eviction_warnings(states) == []
    finally:
        for name, value in before.items():
            client.config_set(name, value)
    assert warned == [("guard_redis_may_evict", "volatile-lru")]
