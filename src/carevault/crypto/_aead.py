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
from collections.abc import Mapping
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


def _part(value: str) -> bytes:
    raw = value.encode()
    return _LENGTH(len(raw)) + raw


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
        return self.record().encode_field(self.field)

    def record(self) -> RecordContext:
        """The record version this field belongs to."""
        return RecordContext(
            self.practice_id, self.resource_type, self.resource_id, self.record_version
        )

    def describe(self) -> str:
        return describe(self.record(), self.field)


class RecordContext:
    """One version of one record, whose fields are sealed together: encodes the parts the
    fields share once."""

    __slots__ = ("_head", "_tail", "practice_id", "record_version", "resource_id", "resource_type")

    def __init__(
        self, practice_id: str, resource_type: str, resource_id: str, record_version: int
    ) -> None:
        self.practice_id = practice_id
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.record_version = record_version
        self._head = b"".join(
            (_AD_HEAD, _part(practice_id), _part(resource_type), _part(resource_id))
        )
        self._tail = _part(str(record_version))

    def encode_field(self, name: str) -> bytes:
        part = _FIELD_PARTS.get(name) or _FIELD_PARTS.setdefault(name, _part(name))
        return self._head + part + self._tail


_FIELD_PARTS: dict[str, bytes] = {}  # field names are few: encode each once


class DataKey:
    """A 256-bit AES-GCM key with its keyset id and version. Material never leaves it."""

    __slots__ = ("_aead", "_header", "key_id", "version")

    def __init__(self, *, key_id: int, version: int, material: bytes) -> None:
        if len(material) != KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        if not (0 <= key_id < 2**32 and 0 < version < 2**32):
            raise ValueError("key id and version must fit in 32 bits (version >= 1)")
        self.key_id = key_id
        self.version = version
        self._aead = AESGCM(material)
        self._header = _HEADER.pack(FORMAT_V1, key_id, version)

    def __repr__(self) -> str:
        return f"DataKey(key_id={self.key_id}, version={self.version})"

    def seal(self, plaintext: bytes, context: FieldContext) -> bytes:
        return self.seal_record({context.field: plaintext}, context.record())[context.field]

    def open(self, ciphertext: bytes, context: FieldContext) -> bytes:
        return self.open_field(ciphertext, context.record(), context.field)

    def seal_record(self, plaintexts: dict[str, bytes], record: RecordContext) -> dict[str, bytes]:
        """Seal several fields of one record, each bound to its own field name."""
        header = self._header
        encrypt = self._aead.encrypt
        nonces = os.urandom(NONCE_BYTES * len(plaintexts))  # one call, a fresh nonce each
        sealed = {}
        for position, (name, plaintext) in enumerate(plaintexts.items()):
            nonce = nonces[position * NONCE_BYTES : (position + 1) * NONCE_BYTES]
            sealed[name] = (
                header + nonce + encrypt(nonce, plaintext, header + record.encode_field(name))
            )
        return sealed

    def open_field(self, ciphertext: bytes, record: RecordContext, name: str) -> bytes:
        header, nonce, body = split_ciphertext(ciphertext, record, name)
        try:
            return self._aead.decrypt(nonce, body, header + record.encode_field(name))
        except InvalidTag:
            raise _refused(record, name) from None

    def sealed_this(self, ciphertext: bytes) -> bool:
        """Whether the ciphertext's header names this key, its version and the format it
        seals in (the header only: opening checks the rest)."""
        return ciphertext[: _HEADER.size] == self._header

    def open_record(self, sealed: Mapping[str, bytes], record: RecordContext) -> dict[str, bytes]:
        """Open several fields of one record version, each sealed with this key (see
        :meth:`sealed_this`): one header comparison each, where opening them one by one
        parses each header twice."""
        header, decrypt = self._header, self._aead.decrypt
        opened = {}
        for name, ciphertext in sealed.items():
            if len(ciphertext) < _SHORTEST or ciphertext[: _HEADER.size] != header:
                raise _refused(record, name)
            try:
                opened[name] = decrypt(
                    ciphertext[_HEADER.size : _BODY],
                    ciphertext[_BODY:],
                    header + record.encode_field(name),
                )
            except InvalidTag:
                raise _refused(record, name) from None
        return opened


_BODY = _HEADER.size + NONCE_BYTES  # where the encrypted body (and its tag) starts
_SHORTEST = _BODY + TAG_BYTES


def header_key(ciphertext: bytes, record: RecordContext, name: str) -> tuple[int, int]:
    """The (key id, key version) a ciphertext claims it was made with."""
    header, _, _ = split_ciphertext(ciphertext, record, name)
    _, key_id, version = _HEADER.unpack(header)
    return key_id, version


def split_ciphertext(
    ciphertext: bytes, record: RecordContext, name: str
) -> tuple[bytes, bytes, bytes]:
    if len(ciphertext) < _HEADER.size + NONCE_BYTES + TAG_BYTES or ciphertext[0] != FORMAT_V1:
        raise _refused(record, name)
    header = ciphertext[: _HEADER.size]
    nonce = ciphertext[_HEADER.size : _HEADER.size + NONCE_BYTES]
    return header, nonce, ciphertext[_HEADER.size + NONCE_BYTES :]


def describe(record: RecordContext, name: str) -> str:
    return f"{record.resource_type}/{record.resource_id} field {name!r}"


def _refused(record: RecordContext, name: str) -> DecryptionError:
    return DecryptionError(
        f"{describe(record, name)} does not open: the ciphertext was altered, moved from "
        "another record or field, or made with another key"
    )


def random_key_material() -> bytes:
    return AESGCM.generate_key(bit_length=256)
