"""Search requests: parameters checked against the table, paging by opaque cursor."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

import orjson
from starlette.datastructures import QueryParams
from starlette.requests import Request

from carevault.api._definitions import DEFAULT_COUNT, MAX_COUNT, PAGING, SEARCH_PARAMS
from carevault.errors import InputError
from carevault.records import record_id

_DATE_VALUE = re.compile(r"^(eq|ge|gt|le|lt)?(\d{4}-\d{2}-\d{2})$")
_MAX_VALUE = 200
_COUNT = re.compile(r"[0-9]{1,7}")  # ASCII digits: str.isdigit also takes "²"


@dataclass(frozen=True)
class Search:
    resource_type: str
    count: int
    after: str | None
    terms: dict[str, str] = field(default_factory=dict)  # Patient: name, birthdate, ...
    patient_id: str | None = None
    date_from: date | None = None  # inclusive
    date_to: date | None = None  # inclusive
    category: str | None = None
    asked: tuple[str, ...] = ()  # the parameters given, by name, sorted (paging aside)

    @property
    def shape(self) -> str:
        """The search as the access log keeps it: the type and the parameters' names, never
        their values (a name or a birth date would be plaintext identity in the log)."""
        return f"{self.resource_type}?{'&'.join(self.asked)}"

    @property
    def signature(self) -> str | None:
        """What a Patient search looked for, as one string (the guard counts distinct ones,
        kept only as keyed hashes); None for a patient's own records."""
        if not self.terms:
            return None
        return "&".join(f"{k}={v.strip().lower()}" for k, v in sorted(self.terms.items()))


def parse_search(resource_type: str, params: QueryParams) -> Search:
    """The search asked for, or InputError naming the first bad parameter."""
    known = {p.name: p for p in SEARCH_PARAMS[resource_type]}
    given: dict[str, list[str]] = {}
    for name, value in params.multi_items():
        if name not in known and name not in PAGING:
            raise InputError(f"unknown search parameter {_shown(name)!r} for {resource_type}")
        if len(value) > _MAX_VALUE:
            raise InputError(f"search parameter {name!r} is longer than {_MAX_VALUE} characters")
        given.setdefault(name, []).append(value)
    for name, values in given.items():
        repeats = known[name].repeats if name in known else False
        if len(values) > (2 if repeats else 1):
            raise InputError(f"search parameter {name!r} is given too many times")
    count = page_count(given.pop("_count", [None])[0])
    cursor = given.pop("_cursor", [None])[0]
    after = decode_cursor(cursor) if cursor is not None else None
    asked = tuple(sorted(given))
    if resource_type == "Patient":
        terms = {k: v[0] for k, v in given.items()}
        return Search(resource_type, count, after, terms=terms, asked=asked)
    patient_id = _patient(given.pop("patient", [None])[0], resource_type)
    if resource_type == "Practitioner" or patient_id is None:
        return Search(resource_type, count, after, asked=asked)
    date_from, date_to = date_range(given.pop("date", []))
    category = given.pop("category", [None])[0]
    return Search(resource_type, count, after, {}, patient_id, date_from, date_to, category, asked)


def page_count(value: str | None) -> int:
    """_count: the page size asked for, capped at MAX_COUNT."""
    if value is None:
        return DEFAULT_COUNT
    if not _COUNT.fullmatch(value) or not 1 <= int(value) <= 10**6:
        raise InputError("_count must be a whole number from 1")
    return min(int(value), MAX_COUNT)


def _patient(value: str | None, resource_type: str) -> str | None:
    if resource_type == "Practitioner":
        return None
    if value is None:
        raise InputError(f"searching {resource_type} needs the patient parameter")
    bare = value.removeprefix("Patient/")
    return record_id(bare, "Patient")


def date_range(values: list[str]) -> tuple[date | None, date | None]:
    low: date | None = None
    high: date | None = None
    for value in values:
        match = _DATE_VALUE.match(value)
        if match is None:
            raise InputError("date must be YYYY-MM-DD with an optional prefix eq, ge, gt, le, lt")
        try:
            day = date.fromisoformat(match[2])
        except ValueError:
            raise InputError("date is not a calendar date") from None
        prefix = match[1] or "eq"
        if (prefix == "gt" and day == date.max) or (prefix == "lt" and day == date.min):
            raise InputError("date is out of range")
        if prefix in ("eq", "ge", "gt"):
            start = day + timedelta(days=1) if prefix == "gt" else day
            low = start if low is None else max(low, start)
        if prefix in ("eq", "le", "lt"):
            end = day - timedelta(days=1) if prefix == "lt" else day
            high = end if high is None else min(high, end)
    return low, high


_NOT_OURS = "_cursor is not a cursor this server gave"


def pack_cursor(fields: dict[str, Any]) -> str:
    """An opaque page cursor holding ``fields`` (where the next page starts)."""
    return base64.urlsafe_b64encode(orjson.dumps(fields)).decode().rstrip("=")


def unpack_cursor(cursor: str, *names: str) -> tuple[Any, ...]:
    """The named fields of a cursor :func:`pack_cursor` made, or InputError."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        fields = orjson.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        return tuple(fields[name] for name in names)
    except (binascii.Error, ValueError, UnicodeError, KeyError, TypeError):
        raise InputError(_NOT_OURS) from None


def next_page_link(request: Request, cursor: str) -> str:
    """The request's URL with its ``_cursor`` set to ``cursor``."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "_cursor"]
    params.append(("_cursor", cursor))
    return str(request.url.replace(query=urlencode(params)))


def encode_cursor(last_id: str) -> str:
    return pack_cursor({"after": last_id})


def decode_cursor(cursor: str) -> str:
    (after,) = unpack_cursor(cursor, "after")
    try:
        return record_id(str(after), "cursor")
    except InputError:
        raise InputError(_NOT_OURS) from None


def _shown(name: str) -> str:
    return name[:40] if name.isprintable() else "(unprintable)"
