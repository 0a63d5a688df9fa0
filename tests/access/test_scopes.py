from __future__ import annotations

import pytest

from carevault.access._scopes import check_scopes, parse_scope, scope_allows
from carevault.errors import InputError


@pytest.mark.parametrize(
    "scope", ["user/Patient.rs", "user/*.cruds", "user/DocumentReference.c", "user/Condition.s"]
)
def test_valid_scopes(scope: str):
    assert parse_scope(scope)[0] in ("*", scope.split("/")[1].split(".", maxsplit=1)[0])


@pytest.mark.parametrize(
    "scope",
    [
        "patient/Patient.rs",
        "system/*.rs",
        "user/Patient.",
        "user/Patient.sr",
        "user/patient.r",
        "user/Patient.rx",
        "user/Patient.read",
        "user/Patient",
        "",
        "user/Pa tient.r",
    ],
)
def test_invalid_scopes_are_named(scope: str):
    with pytest.raises(InputError, match="invalid scope"):
        parse_scope(scope)


def test_a_token_needs_a_scope():
    with pytest.raises(InputError, match="at least one scope"):
        check_scopes([])


def test_unknown_interaction_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown interaction"):
        scope_allows({"user/*.cruds"}, "Patient", "x")
