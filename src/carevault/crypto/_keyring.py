"""A keyset of data keys (as in Google Tink): seal with the primary, open with any."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping

from carevault.crypto._aead import (
    DataKey,
    FieldContext,
    RecordContext,
    describe,
    header_key,
    random_key_material,
)
from carevault.errors import DecryptionError


class Keyring:
    """The versions of one data key; the newest version is primary."""

    __slots__ = ("_by_version", "key_id", "primary")

    def __init__(self, keys: Iterable[DataKey]) -> None:
        by_version = {key.version: key for key in keys}
        if not by_version:
            raise ValueError("a keyring needs at least one key")
        ids = {key.key_id for key in by_version.values()}
        if len(ids) != 1:
            raise ValueError("every version of a keyring shares one key id")
        self.key_id = ids.pop()
        self._by_version = by_version
        self.primary = by_version[max(by_version)]

    def seal(self, plaintext: bytes, context: FieldContext) -> bytes:
        return self.primary.seal(plaintext, context)

    def open(self, ciphertext: bytes, context: FieldContext) -> bytes:
        return self.open_field(ciphertext, context.record(), context.field)

    def seal_record(self, plaintexts: dict[str, bytes], record: RecordContext) -> dict[str, bytes]:
        """Seal several fields of one record version with the primary key."""
        return self.primary.seal_record(plaintexts, record)

    def open_record(self, sealed: Mapping[str, bytes], record: RecordContext) -> dict[str, bytes]:
        """Open several fields of one record version (a record is sealed whole, so its fields
        share one key: the primary but for a record not rewritten since a rotation)."""
        primary = self.primary
        if all(primary.sealed_this(ciphertext) for ciphertext in sealed.values()):
            return primary.open_record(sealed, record)
        return {name: self.open_field(value, record, name) for name, value in sealed.items()}

    def open_field(self, ciphertext: bytes, record: RecordContext, name: str) -> bytes:
        key_id, version = header_key(ciphertext, record, name)
        key = self._by_version.get(version)
        if key_id != self.key_id or key is None:
            raise DecryptionError(
                f"{describe(record, name)} does not open: the ciphertext was made with a key "
                "this record does not hold (moved from another record, or altered)"
            )
        return key.open_field(ciphertext, record, name)


def new_data_key(*, key_id: int | None = None, version: int = 1) -> tuple[DataKey, bytes]:
    """A fresh random data key and its raw material (to be wrapped, then forgotten)."""
    material = random_key_material()
    chosen_id = key_id if key_id is not None else secrets.randbits(32)
    return DataKey(key_id=chosen_id, version=version, material=material), material
