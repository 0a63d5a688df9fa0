"""Wrapping data keys under a practice KEK, bound to the key's owner and identity."""

from __future__ import annotations

import struct

from carevault.crypto._aead import KEY_BYTES, DataKey
from carevault.crypto._provider import KekRef, KeyProvider
from carevault.errors import DecryptionError

_U32 = 2**32


def stored_kek(practice_id: str, *, key_id: int, version: int) -> KekRef:
    """The practice KEK named by the store's metadata; DecryptionError if no KEK can have
    that id or version (the practice row was altered), instead of a ValueError."""
    try:
        return KekRef(practice_id, int(key_id), int(version))
    except (ValueError, TypeError):
        raise DecryptionError(
            f"the KEK of practice {practice_id} cannot be named: its stored id or version "
            "was altered (out of range)"
        ) from None


def check_stored_key(owner: str, *, kek_version: int, key_id: int, version: int) -> None:
    """Check a wrapped key's stored metadata before it is used to name a KEK or build an AAD:
    DecryptionError naming the owner's key and the bad column if a value is one no key of
    ours has (the row was altered), instead of a ValueError or struct.error."""
    for name, value, low in (
        ("kek_version", kek_version, 1),
        ("key_id", key_id, 0),
        ("version", version, 1),
    ):
        if type(value) is not int or not low <= value < _U32:
            raise DecryptionError(
                f"the wrapped key of {owner} does not open: its stored {name} was altered "
                "(out of range)"
            )


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
