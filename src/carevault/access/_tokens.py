"""Bearer tokens: 256 random bits (``secrets.token_urlsafe(32)``) behind a prefix naming the
kind (``cvs_`` login session, ``cvt_`` service token: secret scanners and people can tell them
apart). The store keeps only their SHA-256; a token is shown once and never stored."""

from __future__ import annotations

import hashlib
import re
import secrets
from typing import Literal

TokenKind = Literal["session", "service"]
_PREFIX: dict[TokenKind, str] = {"session": "cvs_", "service": "cvt_"}
_KIND_OF = {prefix: kind for kind, prefix in _PREFIX.items()}
_FORMAT = re.compile(r"cv[st]_[A-Za-z0-9_-]{43}")


def new_token(kind: TokenKind) -> tuple[str, bytes]:
    """A fresh token and its hash."""
    token = _PREFIX[kind] + secrets.token_urlsafe(32)
    return token, token_hash(token)


def token_hash(token: str) -> bytes:
    return hashlib.sha256(token.encode("ascii")).digest()


def token_kind(token: str) -> TokenKind | None:
    """The kind of a well-formed token, None for anything else."""
    if not _FORMAT.fullmatch(token):
        return None
    return _KIND_OF[token[:4]]
