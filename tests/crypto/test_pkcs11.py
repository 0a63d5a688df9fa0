"""The ``pkcs11`` key provider against a real SoftHSM2 token (no mocks)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pkcs11
import pytest
from pkcs11.constants import Attribute, MechanismFlag, ObjectClass
from pkcs11.exceptions import AttributeSensitive, KeyUnextractable
from pkcs11.mechanisms import KeyType, Mechanism
from pkcs11.types import Session, WrapMixin

from carevault.crypto import verify_ed25519
from carevault.crypto._pkcs11 import Pkcs11KeyProvider
from carevault.crypto._provider import KekRef
from carevault.errors import DecryptionError, KeyProviderError
from support.signing import assert_signing_name_refused
from support.softhsm import (
    SOFTHSM_MODULE,
    SoftHsmToken,
    make_softhsm_token,
    unique_token_label,
)

DATA_KEY = bytes(range(32))
AAD = b"carevault/dek/practice-1/42"


@pytest.fixture
def provider(token: SoftHsmToken) -> Iterator[Pkcs11KeyProvider]:
    opened = Pkcs11KeyProvider.open(token.module_path, token.token_label, token.pin)
    yield opened
    opened.close()


@pytest.fixture
def ref() -> KekRef:
    return KekRef("practice-1", 7, 1)


@pytest.fixture
def raw_session(token: SoftHsmToken, provider: Pkcs11KeyProvider) -> Iterator[Session]:
    """A bare session on the token; it sees private objects while ``provider`` is logged in."""
    library = pkcs11.lib(os.path.realpath(token.module_path))
    session = library.get_token(token_label=token.token_label).open()
    yield session
    session.close()


def test_create_has_destroy(provider: Pkcs11KeyProvider, ref: KekRef) -> None:
    assert provider.name == "pkcs11"
    assert not provider.has_kek(ref)
    provider.create_kek(ref)
    assert provider.has_kek(ref)
    assert not provider.has_kek(ref.next_version())
    provider.destroy_kek(ref)
    assert not provider.has_kek(ref)


def test_destroy_absent_kek_is_a_no_op(provider: Pkcs11KeyProvider, ref: KekRef) -> None:
    provider.destroy_kek(ref)
    assert not provider.has_kek(ref)


def test_create_kek_twice_is_refused(provider: Pkcs11KeyProvider, ref: KekRef) -> None:
    provider.create_kek(ref)
    with pytest.raises(KeyProviderError, match=f"KEK {ref.label} already exists"):
        provider.create_kek(ref)


def test_wrap_unwrap_round_trip(provider: Pkcs11KeyProvider, ref: KekRef) -> None:
    provider.create_kek(ref)
    wrapped = provider.wrap(ref, DATA_KEY, AAD)
    assert wrapped[:1] == b"\x02"
    assert len(wrapped) == 1 + 12 + 32 + 16
    assert DATA_KEY not in wrapped
    assert provider.unwrap(ref, wrapped, AAD) == DATA_KEY
    again = provider.wrap(ref, DATA_KEY, AAD)
    assert again[1:13] != wrapped[1:13]  # a fresh IV each time
    assert provider.unwrap(ref, again, AAD) == DATA_KEY


def test_unwrap_with_wrong_aad_fails(provider: Pkcs11KeyProvider, ref: KekRef) -> None:
    provider.create_kek(ref)
    wrapped = provider.wrap(ref, DATA_KEY, AAD)
    with pytest.raises(DecryptionError, match=f"does not open under {ref.label}") as caught:
        provider.unwrap(ref, wrapped, AAD + b"x")
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert provider.unwrap(ref, wrapped, AAD) == DATA_KEY  # the session survived the failure


@pytest.mark.parametrize(("where", "name"), [(5, "iv"), (20, "ciphertext"), (-1, "tag")])
def test_altered_blob_fails(
    provider: Pkcs11KeyProvider, ref: KekRef, where: int, name: str
) -> None:
    provider.create_kek(ref)
    wrapped = bytearray(provider.wrap(ref, DATA_KEY, AAD))
    wrapped[where] ^= 0x01
    with pytest.raises(DecryptionError, match=f"does not open under {ref.label}"):
        provider.unwrap(ref, bytes(wrapped), AAD)


@pytest.mark.parametrize("mangle", ["version", "truncated", "extended", "empty"])
def test_malformed_blob_fails(provider: Pkcs11KeyProvider, ref: KekRef, mangle: str) -> None:
    provider.create_kek(ref)
    wrapped = provider.wrap(ref, DATA_KEY, AAD)
    blob = {
        "version": b"\x01" + wrapped[1:],
        "truncated": wrapped[:-1],
        "extended": wrapped + b"\x00",
        "empty": b"",
    }[mangle]
    with pytest.raises(DecryptionError, match=f"under {ref.label} is malformed"):
        provider.unwrap(ref, blob, AAD)


def test_kek_of_another_label_does_not_open(provider: Pkcs11KeyProvider, ref: KekRef) -> None:
    other = ref.next_version()
    provider.create_kek(ref)
    provider.create_kek(other)
    wrapped = provider.wrap(ref, DATA_KEY, AAD)
    with pytest.raises(DecryptionError, match=other.label):
        provider.unwrap(other, wrapped, AAD)


def test_missing_kek_is_a_provider_error(provider: Pkcs11KeyProvider, ref: KekRef) -> None:
    with pytest.raises(KeyProviderError, match=f"has no key {ref.label}"):
        provider.wrap(ref, DATA_KEY, AAD)
    provider.create_kek(ref)
    wrapped = provider.wrap(ref, DATA_KEY, AAD)
    provider.destroy_kek(ref)
    with pytest.raises(KeyProviderError, match="the key was destroyed"):
        provider.unwrap(ref, wrapped, AAD)


def test_kek_is_sensitive_and_never_extractable(
    provider: Pkcs11KeyProvider, ref: KekRef, raw_session: Session
) -> None:
    provider.create_kek(ref)
    key = raw_session.get_key(ObjectClass.SECRET_KEY, KeyType.AES, label=ref.label)
    assert key[Attribute.TOKEN] is True
    assert key[Attribute.PRIVATE] is True
    assert key[Attribute.SENSITIVE] is True
    assert key[Attribute.ALWAYS_SENSITIVE] is True
    assert key[Attribute.EXTRACTABLE] is False
    assert key[Attribute.NEVER_EXTRACTABLE] is True
    assert key[Attribute.MODIFIABLE] is False
    assert key[Attribute.VALUE_LEN] == 32
    assert key[Attribute.ENCRYPT] is True and key[Attribute.DECRYPT] is True
    assert key[Attribute.WRAP] is False and key[Attribute.UNWRAP] is False
    assert key[Attribute.SIGN] is False and key[Attribute.DERIVE] is False
    assert len(key[Attribute.ID]) == 16
    with pytest.raises(AttributeSensitive):
        key[Attribute.VALUE]
    # Not even another key of the token may wrap it out.
    wrapping_key = raw_session.generate_key(
        KeyType.AES, 256, capabilities=MechanismFlag.WRAP | MechanismFlag.UNWRAP
    )
    assert isinstance(wrapping_key, WrapMixin)
    with pytest.raises(KeyUnextractable):
        wrapping_key.wrap_key(key, mechanism=Mechanism.AES_KEY_WRAP)


def test_wrong_pin(token: SoftHsmToken) -> None:
    wrong = "0000" + token.pin
    with pytest.raises(KeyProviderError) as caught:
        Pkcs11KeyProvider.open(token.module_path, token.token_label, wrong)
    assert str(caught.value) == f"wrong PKCS#11 PIN for token '{token.token_label}'"
    assert wrong not in str(caught.value) and token.pin not in str(caught.value)
    provider = Pkcs11KeyProvider.open(token.module_path, token.token_label, token.pin)
    provider.close()


def test_wrong_pin_while_the_token_is_logged_in(
    token: SoftHsmToken, provider: Pkcs11KeyProvider
) -> None:
    with pytest.raises(KeyProviderError) as caught:
        Pkcs11KeyProvider.open(token.module_path, token.token_label, token.pin + "0")
    assert str(caught.value) == f"wrong PKCS#11 PIN for token '{token.token_label}'"


def test_unknown_token(token: SoftHsmToken) -> None:
    with pytest.raises(KeyProviderError) as caught:
        Pkcs11KeyProvider.open(token.module_path, "no-such-token", token.pin)
    message = str(caught.value)
    assert message.startswith("PKCS#11 token 'no-such-token' not found")
    assert f"'{token.token_label}'" in message  # lists the tokens that are present
    assert token.pin not in message


def test_missing_module(tmp_path: Path) -> None:
    path = str(tmp_path / "libnothing.so")
    with pytest.raises(
        KeyProviderError, match=f"^PKCS#11 module {re.escape(str(path))} cannot be loaded"
    ):
        Pkcs11KeyProvider.open(path, "carevault-test", "1234")


def test_a_file_that_is_not_a_pkcs11_module(tmp_path: Path) -> None:
    path = tmp_path / "libfake.so"
    path.write_bytes(b"\x7fELF not really")
    with pytest.raises(
        KeyProviderError, match=f"^PKCS#11 module {re.escape(str(path))} cannot be loaded"
    ):
        Pkcs11KeyProvider.open(str(path), "carevault-test", "1234")


def test_two_providers_share_the_persistent_key(token: SoftHsmToken, ref: KekRef) -> None:
    first = Pkcs11KeyProvider.open(token.module_path, token.token_label, token.pin)
    second = Pkcs11KeyProvider.open(token.module_path, token.token_label, token.pin)
    try:
        first.create_kek(ref)
        wrapped = first.wrap(ref, DATA_KEY, AAD)
        assert second.has_kek(ref)
        assert second.unwrap(ref, wrapped, AAD) == DATA_KEY
        first.close()
        # Closing one provider must not log the other out (PKCS#11 login is per process).
        assert second.unwrap(ref, wrapped, AAD) == DATA_KEY
    finally:
        first.close()
        second.close()
    third = Pkcs11KeyProvider.open(token.module_path, token.token_label, token.pin)
    try:
        assert third.unwrap(ref, wrapped, AAD) == DATA_KEY
    finally:
        third.close()


_UNWRAP_IN_CHILD = """
import json, sys
from carevault.crypto._pkcs11 import Pkcs11KeyProvider
from carevault.crypto._provider import KekRef
job = json.load(sys.stdin)
provider = Pkcs11KeyProvider.open(job["module"], job["token"], job["pin"])
ref = KekRef(*job["ref"])
print(provider.unwrap(ref, bytes.fromhex(job["wrapped"]), bytes.fromhex(job["aad"])).hex())
provider.close()
"""


def test_key_persists_for_another_process(
    token: SoftHsmToken, provider: Pkcs11KeyProvider, ref: KekRef
) -> None:
    provider.create_kek(ref)
    wrapped = provider.wrap(ref, DATA_KEY, AAD)
    job = {
        "module": token.module_path,
        "token": token.token_label,
        "pin": token.pin,
        "ref": [ref.practice_id, ref.key_id, ref.version],
        "wrapped": wrapped.hex(),
        "aad": AAD.hex(),
    }
    result = subprocess.run(
        [sys.executable, "-c", _UNWRAP_IN_CHILD],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert bytes.fromhex(result.stdout.strip()) == DATA_KEY


def test_bad_softhsm_configuration_is_reported(token: SoftHsmToken, tmp_path: Path) -> None:
    # Needs a fresh process: SoftHSM reads SOFTHSM2_CONF once, at C_Initialize.
    code = (
        "from carevault.crypto._pkcs11 import Pkcs11KeyProvider\n"
        "from carevault.errors import KeyProviderError\n"
        "try:\n"
        f"    Pkcs11KeyProvider.open({token.module_path!r}, 'x', '1234')\n"
        "except KeyProviderError as exc:\n"
        "    print(exc)\n"
    )
    environment = dict(os.environ, SOFTHSM2_CONF=str(tmp_path / "missing.conf"))
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"PKCS#11 module {token.module_path} cannot be loaded")
    assert "SOFTHSM2_CONF" in result.stdout


def test_closed_provider_refuses_work(token: SoftHsmToken, ref: KekRef) -> None:
    provider = Pkcs11KeyProvider.open(token.module_path, token.token_label, token.pin)
    provider.close()
    provider.close()  # idempotent
    with pytest.raises(KeyProviderError, match="is closed"):
        provider.has_kek(ref)


def test_concurrent_use_from_threads(token: SoftHsmToken, ref: KekRef) -> None:
    providers = [
        Pkcs11KeyProvider.open(token.module_path, token.token_label, token.pin) for _ in range(2)
    ]
    errors: list[BaseException] = []

    def work(provider: Pkcs11KeyProvider, seed: int) -> None:
        try:
            for round_ in range(25):
                material = bytes([seed, round_]) * 16
                aad = f"{seed}/{round_}".encode()
                assert provider.unwrap(ref, provider.wrap(ref, material, aad), aad) == material
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    try:
        providers[0].create_kek(ref)
        threads = [threading.Thread(target=work, args=(providers[n % 2], n)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        for provider in providers:
            provider.close()
    assert errors == []


def test_helper_makes_tokens_after_the_library_is_loaded(
    softhsm_directory: Path, provider: Pkcs11KeyProvider, ref: KekRef
) -> None:
    later = make_softhsm_token(softhsm_directory, label=unique_token_label("later"))
    other = Pkcs11KeyProvider.open(later.module_path, later.token_label, later.pin)
    try:
        other.create_kek(ref)
        assert other.has_kek(ref)
        assert not provider.has_kek(ref)  # separate tokens hold separate keys
    finally:
        other.close()


def test_helper_refuses_a_second_directory(provider: Pkcs11KeyProvider, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="reads SOFTHSM2_CONF only once per process"):
        make_softhsm_token(tmp_path, label=unique_token_label())


def test_helper_refuses_a_reused_label(softhsm_directory: Path, token: SoftHsmToken) -> None:
    with pytest.raises(RuntimeError, match="already made"):
        make_softhsm_token(softhsm_directory, label=token.token_label)


def test_helper_fails_loudly_without_softhsm2_util(
    softhsm_directory: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(RuntimeError, match="softhsm2-util not found"):
        make_softhsm_token(softhsm_directory, label=unique_token_label())


def test_helper_token_fields(token: SoftHsmToken, softhsm_directory: Path) -> None:
    assert token.module_path == SOFTHSM_MODULE
    assert token.conf_path == softhsm_directory.resolve() / "softhsm2.conf"
    assert os.environ["SOFTHSM2_CONF"] == str(token.conf_path)
    assert token.pin not in repr(token) and token.so_pin not in repr(token)


# python-pkcs11 0.10.1 quirk: when C_FindObjectsInit fails on a dead session, the search object's
# __del__ retries C_FindObjectsFinal and its error becomes an "unraisable exception" warning.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_no_raw_pkcs11_error_escapes(provider: Pkcs11KeyProvider, ref: KekRef) -> None:
    provider.create_kek(ref)
    wrapped = provider.wrap(ref, DATA_KEY, AAD)
    provider.create_signing_key("checkpoints")
    provider._live_session().close()  # the session dies behind the provider's back
    calls = [
        lambda: provider.create_signing_key("other"),
        lambda: provider.has_signing_key("checkpoints"),
        lambda: provider.signing_public_key("checkpoints"),
        lambda: provider.sign("checkpoints", NOTE),
        lambda: provider.has_kek(ref),
        lambda: provider.create_kek(ref.next_version()),
        lambda: provider.wrap(ref, DATA_KEY, AAD),
        lambda: provider.unwrap(ref, wrapped, AAD),
        lambda: provider.destroy_kek(ref),
        provider.close,
    ]
    for call in calls:
        with pytest.raises(KeyProviderError, match=r"^PKCS#11 token '[^']+' went away"):
            call()


# Ed25519 signing keys (for the audit log's checkpoints), generated inside the token.

SIGNER = "audit-log.checkpoints_1"
SIGNER_LABEL = f"carevault-sign/{SIGNER}"
NOTE = b"carevault.example/log\n7\nq2v8AAAA=\n"
ED25519_OID_DER = bytes.fromhex("06032b6570")  # OBJECT IDENTIFIER 1.3.101.112
ED25519_NAME_DER = b"\x13\x0cedwards25519"  # PrintableString "edwards25519"


def test_signing_key_signs_and_verifies(provider: Pkcs11KeyProvider) -> None:
    assert not provider.has_signing_key(SIGNER)
    public = provider.create_signing_key(SIGNER)
    assert len(public) == 32
    assert provider.has_signing_key(SIGNER)
    assert provider.signing_public_key(SIGNER) == public
    signature = provider.sign(SIGNER, NOTE)
    assert len(signature) == 64
    assert verify_ed25519(public, NOTE, signature)
    assert provider.sign(SIGNER, NOTE) == signature  # pure Ed25519 is deterministic
    assert not verify_ed25519(public, NOTE + b"x", signature)
    assert not verify_ed25519(public, b"another note", signature)
    assert verify_ed25519(public, b"", provider.sign(SIGNER, b""))


def test_signing_key_is_stable_across_sessions(token: SoftHsmToken) -> None:
    first = Pkcs11KeyProvider.open(token.module_path, token.token_label, token.pin)
    try:
        public = first.create_signing_key(SIGNER)
    finally:
        first.close()  # the last provider: the token is logged out
    second = Pkcs11KeyProvider.open(token.module_path, token.token_label, token.pin)
    try:
        assert second.has_signing_key(SIGNER)
        assert second.signing_public_key(SIGNER) == public
        assert verify_ed25519(public, NOTE, second.sign(SIGNER, NOTE))
    finally:
        second.close()


def test_signing_key_created_twice_is_refused(provider: Pkcs11KeyProvider) -> None:
    public = provider.create_signing_key(SIGNER)
    with pytest.raises(KeyProviderError) as refused:
        provider.create_signing_key(SIGNER)
    assert str(refused.value) == (
        f"signing key {SIGNER_LABEL} already exists on PKCS#11 token '{provider.token_label}'"
    )
    assert provider.signing_public_key(SIGNER) == public  # the first key is untouched


def test_unknown_signing_key(provider: Pkcs11KeyProvider) -> None:
    expected = (
        f"PKCS#11 token '{provider.token_label}' has no key carevault-sign/absent: wrong token, "
        "or the key was destroyed"
    )
    with pytest.raises(KeyProviderError) as refused:
        provider.signing_public_key("absent")
    assert str(refused.value) == expected
    with pytest.raises(KeyProviderError) as refused:
        provider.sign("absent", NOTE)
    assert str(refused.value) == expected
    assert not provider.has_signing_key("absent")


@pytest.mark.parametrize("name", ["", "x" * 65, "a/b", "a\n"])
def test_bad_signing_key_name(provider: Pkcs11KeyProvider, name: str) -> None:
    assert_signing_name_refused(provider, name)


def test_signing_key_pair_in_the_token(provider: Pkcs11KeyProvider, raw_session: Session) -> None:
    public = provider.create_signing_key(SIGNER)
    private = raw_session.get_key(ObjectClass.PRIVATE_KEY, KeyType.EC_EDWARDS, label=SIGNER_LABEL)
    assert private[Attribute.TOKEN] is True
    assert private[Attribute.PRIVATE] is True
    assert private[Attribute.SENSITIVE] is True
    assert private[Attribute.ALWAYS_SENSITIVE] is True
    assert private[Attribute.EXTRACTABLE] is False
    assert private[Attribute.NEVER_EXTRACTABLE] is True
    assert private[Attribute.MODIFIABLE] is False
    assert private[Attribute.LOCAL] is True  # generated by the token itself
    assert private[Attribute.SIGN] is True
    assert private[Attribute.DECRYPT] is False and private[Attribute.UNWRAP] is False
    assert private[Attribute.DERIVE] is False
    # SoftHSM 2.6 rewrites the private half's curve as PrintableString "edwards25519".
    assert private[Attribute.EC_PARAMS] in {ED25519_OID_DER, ED25519_NAME_DER}
    with pytest.raises(AttributeSensitive):
        private[Attribute.VALUE]
    wrapping_key = raw_session.generate_key(
        KeyType.AES, 256, capabilities=MechanismFlag.WRAP | MechanismFlag.UNWRAP
    )
    assert isinstance(wrapping_key, WrapMixin)
    with pytest.raises(KeyUnextractable):
        wrapping_key.wrap_key(private, mechanism=Mechanism.AES_KEY_WRAP_PAD)
    half = raw_session.get_key(ObjectClass.PUBLIC_KEY, KeyType.EC_EDWARDS, label=SIGNER_LABEL)
    assert half[Attribute.TOKEN] is True
    assert half[Attribute.EC_PARAMS] == ED25519_OID_DER
    assert half[Attribute.ID] == private[Attribute.ID] and len(half[Attribute.ID]) == 16
    # SoftHSM 2.6 stores CKA_EC_POINT as PKCS#11 3.0 says: a DER OCTET STRING of the 32 bytes.
    assert half[Attribute.EC_POINT] == b"\x04\x20" + public
