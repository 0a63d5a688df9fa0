"""Patients: which parts of a FHIR Patient are sealed separately, what is blind-indexed, and
how a decrypted candidate is confirmed against search criteria."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from carevault.crypto import normalize_name, normalize_nir, normalize_phone
from carevault.errors import FHIRFormatError, InputError
from carevault.identifiers import NIR_SYSTEMS
from carevault.identifiers import normalize_nir as validate_nir
from carevault.records._fhir import Resource

# Each is sealed on its own, so a later reader can be given identity without contact, etc.
SEALED_FIELDS = ("name", "birth_date", "gender", "identifier", "telecom", "address")
STORED_FIELDS = (*SEALED_FIELDS, "extra")  # "extra": the rest of the resource, sealed too
_SOURCE_KEYS = {
    "name": "name",
    "birth_date": "birthDate",
    "gender": "gender",
    "identifier": "identifier",
    "telecom": "telecom",
    "address": "address",
}
_NOT_STORED = {"resourceType", "id", "meta"}
GENDERS = frozenset({"male", "female", "other", "unknown"})  # FHIR AdministrativeGender
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def split(resource: Resource) -> dict[str, Any]:
    """Field name -> JSON-ready value, plus 'extra' for everything else in the resource."""
    parts = {field: resource.get(source) for field, source in _SOURCE_KEYS.items()}
    used = set(_SOURCE_KEYS.values()) | _NOT_STORED
    parts["extra"] = {key: value for key, value in resource.items() if key not in used}
    return parts


def merge(parts: dict[str, Any]) -> Resource:
    resource: Resource = {"resourceType": "Patient"}
    resource.update(parts.get("extra") or {})
    for field, source in _SOURCE_KEYS.items():
        if parts.get(field) is not None:
            resource[source] = parts[field]
    return resource


def check_identifiers(resource: Resource, *, where: str) -> Resource:
    """Validate (and canonicalize) NIR/INS identifiers; the rest of FHIR is checked elsewhere."""
    identifiers = resource.get("identifier") or []
    fixed = []
    for position, identifier in enumerate(identifiers):
        if identifier.get("system") not in NIR_SYSTEMS:
            fixed.append(identifier)
            continue
        try:
            canonical = validate_nir(str(identifier.get("value", "")))
        except InputError as exc:
            raise type(exc)(f"{where}: identifier[{position}]: {exc}") from None
        fixed.append({**identifier, "value": canonical})
    if identifiers:
        resource = {**resource, "identifier": fixed}
    if resource.get("gender", "unknown") not in GENDERS:
        raise FHIRFormatError(f"{where}: gender must be one of {', '.join(sorted(GENDERS))}")
    birth = resource.get("birthDate")
    if birth is not None and not (isinstance(birth, str) and _DATE.match(birth)):
        raise FHIRFormatError(f"{where}: birthDate must be a full date YYYY-MM-DD")
    return resource


@dataclass(frozen=True)
class PatientQuery:
    """Search criteria; every given value must match (AND). ``name`` (FHIR's Patient
    ``name``) matches a family or a given name; like the others, the whole folded word."""

    family: str | None = None
    given: str | None = None
    birthdate: str | None = None
    identifier: str | None = None
    phone: str | None = None
    name: str | None = None

    def __post_init__(self) -> None:
        criteria = (self.family, self.given, self.name, self.birthdate, self.identifier, self.phone)
        if not any(criteria):
            raise InputError(
                "search needs at least one of family, given, name, birthdate, identifier, phone"
            )
        if self.birthdate is not None:
            try:
                date.fromisoformat(self.birthdate)
            except ValueError:
                raise InputError("birthdate must be a date YYYY-MM-DD") from None
            if not _DATE.match(self.birthdate):
                raise InputError("birthdate must be a date YYYY-MM-DD")


def fields_for(query: PatientQuery) -> tuple[str, ...]:
    """The sealed fields :func:`matches` reads for this query."""
    fields = []
    if query.family or query.given or query.name:
        fields.append("name")
    if query.birthdate:
        fields.append("birth_date")
    if query.identifier:
        fields.append("identifier")
    if query.phone:
        fields.append("telecom")
    return tuple(fields)


def index_terms(resource: Resource) -> list[tuple[str, str]]:
    """(index name, normalized value) pairs for one patient; duplicates removed."""
    terms: set[tuple[str, str]] = set()
    families, givens = _names(resource)
    birth = resource.get("birthDate")
    for family in families:
        terms.add(("family", family))
        if birth:
            terms.add(("family_birthdate", f"{family}|{birth}"))
        for given in givens[:1]:
            terms.add(("family_given", f"{family}|{given}"))
    for given in givens:
        terms.add(("given", given))
    if birth:
        terms.add(("birthdate", birth))
    for identifier in resource.get("identifier") or []:
        value = identifier.get("value")
        if value:
            terms.add(("identifier", _identifier_value(identifier.get("system"), value)))
    for telecom in resource.get("telecom") or []:
        if telecom.get("system") == "phone" and telecom.get("value"):
            terms.add(("phone", normalize_phone(telecom["value"])))
    return sorted(terms)


@dataclass(frozen=True)
class Lookups:
    """Blind-index (name, value) pairs a search reads: a patient is a candidate if under
    every pair of ``all_of``, or, when that is empty, under any pair of ``any_of``."""

    all_of: tuple[tuple[str, int], ...] = ()
    any_of: tuple[tuple[str, int], ...] = ()


def name_terms(query: PatientQuery) -> list[tuple[str, str]]:
    """The lookups of ``name``, any of which may hold a patient: its family, its given."""
    if not query.name:
        return []
    name = normalize_name(query.name)
    return [("family", name), ("given", name)]


def query_terms(query: PatientQuery) -> list[tuple[str, str]]:
    """Index lookups for a query, most selective first, all of which hold a match (``name``
    has none here: see :func:`name_terms`; with other criteria it is confirmed only)."""
    terms: list[tuple[str, str]] = []
    family = normalize_name(query.family) if query.family else None
    given = normalize_name(query.given) if query.given else None
    if query.identifier:
        terms.append(("identifier", _identifier_value(None, query.identifier)))
    if query.phone:
        terms.append(("phone", normalize_phone(query.phone)))
    if family and query.birthdate:
        terms.append(("family_birthdate", f"{family}|{query.birthdate}"))
    if family and given:
        terms.append(("family_given", f"{family}|{given}"))
    if family and not (query.birthdate or given):
        terms.append(("family", family))
    if query.birthdate and not family:
        terms.append(("birthdate", query.birthdate))
    if given and not family:
        terms.append(("given", given))
    return terms


def matches(resource: Resource, query: PatientQuery) -> bool:
    """Confirm a decrypted candidate: blind indexes only say 'maybe'."""
    families, givens = _names(resource)
    if query.family and normalize_name(query.family) not in families:
        return False
    if query.given and normalize_name(query.given) not in givens:
        return False
    if query.name and normalize_name(query.name) not in (*families, *givens):
        return False
    if query.birthdate and resource.get("birthDate") != query.birthdate:
        return False
    if query.identifier:
        wanted = _identifier_value(None, query.identifier)
        values = {
            _identifier_value(i.get("system"), i.get("value", ""))
            for i in resource.get("identifier") or []
        }
        if wanted not in values:
            return False
    if query.phone:
        phones = {
            normalize_phone(t.get("value", ""))
            for t in resource.get("telecom") or []
            if t.get("system") == "phone"
        }
        if normalize_phone(query.phone) not in phones:
            return False
    return True


def _names(resource: Resource) -> tuple[list[str], list[str]]:
    families: list[str] = []
    givens: list[str] = []
    for name in resource.get("name") or []:
        family = normalize_name(name.get("family") or "")
        if family and family not in families:
            families.append(family)
        for given in name.get("given") or []:
            folded = normalize_name(given)
            if folded and folded not in givens:
                givens.append(folded)
    return families, givens


def _identifier_value(system: str | None, value: str) -> str:
    """NIRs normalized on their own (so a search needs no system); others by raw value."""
    nir = normalize_nir(value)
    if system in NIR_SYSTEMS or (system is None and len(nir) == 15):
        return nir
    return value.strip()
