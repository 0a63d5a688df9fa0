"""Break-the-glass: a clinician outside a patient's care relation opens the record anyway,
giving a reason. The grant lasts a limited time, is recorded with its reason (sealed: it is
free text a clinician typed), and is listed for the practice's DPO.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from carevault.access._principal import Principal
from carevault.access.policy import may_break_glass
from carevault.crypto import FieldContext, Keyring
from carevault.errors import ForbiddenError, InputError
from carevault.store import Store, queries

MAX_REASON = 500
MIN_REASON = 10
ERASED = "(erased with the patient)"
_KIND = "BreakGlassGrant"


@dataclass(frozen=True, slots=True)
class Grant:
    id: str
    account_id: str
    patient_id: str
    created_at: datetime
    expires_at: datetime
    reason: str


class BreakGlass:
    """Grants of one store; the staff keyring of a practice seals and opens the reasons."""

    def __init__(
        self,
        store: Store,
        staff_keyring_for: Callable[[str], Keyring],
        *,
        lasts: timedelta,
        clock: Callable[[], datetime],
    ) -> None:
        self._store = store
        self._keyring_for = staff_keyring_for
        self._lasts = lasts
        self._clock = clock

    def grant(self, principal: Principal, patient_id: str, reason: str) -> Grant:
        """Open a grant for this clinician and patient, or ForbiddenError / InputError."""
        if not may_break_glass(principal):
            raise ForbiddenError(
                "only a clinician, logged in in person, may break the glass", rule="break-glass"
            )
        reason = _checked_reason(reason)
        now = self._clock()
        grant = Grant(
            str(uuid.uuid4()), principal.account_id, patient_id, now, now + self._lasts, reason
        )
        sealed = self._keyring_for(principal.practice_id).seal(
            reason.encode(), _context(principal.practice_id, grant.id)
        )
        with self._store.transaction() as connection:
            queries.insert_break_glass_grant(
                connection,
                {
                    "practice_id": principal.practice_id,
                    "id": grant.id,
                    "account_id": grant.account_id,
                    "patient_id": patient_id,
                    "created_at": grant.created_at,
                    "expires_at": grant.expires_at,
                    "reason": sealed,
                },
            )
        return grant

    def live_grant(self, practice_id: str, account_id: str, patient_id: str) -> str | None:
        with self._store.transaction() as connection:
            return queries.live_break_glass_grant(
                connection, practice_id, account_id, patient_id, self._clock()
            )

    def recent(self, practice_id: str, *, days: int = 30, limit: int = 100) -> list[Grant]:
        """The practice's grants of the last ``days``, newest first, reasons opened (DPO)."""
        since = self._clock() - timedelta(days=days)
        with self._store.transaction() as connection:
            rows = queries.list_break_glass_grants(
                connection, practice_id, since=since, limit=limit
            )
        keyring = self._keyring_for(practice_id)
        return [
            Grant(
                row["id"],
                row["account_id"],
                row["patient_id"],
                row["created_at"],
                row["expires_at"],
                _opened(keyring, practice_id, row["id"], row["reason"]),
            )
            for row in rows
        ]

    def reasons(self, practice_id: str, grant_ids: Sequence[str]) -> dict[str, str]:
        """The reasons given for these grants, opened (shown to the DPO and to the patient)."""
        with self._store.transaction() as connection:
            sealed = queries.break_glass_reasons(connection, practice_id, grant_ids)
        keyring = self._keyring_for(practice_id)
        return {
            grant_id: _opened(keyring, practice_id, grant_id, reason)
            for grant_id, reason in sealed.items()
        }


def _opened(keyring: Keyring, practice_id: str, grant_id: str, sealed: bytes) -> str:
    if bytes(sealed) == queries.ERASED_REASON:
        return ERASED
    return keyring.open(sealed, _context(practice_id, grant_id)).decode()


def _checked_reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not MIN_REASON <= len(reason) <= MAX_REASON:
        raise InputError(
            f"a break-the-glass reason must be {MIN_REASON}-{MAX_REASON} characters "
            "saying why the record must be opened"
        )
    return reason


def _context(practice_id: str, grant_id: str) -> FieldContext:
    return FieldContext(practice_id, _KIND, grant_id, "reason", 1)
