"""Passwords: Argon2id hashes (argon2-cffi), generated passwords from the OS random source,
and the refusal of short or commonly breached ones."""

from __future__ import annotations

import secrets
import string
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.profiles import RFC_9106_LOW_MEMORY

from carevault.errors import InputError

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn: 0-4; 3 is "safely unguessable" against an offline slow-hash attack
# RFC 9106 §4, second recommendation: Argon2id, t=3, 64 MiB, p=4 (argon2-cffi's default).
PARAMETERS = RFC_9106_LOW_MEMORY
_HASHER = PasswordHasher.from_parameters(PARAMETERS)
_ALPHABET = string.ascii_letters + string.digits


def generate_password(length: int = 20) -> str:
    """A random password, grouped for reading aloud: 'abcd-efgh-...'."""
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(length))
    return "-".join(raw[i : i + 5] for i in range(0, length, 5))


def check_password(password: str) -> None:
    """InputError naming the reason a password is refused: too short, or breached."""
    if len(password) < MIN_LENGTH:
        raise InputError(f"password must be at least {MIN_LENGTH} characters")
    if password.lower() in _breached():
        raise InputError(
            "password is on a list of common breached passwords; choose another "
            "(a generated one is best)"
        )
    # Few breached passwords are 12 characters or more; their variants are not ("iloveyou1234",
    # "azertyuiop123"). zxcvbn's estimate, over the same lists plus keyboard and date
    # patterns, refuses those too.
    if _guessability(password) < MIN_SCORE:
        raise InputError(
            "password is too easy to guess (a common password, keyboard pattern or date with "
            "a few characters added); choose another (a generated one is best)"
        )


def hash_password(password: str) -> str:
    check_password(password)
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def verify_no_account(password: str) -> None:
    """Spend the time a real verification takes, when the username does not exist, so the
    answer's delay does not tell which usernames do."""
    verify_password(_dummy_hash(), password)


@cache
def _dummy_hash() -> str:
    return _HASHER.hash(secrets.token_urlsafe(16))


def _guessability(password: str) -> int:
    from zxcvbn import zxcvbn  # noqa: PLC0415 - its lists load in 60 ms, needed rarely

    return int(zxcvbn(password[:100])["score"])


@cache
def _breached() -> frozenset[str]:
    """The 30,000 most common passwords of leaked password dumps (Xato's list, lower-cased),
    as bundled by zxcvbn; only those long enough to pass the length rule are kept."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS  # noqa: PLC0415 - 60 ms, needed rarely

    return frozenset(p for p in FREQUENCY_LISTS["passwords"] if len(p) >= MIN_LENGTH)
