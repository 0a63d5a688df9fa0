"""What the guard tells a practice's DPO: one alert per action it takes, in words and numbers.

An alert names the account (by id and username: staff, not patients), what the guard did, why
in one sentence a DPO can act on, and the numbers behind it (as Protenus-style explanations do).
It never names a patient: patients appear, if at all, as counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

GuardAction = Literal["alert", "step-up", "throttle", "freeze", "lockdown"]
Severity = Literal["info", "warning", "critical"]

SEVERITY: dict[GuardAction, Severity] = {
    "alert": "info",
    "step-up": "warning",
    "throttle": "warning",
    "freeze": "critical",
    "lockdown": "critical",
}


@dataclass(frozen=True)
class Alert:
    """One thing the guard noticed and did."""

    id: str
    practice_id: str
    created_at: datetime
    kind: str  # the signal: honeytoken, volume, outside-care, search-sweep, refusals, ...
    action: GuardAction
    message: str  # one sentence, in words and numbers, no patient named
    account_id: str | None = None
    username: str | None = None
    numbers: dict[str, Any] = field(default_factory=dict)

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.action]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "practice_id": self.practice_id,
            "created_at": self.created_at.isoformat(),
            "kind": self.kind,
            "action": self.action,
            "severity": self.severity,
            "account": self.username,
            "account_id": self.account_id,
            "message": self.message,
            "numbers": self.numbers,
        }
