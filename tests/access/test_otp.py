"""TOTP (RFC 6238): known-answer vectors, drift, format, sealed storage."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from carevault.access._otp import (
    matching_step,
    new_otp_secret,
    open_otp_secret,
    provisioning_uri,
    seal_otp_secret,
)
from carevault.crypto import DataKey, Keyring
from carevault.errors import DecryptionError

# RFC 6238 Appendix B, SHA-1: the ASCII seed "12345678901234567890", in base32. The RFC gives
# 8-digit codes; a 6-digit code is their last six digits (RFC 4226 §5.3, truncation mod 10^d).
RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
RFC_VECTORS = [
    (59, "287082"),
    (1111111109, "081804"),
    (1234567890, "005924"),
    (2000000000, "279037"),
]


@pytest.mark.parametrize(("unix_time", "otp"), RFC_VECTORS)
def test_rfc_6238_vectors(unix_time: int, otp: str) -> None:
    at = datetime.fromtimestamp(unix_time, UTC)
    assert matching_step(RFC_SECRET, otp, at) == unix_time // 30


def test_one_step_of_drift_either_way_and_no_more() -> None:
    at = datetime.fromtimestamp(1111111109, UTC)  # step 37037036, whose code is 081804
    step = 1111111109 // 30
    assert matching_step(RFC_SECRET, "081804", datetime.fromtimestamp(1111111109 + 30, UTC)) == step
    assert matching_step(RFC_SECRET, "081804", datetime.fromtimestamp(1111111109 - 30, UTC)) == step
    assert matching_step(RFC_SECRET, "081804", datetime.fromtimestamp(1111111109 + 60, UTC)) is None
    assert matching_step(RFC_SECRET, "081804", at) == step


FULL_WIDTH = "".join(chr(0xFF10 + int(d)) for d in "081804")  # digits, but not ASCII ones


@pytest.mark.parametrize("otp", ["81804", "0818040", "081804\n", "08180a", FULL_WIDTH, ""])
def test_anything_but_six_ascii_digits_is_refused(otp: str) -> None:
    assert matching_step(RFC_SECRET, otp, datetime.fromtimestamp(1111111109, UTC)) is None


def test_the_provisioning_uri_names_carevault_and_the_user() -> None:
    secret = new_otp_secret()
    assert len(secret) == 32  # 160 bits
    assert provisioning_uri(secret, "dr.martin") == (
        f"otpauth://totp/carevault:dr.martin?secret={secret}&issuer=carevault"
    )


def test_the_secret_is_sealed_to_its_account() -> None:
    keyring = Keyring([DataKey(key_id=7, version=1, material=bytes(32))])
    secret = new_otp_secret()
    sealed = seal_otp_secret(keyring, "practice-1", "account-1", secret)
    assert secret.encode() not in sealed
    assert open_otp_secret(keyring, "practice-1", "account-1", sealed) == secret
    with pytest.raises(DecryptionError):
        open_otp_secret(keyring, "practice-1", "account-2", sealed)  # moved to another account
