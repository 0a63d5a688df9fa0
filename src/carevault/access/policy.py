"""The one authorization policy: may this principal do this to this record?

Every check is a numbered step in :func:`decide`; the first that refuses ends the decision
with :class:`~carevault.errors.ForbiddenError` naming its rule. Nothing else in carevault
decides access: handlers ask here and obey.

What each role reaches (a role not named for a kind of record reaches none of it):

=================  ==========================================================================
doctor, nurse      staff directory (Practitioner): read, search
                   Patient: search and read identity/contact of any patient of the practice
                   (to find and register patients); create a Patient (which puts them in its
                   care); the full record, clinical resources, and updates only within a
                   care relation; break-the-glass (in a login session, never with a
                   service token) opens reading and adding (an encounter without
                   participants, a note), never changing, erasing, or putting anyone in
                   the patient's care (no CareTeam, no Encounter naming participants; on
                   a booking, the booked clinician's own visit that took place);
                   delete (erase) only within a care relation, doctors only
secretary          Patient identity and contact: create, read, search, update (not the
                   médecin traitant); Encounter: book (planned) and cancel, read, search;
                   never notes, observations, conditions, care teams; a Patient comes back
                   without clinical content. Nothing a secretary writes puts a clinician in
                   a patient's care team; a booking opens the record to the booked
                   clinician on the appointment's day only (read and add as break-the-glass
                   does; the guard watches bookings like any access).
practice_admin     Practitioner: create, read, search, update, delete; no patient data
dpo                Practitioner: read, search; no patient data (the access log is theirs)
patient            nothing of the FHIR API; their own access history (who opened their record)
=================  ==========================================================================

A care relation is a fact about the record (see :class:`CareFacts`): on the patient's care
team, the patient's médecin traitant, the clinician who registered the patient, the author
of one of the patient's encounters within the configured window, or, on the day only, the
practitioner an appointment is booked with (reading and adding, not changing).
Break-the-glass: a clinician outside the care relation may open a record by giving a reason;
the grant is time-limited, recorded, and reported to the DPO (see
:mod:`carevault.access._break_glass`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Protocol

from carevault.access._principal import Principal
from carevault.access._scopes import scope_allows
from carevault.errors import ForbiddenError, InputError
from carevault.extensions import ADMINISTRATIVE_EXTENSIONS, ADMINISTRATIVE_VIEW

Action = Literal["create", "read", "search", "update", "delete"]
View = Literal["full", "administrative"]

ACTIONS: tuple[Action, ...] = ("create", "read", "search", "update", "delete")
CLINICAL_TYPES = frozenset(
    {"Encounter", "Observation", "Condition", "DocumentReference", "CareTeam"}
)
PATIENT_TYPES = frozenset({"Patient", *CLINICAL_TYPES})
STAFF_TYPES = frozenset({"Practitioner"})
_INTERACTION = {"create": "c", "read": "r", "update": "u", "delete": "d", "search": "s"}

_ALL: frozenset[Action] = frozenset(ACTIONS)
_READ: frozenset[Action] = frozenset({"read", "search"})
_NO_DELETE: frozenset[Action] = frozenset({"create", "read", "search", "update"})

# Step 3's table: (role, resource type) -> the actions the role may ever take on that type.
ROLE_ACTIONS: dict[tuple[str, str], frozenset[Action]] = {
    **{(role, "Practitioner"): _READ for role in ("doctor", "nurse", "secretary", "dpo")},
    ("practice_admin", "Practitioner"): _ALL,
    ("doctor", "Patient"): _ALL,
    ("nurse", "Patient"): _NO_DELETE,
    ("secretary", "Patient"): _NO_DELETE,
    ("secretary", "Encounter"): _NO_DELETE,
    # Erasing a clinical record is a doctor's act (see the table above): a nurse adds and
    # corrects, never deletes.
    **{("doctor", kind): _ALL for kind in CLINICAL_TYPES},
    **{("nurse", kind): _NO_DELETE for kind in CLINICAL_TYPES},
}

# Step 4: what a clinician may do to a patient's records without a care relation.
_WITHOUT_RELATION: frozenset[tuple[str, Action]] = frozenset(
    {("Patient", "create"), ("Patient", "search"), ("Patient", "read")}
)
# What a break-the-glass grant, or an appointment that day, opens: reading, and adding (a
# first encounter, a note), but nothing that puts anyone in the patient's care (see
# :func:`passing_write`).
BREAK_GLASS_ACTIONS: frozenset[Action] = frozenset({"read", "search", "create"})
APPOINTMENT = "appointment"  # the care relation of a booked practitioner, on the day
BREAK_GLASS = "break-glass:"  # the basis of an access on a grant: "break-glass:<grant id>"


@dataclass(frozen=True, slots=True)
class AccessRequest:
    """One intended access. ``practice_id`` is the practice holding the record, as the store
    found it; ``patient_id`` the patient it belongs to (None for staff records, and for a
    search before its hits are known)."""

    action: Action
    resource_type: str
    practice_id: str
    patient_id: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """Allowed, on this basis (the reason the access record keeps), with this view."""

    basis: str
    view: View = "full"


class CareFacts(Protocol):
    """What the policy must know about a patient, answered from the store."""

    def care_relation(self, practitioner_id: str, patient_id: str) -> str | None:
        """The basis of the practitioner's care relation with the patient, if any."""
        ...

    def break_glass_grant(self, account_id: str, patient_id: str) -> str | None:
        """The id of a live break-the-glass grant of this account for this patient, if any."""
        ...


def decide(principal: Principal, request: AccessRequest, facts: CareFacts) -> Decision:
    """Allow with a :class:`Decision`, or raise :class:`ForbiddenError` naming the rule."""
    kind, action = request.resource_type, request.action
    # Step 1: tenant isolation. Nothing of another practice, whatever was asked.
    if request.practice_id != principal.practice_id:
        raise _refuse("tenant", "that record is not in your practice")
    # Step 2: a service token reaches only what its scopes grant (SMART on FHIR).
    if principal.credential_kind == "service" and not scope_allows(
        principal.scopes, kind, _INTERACTION[action]
    ):
        raise _refuse("scope", f"this token's scopes do not allow {action} on {kind}")
    # Step 3: the role's reach, by kind of record.
    if action not in ROLE_ACTIONS.get((principal.role, kind), frozenset()):
        raise _refuse("role", f"a {principal.role} may not {action} {kind} resources")
    if kind not in PATIENT_TYPES:
        return Decision("staff-directory")
    if principal.role == "secretary":
        return Decision(ADMINISTRATIVE, view="administrative")
    # Step 4: clinicians: the care relation, else break-the-glass, else identity only.
    return _clinician(principal, request, facts)


def _clinician(principal: Principal, request: AccessRequest, facts: CareFacts) -> Decision:
    kind, action, patient_id = request.resource_type, request.action, request.patient_id
    if patient_id is None:
        if (kind, action) in _WITHOUT_RELATION:
            return Decision("registration", view="administrative")
        raise _refuse("care-relation", f"{kind} {action} needs a patient")
    if principal.practitioner_id is not None:
        basis = facts.care_relation(principal.practitioner_id, patient_id)
        if basis == APPOINTMENT and action not in BREAK_GLASS_ACTIONS:
            raise _refuse(
                "care-relation-write",
                f"an appointment lets you read and add to a patient's records that day, not "
                f"{action} them: that needs the patient's care team",
            )
        if basis is not None:
            return Decision(basis)
    # A grant is the person's, opened in a login session: a service token of the same
    # account never rides it (as it may never open one: see may_break_glass).
    if action in BREAK_GLASS_ACTIONS and principal.credential_kind == "session":
        grant = facts.break_glass_grant(principal.account_id, patient_id)
        if grant is not None:
            return Decision(f"{BREAK_GLASS}{grant}")
    if (kind, action) in _WITHOUT_RELATION:
        return Decision("registration", view="administrative")
    if action not in BREAK_GLASS_ACTIONS:
        raise _refuse(
            "care-relation-write",
            f"to {action} a patient's records you must be in the patient's care team "
            "(break-the-glass opens a record for reading and adding only)",
        )
    raise _refuse(
        "care-relation",
        "you are not in this patient's care team; give a reason in the X-Break-Glass-Reason "
        "header to open the record (the access is reported to the practice's DPO)",
    )


def is_passing(decision: Decision) -> bool:
    """Whether the decision rests on a passing basis: a break-the-glass grant, or an
    appointment on its day. Either ends; nothing written on it may outlive it."""
    return decision.basis == APPOINTMENT or decision.basis.startswith(BREAK_GLASS)


def passing_write(
    principal: Principal, kind: str, body: dict[str, Any], decision: Decision
) -> None:
    """Refuse (ForbiddenError, rule "care-relation-grant") a create on a passing basis
    (:func:`is_passing`) that would put anyone in the patient's care: a grant or a booking
    would otherwise become a standing care relation, and its holder could go on reading,
    changing and erasing the record after it ended.

    1. A CareTeam: its members are in the patient's care for as long as it stands.
    2. An Encounter naming participants: once it took place, its participants are in the
       patient's care for months; a booking opens the record to them on its day. On an
       appointment, the booked clinician records the visit that took place naming only
       themselves (the first visit of a new patient: what the booking was for); on a grant,
       the encounter is added without participants (the access record keeps who wrote it)
       and the patient's care team names them later.
    Anything else (a note, an observation, a condition) is added as before."""
    if not is_passing(decision):
        return
    # Step 1: a CareTeam made on a grant or a booking.
    if kind == "CareTeam":
        raise _refuse(
            "care-relation-grant",
            "a break-the-glass grant or an appointment lets you read and add to a patient's "
            "records, not create a CareTeam: that would outlive it (ask the patient's care "
            "team)",
        )
    # Step 2: an Encounter whose participants would be put in the patient's care.
    if kind == "Encounter" and body.get("participant"):
        if decision.basis == APPOINTMENT and _the_visit_itself(principal, body):
            return
        raise _refuse(
            "care-relation-grant",
            "on a break-the-glass grant an Encounter names no participants, and on an "
            "appointment only the booked clinician's own visit that took place: naming others "
            "would put them in the patient's care beyond it (ask the patient's care team)",
        )


def _the_visit_itself(principal: Principal, body: dict[str, Any]) -> bool:
    """An Encounter that took place (not another booking) naming the caller alone."""
    if body.get("status") not in _VISIT_TOOK_PLACE or principal.practitioner_id is None:
        return False
    participants = body.get("participant")
    if not isinstance(participants, list):
        return False
    named = [
        participant.get("individual", {}).get("reference")
        if isinstance(participant, dict)
        else None
        for participant in participants
    ]
    return bool(named) and all(
        reference == f"Practitioner/{principal.practitioner_id}" for reference in named
    )


# Statuses of an encounter that took place, as carevault.records counts them for relations.
_VISIT_TOOK_PLACE = frozenset({"arrived", "triaged", "in-progress", "onleave", "finished"})


# What an "administrative" view keeps (a secretary's, and a clinician's outside the care
# relation): see carevault.extensions.ADMINISTRATIVE_VIEW, which records also reads to keep
# sensitive content out of those fields.
ADMINISTRATIVE_FIELDS = ADMINISTRATIVE_VIEW
_EXTENSION = "extension"  # of which the administrative view keeps the administrative ones


# An administrative writer may not set what would put a clinician in a patient's care.
_RELATION_FIELDS: dict[str, frozenset[str]] = {
    "Patient": frozenset({"generalPractitioner"}),
    "Encounter": frozenset(),
}
BOOKING_STATUSES = frozenset({"planned", "cancelled"})
ADMINISTRATIVE = "administrative"  # the basis of a secretary's access


def administrative_write(
    kind: str, body: dict[str, Any], stored: dict[str, Any] | None
) -> dict[str, Any]:
    """What an administrative writer's (a secretary's) create or update stores: their
    administrative fields; the rest as stored (an update does not erase what they cannot
    see); the médecin traitant as stored; an Encounter only as a booking or cancelled, and
    never one that took place. Or ForbiddenError."""
    relation_fields = _RELATION_FIELDS[kind]
    _check_extensions(kind, body)
    writable = ADMINISTRATIVE_FIELDS[kind] - relation_fields
    if kind == "Encounter":
        _booking_only(body, stored)
    kept = {k: v for k, v in (stored or {}).items() if k not in writable}
    written = {**kept, **{k: v for k, v in body.items() if k in writable}}
    extensions = [
        *_extensions(stored or {}, kind, administrative=False),
        *_extensions(body, kind, administrative=True),
    ]
    written.pop(_EXTENSION, None)
    if extensions:
        written[_EXTENSION] = extensions
    return written


def _check_extensions(kind: str, body: dict[str, Any]) -> None:
    """A written body's extensions as FHIR has them (a list of objects, each with a string
    url), or InputError naming the field: the same 400 FHIR validation gives other writers,
    before anything is sorted by url."""
    extensions = body.get(_EXTENSION)
    if extensions is None:
        return
    if not isinstance(extensions, list):
        raise InputError(f"{kind}: extension must be a list")
    for number, extension in enumerate(extensions):
        if not isinstance(extension, dict) or not isinstance(extension.get("url"), str):
            raise InputError(f"{kind}: extension[{number}] must be an object with a string url")


def _extensions(
    resource: dict[str, Any], kind: str, *, administrative: bool
) -> list[dict[str, Any]]:
    """The resource's administrative extensions, or all its others (whatever is not an
    extension with a string url is neither)."""
    urls = ADMINISTRATIVE_EXTENSIONS.get(kind, frozenset())
    extensions = resource.get(_EXTENSION)
    if not isinstance(extensions, list):
        return []
    return [
        extension
        for extension in extensions
        if isinstance(extension, dict)
        and isinstance(extension.get("url"), str)
        and (extension["url"] in urls) == administrative
    ]


def _booking_only(body: dict[str, Any], stored: dict[str, Any] | None) -> None:
    if stored is not None and not _is_booking(stored.get("status")):
        raise _refuse(
            "administrative", "a secretary changes bookings, not encounters that took place"
        )
    status = body.get("status")
    if not isinstance(status, str):
        raise InputError("Encounter: status must be a string (a code such as planned)")
    if not _is_booking(status):
        raise _refuse("administrative", "a secretary books (status planned) or cancels encounters")


def _is_booking(status: object) -> bool:
    return isinstance(status, str) and status in BOOKING_STATUSES


def shaped(resource: dict[str, Any], decision: Decision) -> dict[str, Any]:
    """The resource as the decision lets it be seen."""
    if decision.view == "full":
        return resource
    kind = str(resource.get("resourceType"))
    kept = ADMINISTRATIVE_FIELDS[kind]
    view = {key: value for key, value in resource.items() if key in kept}
    if "meta" in view:
        view["meta"] = {k: v for k, v in view["meta"].items() if k != "security"}
    extensions = _extensions(resource, kind, administrative=True)
    if extensions:
        view[_EXTENSION] = extensions
    return view


def may_break_glass(principal: Principal) -> bool:
    """Only a clinician, in person (a login session, not an integration token)."""
    return principal.is_clinician and principal.credential_kind == "session"


def may_review_access(principal: Principal) -> bool:
    """The access record and break-the-glass reports are the DPO's, in person."""
    return principal.role == "dpo" and principal.credential_kind == "session"


def may_read_own_access_history(principal: Principal) -> bool:
    """A patient, in person, reads who opened their own record (and only theirs)."""
    return (
        principal.role == "patient"
        and principal.patient_id is not None
        and principal.credential_kind == "session"
    )


def _refuse(rule: str, message: str) -> ForbiddenError:
    return ForbiddenError(message, rule=rule)
