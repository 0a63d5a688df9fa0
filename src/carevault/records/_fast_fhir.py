"""A fast, strict validator for the common shapes of the resources carevault keeps.

fhir.resources validates a resource in 100-300 µs, too slow to import a practice at thousands
of patients per second. This module describes, with pydantic-core compiled TypedDicts, the
FHIR R4 elements practice software commonly exports, strictly: unknown elements, empty
objects or arrays, nulls, wrong types, bad codes and malformed dates are all refused. It is
never more permissive than FHIR R4: anything it does not accept is passed to the full
fhir.resources validator, which then accepts it (a shape we did not model) or names the
problem. Patterns are those of the FHIR R4 specification's primitive types.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal, NotRequired, TypeVar

from annotated_types import Ge, Le, Len
from pydantic import ConfigDict, StringConstraints, TypeAdapter, ValidationError, with_config
from typing_extensions import TypedDict

_STRICT = ConfigDict(extra="forbid", strict=True)

String = Annotated[str, StringConstraints(pattern=r"^[\r\n\t\S ]*\S[\r\n\t\S ]*$")]
Code = Annotated[str, StringConstraints(pattern=r"^[^\s]+( [^\s]+)*$")]
Uri = Annotated[str, StringConstraints(pattern=r"^\S+$")]
Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9\-.]{1,64}$")]
_YEAR = r"([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)"
_TIME = r"([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?"
_ZONE = r"(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))"
_MONTH_DAY = r"-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])"
Date = Annotated[str, StringConstraints(pattern=rf"^{_YEAR}({_MONTH_DAY})?)?$")]
DateTime = Annotated[
    str, StringConstraints(pattern=rf"^{_YEAR}({_MONTH_DAY}(T{_TIME}{_ZONE})?)?)?$")
]
Instant = Annotated[
    str,
    StringConstraints(
        pattern=rf"^{_YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T{_TIME}{_ZONE}$"
    ),
]
Base64 = Annotated[str, StringConstraints(pattern=r"^(\s*([0-9a-zA-Z+/=]){4}\s*)+$")]
Decimal = int | float
_INT32_MAX = 2**31 - 1
# Every yyyy-mm-dd in the raw JSON: patterns cannot tell that 1980-02-31 does not exist.
_FULL_DATE = re.compile(rb'"(\d{4})-(\d{2})-(\d{2})(?=["T])')


T = TypeVar("T")
NonEmpty = Annotated[list[T], Len(min_length=1)]  # FHIR forbids empty arrays


@with_config(_STRICT)
class Coding(TypedDict):
    system: NotRequired[Uri]
    version: NotRequired[String]
    code: NotRequired[Code]
    display: NotRequired[String]
    userSelected: NotRequired[bool]


@with_config(_STRICT)
class CodeableConcept(TypedDict):
    coding: NotRequired[NonEmpty[Coding]]
    text: NotRequired[String]


@with_config(_STRICT)
class Period(TypedDict):
    start: NotRequired[DateTime]
    end: NotRequired[DateTime]


@with_config(_STRICT)
class Reference(TypedDict):
    reference: NotRequired[String]
    type: NotRequired[Uri]
    display: NotRequired[String]


@with_config(_STRICT)
class Identifier(TypedDict):
    use: NotRequired[Literal["usual", "official", "temp", "secondary", "old"]]
    type: NotRequired[CodeableConcept]
    system: NotRequired[Uri]
    value: NotRequired[String]
    period: NotRequired[Period]


@with_config(_STRICT)
class HumanName(TypedDict):
    use: NotRequired[Literal["usual", "official", "temp", "nickname", "anonymous", "old", "maiden"]]
    text: NotRequired[String]
    family: NotRequired[String]
    given: NotRequired[NonEmpty[String]]
    prefix: NotRequired[NonEmpty[String]]
    suffix: NotRequired[NonEmpty[String]]
    period: NotRequired[Period]


@with_config(_STRICT)
class ContactPoint(TypedDict):
    system: NotRequired[Literal["phone", "fax", "email", "pager", "url", "sms", "other"]]
    value: NotRequired[String]
    use: NotRequired[Literal["home", "work", "temp", "old", "mobile"]]
    rank: NotRequired[Annotated[int, Ge(1), Le(_INT32_MAX)]]
    period: NotRequired[Period]


@with_config(_STRICT)
class Address(TypedDict):
    use: NotRequired[Literal["home", "work", "temp", "old", "billing"]]
    type: NotRequired[Literal["postal", "physical", "both"]]
    text: NotRequired[String]
    line: NotRequired[NonEmpty[String]]
    city: NotRequired[String]
    district: NotRequired[String]
    state: NotRequired[String]
    postalCode: NotRequired[String]
    country: NotRequired[String]
    period: NotRequired[Period]


@with_config(_STRICT)
class Quantity(TypedDict):
    value: NotRequired[Decimal]
    comparator: NotRequired[Literal["<", "<=", ">=", ">"]]
    unit: NotRequired[String]
    system: NotRequired[Uri]
    code: NotRequired[Code]


@with_config(_STRICT)
class Attachment(TypedDict):
    contentType: NotRequired[Code]
    language: NotRequired[Code]
    data: NotRequired[Base64]
    title: NotRequired[String]
    creation: NotRequired[DateTime]


@with_config(_STRICT)
class Meta(TypedDict):
    versionId: NotRequired[Id]
    lastUpdated: NotRequired[Instant]
    source: NotRequired[Uri]
    profile: NotRequired[NonEmpty[Uri]]
    security: NotRequired[NonEmpty[Coding]]
    tag: NotRequired[NonEmpty[Coding]]


@with_config(_STRICT)
class _Base(TypedDict):
    id: NotRequired[Id]
    meta: NotRequired[Meta]
    identifier: NotRequired[NonEmpty[Identifier]]


@with_config(_STRICT)
class _Person(_Base):
    """What Patient and Practitioner share."""

    active: NotRequired[bool]
    name: NotRequired[NonEmpty[HumanName]]
    telecom: NotRequired[NonEmpty[ContactPoint]]
    address: NotRequired[NonEmpty[Address]]
    gender: NotRequired[Literal["male", "female", "other", "unknown"]]
    birthDate: NotRequired[Date]


@with_config(_STRICT)
class Patient(_Person):
    resourceType: Literal["Patient"]
    deceasedBoolean: NotRequired[bool]
    deceasedDateTime: NotRequired[DateTime]
    maritalStatus: NotRequired[CodeableConcept]
    generalPractitioner: NotRequired[NonEmpty[Reference]]


@with_config(_STRICT)
class Practitioner(_Person):
    resourceType: Literal["Practitioner"]


@with_config(_STRICT)
class EncounterParticipant(TypedDict):
    type: NotRequired[NonEmpty[CodeableConcept]]
    period: NotRequired[Period]
    individual: NotRequired[Reference]


_Encounter = TypedDict(  # "class" is a Python keyword
    "_Encounter",
    {
        "resourceType": Literal["Encounter"],
        "status": Literal[
            "planned",
            "arrived",
            "triaged",
            "in-progress",
            "onleave",
            "finished",
            "cancelled",
            "entered-in-error",
            "unknown",
        ],
        "class": Coding,
        "type": NotRequired[NonEmpty[CodeableConcept]],
        "serviceType": NotRequired[CodeableConcept],
        "priority": NotRequired[CodeableConcept],
        "subject": NotRequired[Reference],
        "participant": NotRequired[NonEmpty[EncounterParticipant]],
        "period": NotRequired[Period],
        "reasonCode": NotRequired[NonEmpty[CodeableConcept]],
        "reasonReference": NotRequired[NonEmpty[Reference]],
        "serviceProvider": NotRequired[Reference],
    },
)


@with_config(_STRICT)
class Encounter(_Base, _Encounter):
    pass


@with_config(_STRICT)
class Annotation(TypedDict):
    authorReference: NotRequired[Reference]
    authorString: NotRequired[String]
    time: NotRequired[DateTime]
    text: String


@with_config(_STRICT)
class Observation(_Base):
    resourceType: Literal["Observation"]
    status: Literal[
        "registered",
        "preliminary",
        "final",
        "amended",
        "corrected",
        "cancelled",
        "entered-in-error",
        "unknown",
    ]
    category: NotRequired[NonEmpty[CodeableConcept]]
    code: CodeableConcept
    subject: NotRequired[Reference]
    encounter: NotRequired[Reference]
    effectiveDateTime: NotRequired[DateTime]
    effectivePeriod: NotRequired[Period]
    issued: NotRequired[Instant]
    performer: NotRequired[NonEmpty[Reference]]
    valueQuantity: NotRequired[Quantity]
    valueCodeableConcept: NotRequired[CodeableConcept]
    valueString: NotRequired[String]
    valueBoolean: NotRequired[bool]
    valueInteger: NotRequired[Annotated[int, Ge(-_INT32_MAX - 1), Le(_INT32_MAX)]]
    interpretation: NotRequired[NonEmpty[CodeableConcept]]
    note: NotRequired[NonEmpty[Annotation]]


@with_config(_STRICT)
class Condition(_Base):
    resourceType: Literal["Condition"]
    clinicalStatus: NotRequired[CodeableConcept]
    verificationStatus: NotRequired[CodeableConcept]
    category: NotRequired[NonEmpty[CodeableConcept]]
    severity: NotRequired[CodeableConcept]
    code: NotRequired[CodeableConcept]
    subject: Reference
    encounter: NotRequired[Reference]
    onsetDateTime: NotRequired[DateTime]
    abatementDateTime: NotRequired[DateTime]
    recordedDate: NotRequired[DateTime]
    recorder: NotRequired[Reference]
    asserter: NotRequired[Reference]
    note: NotRequired[NonEmpty[Annotation]]


@with_config(_STRICT)
class DocumentContent(TypedDict):
    attachment: Attachment
    format: NotRequired[Coding]


@with_config(_STRICT)
class DocumentContext(TypedDict):
    encounter: NotRequired[NonEmpty[Reference]]
    period: NotRequired[Period]


@with_config(_STRICT)
class DocumentReference(_Base):
    resourceType: Literal["DocumentReference"]
    status: Literal["current", "superseded", "entered-in-error"]
    docStatus: NotRequired[Literal["preliminary", "final", "amended", "entered-in-error"]]
    type: NotRequired[CodeableConcept]
    category: NotRequired[NonEmpty[CodeableConcept]]
    subject: NotRequired[Reference]
    date: NotRequired[Instant]
    author: NotRequired[NonEmpty[Reference]]
    description: NotRequired[String]
    content: NonEmpty[DocumentContent]
    context: NotRequired[DocumentContext]


@with_config(_STRICT)
class CareTeamParticipant(TypedDict):
    role: NotRequired[NonEmpty[CodeableConcept]]
    member: NotRequired[Reference]
    period: NotRequired[Period]


@with_config(_STRICT)
class CareTeam(_Base):
    resourceType: Literal["CareTeam"]
    status: NotRequired[Literal["proposed", "active", "suspended", "inactive", "entered-in-error"]]
    category: NotRequired[NonEmpty[CodeableConcept]]
    name: NotRequired[String]
    subject: NotRequired[Reference]
    period: NotRequired[Period]
    participant: NotRequired[NonEmpty[CareTeamParticipant]]


_MODELS: dict[str, Any] = {
    model.__name__: model
    for model in (
        Patient,
        Practitioner,
        Encounter,
        Observation,
        Condition,
        DocumentReference,
        CareTeam,
    )
}
_ADAPTERS: dict[str, TypeAdapter[Any]] = {}  # compiled on first use: a few ms each


def compile_validators() -> None:
    """Compile every validator now (a few milliseconds each) rather than on first use."""
    for resource_type in _MODELS:
        _adapter(resource_type)


def _adapter(resource_type: str) -> TypeAdapter[Any] | None:
    adapter = _ADAPTERS.get(resource_type)
    if adapter is None and resource_type in _MODELS:
        adapter = _ADAPTERS[resource_type] = TypeAdapter(_MODELS[resource_type])
    return adapter


# JSON that FHIR forbids anywhere and TypedDicts cannot see: empty objects, arrays and strings.
_EMPTY = re.compile(rb'[\[{]\s*[\]}]|""|:\s*null\b')


def _has_empty(raw: bytes) -> bool:
    """Compact JSON is checked by substring (fast); spaced JSON by the regex."""
    if b"{}" in raw or b"[]" in raw or b'""' in raw or b"null" in raw:
        return True
    spaced = b"{ " in raw or b"[ " in raw or b": " in raw or b"\n" in raw.rstrip()
    return spaced and _EMPTY.search(raw) is not None


# FHIR choice types: at most one value[x] / effective[x] / deceased[x] / onset[x].
_CHOICES = ("value", "effective", "deceased", "onset")


def accepts(resource: dict[str, Any], raw: bytes) -> bool:
    """True if the resource is valid FHIR R4 in one of the modeled shapes. False means
    'not known here': the caller must run the full validator."""
    adapter = _adapter(str(resource.get("resourceType")))
    if adapter is None or _has_empty(raw):
        return False
    try:
        adapter.validate_python(resource)
    except ValidationError:
        return False
    for year, month, day in _FULL_DATE.findall(raw):
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            return False
    chosen = [key for key in resource if key.startswith(_CHOICES) and key not in _CHOICES]
    return len(chosen) < 2 or all(
        sum(1 for key in chosen if key.startswith(prefix)) < 2 for prefix in _CHOICES
    )
