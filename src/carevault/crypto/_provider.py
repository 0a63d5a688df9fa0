"""Key providers hold the key-encryption keys (KEKs) that wrap data keys, and Ed25519 signing
keys (for the audit log's signed checkpoints).

A KEK never leaves its provider: callers hand in key material and associated data and get
back a wrapped blob, or the reverse. Likewise a signing key's private half never leaves it:
callers hand in a message and get back a signature. Two providers: ``local`` (a key file, see
:mod:`carevault.crypto._local`) and ``pkcs11`` (an HSM, see :mod:`carevault.crypto._pkcs11`).
"""

from __future__ import annotations

import abc
import re
import secrets
from dataclasses import dataclass

from carevault.errors import KeyProviderError

_PRACTICE_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")
_SIGNING_KEY_NAME = re.compile(r"[A-Za-z0-9._-]{1,64}")
SIGNING_LABEL_PREFIX = "carevault-sign/"


@dataclass(frozen=True, slots=True)
class KekRef:
    """Names one version of one practice's KEK."""

    practice_id: str
    key_id: int
    version: int

    def __post_init__(self) -> None:
        if not _PRACTICE_ID.match(self.practice_id):
            raise ValueError("practice id must be 1-64 letters, digits or dashes")
        if not (0 <= self.key_id < 2**32 and 0 < self.version < 2**32):
            raise ValueError("key id and version must fit in 32 bits (version >= 1)")

    @property
    def label(self) -> str:
        return f"carevault-kek/{self.practice_id}/{self.key_id}/v{self.version}"

    def next_version(self) -> KekRef:
        return KekRef(self.practice_id, self.key_id, self.version + 1)

    @classmethod
    def first(cls, practice_id: str) -> KekRef:
        return cls(practice_id, secrets.randbits(32), 1)


def signing_key_label(name: str) -> str:
    """The provider label of the signing key ``name``; ValueError if the name is not 1-64
    letters, digits, dashes, dots or underscores."""
    if not _SIGNING_KEY_NAME.fullmatch(name):
        raise ValueError(
            f"signing key name {name[:80]!r} must be 1-64 letters, digits, '-', '.' or '_'"
        )
    return SIGNING_LABEL_PREFIX + name


class KeyProvider(abc.ABC):
    """Creates, uses and destroys KEKs; creates and signs with Ed25519 signing keys.
    Implementations map their errors to KeyProviderError."""

    name: str

    @abc.abstractmethod
    def create_kek(self, ref: KekRef) -> None:
        """Make a new random KEK under ``ref``; refuses if it already exists."""

    @abc.abstractmethod
    def has_kek(self, ref: KekRef) -> bool:
        """Whether the provider holds the KEK ``ref``."""

    @abc.abstractmethod
    def wrap(self, ref: KekRef, key_material: bytes, aad: bytes) -> bytes:
        """Encrypt a data key under the KEK, bound to ``aad``."""

    @abc.abstractmethod
    def unwrap(self, ref: KekRef, wrapped: bytes, aad: bytes) -> bytes:
        """Recover a data key; raises DecryptionError if it does not authenticate."""

    @abc.abstractmethod
    def destroy_kek(self, ref: KekRef) -> None:
        """Destroy the KEK for good (crypto-shredding of what only it could unwrap)."""

    @abc.abstractmethod
    def create_signing_key(self, name: str) -> bytes:
        """Make a new Ed25519 key pair named ``name`` inside the provider; returns the 32-byte
        raw public key. Refuses (KeyProviderError) if one with that name exists."""

    @abc.abstractmethod
    def signing_public_key(self, name: str) -> bytes:
        """The 32-byte raw Ed25519 public key of ``name``; KeyProviderError naming the key if
        there is none."""

    @abc.abstractmethod
    def sign(self, name: str, message: bytes) -> bytes:
        """The 64-byte Ed25519 signature of ``message`` by ``name``'s private key (which never
        leaves the provider)."""

    def has_signing_key(self, name: str) -> bool:
        """Whether the provider holds the signing key ``name``. This default cannot tell a
        missing key from a failing provider; the built-in providers override it with an exact
        lookup, so that their operational errors propagate."""
        try:
            self.signing_public_key(name)
        except KeyProviderError:
            return False
        return True

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release sessions or handles."""
