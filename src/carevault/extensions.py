"""What every layer agrees on about FHIR resources: carevault's own extensions and code
systems, the fields of the administrative view, and the identity fields.

Administrative fields are the free text a secretary writes and reads: a patient's
administrative comment and an appointment's reason. They are shown in the administrative
view (access.policy), and records refuses sensitive content in them and in the rest of that
view (it belongs in a clinical note).
"""

from __future__ import annotations

ADMINISTRATIVE_COMMENT = "https://carevault.fr/fhir/StructureDefinition/administrative-comment"
APPOINTMENT_REASON = "https://carevault.fr/fhir/StructureDefinition/appointment-reason"
ADMINISTRATIVE_EXTENSIONS: dict[str, frozenset[str]] = {
    "Patient": frozenset({ADMINISTRATIVE_COMMENT}),
    "Encounter": frozenset({APPOINTMENT_REASON}),
}
SENSITIVE_CATEGORY_SYSTEM = "https://carevault.fr/fhir/CodeSystem/sensitive-category"
# Fields that say who a person is and how to reach them: never read for sensitive content
# (a patient named Gay, a street named rue des Juifs).
IDENTITY_FIELDS = frozenset({"name", "telecom", "address", "identifier", "birthDate", "gender"})

# What an "administrative" view keeps: of a Patient, who they are and how to reach them, and
# the administrative comment; of an Encounter, the appointment and its reason. Anything else
# (narrative, other extensions, clinical reasons, diagnoses, marital status, the security
# labels that say what a record holds...) may be clinical or intimate and stays out.
_COMMON = frozenset({"resourceType", "id", "meta", "identifier", "status"})
ADMINISTRATIVE_VIEW: dict[str, frozenset[str]] = {
    "Patient": _COMMON
    | {
        "active",
        "name",
        "telecom",
        "gender",
        "birthDate",
        "address",
        "contact",
        "communication",
        "generalPractitioner",
        "managingOrganization",
    },
    "Encounter": _COMMON
    | {"class", "subject", "participant", "period", "appointment", "serviceProvider"},
}
