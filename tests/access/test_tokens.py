"""Bearer token format: a kind prefix and 256 random bits; only the SHA-256 is kept."""

from __future__ import annotations

import hashlib

import pytest

from carevault.access._tokens import new_token, token_hash, token_kind


def test_tokens_are_random_prefixed_and_hashed() -> None:
    session, hashed = new_token("session")
    service, _ = new_token("service")
    assert session.startswith("cvs_") and len(session) == 47
    assert service.startswith("cvt_")
    assert hashed == hashlib.sha256(session.encode()).digest() == token_hash(session)
    assert (token_kind(session), token_kind(service)) == ("session", "service")
    assert new_token("session")[0] != session


@pytest.mark.parametrize(
    "token",
    ["", "Bearer cvs_x", "cvs_" + "a" * 42, "cvs_" + "a" * 44, "cvx_" + "a" * 43,
     "cvs_" + "a" * 42 + "\n", "cvs_" + "a" * 42 + "é", "cvs_" + "a" * 42 + "="],
)  # fmt: skip
def test_anything_else_is_malformed(token: str) -> None:
    assert token_kind(token) is None
