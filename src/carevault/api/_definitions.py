"""What the FHIR API serves: resource types, their interactions and search parameters.

The CapabilityStatement, the OpenAPI document and the request parser all read this table,
so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

INTERACTIONS = ("read", "search-type", "create", "update", "delete")
DEFAULT_COUNT = 20
MAX_COUNT = 100
PAGING = ("_count", "_cursor")


@dataclass(frozen=True)
class SearchParam:
    name: str
    type: str  # FHIR search parameter type: string, token, date, reference
    description: str
    repeats: bool = False  # may be given twice (a date range)


_PATIENT_PARAMS = (
    SearchParam("family", "string", "family name (case and accents folded)"),
    SearchParam("given", "string", "given name (case and accents folded)"),
    SearchParam("name", "string", "family or given name"),
    SearchParam("birthdate", "date", "date of birth, YYYY-MM-DD"),
    SearchParam("identifier", "token", "NIR/INS (15 characters, valid key)"),
    SearchParam("phone", "token", "phone number"),
)
_PATIENT_REF = SearchParam("patient", "reference", "the patient (Patient/<id>); required")
_DATE = SearchParam(
    "date", "date", "date with an optional prefix eq, ge, gt, le, lt (twice for a range)", True
)
_CATEGORY = SearchParam("category", "token", "category code")
_CLINICAL_PARAMS = (_PATIENT_REF, _DATE, _CATEGORY)

SEARCH_PARAMS: dict[str, tuple[SearchParam, ...]] = {
    "Patient": _PATIENT_PARAMS,
    "Practitioner": (),
    "Encounter": _CLINICAL_PARAMS,
    "Observation": _CLINICAL_PARAMS,
    "Condition": _CLINICAL_PARAMS,
    "DocumentReference": _CLINICAL_PARAMS,
    "CareTeam": (_PATIENT_REF, _CATEGORY),
}
RESOURCE_TYPES = tuple(SEARCH_PARAMS)
PATIENT_CLINICAL = ("Encounter", "Observation", "Condition", "DocumentReference", "CareTeam")
