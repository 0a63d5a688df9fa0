"""FHIR R4 resources: validation with fhir.resources, and the shapes carevault stores.

fhir.resources ships R4B models, which are R4 for every resource carevault keeps.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

import orjson
from pydantic import ValidationError

from carevault.errors import FHIRFormatError
from carevault.records import _fast_fhir

PATIENT_SCOPED = ("Encounter", "Observation", "Condition", "DocumentReference", "CareTeam")
SUPPORTED = ("Patient", "Practitioner", *PATIENT_SCOPED)
_ID = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")
_REFERENCE = re.compile(r"^(?P<type>[A-Z][A-Za-z]+)/(?P<id>[A-Za-z0-9\-.]{1,64})$")
# A reference in raw JSON. Inside a JSON string, quotes are escaped, so this cannot match there.
_RAW_REFERENCE = re.compile(rb'"reference"\s*:\s*"([A-Z][A-Za-z]+)/([A-Za-z0-9\-.]{1,64})"')
MAX_NESTING = 32
_TYPE_NAME = re.compile(r"^[A-Z][A-Za-z]{1,63}$")

Resource = dict[str, Any]


def _model(resource_type: str) -> Any:
    from fhir.resources.R4B import get_fhir_model_class  # noqa: PLC0415 - import is slow

    return get_fhir_model_class(resource_type)


_MODELS: dict[str, Any] = {}


def parse_json(raw: str | bytes, *, where: str) -> Resource:
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise FHIRFormatError(f"{where}: malformed JSON ({exc.args[0].split(':')[0]})") from None
    if not isinstance(value, dict):
        raise FHIRFormatError(f"{where}: expected a JSON object, got {type(value).__name__}")
    return value


def validate(resource: Resource, *, where: str, raw: bytes | None = None) -> Resource:
    """Check the resource against the FHIR R4 model; returns it unchanged if valid.

    Given the raw JSON, the common shapes are checked by the compiled validator of
    :mod:`carevault.records._fast_fhir` first; anything else goes to fhir.resources."""
    resource_type = resource.get("resourceType")
    if resource_type not in SUPPORTED:
        raise FHIRFormatError(
            f"{where}: {_describe_type(resource_type)} (expected one of {', '.join(SUPPORTED)})"
        )
    if raw is not None and _fast_fhir.accepts(resource, raw):
        return resource  # the modeled shapes are shallow: no depth check needed
    _check_depth(resource, where)
    if "id" in resource and not (isinstance(resource["id"], str) and _ID.match(resource["id"])):
        raise FHIRFormatError(f"{where}: id must be 1-64 letters, digits, '-' or '.'")
    model = _MODELS.get(resource_type) or _MODELS.setdefault(resource_type, _model(resource_type))
    try:
        model.model_validate(resource)
    except ValidationError as exc:
        raise FHIRFormatError(f"{where}: invalid {resource_type}: {_summarize(exc)}") from None
    except Exception as exc:  # fhir.resources raises KeyError & co. on odd input
        # Only the type: messages of foreign validators may quote the input.
        raise FHIRFormatError(f"{where}: invalid {resource_type} ({type(exc).__name__})") from None
    return resource


def _describe_type(resource_type: object) -> str:
    """Name the refused type only if it is a FHIR resource type (input is never echoed)."""
    if isinstance(resource_type, str) and _TYPE_NAME.match(resource_type):
        try:
            _model(resource_type)
        except Exception:  # unknown to fhir.resources: not a FHIR type
            return "unknown resourceType"
        return f"unsupported resourceType {resource_type!r}"
    return "missing or unknown resourceType"


def _check_depth(value: Any, where: str, depth: int = 0) -> None:
    if depth > MAX_NESTING:
        raise FHIRFormatError(f"{where}: nested more than {MAX_NESTING} levels deep")
    if isinstance(value, dict):
        for item in value.values():
            if isinstance(item, dict | list):
                _check_depth(item, where, depth + 1)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict | list):
                _check_depth(item, where, depth + 1)


def _summarize(exc: ValidationError) -> str:
    """Locations and messages from the schema, never from the input: an unknown element's
    name is input (it could be anything a user typed), so it is left out."""
    parts = []
    for error in exc.errors(include_input=False, include_url=False, include_context=False)[:3]:
        location = list(error["loc"])
        if error["type"] == "extra_forbidden" and location:
            location = location[:-1]
            message = "unknown element"
        else:
            message = error["msg"]
        parts.append(f"{'.'.join(str(part) for part in location) or '(resource)'}: {message}")
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def parse_reference(
    reference: object, *, where: str, expected: str | None = None
) -> tuple[str, str]:
    """'Patient/123' -> ('Patient', '123'); only relative references to resources we keep."""
    if not isinstance(reference, str):
        raise FHIRFormatError(f"{where}: reference must be a string like 'Patient/123'")
    match = _REFERENCE.match(reference)
    if match is None or match["type"] not in SUPPORTED:
        raise FHIRFormatError(
            f"{where}: reference must point to a resource in this store, like 'Patient/123'"
        )
    if expected is not None and match["type"] != expected:
        raise FHIRFormatError(f"{where}: reference must point to a {expected}")
    return match["type"], match["id"]


def subject_reference(resource: Resource, *, where: str) -> str:
    """The source id of the Patient a patient-scoped resource belongs to."""
    subject = resource.get("subject")
    if not isinstance(subject, dict) or "reference" not in subject:
        raise FHIRFormatError(
            f"{where}: {resource.get('resourceType')} needs subject.reference to a Patient"
        )
    return parse_reference(subject["reference"], where=f"{where}: subject", expected="Patient")[1]


def raw_references(raw: bytes) -> list[tuple[str, str]]:
    """The 'Type/id' references to resources we keep, read straight from raw JSON."""
    return [
        (kind.decode(), ident.decode())
        for kind, ident in _RAW_REFERENCE.findall(raw)
        if kind.decode() in SUPPORTED
    ]


def rewrite_raw_references(raw: bytes, mapping: dict[tuple[str, str], str]) -> bytes:
    """Raw JSON with every mapped reference replaced by its new id."""

    def replace(match: re.Match[bytes]) -> bytes:
        key = (match[1].decode(), match[2].decode())
        new_id = mapping.get(key)
        if new_id is None:
            return match[0]
        return b'"reference":"' + match[1] + b"/" + new_id.encode() + b'"'

    return _RAW_REFERENCE.sub(replace, raw)


def local_id(reference: Any, resource_type: str) -> str | None:
    """The id of ``{"reference": "<resource_type>/<id>"}``, else None (a fast path for the
    references whose place is known; :func:`references_in` finds them anywhere)."""
    if not isinstance(reference, dict):
        return None
    match = _REFERENCE.match(reference.get("reference") or "")
    return match["id"] if match and match["type"] == resource_type else None


def references_in(value: Any) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if isinstance(value, dict):
        reference = value.get("reference")
        if isinstance(reference, str):
            match = _REFERENCE.match(reference)
            if match and match["type"] in SUPPORTED:
                found.append((match["type"], match["id"]))
        for item in value.values():
            if isinstance(item, dict | list):
                found.extend(references_in(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(references_in(item))
    return found


NoteTexts = list[tuple[int, str]]  # (position in content, text) of every inline attachment


def note_texts(document: Resource, *, where: str) -> NoteTexts:
    """The plain text of every attachment a DocumentReference carries inline, by position."""
    texts: NoteTexts = []
    for position, content in enumerate(document.get("content") or []):
        attachment = content.get("attachment") or {}
        data = attachment.get("data")
        if data is None:
            continue
        content_type = str(attachment.get("contentType", "text/plain"))
        if not content_type.startswith("text/"):
            raise FHIRFormatError(f"{where}: a note attachment must be text/* (contentType)")
        try:
            texts.append((position, base64.b64decode(data, validate=True).decode("utf-8")))
        except (binascii.Error, UnicodeDecodeError):
            raise FHIRFormatError(f"{where}: note attachment is not base64 UTF-8 text") from None
    if not texts:
        raise FHIRFormatError(
            f"{where}: DocumentReference carries no note text (content.attachment.data)"
        )
    return texts


def without_note_data(document: Resource) -> Resource:
    out = dict(document)
    contents = []
    for content in document.get("content") or []:
        attachment = {k: v for k, v in (content.get("attachment") or {}).items() if k != "data"}
        contents.append({**content, "attachment": attachment})
    out["content"] = contents
    return out


def with_note_data(document: Resource, texts: NoteTexts) -> Resource:
    """Put each text back into the attachment it came from."""
    out = dict(document)
    contents = [dict(content) for content in document.get("content") or [{"attachment": {}}]]
    for position, text in texts:
        attachment = dict(contents[position].get("attachment") or {})
        attachment.setdefault("contentType", "text/plain; charset=utf-8")
        attachment["data"] = base64.b64encode(text.encode("utf-8")).decode("ascii")
        contents[position] = {**contents[position], "attachment": attachment}
    out["content"] = contents
    return out


def note_document(*, patient_id: str, text: str, date: str, author_id: str | None) -> Resource:
    """A DocumentReference for a free-text progress note."""
    document: Resource = {
        "resourceType": "DocumentReference",
        "status": "current",
        "type": {
            "coding": [
                {"system": "http://loinc.org", "code": "11506-3", "display": "Progress note"}
            ]
        },
        "subject": {"reference": f"Patient/{patient_id}"},
        "date": date,
        "content": [{"attachment": {"contentType": "text/plain; charset=utf-8"}}],
    }
    if author_id:
        document["author"] = [{"reference": f"Practitioner/{author_id}"}]
    return with_note_data(document, [(0, text)])
