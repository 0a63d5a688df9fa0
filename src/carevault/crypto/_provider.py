"""Key providers hold the key-encryption keys (KEKs) that wrap data keys.

A KEK never leaves its provider: callers hand in key material and associated data and get
back a wrapped blob, or the reverse. Two providers: ``local`` (a key file, see
:mod:`carevault.crypto._local`) and ``pkcs11`` (an HSM, see :mod:`carevault.crypto._pkcs11`).
"""

from __future__ import annotations

import abc
import re
import secrets
from dataclasses import dataclass

_PRACTICE_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")


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


class KeyProvider(abc.ABC):
    """Creates, uses and destroys KEKs. Implementations map their errors to KeyProviderError."""

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

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release sessions or handles."""
