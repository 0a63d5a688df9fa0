from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from carevault.crypto import KekRef, LocalKeyProvider
from carevault.errors import DecryptionError, KeyProviderError

REF = KekRef("practice-1", 42, 1)


def test_key_file_is_private_and_holds_no_plaintext_secret_name(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    provider = LocalKeyProvider.create(path, "store-1")
    provider.create_kek(REF)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    document = json.loads(path.read_text())
    assert document["store_id"] == "store-1"
    assert list(document["keks"]) == [REF.label]


def test_wrap_unwrap_round_trip_and_aad_binding(tmp_path: Path) -> None:
    provider = LocalKeyProvider.create(tmp_path / "k.key", "store-1")
    provider.create_kek(REF)
    wrapped = provider.wrap(REF, b"\x07" * 32, b"owner-a")
    reopened = LocalKeyProvider.open(tmp_path / "k.key", "store-1")
    assert reopened.unwrap(REF, wrapped, b"owner-a") == b"\x07" * 32
    with pytest.raises(DecryptionError) as refused:
        reopened.unwrap(REF, wrapped, b"owner-b")
    assert str(refused.value) == (
        f"a wrapped key does not open under {REF.label}: altered, moved, or wrong key file"
    )


def test_sealed_key_file_needs_the_right_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    provider = LocalKeyProvider.create(path, "store-1", passphrase="correct horse battery")
    provider.create_kek(REF)
    assert "keks" not in json.loads(path.read_text())
    assert LocalKeyProvider.open(path, "store-1", "correct horse battery").has_kek(REF)
    with pytest.raises(KeyProviderError) as refused:
        LocalKeyProvider.open(path, "store-1", "wrong horse battery")
    assert str(refused.value) == f"wrong passphrase for key file {path} (or the file was altered)"
    with pytest.raises(KeyProviderError, match="is sealed with a passphrase"):
        LocalKeyProvider.open(path, "store-1", None)


def test_short_passphrase_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyProviderError, match="at least 12 characters"):
        LocalKeyProvider.create(tmp_path / "k.key", "s", passphrase="short")


def test_key_file_of_another_store_refused(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    LocalKeyProvider.create(path, "store-1")
    with pytest.raises(KeyProviderError) as refused:
        LocalKeyProvider.open(path, "store-2")
    assert str(refused.value) == (
        f"key file {path} belongs to store store-1, not to this store (store-2): wrong key file"
    )


def test_missing_and_corrupt_key_files(tmp_path: Path) -> None:
    with pytest.raises(KeyProviderError, match="not found: run `carevault init`"):
        LocalKeyProvider.open(tmp_path / "absent.key", None)
    corrupt = tmp_path / "corrupt.key"
    corrupt.write_text("{not json")
    with pytest.raises(KeyProviderError, match="is corrupt"):
        LocalKeyProvider.open(corrupt, None)


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    LocalKeyProvider.create(path, "s")
    with pytest.raises(KeyProviderError, match="already exists"):
        LocalKeyProvider.create(path, "s")


def test_destroyed_kek_is_gone_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    provider = LocalKeyProvider.create(path, "s")
    provider.create_kek(REF)
    wrapped = provider.wrap(REF, b"\x01" * 32, b"a")
    provider.destroy_kek(REF)
    reopened = LocalKeyProvider.open(path, "s")
    assert not reopened.has_kek(REF)
    with pytest.raises(KeyProviderError, match="has no key"):
        reopened.unwrap(REF, wrapped, b"a")
