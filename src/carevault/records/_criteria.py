"""Search criteria on a patient's resources, checked after decryption: the date and the
category of each patient-scoped type.

Which element of each type is its "date" and its "category" (the first date present counts;
any category listed matches):

    type               date                                 category
    Encounter          period.start                         class.code
    Observation        effectiveDateTime, else issued       category[].coding[].code
    Condition          recordedDate, else onsetDateTime     category[].coding[].code
    DocumentReference  date                                 category[].coding[].code,
                                                            type.coding[].code
    CareTeam           period.start                         category[].coding[].code

Dates: the day as written (a time and its zone are ignored); a partial date stands for every
day it names ("2024-05": May 2024). A resource matches ``date_from``..``date_to``, both
inclusive, when one of its days lies in that range; one without a date matches no range.
Categories are FHIR tokens: ``code``, ``system|code``, ``|code`` (no system) or ``system|``.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Any

from carevault.errors import InputError
from carevault.records._fhir import PATIENT_SCOPED, Resource

Path = tuple[str, ...]  # element names; lists on the way are searched item by item

_DATES: dict[str, tuple[Path, ...]] = {
    "Encounter": (("period", "start"),),
    "Observation": (("effectiveDateTime",), ("issued",)),
    "Condition": (("recordedDate",), ("onsetDateTime",)),
    "DocumentReference": (("date",),),
    "CareTeam": (("period", "start"),),
}
_CATEGORY_CODINGS: dict[str, tuple[Path, ...]] = {
    "Encounter": (("class",),),
    "Observation": (("category", "coding"),),
    "Condition": (("category", "coding"),),
    "DocumentReference": (("category", "coding"), ("type", "coding")),
    "CareTeam": (("category", "coding"),),
}


@dataclass(frozen=True)
class Criteria:
    """What a search of one type of a patient's resources keeps; valid by construction."""

    resource_type: str
    date_from: date | None = None
    date_to: date | None = None
    category: str | None = None

    def __post_init__(self) -> None:
        if self.resource_type not in PATIENT_SCOPED:
            raise InputError(f"a patient's resources are one of {', '.join(PATIENT_SCOPED)}")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InputError("date_from must not be after date_to")
        if self.category is not None and not self.category.strip():
            raise InputError("category must not be empty")

    @property
    def filters(self) -> bool:
        return bool(self.date_from or self.date_to or self.category)

    def matches(self, resource: Resource) -> bool:
        return self._date_matches(resource) and self._category_matches(resource)

    def _date_matches(self, resource: Resource) -> bool:
        if not (self.date_from or self.date_to):
            return True
        span = resource_date(self.resource_type, resource)
        if span is None:
            return False
        first, last = span
        return (self.date_from is None or last >= self.date_from) and (
            self.date_to is None or first <= self.date_to
        )

    def _category_matches(self, resource: Resource) -> bool:
        if self.category is None:
            return True
        codings = [
            coding
            for path in _CATEGORY_CODINGS[self.resource_type]
            for coding in _at(resource, path)
        ]
        return any(_token_matches(self.category, coding) for coding in codings)


def resource_date(resource_type: str, resource: Resource) -> tuple[date, date] | None:
    """The first and last day of a resource's date (see the table above), or None."""
    for path in _DATES[resource_type]:
        for value in _at(resource, path):
            span = date_span(value)
            if span is not None:
                return span
    return None


def date_span(value: object) -> tuple[date, date] | None:
    """'2024' -> Jan 1..Dec 31; '2024-05' -> May 1..31; '2024-05-07[T...]' -> that day."""
    if not isinstance(value, str):
        return None
    try:
        if len(value) == 4:
            year = int(value)
            return date(year, 1, 1), date(year, 12, 31)
        if len(value) == 7 and value[4] == "-":
            year, month = int(value[:4]), int(value[5:])
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return day, day


def _at(value: Any, path: Path) -> list[Any]:
    """Every value at ``path``, lists flattened on the way."""
    found = value if isinstance(value, list) else [value]
    for name in path:
        step = [item.get(name) for item in found if isinstance(item, dict)]
        found = [leaf for item in step for leaf in (item if isinstance(item, list) else [item])]
    return [item for item in found if item is not None]


def _token_matches(token: str, coding: Any) -> bool:
    if not isinstance(coding, dict):
        return False
    if "|" not in token:
        return bool(coding.get("code") == token)
    system, code = token.split("|", 1)
    return (coding.get("system") or "") == system and (not code or coding.get("code") == code)
