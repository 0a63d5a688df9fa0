"""Free text in a resource, classified on every write.

Two kinds of free text:
- administrative fields (a patient's administrative comment, an appointment's reason):
  a secretary writes and reads them, so a sensitive category there is refused, with an
  error that names what was found and sends it to a clinical note;
- clinical free text (a note, an annotation, a reason, a result typed as text): kept, its
  findings sealed with the resource, its affirmed categories put in ``meta.security``.

The free-text fields of FHIR R4 that practice software fills: ``text`` of a CodeableConcept
or an Annotation, ``valueString``, ``comment`` and ``description``; the narrative (``text.div``)
is not kept by carevault. A note's text is classified by the caller (it is sealed apart).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from carevault.classify import Classification, classify, security_labels
from carevault.errors import InputError, SensitiveContentError
from carevault.extensions import (
    ADMINISTRATIVE_COMMENT,
    ADMINISTRATIVE_EXTENSIONS,
    APPOINTMENT_REASON,
)

_FREE_TEXT_KEYS = frozenset({"text", "valueString", "comment", "description"})
_FIELD_NAMES = {
    ADMINISTRATIVE_COMMENT: "the patient's administrative comment",
    APPOINTMENT_REASON: "the appointment's reason",
}


def administrative_texts(resource: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(the field's name in words, its text) of each administrative field."""
    urls = ADMINISTRATIVE_EXTENSIONS.get(str(resource.get("resourceType")), frozenset())
    for extension in resource.get("extension") or ():
        if isinstance(extension, dict) and extension.get("url") in urls:
            value = extension.get("valueString")
            if isinstance(value, str) and value.strip():
                yield _FIELD_NAMES[extension["url"]], value


def check_administrative(resource: dict[str, Any], *, where: str) -> None:
    """SensitiveContentError if an administrative field holds sensitive content, negated or
    not: "sérologie VIH négative" in a booking still tells a secretary of an HIV test."""
    for field, text in administrative_texts(resource):
        found = sorted({finding.category for finding in classify(text).findings})
        if found:
            raise SensitiveContentError(
                f"{where}: {field} holds sensitive content ({', '.join(found)}); an "
                "administrative field is read by the practice's staff: write it in a "
                "clinical note (a DocumentReference), where it is sealed and labelled"
            )


def clinical_texts(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(field path, text) of each clinical free-text field, administrative ones left out."""
    if isinstance(value, dict):
        if value.get("url") in _ALL_ADMINISTRATIVE:
            return
        for key, item in value.items():
            if key in _FREE_TEXT_KEYS and isinstance(item, str):
                yield f"{path}{key}", item
            else:
                yield from clinical_texts(item, f"{path}{key}.")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from clinical_texts(item, f"{path[:-1]}[{index}].")


_ALL_ADMINISTRATIVE = frozenset().union(*ADMINISTRATIVE_EXTENSIONS.values())


def classified(texts: list[tuple[str, str]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The findings of these texts (each with its field) and the security labels they give."""
    results: list[tuple[str, Classification]] = []
    for field, text in texts:
        if text.strip():
            try:
                results.append((field, classify(text)))
            except InputError as exc:
                raise InputError(f"{field}: {exc}") from None
    findings = [
        {"field": field, **finding.as_json()}
        for field, result in results
        for finding in result.findings
    ]
    return findings, security_labels(result for _, result in results)
