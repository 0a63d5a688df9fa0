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

import re
from collections.abc import Iterator
from typing import Any

import orjson

from carevault.classify import (
    MAX_TEXT_CHARS,
    Classification,
    PersonalData,
    classify,
    security_labels,
)
from carevault.errors import InputError, SensitiveContentError
from carevault.extensions import (
    ADMINISTRATIVE_COMMENT,
    ADMINISTRATIVE_EXTENSIONS,
    ADMINISTRATIVE_VIEW,
    APPOINTMENT_REASON,
    IDENTITY_FIELDS,
)

_FREE_TEXT_KEYS = frozenset({"text", "valueString", "comment", "description"})
_FIELD_NAMES = {
    ADMINISTRATIVE_COMMENT: "the patient's administrative comment",
    APPOINTMENT_REASON: "the appointment's reason",
}


def administrative_texts(resource: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(the field's name in words, its text) of each administrative field, or InputError for
    an administrative extension written other than as ``{url, valueString}`` at the top of
    its own resource type (anything else could carry text past the check)."""
    if not _names_any(resource, _ADMINISTRATIVE_JSON):
        return
    kind = str(resource.get("resourceType"))
    urls = ADMINISTRATIVE_EXTENSIONS.get(kind, frozenset())
    for key, value in resource.items():
        if key != "extension" and _holds_administrative(value):
            raise InputError(
                f"{key}: an administrative extension stands only at the top of the resource"
            )
    for index, extension in enumerate(resource.get("extension") or ()):
        if not isinstance(extension, dict) or extension.get("url") not in _ALL_ADMINISTRATIVE:
            continue
        if extension["url"] not in urls or set(extension) != {"url", "valueString"}:
            raise InputError(
                f"extension[{index}]: {_FIELD_NAMES[extension['url']]} is a valueString on "
                f"a {' or '.join(sorted(_KIND_OF[extension['url']]))}, nothing else"
            )
        value = extension["valueString"]
        if isinstance(value, str) and value.strip():
            yield _FIELD_NAMES[extension["url"]], value


def check_administrative(resource: dict[str, Any], *, where: str) -> None:
    """SensitiveContentError if what the practice's staff read of a resource holds sensitive
    content, negated or not ("sérologie VIH négative" in a booking still tells a secretary of
    an HIV test): the administrative fields, and the free text of the other fields of the
    administrative view (a contact's relationship, a participant's type), identity left out."""
    try:
        fields = [*administrative_texts(resource), *_shown_to_staff(resource)]
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    for field, text in fields:
        found = sorted({finding.category for finding in _classified_text(field, text).findings})
        if found:
            raise SensitiveContentError(
                f"{where}: {field} holds sensitive content ({', '.join(found)}); an "
                "administrative field is read by the practice's staff: write it in a "
                "clinical note (a DocumentReference), where it is sealed and labelled"
            )


def _shown_to_staff(resource: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """The free text of the administrative view's fields: the other fields whole, and of
    identity fields (read for nothing else) the extensions a writer may have hung there."""
    shown = ADMINISTRATIVE_VIEW.get(str(resource.get("resourceType")), frozenset())
    keys = sorted(shown - {"extension", "meta"})
    fields = {key: resource[key] for key in keys if key in resource}
    if not _names_any(fields, _SHOWN_JSON):
        return
    for key, value in fields.items():
        if key in IDENTITY_FIELDS:
            yield from _extension_texts(value, f"{key}.")
        else:
            yield from clinical_texts(value, f"{key}.")


def _extension_texts(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("extension", "modifierExtension"):
                yield from clinical_texts(item, f"{path}{key}.")
            elif isinstance(item, (dict, list)):
                yield from _extension_texts(item, f"{path}{key}.")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, (dict, list)):
                yield from _extension_texts(item, f"{path[:-1]}[{index}].")


def _holds_administrative(value: Any) -> bool:
    if isinstance(value, dict):
        return _is_administrative(value) or any(map(_holds_administrative, value.values()))
    if isinstance(value, list):
        return any(map(_holds_administrative, value))
    return False


def free_texts(body: Any) -> list[tuple[str, str]]:
    """:func:`clinical_texts` of a resource body, at once [] for a body that names no
    free-text field."""
    return list(clinical_texts(body)) if _names_any(body, _TEXT_KEYS_JSON) else []


def clinical_texts(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(field path, text) of each free-text field of a resource body, its identity fields
    and its top-level administrative extensions left out (those are checked apart)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in IDENTITY_FIELDS:  # a patient's, a contact's: names and addresses
                continue
            if key in _FREE_TEXT_KEYS and isinstance(item, str):
                yield f"{path}{key}", item
            elif not path and key == "extension" and isinstance(item, list):
                for index, extension in enumerate(item):
                    if not _is_administrative(extension):
                        yield from clinical_texts(extension, f"extension[{index}].")
            elif isinstance(item, (dict, list)):  # a number, a code, a date holds no text
                yield from clinical_texts(item, f"{path}{key}.")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, (dict, list)):
                yield from clinical_texts(item, f"{path[:-1]}[{index}].")


def _is_administrative(extension: Any) -> bool:
    return isinstance(extension, dict) and extension.get("url") in _ALL_ADMINISTRATIVE


_ALL_ADMINISTRATIVE = frozenset().union(*ADMINISTRATIVE_EXTENSIONS.values())
# A key or a URL written in a tree appears verbatim in its JSON: a quick no before a walk.
_TEXT_KEYS_JSON = tuple(f'"{key}"'.encode() for key in sorted(_FREE_TEXT_KEYS))
_EXTENSION_KEYS_JSON = (b'"extension"', b'"modifierExtension"')
_ADMINISTRATIVE_JSON = tuple(url.encode() for url in sorted(_ALL_ADMINISTRATIVE))
_SHOWN_JSON = _TEXT_KEYS_JSON + _EXTENSION_KEYS_JSON  # what _shown_to_staff looks for


def _names_any(value: Any, needles: tuple[bytes, ...]) -> bool:
    """Whether ``value``, as JSON, holds any of ``needles``. Serializing a tree costs a tenth
    of walking it in Python, and most resources hold no administrative extension, and many
    parts of them no free text."""
    try:
        raw = orjson.dumps(value)
    except TypeError:  # not JSON (orjson.JSONEncodeError is a TypeError): walk it
        return True
    return any(needle in raw for needle in needles)


_KIND_OF = {
    url: {kind for kind, urls in ADMINISTRATIVE_EXTENSIONS.items() if url in urls}
    for url in _ALL_ADMINISTRATIVE
}


def _classified_text(field: str, text: str) -> Classification:
    """A stored text's classification. The classifier refuses what is not a note (binary,
    too long); storage does not: control characters are read as spaces (the offsets stay),
    and only the first MAX_TEXT_CHARS characters of a longer text are read."""
    readable = _CONTROL.sub(" ", text[:MAX_TEXT_CHARS])
    if not readable.strip():
        return Classification((), (), PersonalData())
    try:
        return classify(readable)
    except InputError as exc:  # pragma: no cover - the text was made readable above
        raise InputError(f"{field}: {exc}") from None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffd]")


def classified(texts: list[tuple[str, str]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The findings of these texts (each with its field) and the security labels they give."""
    results = [(field, _classified_text(field, text)) for field, text in texts if text.strip()]
    findings = [
        {"field": field, **finding.as_json()}
        for field, result in results
        for finding in result.findings
    ]
    return findings, security_labels(result for _, result in results)
