"""Wrapping data keys under a practice KEK, bound to the key's owner and identity."""

from __future__ import annotations

import struct

from carevault.crypto._aead import KEY_BYTES, DataKey
from carevault.crypto._provider import KekRef, KeyProvider
from carevault.errors import DecryptionError


def wrapping_aad(kek: KekRef, owner: str, key_id: int, version: int) -> bytes:
    """What a wrapped key is bound to: the KEK version, the owner (e.g. 'patient/<id>')
    and the data key's id and version, so a wrapped key moved to another owner fails."""
    parts = (b"carevault/wrap/v1", kek.label.encode(), owner.encode())
    encoded = b"".join(struct.pack(">H", len(part)) + part for part in parts)
    return encoded + struct.pack(">II", key_id, version)


def wrap_data_key(
    provider: KeyProvider, kek: KekRef, owner: str, *, key_id: int, version: int, material: bytes
) -> bytes:
    return provider.wrap(kek, material, wrapping_aad(kek, owner, key_id, version))


def unwrap_data_key(
    provider: KeyProvider, kek: KekRef, owner: str, *, key_id: int, version: int, wrapped: bytes
) -> DataKey:
    material = provider.unwrap(kek, wrapped, wrapping_aad(kek, owner, key_id, version))
    if len(material) != KEY_BYTES:
        raise DecryptionError(f"the wrapped key of {owner} is not a 32-byte key")
    return DataKey(key_id=key_id, version=version, material=material)
