"""Field encryption: AES-256-GCM under a data key, bound to where the value lives.

Ciphertext layout (all integers big-endian)::

    0x01 | key_id (u32) | key_version (u32) | nonce (12) | ciphertext || tag (16)

The associated data is the 9-byte header followed by the canonical encoding of the
:class:`FieldContext` (practice, resource type, resource id, field, record version), so a
ciphertext copied into another row, another field, another practice or another version of
the record fails authentication; so does any change to the header.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from carevault.errors import DecryptionError

FORMAT_V1 = 0x01
_HEADER = struct.Struct(">BII")
NONCE_BYTES = 12
TAG_BYTES = 16
KEY_BYTES = 32
_AD_PREFIX = b"carevault/field/v1"
_LENGTH = struct.Struct(">H").pack
_AD_HEAD = _LENGTH(len(_AD_PREFIX)) + _AD_PREFIX


@dataclass(frozen=True, slots=True)
class FieldContext:
    """Where a value lives. Every part is bound into the ciphertext."""

    practice_id: str
    resource_type: str
    resource_id: str
    field: str
    record_version: int

    def encode(self) -> bytes:
        """Length-prefixed parts, so no two contexts encode alike."""
        practice = self.practice_id.encode()
        kind = self.resource_type.encode()
        record = self.resource_id.encode()
        name = self.field.encode()
        version = str(self.record_version).encode()
        return b"".join(
            (
                _AD_HEAD,
                _LENGTH(len(practice)),
                practice,
                _LENGTH(len(kind)),
                kind,
                _LENGTH(len(record)),
                record,
                _LENGTH(len(name)),
                name,
                _LENGTH(len(version)),
                version,
            )
        )

    def describe(self) -> str:
        return f"{self.resource_type}/{self.resource_id} field {self.field!r}"


class DataKey:
    """A 256-bit AES-GCM key with its keyset id and version. Material never leaves it."""

    __slots__ = ("_aead", "key_id", "version")

    def __init__(self, *, key_id: int, version: int, material: bytes) -> None:
        if len(material) != KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        if not (0 <= key_id < 2**32 and 0 < version < 2**32):
            raise ValueError("key id and version must fit in 32 bits (version >= 1)")
        self.key_id = key_id
        self.version = version
        self._aead = AESGCM(material)

    def __repr__(self) -> str:
        return f"DataKey(key_id={self.key_id}, version={self.version})"

    def seal(self, plaintext: bytes, context: FieldContext) -> bytes:
        header = _HEADER.pack(FORMAT_V1, self.key_id, self.version)
        nonce = os.urandom(NONCE_BYTES)
        body = self._aead.encrypt(nonce, plaintext, header + context.encode())
        return header + nonce + body

    def open(self, ciphertext: bytes, context: FieldContext) -> bytes:
        header, nonce, body = split_ciphertext(ciphertext, context)
        try:
            return self._aead.decrypt(nonce, body, header + context.encode())
        except InvalidTag:
            raise _refused(context) from None


def header_key(ciphertext: bytes, context: FieldContext) -> tuple[int, int]:
    """The (key id, key version) a ciphertext claims it was made with."""
    header, _, _ = split_ciphertext(ciphertext, context)
    _, key_id, version = _HEADER.unpack(header)
    return key_id, version


def split_ciphertext(ciphertext: bytes, context: FieldContext) -> tuple[bytes, bytes, bytes]:
    if len(ciphertext) < _HEADER.size + NONCE_BYTES + TAG_BYTES or ciphertext[0] != FORMAT_V1:
        raise _refused(context)
    header = ciphertext[: _HEADER.size]
    nonce = ciphertext[_HEADER.size : _HEADER.size + NONCE_BYTES]
    return header, nonce, ciphertext[_HEADER.size + NONCE_BYTES :]


def _refused(context: FieldContext) -> DecryptionError:
    return DecryptionError(
        f"{context.describe()} does not open: the ciphertext was altered, moved from another "
        "record or field, or made with another key"
    )


def random_key_material() -> bytes:
    return AESGCM.generate_key(bit_length=256)
