from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from carevault.crypto import DataKey, FieldContext, Keyring, RecordContext, new_data_key
from carevault.errors import DecryptionError

CONTEXT = FieldContext("practice-1", "Patient", "p1", "name", 1)


def test_aes_256_gcm_known_answer() -> None:
    # NIST GCM test vector (gcmEncryptExtIV256.rsp, Count = 0 with 96-bit IV, no AAD):
    # the primitive our DataKey uses must give the published ciphertext and tag.
    key = bytes.fromhex("31bdadd96698c204aa9ce1448ea94ae1fb4a9a0b3c9d773b51bb1822666b8f22")
    iv = bytes.fromhex("0d18e06c7c725ac9e362e1ce")
    plaintext = bytes.fromhex("2db5168e932556f8089a0622981d017d")
    expected = bytes.fromhex("fa4362189661d163fcd6a56d8bf0405ad636ac1bbedd5cc3ee727dc2ab4a9489")
    assert AESGCM(key).encrypt(iv, plaintext, None) == expected


def test_hkdf_sha256_known_answer() -> None:
    # RFC 5869, Appendix A.1 (test case 1): the KDF behind blind-index keys.
    okm = HKDF(
        algorithm=hashes.SHA256(),
        length=42,
        salt=bytes.fromhex("000102030405060708090a0b0c"),
        info=bytes.fromhex("f0f1f2f3f4f5f6f7f8f9"),
    ).derive(bytes.fromhex("0b" * 22))
    assert okm.hex() == (
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
    )


def test_seal_then_open_round_trips() -> None:
    key, _ = new_data_key()
    sealed = key.seal(b"Dupont", CONTEXT)
    assert b"Dupont" not in sealed
    assert key.open(sealed, CONTEXT) == b"Dupont"


def test_each_seal_uses_a_fresh_nonce() -> None:
    key, _ = new_data_key()
    assert key.seal(b"same", CONTEXT) != key.seal(b"same", CONTEXT)


@pytest.mark.parametrize(
    "other",
    [
        FieldContext("practice-2", "Patient", "p1", "name", 1),
        FieldContext("practice-1", "Practitioner", "p1", "name", 1),
        FieldContext("practice-1", "Patient", "p2", "name", 1),
        FieldContext("practice-1", "Patient", "p1", "telecom", 1),
        FieldContext("practice-1", "Patient", "p1", "name", 2),
    ],
    ids=["practice", "type", "record", "field", "version"],
)
def test_ciphertext_bound_to_its_place(other: FieldContext) -> None:
    key, _ = new_data_key()
    sealed = key.seal(b"Dupont", CONTEXT)
    with pytest.raises(DecryptionError) as refused:
        key.open(sealed, other)
    assert str(refused.value) == (
        f"{other.describe()} does not open: the ciphertext was altered, moved from another "
        "record or field, or made with another key"
    )


def test_any_flipped_bit_is_refused() -> None:
    key, _ = new_data_key()
    sealed = bytearray(key.seal(b"Dupont", CONTEXT))
    for position in (0, 3, 8, 12, len(sealed) - 1):
        altered = bytearray(sealed)
        altered[position] ^= 0x01
        with pytest.raises(DecryptionError):
            key.open(bytes(altered), CONTEXT)


def test_truncated_ciphertext_is_refused() -> None:
    key, _ = new_data_key()
    with pytest.raises(DecryptionError):
        key.open(key.seal(b"x", CONTEXT)[:20], CONTEXT)


def test_keyring_opens_old_versions_and_seals_with_newest() -> None:
    old = DataKey(key_id=7, version=1, material=b"\x01" * 32)
    new = DataKey(key_id=7, version=2, material=b"\x02" * 32)
    sealed_old = old.seal(b"old", CONTEXT)
    ring = Keyring([old, new])
    assert ring.open(sealed_old, CONTEXT) == b"old"
    assert ring.open(ring.seal(b"new", CONTEXT), CONTEXT) == b"new"
    assert ring.primary is new


def test_keyring_refuses_ciphertext_of_another_key() -> None:
    mine, _ = new_data_key(key_id=1)
    theirs, _ = new_data_key(key_id=2)
    with pytest.raises(DecryptionError, match="made with a key this record does not hold"):
        Keyring([mine]).open(theirs.seal(b"x", CONTEXT), CONTEXT)


def test_data_key_repr_hides_material() -> None:
    key = DataKey(key_id=5, version=1, material=b"\xaa" * 32)
    assert "aa" not in repr(key)
    assert repr(key) == "DataKey(key_id=5, version=1)"


RECORD = RecordContext("practice-1", "Patient", "p1", 3)
FIELDS = {"name": b'"Dupont"', "birth_date": b'"1970-01-01"', "telecom": b"[]"}


def test_a_record_opened_whole_gives_each_field_back() -> None:
    keyring = Keyring([new_data_key(key_id=7)[0]])
    sealed = keyring.seal_record(FIELDS, RECORD)
    assert keyring.open_record(sealed, RECORD) == FIELDS
    assert keyring.open_record({}, RECORD) == {}


def test_a_record_sealed_before_a_rotation_opens_with_the_older_version() -> None:
    old, _ = new_data_key(key_id=7, version=1)
    new, _ = new_data_key(key_id=7, version=2)
    sealed = Keyring([old]).seal_record(FIELDS, RECORD)
    mixed = {**sealed, "telecom": Keyring([new]).seal_record(FIELDS, RECORD)["telecom"]}
    assert Keyring([old, new]).open_record(mixed, RECORD) == FIELDS


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ("swap two fields", "name"),
        ("another version of the record", "name"),
        ("flip a bit", "birth_date"),
        ("truncate", "telecom"),
        ("another key", "name"),
    ],
)
def test_a_record_with_a_field_moved_altered_or_foreign_is_refused_naming_it(
    change: str, field: str
) -> None:
    key, _ = new_data_key(key_id=7)
    sealed = Keyring([key]).seal_record(FIELDS, RECORD)
    record = RECORD
    if change == "swap two fields":
        sealed = {**sealed, "name": sealed["birth_date"], "birth_date": sealed["name"]}
    elif change == "another version of the record":
        record = RecordContext("practice-1", "Patient", "p1", 4)
    elif change == "flip a bit":
        value = bytearray(sealed["birth_date"])
        value[-1] ^= 1
        sealed = {**sealed, "birth_date": bytes(value)}
    elif change == "truncate":
        sealed = {**sealed, "telecom": sealed["telecom"][:20]}
    else:
        sealed = {
            **sealed,
            "name": Keyring([new_data_key()[0]]).seal_record(FIELDS, RECORD)["name"],
        }
    with pytest.raises(DecryptionError, match=f"Patient/p1 field '{field}' does not open"):
        Keyring([key]).open_record(sealed, record)
