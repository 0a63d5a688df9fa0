"""A practice's keys: its KEK (in the provider), its blind-index key and staff key (wrapped in
the store), and its patients' data keys (wrapped in the store, one keyset per patient)."""

from __future__ import annotations

import secrets
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection

from carevault.crypto import (
    BlindIndexer,
    DataKey,
    KekRef,
    KeyProvider,
    Keyring,
    check_stored_key,
    new_data_key,
    new_secret_key,
    stored_kek,
    unwrap_data_key,
    wrap_data_key,
    wrapping_aad,
)
from carevault.errors import KeyDestroyedError, NotFoundError
from carevault.store import queries

INDEX_PURPOSE = "blind-index"
STAFF_PURPOSE = "staff"
_CACHE_SIZE = 4096


def patient_owner(practice_id: str, patient_id: str) -> str:
    return f"practice/{practice_id}/patient/{patient_id}"


def secret_owner(practice_id: str, purpose: str) -> str:
    return f"practice/{practice_id}/{purpose}"


def create_practice_keys(provider: KeyProvider, connection: Connection, practice_id: str) -> KekRef:
    """Make the practice's KEK in the provider and its wrapped secrets in the store."""
    kek = KekRef.first(practice_id)
    provider.create_kek(kek)
    for purpose in (INDEX_PURPOSE, STAFF_PURPOSE):
        key_id, material = secrets.randbits(32), new_secret_key()
        queries.insert_secret(
            connection,
            {
                "practice_id": practice_id,
                "purpose": purpose,
                "key_id": key_id,
                "version": 1,
                "kek_version": kek.version,
                "wrapped": wrap_data_key(
                    provider,
                    kek,
                    secret_owner(practice_id, purpose),
                    key_id=key_id,
                    version=1,
                    material=material,
                ),
            },
        )
    return kek


class PracticeKeys:
    """Unwrapped keys of one practice, held in memory while the practice is open."""

    def __init__(
        self,
        provider: KeyProvider,
        practice: Mapping[Any, Any],
        secret_rows: Iterable[Mapping[Any, Any]],
        *,
        population: int,
    ) -> None:
        self._provider = provider
        self.practice_id: str = practice["id"]
        self.kek = stored_kek(
            self.practice_id, key_id=practice["kek_key_id"], version=practice["kek_version"]
        )
        self._patients: OrderedDict[str, Keyring] = OrderedDict()
        by_purpose: dict[str, list[Mapping[Any, Any]]] = {}
        for row in secret_rows:
            by_purpose.setdefault(row["purpose"], []).append(row)
        index_rows = by_purpose.get(INDEX_PURPOSE)
        staff_rows = by_purpose.get(STAFF_PURPOSE)
        if not index_rows or not staff_rows:
            raise NotFoundError(f"practice {self.practice_id} has no keys in this store")
        index_key = self._unwrap_secret(max(index_rows, key=lambda r: r["version"]))
        self.indexer = BlindIndexer(index_key, population=population)
        self.staff = Keyring(
            self._unwrap_keyset(staff_rows, secret_owner(self.practice_id, STAFF_PURPOSE))
        )

    def _kek_at(self, version: int) -> KekRef:
        return KekRef(self.practice_id, self.kek.key_id, version)

    def _stored_kek(self, row: Mapping[Any, Any], owner: str) -> KekRef:
        """The KEK version a stored wrapped key names, once the row's metadata is checked: an
        altered id or version is the owner's key that does not open (DecryptionError)."""
        check_stored_key(
            owner, kek_version=row["kek_version"], key_id=row["key_id"], version=row["version"]
        )
        return self._kek_at(row["kek_version"])

    def _unwrap_secret(self, row: Mapping[Any, Any]) -> bytes:
        owner = secret_owner(self.practice_id, row["purpose"])
        kek = self._stored_kek(row, owner)
        return self._provider.unwrap(
            kek, row["wrapped"], wrapping_aad(kek, owner, row["key_id"], row["version"])
        )

    def _unwrap_keyset(self, rows: Iterable[Mapping[Any, Any]], owner: str) -> list[DataKey]:
        return [
            unwrap_data_key(
                self._provider,
                self._stored_kek(row, owner),
                owner,
                key_id=row["key_id"],
                version=row["version"],
                wrapped=row["wrapped"],
            )
            for row in rows
        ]

    def new_patient_keyring(self, patient_id: str) -> tuple[Keyring, dict[str, Any]]:
        """A fresh data key for a new patient and the row that stores it wrapped."""
        key, material = new_data_key()
        row = {
            "practice_id": self.practice_id,
            "patient_id": patient_id,
            "key_id": key.key_id,
            "version": key.version,
            "kek_version": self.kek.version,
            "wrapped": wrap_data_key(
                self._provider,
                self.kek,
                patient_owner(self.practice_id, patient_id),
                key_id=key.key_id,
                version=key.version,
                material=material,
            ),
        }
        keyring = Keyring([key])
        self._remember(patient_id, keyring)
        return keyring, row

    def patient_keyrings(
        self, connection: Connection, patient_ids: Iterable[str]
    ) -> dict[str, Keyring]:
        """Keyrings of existing patients; raises KeyDestroyedError for a shredded one."""
        wanted = list(dict.fromkeys(patient_ids))
        found: dict[str, Keyring] = {}
        missing = []
        for patient_id in wanted:
            cached = self._patients.get(patient_id)
            if cached is None:
                missing.append(patient_id)
            else:
                self._patients.move_to_end(patient_id)
                found[patient_id] = cached
        if missing:
            rows = queries.get_patient_keys(connection, self.practice_id, missing)
            for patient_id in missing:
                if patient_id not in rows:
                    raise KeyDestroyedError(
                        f"Patient/{patient_id} has no data key: the record was erased"
                    )
                keyring = Keyring(
                    self._unwrap_keyset(
                        rows[patient_id], patient_owner(self.practice_id, patient_id)
                    )
                )
                self._remember(patient_id, keyring)
                found[patient_id] = keyring
        return found

    def forget(self, patient_id: str) -> None:
        self._patients.pop(patient_id, None)

    def _remember(self, patient_id: str, keyring: Keyring) -> None:
        self._patients[patient_id] = keyring
        if len(self._patients) > _CACHE_SIZE:
            self._patients.popitem(last=False)

    def rewrap_all(self, connection: Connection, new_kek: KekRef) -> int:
        """Re-wrap every data key and secret of the practice under ``new_kek``."""
        count = 0
        after: tuple[str, int] | None = None
        while page := queries.page_patient_keys(
            connection, self.practice_id, after=after, limit=1000
        ):
            rewrapped = [
                {
                    **row,
                    **self._rewrapped(
                        row, patient_owner(self.practice_id, row["patient_id"]), new_kek
                    ),
                }
                for row in page
            ]
            queries.rewrap_patient_keys(connection, self.practice_id, rewrapped)
            count += len(page)
            after = (page[-1]["patient_id"], page[-1]["version"])
        for row in queries.get_secrets(connection, self.practice_id):
            owner = secret_owner(self.practice_id, row["purpose"])
            queries.rewrap_secret(
                connection, self.practice_id, {**row, **self._rewrapped(row, owner, new_kek)}
            )
        return count

    def _rewrapped(self, row: Mapping[Any, Any], owner: str, new_kek: KekRef) -> dict[str, Any]:
        old = self._stored_kek(row, owner)
        key_id, version = row["key_id"], row["version"]
        material = self._provider.unwrap(
            old, row["wrapped"], wrapping_aad(old, owner, key_id, version)
        )
        wrapped = self._provider.wrap(
            new_kek, material, wrapping_aad(new_kek, owner, key_id, version)
        )
        return {"kek_version": new_kek.version, "wrapped": wrapped}

    def switch_kek(self, new_kek: KekRef) -> None:
        self.kek = new_kek
