"""GET /guard/alerts: paged like every other list (at most a page of 100, an opaque cursor),
and a bad _count or _cursor is a 400 naming it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest

from carevault.store import queries
from support.api import World, staffed_world


@pytest.fixture
def world(data_dir: Path) -> Iterator[World]:
    with staffed_world(data_dir) as made:
        yield made


def _raise_alerts(world: World, count: int) -> list[str]:
    """``count`` alerts, one second apart; their ids newest first."""
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    vault = world.vault()
    made = []
    try:
        with vault.store.transaction() as connection:
            for n in range(count):
                alert_id = str(uuid.uuid4())
                queries.add_guard_alert(
                    connection,
                    {
                        "practice_id": world.practice_id,
                        "id": alert_id,
                        "created_at": start + timedelta(seconds=n // 2),  # pairs share a time
                        "account_id": None,
                        "username": None,
                        "kind": "volume",
                        "action": "alert",
                        "message": f"alert {n}",
                        "numbers": orjson.dumps({"n": n}).decode(),
                    },
                )
                made.append((start + timedelta(seconds=n // 2), alert_id))
    finally:
        vault.close()
    made.sort(key=lambda pair: (-pair[0].timestamp(), pair[1]))
    return [alert_id for _, alert_id in made]


def _refusal(answer: Any) -> tuple[int, str, str]:
    issue = answer.json()["issue"][0]
    return answer.status_code, issue["code"], issue["diagnostics"]


@pytest.mark.parametrize("count", ["%C2%B2", "0", "-1", "1.5", "abc", "", "99999999"])
def test_a_count_that_is_not_a_whole_number_is_a_400(world: World, count: str) -> None:
    answer = world.get("dpo.lea", f"/guard/alerts?_count={count}")
    assert _refusal(answer) == (400, "invalid", "_count must be a whole number from 1")


def test_no_more_than_a_page_is_answered(world: World) -> None:
    ids = _raise_alerts(world, 130)
    answer = world.get("dpo.lea", "/guard/alerts?_count=500")
    assert answer.status_code == 200
    assert [a["id"] for a in answer.json()["alerts"]] == ids[:100]
    assert answer.json()["next"] is not None


def test_pages_follow_the_cursor_to_the_end(world: World) -> None:
    ids = _raise_alerts(world, 7)
    seen: list[str] = []
    path: str | None = "/guard/alerts?_count=3"
    pages = 0
    while path is not None:
        answer = world.get("dpo.lea", path)
        assert answer.status_code == 200, answer.text
        seen += [a["id"] for a in answer.json()["alerts"]]
        following = answer.json()["next"]
        path = None if following is None else following.split("testserver", 1)[1]
        pages += 1
    assert (pages, seen) == (3, ids)


def test_one_page_has_no_next(world: World) -> None:
    ids = _raise_alerts(world, 2)
    answer = world.get("dpo.lea", "/guard/alerts")
    assert answer.json()["next"] is None
    assert [a["id"] for a in answer.json()["alerts"]] == ids


@pytest.mark.parametrize("cursor", ["nope", "eyJhdCI6MX0", "%C2%B2"])
def test_a_cursor_the_server_did_not_give_is_a_400(world: World, cursor: str) -> None:
    answer = world.get("dpo.lea", f"/guard/alerts?_cursor={cursor}")
    assert _refusal(answer) == (400, "invalid", "_cursor is not a cursor this server gave")
