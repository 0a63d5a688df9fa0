"""The ``local`` key provider: KEKs and signing keys in a key file outside the database.

The file is JSON, mode 0600, written atomically. It is bound to one store by ``store_id``.
Plain form::

    {"format": "carevault-keyfile/1", "store_id": "...", "keks": {"<label>": "<base64>"}}

Sealed form (``carevault init --passphrase``): the ``keks`` object is encrypted with
AES-256-GCM under a key derived from the passphrase by Argon2id::

    {"format": ..., "store_id": ..., "sealed": {"kdf": "argon2id", "time_cost": ...,
     "memory_cost": ..., "parallelism": ..., "salt": ..., "nonce": ..., "ciphertext": ...}}

Ed25519 signing keys live in the same ``keks`` object, as their 32-byte private seed under the
label ``carevault-sign/<name>`` (so a sealed file seals them too). Files without any still open,
and an older carevault reading a file with some sees nothing but unused 32-byte entries.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from carevault.crypto._aead import KEY_BYTES, NONCE_BYTES, random_key_material
from carevault.crypto._provider import (
    SIGNING_LABEL_PREFIX,
    KekRef,
    KeyProvider,
    signing_key_label,
)
from carevault.errors import DecryptionError, KeyProviderError
from carevault.files import exclusive_lock, write_atomically

FORMAT = "carevault-keyfile/1"
_WRAP_V1 = b"\x01"
# OWASP's Argon2id recommendation tier: 64 MiB, 3 passes.
ARGON2_TIME_COST = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PARALLELISM = 2


class LocalKeyProvider(KeyProvider):
    """KEKs and signing keys in a key file. Open one with :meth:`create` or :meth:`open`."""

    name = "local"

    def __init__(
        self, path: Path, store_id: str, keks: dict[str, bytes], passphrase: str | None
    ) -> None:
        self._path = path
        self._store_id = store_id
        self._keks = keks
        self._passphrase = passphrase
        self._aeads = _aeads_of(keks)
        self._signers: dict[str, Ed25519PrivateKey] = {}

    @classmethod
    def create(cls, path: Path, store_id: str, passphrase: str | None = None) -> LocalKeyProvider:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if path.exists():
            raise KeyProviderError(f"key file {path} already exists; refusing to overwrite it")
        if passphrase is not None and len(passphrase) < 12:
            raise KeyProviderError("the key file passphrase must be at least 12 characters")
        provider = cls(path, store_id, {}, passphrase)
        provider._save()
        return provider

    @classmethod
    def open(
        cls, path: Path, expected_store_id: str | None, passphrase: str | None = None
    ) -> LocalKeyProvider:
        document = _read_document(path)
        store_id = document.get("store_id")
        if not isinstance(store_id, str):
            raise KeyProviderError(f"key file {path} is not a carevault key file (no store id)")
        if expected_store_id is not None and store_id != expected_store_id:
            raise KeyProviderError(
                f"key file {path} belongs to store {store_id}, not to this store "
                f"({expected_store_id}): wrong key file"
            )
        if "sealed" in document and not passphrase:
            raise KeyProviderError(
                f"key file {path} is sealed with a passphrase; set CAREVAULT_KEY_PASSPHRASE"
                " or pass --passphrase-stdin"
            )
        keks = _keks_of(document, store_id, passphrase, path)
        return cls(path, store_id, keks, passphrase if "sealed" in document else None)

    @property
    def store_id(self) -> str:
        return self._store_id

    @property
    def sealed(self) -> bool:
        return self._passphrase is not None

    def create_kek(self, ref: KekRef) -> None:
        def add(keks: dict[str, bytes]) -> None:
            if ref.label in keks:
                raise KeyProviderError(f"KEK {ref.label} already exists")
            keks[ref.label] = random_key_material()

        self._change(add)

    def has_kek(self, ref: KekRef) -> bool:
        if ref.label not in self._keks:
            self._reload()
        return ref.label in self._keks

    def wrap(self, ref: KekRef, key_material: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return _WRAP_V1 + nonce + self._aead(ref).encrypt(nonce, key_material, aad)

    def unwrap(self, ref: KekRef, wrapped: bytes, aad: bytes) -> bytes:
        aead = self._aead(ref)
        if len(wrapped) != 1 + NONCE_BYTES + KEY_BYTES + 16 or wrapped[:1] != _WRAP_V1:
            raise DecryptionError(f"a wrapped key under {ref.label} is malformed")
        try:
            return aead.decrypt(wrapped[1 : 1 + NONCE_BYTES], wrapped[1 + NONCE_BYTES :], aad)
        except InvalidTag:
            raise DecryptionError(
                f"a wrapped key does not open under {ref.label}: altered, moved, or wrong key file"
            ) from None

    def destroy_kek(self, ref: KekRef) -> None:
        self._change(lambda keks: keks.pop(ref.label, None))

    def create_signing_key(self, name: str) -> bytes:
        label = signing_key_label(name)
        signer = Ed25519PrivateKey.generate()

        def add(keks: dict[str, bytes]) -> None:
            if label in keks:
                raise KeyProviderError(f"signing key {label} already exists in {self._path}")
            keks[label] = signer.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())

        self._change(add)
        self._signers[label] = signer
        return _raw_public_key(signer)

    def has_signing_key(self, name: str) -> bool:
        label = signing_key_label(name)
        if label not in self._keks:
            self._reload()
        return label in self._keks

    def signing_public_key(self, name: str) -> bytes:
        return _raw_public_key(self._signer(signing_key_label(name)))

    def sign(self, name: str, message: bytes) -> bytes:
        return self._signer(signing_key_label(name)).sign(message)

    def _change(self, change: Callable[[dict[str, bytes]], object]) -> None:
        """Apply one change to the file as it is now on disk, under an exclusive lock, so two
        processes sharing the key file never undo each other's creations or destructions."""
        with exclusive_lock(self._path.with_name(f".{self._path.name}.lock")):
            self._reload()
            keks = dict(self._keks)
            change(keks)
            self._use(keks)
            self._save()

    def _reload(self) -> None:
        document = _read_document(self._path)
        self._use(_keks_of(document, self._store_id, self._passphrase, self._path))

    def _use(self, keks: dict[str, bytes]) -> None:
        previous, self._keks = self._keks, keks
        self._aeads = _aeads_of(keks)
        self._signers = {
            label: signer
            for label, signer in self._signers.items()
            if label in keks and keks[label] == previous.get(label)
        }

    def _signer(self, label: str) -> Ed25519PrivateKey:
        signer = self._signers.get(label)
        if signer is not None:
            return signer
        if label not in self._keks:
            self._reload()  # another process may have made it since we read the file
        seed = self._keks.get(label)
        if seed is None:
            raise KeyProviderError(f"key file {self._path} has no signing key {label}")
        signer = Ed25519PrivateKey.from_private_bytes(seed)
        self._signers[label] = signer
        return signer

    def _aead(self, ref: KekRef) -> AESGCM:
        aead = self._aeads.get(ref.label)
        if aead is None:
            self._reload()  # another process may have made it since we read the file
            aead = self._aeads.get(ref.label)
        if aead is None:
            raise KeyProviderError(
                f"key file {self._path} has no key {ref.label}: wrong key file, or the key "
                "was destroyed"
            )
        return aead

    def _save(self) -> None:
        keks = {label: _b64(material) for label, material in sorted(self._keks.items())}
        document: dict[str, Any] = {"format": FORMAT, "store_id": self._store_id}
        if self._passphrase is None:
            document["keks"] = keks
        else:
            document["sealed"] = _seal(keks, self._store_id, self._passphrase)
        write_atomically(self._path, json.dumps(document, indent=1).encode())


def _aeads_of(keks: dict[str, bytes]) -> dict[str, AESGCM]:
    return {
        label: AESGCM(material)
        for label, material in keks.items()
        if not label.startswith(SIGNING_LABEL_PREFIX)
    }


def _raw_public_key(signer: Ed25519PrivateKey) -> bytes:
    return signer.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _read_document(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeyProviderError(
            f"key file {path} not found: run `carevault init`, or point CAREVAULT_KEY_FILE "
            "at the store's key file"
        ) from None
    except OSError as exc:
        raise KeyProviderError(f"key file {path} cannot be read: {exc.strerror}") from None
    try:
        document = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise KeyProviderError(f"key file {path} is corrupt (not JSON)") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise KeyProviderError(f"key file {path} is not a {FORMAT} file")
    return document


def _keks_of(
    document: dict[str, Any], store_id: str, passphrase: str | None, path: Path
) -> dict[str, bytes]:
    if "sealed" in document:
        if passphrase is None:
            raise KeyProviderError(f"key file {path} was sealed by another process; reopen it")
        return _unseal(document["sealed"], store_id, passphrase, path)
    return _decode_keks(document.get("keks"), path)


def _decode_keks(raw: object, path: Path) -> dict[str, bytes]:
    if not isinstance(raw, dict):
        raise KeyProviderError(f"key file {path} is corrupt (no keys)")
    try:
        keks = {str(label): base64.b64decode(value, validate=True) for label, value in raw.items()}
    except (ValueError, TypeError):
        raise KeyProviderError(f"key file {path} is corrupt (bad key encoding)") from None
    if any(len(material) != KEY_BYTES for material in keks.values()):
        raise KeyProviderError(f"key file {path} is corrupt (a key is not 32 bytes)")
    return keks


def _derive(passphrase: str, salt: bytes, time_cost: int, memory: int, lanes: int) -> bytes:
    return hash_secret_raw(passphrase.encode(), salt, time_cost, memory, lanes, KEY_BYTES, Type.ID)


def _seal(keks: dict[str, str], store_id: str, passphrase: str) -> dict[str, Any]:
    salt = os.urandom(16)
    nonce = os.urandom(NONCE_BYTES)
    key = _derive(passphrase, salt, ARGON2_TIME_COST, ARGON2_MEMORY_KIB, ARGON2_PARALLELISM)
    payload = json.dumps(keks).encode()
    ciphertext = AESGCM(key).encrypt(nonce, payload, (FORMAT + store_id).encode())
    return {
        "kdf": "argon2id",
        "time_cost": ARGON2_TIME_COST,
        "memory_cost": ARGON2_MEMORY_KIB,
        "parallelism": ARGON2_PARALLELISM,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "ciphertext": _b64(ciphertext),
    }


def _unseal(sealed: Any, store_id: str, passphrase: str, path: Path) -> dict[str, bytes]:
    try:
        if sealed["kdf"] != "argon2id":
            raise KeyProviderError(f"key file {path} uses an unknown KDF {sealed['kdf']!r}")
        key = _derive(
            passphrase,
            base64.b64decode(sealed["salt"]),
            int(sealed["time_cost"]),
            int(sealed["memory_cost"]),
            int(sealed["parallelism"]),
        )
        nonce = base64.b64decode(sealed["nonce"])
        ciphertext = base64.b64decode(sealed["ciphertext"])
    except (KeyError, TypeError, ValueError):
        raise KeyProviderError(f"key file {path} is corrupt (bad sealed section)") from None
    try:
        payload = AESGCM(key).decrypt(nonce, ciphertext, (FORMAT + store_id).encode())
    except InvalidTag:
        raise KeyProviderError(
            f"wrong passphrase for key file {path} (or the file was altered)"
        ) from None
    return _decode_keks(json.loads(payload), path)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
