"""The second factor: TOTP (RFC 6238, pyotp), 6 digits, 30-second steps, one step of drift
either way (RFC 6238 §5.2). The secret is stored sealed with the practice's staff key, bound
to its account; the last accepted step is kept so that a code is never accepted twice."""

from __future__ import annotations

import re
from datetime import datetime

import pyotp
from pyotp.utils import strings_equal

from carevault.crypto import FieldContext, Keyring

ISSUER = "carevault"
DRIFT_STEPS = 1
_CODE = re.compile(r"[0-9]{6}")


def new_otp_secret() -> str:
    """160 random bits, base32 (pyotp draws from the OS random source)."""
    return pyotp.random_base32()


def otp_context(practice_id: str, account_id: str) -> FieldContext:
    return FieldContext(practice_id, "Account", account_id, "otp_secret", 1)


def seal_otp_secret(keyring: Keyring, practice_id: str, account_id: str, secret: str) -> bytes:
    return keyring.seal(secret.encode("ascii"), otp_context(practice_id, account_id))


def open_otp_secret(keyring: Keyring, practice_id: str, account_id: str, sealed: bytes) -> str:
    return keyring.open(sealed, otp_context(practice_id, account_id)).decode("ascii")


def provisioning_uri(secret: str, username: str) -> str:
    """The otpauth:// URI an authenticator app reads (as a QR code)."""
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=ISSUER)


def matching_step(secret: str, code: str, now: datetime) -> int | None:
    """The time step whose code ``code`` is, within the drift allowed, else None. Every
    candidate is compared, in constant time, whatever matched first."""
    if not _CODE.fullmatch(code):
        return None
    totp = pyotp.TOTP(secret)
    current = totp.timecode(now)
    matched = None
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        if strings_equal(code, totp.generate_otp(step)):
            matched = step
    return matched
