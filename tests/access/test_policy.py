"""The authorization policy, table-driven: every role against every kind of record."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from carevault.access import Principal, policy
from carevault.access.policy import (
    CLINICAL_TYPES,
    AccessRequest,
    Decision,
    administrative_write,
    decide,
    may_break_glass,
    may_read_own_access_history,
    may_review_access,
    passing_write,
    shaped,
)
from carevault.errors import ForbiddenError, InputError
from carevault.extensions import ADMINISTRATIVE_COMMENT, APPOINTMENT_REASON
from carevault.records._prepare import ENCOUNTER_TOOK_PLACE

PRACTICE = "11111111-1111-4111-8111-111111111111"
OTHER_PRACTICE = "22222222-2222-4222-8222-222222222222"
IN_CARE = "aaaaaaaa-0000-4000-8000-000000000001"
OUTSIDE = "aaaaaaaa-0000-4000-8000-000000000002"
GLASS = "aaaaaaaa-0000-4000-8000-000000000003"
DOCTOR_PRACTITIONER = "bbbbbbbb-0000-4000-8000-000000000001"


@dataclass
class Facts:
    relations: dict[tuple[str, str], str] = field(
        default_factory=lambda: {(DOCTOR_PRACTITIONER, IN_CARE): "care_team"}
    )
    grants: dict[tuple[str, str], str] = field(
        default_factory=lambda: {("acct-doctor", GLASS): "grant-1"}
    )

    def care_relation(self, practitioner_id: str, patient_id: str) -> str | None:
        return self.relations.get((practitioner_id, patient_id))

    def break_glass_grant(self, account_id: str, patient_id: str) -> str | None:
        return self.grants.get((account_id, patient_id))


def principal(role: str, *, scopes: frozenset[str] | None = None) -> Principal:
    clinician = role in ("doctor", "nurse")
    return Principal(
        account_id=f"acct-{role}",
        practice_id=PRACTICE,
        username=role,
        role=role,
        credential_kind="service" if scopes is not None else "session",
        credential_id="cred",
        practitioner_id=DOCTOR_PRACTITIONER if clinician else None,
        scopes=scopes or frozenset(),
        patient_id=IN_CARE if role == "patient" else None,
    )


def request(action: str, kind: str, patient: str | None = None, practice: str = PRACTICE):
    return AccessRequest(action, kind, practice, patient)  # type: ignore[arg-type]


ALLOWED = [
    # role, action, kind, patient, expected decision
    ("doctor", "read", "Patient", IN_CARE, Decision("care_team")),
    ("doctor", "read", "DocumentReference", IN_CARE, Decision("care_team")),
    ("doctor", "delete", "Patient", IN_CARE, Decision("care_team")),
    ("nurse", "read", "Observation", IN_CARE, Decision("care_team")),
    ("nurse", "update", "Observation", IN_CARE, Decision("care_team")),
    ("doctor", "delete", "DocumentReference", IN_CARE, Decision("care_team")),
    ("doctor", "read", "Patient", OUTSIDE, Decision("registration", "administrative")),
    ("doctor", "search", "Patient", None, Decision("registration", "administrative")),
    ("doctor", "create", "Patient", None, Decision("registration", "administrative")),
    ("doctor", "create", "Observation", GLASS, Decision("break-glass:grant-1")),
    ("doctor", "read", "DocumentReference", GLASS, Decision("break-glass:grant-1")),
    ("secretary", "read", "Patient", OUTSIDE, Decision("administrative", "administrative")),
    ("secretary", "update", "Patient", IN_CARE, Decision("administrative", "administrative")),
    ("secretary", "create", "Encounter", OUTSIDE, Decision("administrative", "administrative")),
    ("secretary", "search", "Practitioner", None, Decision("staff-directory")),
    ("practice_admin", "create", "Practitioner", None, Decision("staff-directory")),
    ("dpo", "read", "Practitioner", None, Decision("staff-directory")),
]


@pytest.mark.parametrize(("role", "action", "kind", "patient", "expected"), ALLOWED)
def test_allowed(role: str, action: str, kind: str, patient: str | None, expected: Decision):
    assert decide(principal(role), request(action, kind, patient), Facts()) == expected


REFUSED = [
    # role, action, kind, patient, rule
    ("doctor", "read", "DocumentReference", OUTSIDE, "care-relation"),
    ("doctor", "update", "Patient", OUTSIDE, "care-relation-write"),
    ("doctor", "delete", "Patient", OUTSIDE, "care-relation-write"),
    ("doctor", "create", "Encounter", OUTSIDE, "care-relation"),
    ("doctor", "update", "DocumentReference", GLASS, "care-relation-write"),
    ("doctor", "delete", "Patient", GLASS, "care-relation-write"),
    ("nurse", "delete", "Patient", IN_CARE, "role"),
    # Erasing is a doctor's act: a nurse deletes no clinical record, even in the care team.
    *[("nurse", "delete", kind, IN_CARE, "role") for kind in sorted(CLINICAL_TYPES)],
    ("doctor", "create", "Observation", OUTSIDE, "care-relation"),
    ("doctor", "create", "Practitioner", None, "role"),
    ("secretary", "read", "DocumentReference", IN_CARE, "role"),
    ("secretary", "read", "Observation", IN_CARE, "role"),
    ("secretary", "search", "Condition", IN_CARE, "role"),
    ("secretary", "delete", "Patient", IN_CARE, "role"),
    ("secretary", "create", "Practitioner", None, "role"),
    ("practice_admin", "read", "Patient", IN_CARE, "role"),
    ("practice_admin", "search", "Patient", None, "role"),
    ("practice_admin", "read", "DocumentReference", IN_CARE, "role"),
    ("dpo", "read", "Patient", IN_CARE, "role"),
    ("dpo", "read", "Observation", IN_CARE, "role"),
    ("dpo", "create", "Practitioner", None, "role"),
    ("doctor", "read", "Bogus", None, "role"),
    # A patient's account reaches nothing of the FHIR API, not even their own record.
    *[
        ("patient", action, kind, IN_CARE, "role")
        for kind in ("Patient", "DocumentReference", "Observation", "Encounter", "Practitioner")
        for action in ("read", "search", "create", "update", "delete")
    ],
]


@pytest.mark.parametrize(("role", "action", "kind", "patient", "rule"), REFUSED)
def test_refused(role: str, action: str, kind: str, patient: str | None, rule: str):
    with pytest.raises(ForbiddenError) as refused:
        decide(principal(role), request(action, kind, patient), Facts())
    assert refused.value.rule == rule


@pytest.mark.parametrize(
    "role", ["doctor", "nurse", "secretary", "practice_admin", "dpo", "patient"]
)
def test_another_practice_is_refused_first_whatever_the_role(role: str):
    with pytest.raises(ForbiddenError) as refused:
        decide(principal(role), request("read", "Practitioner", None, OTHER_PRACTICE), Facts())
    assert refused.value.rule == "tenant"


def test_a_care_relation_in_another_practice_does_not_count():
    facts = Facts()
    with pytest.raises(ForbiddenError) as refused:
        decide(principal("doctor"), request("read", "Patient", IN_CARE, OTHER_PRACTICE), facts)
    assert refused.value.rule == "tenant"


SCOPED = [
    # scopes, action, kind, allowed
    ({"user/Patient.rs"}, "read", "Patient", True),
    ({"user/Patient.rs"}, "search", "Patient", True),
    ({"user/Patient.rs"}, "update", "Patient", False),
    ({"user/Patient.rs"}, "read", "DocumentReference", False),
    ({"user/*.rs"}, "read", "DocumentReference", True),
    ({"user/*.rs"}, "delete", "DocumentReference", False),
    ({"user/DocumentReference.cruds"}, "delete", "DocumentReference", True),
]


@pytest.mark.parametrize(("scopes", "action", "kind", "allowed"), SCOPED)
def test_service_tokens_are_bounded_by_their_scopes(
    scopes: set[str], action: str, kind: str, allowed: bool
):
    doctor_token = principal("doctor", scopes=frozenset(scopes))
    if allowed:
        assert decide(doctor_token, request(action, kind, IN_CARE), Facts()).basis == "care_team"
    else:
        with pytest.raises(ForbiddenError) as refused:
            decide(doctor_token, request(action, kind, IN_CARE), Facts())
        assert refused.value.rule == "scope"


def test_a_service_token_never_rides_its_accounts_break_the_glass_grant():
    """The grant is the doctor's, in person: the account's service token reads no more
    for it (Facts() holds a live grant of acct-doctor for GLASS)."""
    doctor_token = principal("doctor", scopes=frozenset({"user/*.rs"}))
    for action in ("read", "search"):
        with pytest.raises(ForbiddenError) as refused:
            decide(doctor_token, request(action, "DocumentReference", GLASS), Facts())
        assert refused.value.rule == "care-relation"
    in_person = decide(principal("doctor"), request("read", "DocumentReference", GLASS), Facts())
    assert in_person == Decision("break-glass:grant-1")


def test_a_scope_never_widens_the_role():
    secretary_token = principal("secretary", scopes=frozenset({"user/*.cruds"}))
    with pytest.raises(ForbiddenError) as refused:
        decide(secretary_token, request("read", "DocumentReference", IN_CARE), Facts())
    assert refused.value.rule == "role"


def test_a_clinician_without_a_practitioner_record_reaches_no_clinical_data():
    orphan = Principal(
        account_id="acct-x",
        practice_id=PRACTICE,
        username="x",
        role="doctor",
        credential_kind="session",
        credential_id="c",
    )
    with pytest.raises(ForbiddenError) as refused:
        decide(orphan, request("read", "Condition", IN_CARE), Facts())
    assert refused.value.rule == "care-relation"


@pytest.mark.parametrize(
    ("role", "service", "expected"),
    [
        ("doctor", False, True),
        ("nurse", False, True),
        ("doctor", True, False),
        ("secretary", False, False),
        ("practice_admin", False, False),
        ("dpo", False, False),
    ],
)
def test_who_may_break_the_glass(role: str, service: bool, expected: bool):
    scopes = frozenset({"user/*.rs"}) if service else None
    assert may_break_glass(principal(role, scopes=scopes)) is expected


def test_an_administrative_view_keeps_identity_and_appointments_only():
    patient = {
        "resourceType": "Patient",
        "id": "p",
        "name": [{"family": "Martin"}],
        "telecom": [{"system": "phone", "value": "0612345678"}],
        "extension": [{"url": "x", "valueString": "VIH+"}],
        "text": {"status": "generated", "div": "<div>VIH+</div>"},
        "maritalStatus": {"text": "divorced"},
    }
    view = shaped(patient, Decision("administrative", "administrative"))
    assert view == {
        "resourceType": "Patient",
        "id": "p",
        "name": [{"family": "Martin"}],
        "telecom": [{"system": "phone", "value": "0612345678"}],
    }
    encounter = {
        "resourceType": "Encounter",
        "status": "planned",
        "period": {"start": "2026-01-02"},
        "reasonCode": [{"text": "IVG"}],
        "diagnosis": [{"condition": {"reference": "Condition/x"}}],
    }
    assert shaped(encounter, Decision("administrative", "administrative")) == {
        "resourceType": "Encounter",
        "status": "planned",
        "period": {"start": "2026-01-02"},
    }
    assert shaped(patient, Decision("care_team")) is patient


def test_a_secretary_writes_administrative_fields_only_and_no_care_relation():
    body = {
        "resourceType": "Patient",
        "id": "p",
        "telecom": [{"system": "phone", "value": "0611223344"}],
        "generalPractitioner": [{"reference": "Practitioner/x"}],
        "extension": [{"url": "u", "valueString": "written by a secretary"}],
    }
    stored = {
        "resourceType": "Patient",
        "id": "p",
        "generalPractitioner": [{"reference": "Practitioner/gp"}],
        "extension": [{"url": "u", "valueString": "VIH+"}],
    }
    assert administrative_write("Patient", body, stored) == {
        "resourceType": "Patient",
        "id": "p",
        "telecom": [{"system": "phone", "value": "0611223344"}],
        "generalPractitioner": [{"reference": "Practitioner/gp"}],
        "extension": [{"url": "u", "valueString": "VIH+"}],
    }
    assert "generalPractitioner" not in administrative_write("Patient", body, None)


@pytest.mark.parametrize(
    ("body_status", "stored_status", "refusal"),
    [
        ("finished", None, "a secretary books (status planned) or cancels encounters"),
        ("in-progress", None, "a secretary books (status planned) or cancels encounters"),
        ("cancelled", "finished", "a secretary changes bookings, not encounters that took place"),
    ],
)
def test_a_secretary_books_and_cancels_encounters_only(
    body_status: str, stored_status: str | None, refusal: str
):
    stored = (
        None if stored_status is None else {"resourceType": "Encounter", "status": stored_status}
    )
    with pytest.raises(ForbiddenError, match=re.escape(refusal)) as refused:
        administrative_write(
            "Encounter", {"resourceType": "Encounter", "status": body_status}, stored
        )
    assert refused.value.rule == "administrative"


def test_a_booking_keeps_no_clinical_field():
    booked = administrative_write(
        "Encounter",
        {"resourceType": "Encounter", "status": "planned", "reasonCode": [{"text": "IST"}]},
        None,
    )
    assert booked == {"resourceType": "Encounter", "status": "planned"}


@pytest.mark.parametrize(
    ("role", "service", "dpo", "patient"),
    [
        ("dpo", False, True, False),
        ("dpo", True, False, False),  # the log is read in person, not by an integration
        ("patient", False, False, True),
        ("patient", True, False, False),
        ("doctor", False, False, False),
        ("practice_admin", False, False, False),
    ],
)
def test_who_reads_the_access_log(role: str, service: bool, dpo: bool, patient: bool):
    who = principal(role, scopes=frozenset({"user/Patient.r"}) if service else None)
    assert may_review_access(who) is dpo
    assert may_read_own_access_history(who) is patient


def test_a_patient_account_names_its_patient_and_only_a_patient_account_does():
    with pytest.raises(ValueError, match="a patient account, and only one, names its patient"):
        Principal("a", PRACTICE, "p", "patient", "session", "c")
    with pytest.raises(ValueError, match="a patient account, and only one, names its patient"):
        Principal("a", PRACTICE, "d", "doctor", "session", "c", patient_id=IN_CARE)


def test_the_administrative_view_keeps_administrative_extensions_and_no_security_labels():
    patient = {
        "resourceType": "Patient",
        "id": "p",
        "meta": {"versionId": "2", "security": [{"code": "HIV"}, {"code": "R"}]},
        "extension": [
            {"url": ADMINISTRATIVE_COMMENT, "valueString": "Appeler après 18 h"},
            {"url": "urn:x:clinical", "valueString": "VIH+"},
            {"url": APPOINTMENT_REASON, "valueString": "an Encounter's, not a Patient's"},
        ],
    }
    assert shaped(patient, Decision("administrative", "administrative")) == {
        "resourceType": "Patient",
        "id": "p",
        "meta": {"versionId": "2"},
        "extension": [{"url": ADMINISTRATIVE_COMMENT, "valueString": "Appeler après 18 h"}],
    }


def test_a_secretary_writes_the_administrative_comment_and_keeps_the_other_extensions():
    stored = {
        "resourceType": "Patient",
        "extension": [
            {"url": ADMINISTRATIVE_COMMENT, "valueString": "old"},
            {"url": "urn:x:clinical", "valueString": "VIH+"},
        ],
    }
    body = {
        "resourceType": "Patient",
        "extension": [
            {"url": ADMINISTRATIVE_COMMENT, "valueString": "new"},
            {"url": "urn:x:clinical", "valueString": "erased?"},
        ],
    }
    assert administrative_write("Patient", body, stored)["extension"] == [
        {"url": "urn:x:clinical", "valueString": "VIH+"},
        {"url": ADMINISTRATIVE_COMMENT, "valueString": "new"},
    ]
    assert "extension" not in administrative_write("Patient", {"resourceType": "Patient"}, None)
    # not a list: named as bad input (test_an_administrative_writers_malformed_body_is_named_input)
    odd = {"resourceType": "Patient", "extension": {"url": ADMINISTRATIVE_COMMENT}}
    with pytest.raises(InputError, match="Patient: extension must be a list"):
        administrative_write("Patient", odd, None)


def test_an_appointment_opens_reading_and_adding_not_changing() -> None:
    class Booked:
        def care_relation(self, practitioner_id: str, patient_id: str) -> str | None:
            return "appointment"

        def break_glass_grant(self, account_id: str, patient_id: str) -> str | None:
            return None

    doctor = Principal(
        account_id="a", practice_id="p", username="dr", role="doctor",
        credential_kind="session", credential_id="s", practitioner_id="pr",
    )  # fmt: skip
    for action in ("read", "search", "create"):
        asked = AccessRequest(action, "DocumentReference", "p", "patient")
        assert decide(doctor, asked, Booked()).basis == "appointment"
    for action in ("update", "delete"):
        with pytest.raises(ForbiddenError) as refused:
            decide(doctor, AccessRequest(action, "Encounter", "p", "patient"), Booked())
        assert refused.value.rule == "care-relation-write"


MEMBER = {"reference": f"Practitioner/{DOCTOR_PRACTITIONER}"}
CARE_TEAM = {"resourceType": "CareTeam", "participant": [{"member": MEMBER}]}
ENCOUNTER = {"resourceType": "Encounter", "status": "finished"}
NAMED = {**ENCOUNTER, "participant": [{"individual": MEMBER}]}
NOTE = {"resourceType": "DocumentReference", "status": "current"}


OTHER = {"reference": "Practitioner/bbbbbbbb-0000-4000-8000-000000000009"}


@pytest.mark.parametrize("basis", ["break-glass:grant-1", "appointment"])
@pytest.mark.parametrize(
    ("kind", "body"),
    [
        ("CareTeam", CARE_TEAM),
        ("CareTeam", {"resourceType": "CareTeam"}),  # its members may be added later
        ("Encounter", {**NAMED, "status": "planned"}),  # a booking of one's own, later on
        ("Encounter", {**ENCOUNTER, "participant": [{"individual": OTHER}]}),
        (
            "Encounter",
            {**ENCOUNTER, "participant": [{"individual": MEMBER}, {"individual": OTHER}]},
        ),
        ("Encounter", {**ENCOUNTER, "participant": "not even a list"}),
    ],
)
def test_a_grant_or_a_booking_puts_no_one_in_the_patients_care(
    basis: str, kind: str, body: dict[str, object]
):
    with pytest.raises(ForbiddenError, match="would") as refused:
        passing_write(principal("doctor"), kind, body, Decision(basis))
    assert refused.value.rule == "care-relation-grant"


def test_a_grant_never_names_even_its_holder_on_an_encounter():
    # On a booking the booked doctor records the visit itself (a new patient's first); a
    # grant is for an emergency the DPO reviews: no standing relation comes of it.
    passing_write(principal("doctor"), "Encounter", NAMED, Decision("appointment"))
    with pytest.raises(ForbiddenError) as refused:
        passing_write(principal("doctor"), "Encounter", NAMED, Decision("break-glass:grant-1"))
    assert refused.value.rule == "care-relation-grant"


@pytest.mark.parametrize(
    ("basis", "kind", "body"),
    [
        ("break-glass:grant-1", "Encounter", ENCOUNTER),  # the first encounter, unnamed
        ("appointment", "Encounter", {**ENCOUNTER, "participant": []}),
        ("break-glass:grant-1", "DocumentReference", NOTE),
        ("appointment", "Observation", {"resourceType": "Observation"}),
        ("care_team", "CareTeam", CARE_TEAM),
        ("encounter", "Encounter", NAMED),
        ("registered_by", "CareTeam", CARE_TEAM),
    ],
)
def test_what_a_grant_a_booking_or_a_care_relation_still_adds(
    basis: str, kind: str, body: dict[str, object]
):
    passing_write(principal("doctor"), kind, body, Decision(basis))  # no refusal


@pytest.mark.parametrize(
    ("kind", "body", "message"),
    [
        ("Patient", {"extension": 5}, "Patient: extension must be a list"),
        ("Patient", {"extension": {"url": "u"}}, "Patient: extension must be a list"),
        (
            "Patient",
            {"extension": [{"url": ["a"], "valueString": "x"}]},
            "Patient: extension[0] must be an object with a string url",
        ),
        (
            "Patient",
            {"extension": [{"url": "u", "valueString": "x"}, "x"]},
            "Patient: extension[1] must be an object with a string url",
        ),
        (
            "Encounter",
            {"status": ["planned"]},
            "Encounter: status must be a string (a code such as planned)",
        ),
        (
            "Encounter",
            {"status": {"code": "planned"}},
            "Encounter: status must be a string (a code such as planned)",
        ),
    ],
)
def test_an_administrative_writers_malformed_body_is_named_input(
    kind: str, body: dict[str, object], message: str
):
    with pytest.raises(InputError) as refused:
        administrative_write(kind, {"resourceType": kind, **body}, None)
    assert str(refused.value) == message


def test_a_malformed_stored_status_or_extension_is_no_booking_and_no_crash():
    odd = {"resourceType": "Encounter", "status": ["planned"], "extension": 7}
    with pytest.raises(ForbiddenError) as refused:
        administrative_write("Encounter", {"resourceType": "Encounter", "status": "planned"}, odd)
    assert refused.value.rule == "administrative"
    assert shaped(
        {"resourceType": "Patient", "extension": [{"url": ["x"]}]},
        Decision("administrative", "administrative"),
    ) == {"resourceType": "Patient"}


def test_the_policy_counts_a_visit_as_taking_place_as_the_records_do():
    # The policy lets a booked clinician name themselves on the visit that took place; the
    # records then make a care relation of it: both must mean the same statuses.
    assert policy._VISIT_TOOK_PLACE == ENCOUNTER_TOOK_PLACE
