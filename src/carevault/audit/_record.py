"""The access record: every access to patient data, allowed or denied, appended before any
data leaves (fail closed). Entries hold ids and action names, never personal data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from operator import attrgetter

from sqlalchemy import Connection

from carevault.store import Store, queries

ACTIONS = frozenset(
    {
        "create",
        "read",
        "search",
        "update",
        "delete",
        "export",
        "import",
        "rotate-keys",
        "break-glass",
        "prune",
        "unfreeze",  # the DPO lifts a freeze of the guard
    }
)
OUTCOMES = frozenset({"allowed", "denied", "failed"})


@dataclass(frozen=True, slots=True)
class AccessEvent:
    practice_id: str
    actor: str
    action: str
    outcome: str = "allowed"
    resource_type: str | None = None
    resource_id: str | None = None
    patient_id: str | None = None
    detail: str | None = None
    reason: str | None = None  # the policy's basis when allowed, its rule when denied
    credential_id: str | None = None  # the session or token id (never the token)
    source: str | None = None  # the client's address
    user_agent: str | None = None

    def as_row(self) -> dict[str, str | None]:
        """The event's fields by name (dataclasses.asdict deep-copies: a tenth of a read)."""
        return {name: getattr(self, name) for name in _FIELD_NAMES}

    def as_values(self) -> queries.AccessValues:
        """The event's fields in the order the store takes them (queries.ACCESS_FIELDS)."""
        values: tuple[str | None, ...] = _STORED_VALUES(self)
        return values

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"unknown audit action {self.action!r}")
        if self.outcome not in OUTCOMES:
            raise ValueError(f"unknown audit outcome {self.outcome!r}")
        if self.detail is not None and len(self.detail) > 200:
            raise ValueError("audit detail is at most 200 characters")
        if self.user_agent is not None and len(self.user_agent) > 200:
            object.__setattr__(self, "user_agent", self.user_agent[:200])
        if self.reason is not None and len(self.reason) > 100:
            raise ValueError("audit reason is at most 100 characters")


_FIELD_NAMES = tuple(f.name for f in fields(AccessEvent))
_STORED_VALUES = attrgetter(*queries.ACCESS_FIELDS)


class AccessRecorder:
    """Appends events to the store's access log."""

    def __init__(self, store: Store, clock: Callable[[], datetime]) -> None:
        self._store = store
        self._clock = clock

    def record(self, *events: AccessEvent) -> None:
        """Append in a transaction of its own; raises (so the caller sends nothing) on failure."""
        with self._store.transaction() as connection:
            self.record_in(connection, events)

    def record_in(self, connection: Connection, events: Sequence[AccessEvent]) -> None:
        """Append inside the caller's transaction (the write and its record commit together)."""
        queries.append_access(connection, self._clock(), list(map(_STORED_VALUES, events)))
