"""carevault's own FHIR extensions and code systems: the URLs every layer agrees on.

Administrative fields are the free text a secretary writes and reads: a patient's
administrative comment and an appointment's reason. They are shown in the administrative
view, and refused when they hold sensitive content (that belongs in a clinical note).
"""

from __future__ import annotations

ADMINISTRATIVE_COMMENT = "https://carevault.fr/fhir/StructureDefinition/administrative-comment"
APPOINTMENT_REASON = "https://carevault.fr/fhir/StructureDefinition/appointment-reason"
ADMINISTRATIVE_EXTENSIONS: dict[str, frozenset[str]] = {
    "Patient": frozenset({ADMINISTRATIVE_COMMENT}),
    "Encounter": frozenset({APPOINTMENT_REASON}),
}
SENSITIVE_CATEGORY_SYSTEM = "https://carevault.fr/fhir/CodeSystem/sensitive-category"
