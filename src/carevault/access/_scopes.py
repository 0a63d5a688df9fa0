"""SMART-on-FHIR v2 scopes for service tokens: ``user/<Type>.<cruds>``, e.g. ``user/Patient.rs``.

A scope narrows what the token's account may do; it never widens it (the policy's role table
still applies). ``*`` stands for every resource type. Only ``user/`` scopes are accepted: an
integration acts for an account of the practice, never for a patient or the whole system.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from carevault.errors import InputError

_SCOPE = re.compile(r"^user/(?P<type>\*|[A-Z][A-Za-z]{1,63})\.(?P<ops>c?r?u?d?s?)$")
INTERACTIONS = "cruds"


def parse_scope(scope: str) -> tuple[str, str]:
    """(resource type or '*', interactions) of a valid scope, or InputError naming it."""
    match = _SCOPE.match(scope)
    if match is None or not match["ops"]:
        shown = scope if len(scope) <= 80 and scope.isprintable() else "(unreadable)"
        raise InputError(
            f"invalid scope {shown!r}: expected user/<ResourceType or *>.<cruds in order>, "
            "e.g. user/Patient.rs"
        )
    return match["type"], match["ops"]


def check_scopes(scopes: Iterable[str]) -> frozenset[str]:
    """The scopes, each checked; at least one."""
    checked = frozenset(scopes)
    if not checked:
        raise InputError("a service token needs at least one scope")
    for scope in checked:
        parse_scope(scope)
    return checked


def scope_allows(scopes: Iterable[str], resource_type: str, interaction: str) -> bool:
    """Does any scope grant ``interaction`` (one of c, r, u, d, s) on ``resource_type``?"""
    if len(interaction) != 1 or interaction not in INTERACTIONS:
        raise ValueError(f"unknown interaction {interaction!r}")
    for scope in scopes:
        match = _SCOPE.match(scope)
        if match and match["type"] in ("*", resource_type) and interaction in match["ops"]:
            return True
    return False
