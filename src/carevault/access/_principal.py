"""Who is asking: the authenticated principal every policy decision and access record uses.

The practice id of a principal comes from its account, never from a request; it is the only
practice any query made on its behalf may touch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ROLES = ("doctor", "nurse", "secretary", "practice_admin", "dpo", "patient")
CLINICAL_ROLES = frozenset({"doctor", "nurse"})

CredentialKind = Literal["session", "service"]


@dataclass(frozen=True, slots=True)
class Principal:
    """An authenticated account, through a login session or a service token.

    ``credential_id`` names the session or token (never the token itself) for the access
    record. ``scopes`` bound a service token (SMART-on-FHIR style, e.g. ``user/Patient.rs``);
    a login session has none and is bounded by its role alone.
    """

    account_id: str
    practice_id: str
    username: str
    role: str
    credential_kind: CredentialKind
    credential_id: str
    practitioner_id: str | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)
    patient_id: str | None = None  # a patient's own account: the patient they are

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}")
        if (self.role == "patient") != (self.patient_id is not None):
            raise ValueError("a patient account, and only one, names its patient")
        if self.credential_kind == "session" and self.scopes:
            raise ValueError("a login session carries no scopes")

    @property
    def is_clinician(self) -> bool:
        return self.role in CLINICAL_ROLES

    @property
    def actor(self) -> str:
        """How the access record names this principal: the account, by id."""
        return f"account:{self.account_id}"
