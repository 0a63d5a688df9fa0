from __future__ import annotations

import base64
import json
import stat
from pathlib import Path

import pytest

from carevault.crypto import KekRef, LocalKeyProvider, verify_ed25519
from carevault.errors import DecryptionError, KeyProviderError
from support.signing import assert_signing_name_refused

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


# Ed25519 signing keys (for the audit log's checkpoints).

SIGNER = "audit-log.checkpoints_1"
NOTE = b"carevault.example/log\n7\nq2v8AAAA=\n"
PASSPHRASE = "correct horse battery"


def _seed_forms(seed: bytes) -> list[bytes]:
    """Every way a 32-byte seed could show up in a JSON file."""
    return [seed, base64.b64encode(seed), seed.hex().encode(), seed.hex().upper().encode()]


def test_signing_key_signs_and_verifies(tmp_path: Path) -> None:
    provider = LocalKeyProvider.create(tmp_path / "k.key", "s")
    assert not provider.has_signing_key(SIGNER)
    public = provider.create_signing_key(SIGNER)
    assert len(public) == 32
    assert provider.has_signing_key(SIGNER)
    assert provider.signing_public_key(SIGNER) == public
    signature = provider.sign(SIGNER, NOTE)
    assert len(signature) == 64
    assert verify_ed25519(public, NOTE, signature)
    assert not verify_ed25519(public, NOTE + b"x", signature)
    assert not verify_ed25519(public, b"another note", signature)


def test_signing_key_is_stable_across_reopening(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    provider = LocalKeyProvider.create(path, "s")
    provider.create_kek(REF)
    public = provider.create_signing_key(SIGNER)
    reopened = LocalKeyProvider.open(path, "s")
    assert reopened.signing_public_key(SIGNER) == public
    assert verify_ed25519(public, NOTE, reopened.sign(SIGNER, NOTE))
    assert reopened.unwrap(REF, provider.wrap(REF, b"\x02" * 32, b"a"), b"a") == b"\x02" * 32
    document = json.loads(path.read_text())
    assert sorted(document["keks"]) == sorted([REF.label, f"carevault-sign/{SIGNER}"])


def test_a_key_made_by_another_process_is_found(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    first = LocalKeyProvider.create(path, "s")
    second = LocalKeyProvider.open(path, "s")
    public = second.create_signing_key(SIGNER)
    assert first.has_signing_key(SIGNER)
    assert verify_ed25519(public, NOTE, first.sign(SIGNER, NOTE))
    first.create_kek(REF)  # a later change by the first keeps the second's key
    assert LocalKeyProvider.open(path, "s").signing_public_key(SIGNER) == public


def test_plain_key_file_holds_the_seed(tmp_path: Path) -> None:
    # The control for the sealed case below: the scan does find a seed stored in the clear.
    path = tmp_path / "k.key"
    provider = LocalKeyProvider.create(path, "s")
    provider.create_signing_key(SIGNER)
    seed = provider._keks[f"carevault-sign/{SIGNER}"]
    assert base64.b64encode(seed) in path.read_bytes()


def test_sealed_key_file_keeps_the_seed_sealed(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    provider = LocalKeyProvider.create(path, "s", passphrase=PASSPHRASE)
    public = provider.create_signing_key(SIGNER)
    seed = provider._keks[f"carevault-sign/{SIGNER}"]
    raw = path.read_bytes()
    assert not any(form in raw for form in _seed_forms(seed))
    assert SIGNER.encode() not in raw  # not even the key's name shows
    reopened = LocalKeyProvider.open(path, "s", PASSPHRASE)
    assert reopened.signing_public_key(SIGNER) == public
    assert verify_ed25519(public, NOTE, reopened.sign(SIGNER, NOTE))


def test_signing_key_created_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    provider = LocalKeyProvider.create(path, "s")
    public = provider.create_signing_key(SIGNER)
    with pytest.raises(KeyProviderError) as refused:
        provider.create_signing_key(SIGNER)
    assert str(refused.value) == f"signing key carevault-sign/{SIGNER} already exists in {path}"
    with pytest.raises(KeyProviderError, match=f"carevault-sign/{SIGNER} already exists"):
        LocalKeyProvider.open(path, "s").create_signing_key(SIGNER)
    assert provider.signing_public_key(SIGNER) == public  # the first key is untouched


def test_unknown_signing_key(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    provider = LocalKeyProvider.create(path, "s")
    provider.create_kek(REF)
    expected = f"key file {path} has no signing key carevault-sign/absent"
    with pytest.raises(KeyProviderError) as refused:
        provider.signing_public_key("absent")
    assert str(refused.value) == expected
    with pytest.raises(KeyProviderError) as refused:
        provider.sign("absent", NOTE)
    assert str(refused.value) == expected
    assert not provider.has_signing_key("absent")


@pytest.mark.parametrize("name", ["", "x" * 65, "a/b", "a b", "caf\u00e9", "a\n", "a:b"])
def test_bad_signing_key_names(tmp_path: Path, name: str) -> None:
    path = tmp_path / "k.key"
    provider = LocalKeyProvider.create(path, "s")
    before = path.read_bytes()
    assert_signing_name_refused(provider, name)
    assert path.read_bytes() == before


def test_longest_signing_key_name(tmp_path: Path) -> None:
    provider = LocalKeyProvider.create(tmp_path / "k.key", "s")
    public = provider.create_signing_key("A-z.0_9" + "x" * 57)
    assert verify_ed25519(public, NOTE, provider.sign("A-z.0_9" + "x" * 57, NOTE))
