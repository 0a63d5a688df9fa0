"""Bulk export under four eyes, over the API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from support.api import World, api_world
from support.fhir import patient


@pytest.fixture
def world(data_dir: Path) -> Iterator[World]:
    with api_world(data_dir) as made:
        for username, role in [
            ("dr.house", "doctor"),
            ("admin.one", "practice_admin"),
            ("admin.two", "practice_admin"),
        ]:
            made.add_user(username, role)
        for number in range(3):
            answer = made.post(
                "dr.house", "/fhir/Patient", patient(first13=f"28002751234{number:02d}")
            )
            assert answer.status_code == 201, answer.text
        yield made


def _outcome(answer: object) -> tuple[int, str, str]:
    issue = answer.json()["issue"][0]  # type: ignore[attr-defined]
    return answer.status_code, issue["code"], issue["diagnostics"]  # type: ignore[attr-defined]


def test_an_export_needs_a_second_admin_then_downloads_once(world: World):
    asked = world.post("admin.one", "/fhir/$export", None)
    assert asked.status_code == 202, asked.text
    request_id = asked.json()["id"]
    assert asked.headers["content-location"].endswith(f"/fhir/$export/{request_id}")
    early = world.get("admin.one", f"/fhir/$export/{request_id}/download")
    assert _outcome(early) == (403, "forbidden", "this export awaits a second admin's approval")
    self_approval = world.post("admin.one", f"/fhir/$export/{request_id}/approve", None)
    assert _outcome(self_approval) == (
        403,
        "forbidden",
        "four eyes: a second practice admin must approve this export",
    )
    approved = world.post("admin.two", f"/fhir/$export/{request_id}/approve", None)
    assert approved.status_code == 200
    assert approved.json()["status"] == "approved"
    stolen = world.get("admin.two", f"/fhir/$export/{request_id}/download")
    assert _outcome(stolen) == (
        403,
        "forbidden",
        "only the admin who asked downloads the export",
    )
    download = world.get("admin.one", f"/fhir/$export/{request_id}/download")
    assert download.status_code == 200
    assert download.headers["content-type"].startswith("application/fhir+ndjson")
    resources = [orjson.loads(line) for line in download.content.splitlines()]
    assert sum(r["resourceType"] == "Patient" for r in resources) == 3
    again = world.get("admin.one", f"/fhir/$export/{request_id}/download")
    assert _outcome(again) == (403, "forbidden", "this export was already downloaded")


def test_only_practice_admins_ask_for_exports(world: World):
    answer = world.post("dr.house", "/fhir/$export", None)
    assert _outcome(answer) == (
        403,
        "forbidden",
        "only a practice admin, logged in in person, may ask for a bulk export",
    )


def test_an_export_request_expires(world: World):
    request_id = world.post("admin.one", "/fhir/$export", None).json()["id"]
    world.clock.advance(hours=25)
    world.users["admin.two"].token = None
    late = world.post("admin.two", f"/fhir/$export/{request_id}/approve", None)
    assert _outcome(late) == (403, "forbidden", "this export request has expired; ask again")


def test_every_refused_step_of_an_export_is_on_the_access_record(world: World):
    request_id = world.post("admin.one", "/fhir/$export", None).json()["id"]
    asked = world.post("dr.house", "/fhir/$export", None)
    followed = world.get("dr.house", f"/fhir/$export/{request_id}")
    approved = world.post("dr.house", f"/fhir/$export/{request_id}/approve", None)
    fetched = world.get("dr.house", f"/fhir/$export/{request_id}/download")
    assert _outcome(followed) == (
        403,
        "forbidden",
        "only a practice admin, logged in in person, may follow a bulk export",
    )
    assert [answer.status_code for answer in (asked, approved, fetched)] == [403] * 3
    refused = [
        row["reason"]
        for row in world.access_rows()
        if row["action"] == "export" and row["outcome"] == "denied"
    ]
    assert sorted(refused) == [
        "rule:role:approve",
        "rule:role:download",
        "rule:role:request",
        "rule:role:status",
    ]
