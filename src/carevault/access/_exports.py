"""Bulk export under four eyes: one practice admin asks, another approves, the asker downloads
once, before the request expires. Every step is refused with the rule it breaks."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from carevault.access._principal import Principal
from carevault.errors import ForbiddenError, NotFoundError
from carevault.store import Store, queries

REQUEST_LIFETIME = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    id: str
    requested_by: str
    requested_at: datetime
    expires_at: datetime
    approved_by: str | None
    approved_at: datetime | None
    downloaded_at: datetime | None

    @property
    def status(self) -> str:
        if self.downloaded_at is not None:
            return "downloaded"
        if self.approved_by is None:
            return "awaiting-approval"
        return "approved"

    @classmethod
    def of(cls, row: Any) -> ExportRequest:
        return cls(**{name: row[name] for name in cls.__dataclass_fields__})


class ExportApprovals:
    def __init__(self, store: Store, clock: Callable[[], datetime]) -> None:
        self._store = store
        self._clock = clock

    def request(self, principal: Principal) -> ExportRequest:
        _admin_in_person(principal, "ask for a bulk export")
        now = self._clock()
        row = {
            "practice_id": principal.practice_id,
            "id": str(uuid.uuid4()),
            "requested_by": principal.account_id,
            "requested_at": now,
            "expires_at": now + REQUEST_LIFETIME,
            "approved_by": None,
            "approved_at": None,
            "downloaded_at": None,
        }
        with self._store.transaction() as connection:
            queries.insert_export_request(connection, row)
        return ExportRequest.of(row)

    def approve(self, principal: Principal, request_id: str) -> ExportRequest:
        """Step 1: an admin, in person. Step 2: not the one who asked (four eyes). Step 3:
        still pending and not expired."""
        _admin_in_person(principal, "approve a bulk export")
        with self._store.transaction() as connection:
            found = self._live(connection, principal, request_id, lock=True)
            if found.requested_by == principal.account_id:
                raise ForbiddenError(
                    "four eyes: a second practice admin must approve this export",
                    rule="four-eyes",
                )
            if found.approved_by is not None:
                raise ForbiddenError("this export is already approved", rule="four-eyes")
            values = {"approved_by": principal.account_id, "approved_at": self._clock()}
            queries.update_export_request(connection, principal.practice_id, request_id, values)
        return ExportRequest.of({**_as_row(found), **values})

    def status(self, principal: Principal, request_id: str) -> ExportRequest:
        _admin_in_person(principal, "follow a bulk export")
        with self._store.transaction() as connection:
            found = queries.get_export_request(connection, principal.practice_id, request_id)
        if found is None:
            raise NotFoundError("no such export request in this practice")
        return ExportRequest.of(found)

    def claim_download(self, principal: Principal, request_id: str) -> ExportRequest:
        """The asker's one download of an approved, unexpired export; marked at once so that a
        second download is refused even if the first one fails midway."""
        _admin_in_person(principal, "download a bulk export")
        with self._store.transaction() as connection:
            found = self._live(connection, principal, request_id, lock=True)
            if found.requested_by != principal.account_id:
                raise ForbiddenError("only the admin who asked downloads the export", rule="owner")
            if found.approved_by is None:
                raise ForbiddenError(
                    "this export awaits a second admin's approval", rule="four-eyes"
                )
            if found.downloaded_at is not None:
                raise ForbiddenError("this export was already downloaded", rule="once")
            now = self._clock()
            queries.update_export_request(
                connection, principal.practice_id, request_id, {"downloaded_at": now}
            )
        return ExportRequest.of({**_as_row(found), "downloaded_at": now})

    def _live(
        self, connection: Any, principal: Principal, request_id: str, *, lock: bool
    ) -> ExportRequest:
        row = queries.get_export_request(connection, principal.practice_id, request_id, lock=lock)
        if row is None:
            raise NotFoundError("no such export request in this practice")
        found = ExportRequest.of(row)
        if found.expires_at <= self._clock():
            raise ForbiddenError("this export request has expired; ask again", rule="expired")
        return found


def _admin_in_person(principal: Principal, what: str) -> None:
    if principal.role != "practice_admin" or principal.credential_kind != "session":
        raise ForbiddenError(f"only a practice admin, logged in in person, may {what}", rule="role")


def _as_row(found: ExportRequest) -> dict[str, Any]:
    return {name: getattr(found, name) for name in ExportRequest.__dataclass_fields__}
