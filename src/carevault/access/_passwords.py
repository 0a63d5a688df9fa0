"""Passwords: Argon2id hashes (argon2-cffi), generated passwords from the OS random source."""

from __future__ import annotations

import secrets
import string

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from carevault.errors import InputError

MIN_LENGTH = 12
_HASHER = PasswordHasher()  # argon2-cffi's defaults follow RFC 9106's second recommendation
_ALPHABET = string.ascii_letters + string.digits


def generate_password(length: int = 20) -> str:
    """A random password, grouped for reading aloud: 'abcd-efgh-...'."""
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(length))
    return "-".join(raw[i : i + 5] for i in range(0, length, 5))


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise InputError(f"password must be at least {MIN_LENGTH} characters")
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
