"""verify_ed25519: the public check of signed notes' signatures."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from carevault.crypto import verify_ed25519

MESSAGE = b"carevault.example/log\n42\nq2v8...=\n"


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def _public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def test_valid_signature(key: Ed25519PrivateKey) -> None:
    assert verify_ed25519(_public(key), MESSAGE, key.sign(MESSAGE)) is True


def test_tampered_message(key: Ed25519PrivateKey) -> None:
    signature = key.sign(MESSAGE)
    assert verify_ed25519(_public(key), MESSAGE + b"x", signature) is False
    assert verify_ed25519(_public(key), MESSAGE[:-1], signature) is False


def test_tampered_signature(key: Ed25519PrivateKey) -> None:
    signature = bytearray(key.sign(MESSAGE))
    signature[10] ^= 0x01
    assert verify_ed25519(_public(key), MESSAGE, bytes(signature)) is False


def test_another_key(key: Ed25519PrivateKey) -> None:
    other = _public(Ed25519PrivateKey.generate())
    assert verify_ed25519(other, MESSAGE, key.sign(MESSAGE)) is False


@pytest.mark.parametrize("length", [0, 31, 33, 64])
def test_wrong_length_public_key(key: Ed25519PrivateKey, length: int) -> None:
    public = (_public(key) * 2)[:length]
    assert verify_ed25519(public, MESSAGE, key.sign(MESSAGE)) is False


@pytest.mark.parametrize("length", [0, 32, 63, 65])
def test_wrong_length_signature(key: Ed25519PrivateKey, length: int) -> None:
    signature = (key.sign(MESSAGE) * 2)[:length]
    assert verify_ed25519(_public(key), MESSAGE, signature) is False


def test_public_key_that_is_not_a_curve_point(key: Ed25519PrivateKey) -> None:
    # y = 2 has no x on edwards25519 (not a square); OpenSSL loads the bytes, the check fails.
    not_a_point = (2).to_bytes(32, "little")
    assert verify_ed25519(not_a_point, MESSAGE, key.sign(MESSAGE)) is False
