"""The whole store with its KEK inside a real SoftHSM2 token."""

from __future__ import annotations

import os

import pkcs11
import pytest
from pkcs11 import Attribute, ObjectClass

from support.cli import CLI
from support.softhsm import SoftHsmToken


@pytest.fixture
def hsm_cli(cli: CLI, token: SoftHsmToken, monkeypatch: pytest.MonkeyPatch) -> CLI:
    monkeypatch.setenv("CAREVAULT_KEY_PROVIDER", "pkcs11")
    monkeypatch.setenv("CAREVAULT_PKCS11_MODULE", token.module_path)
    monkeypatch.setenv("CAREVAULT_PKCS11_TOKEN", token.token_label)
    monkeypatch.setenv("CAREVAULT_PKCS11_PIN", token.pin)
    return cli


def _kek_labels(token: SoftHsmToken) -> list[str]:
    library = pkcs11.lib(os.path.realpath(token.module_path))
    with library.get_token(token_label=token.token_label).open(user_pin=token.pin) as session:
        return sorted(
            str(key[Attribute.LABEL])
            for key in session.get_objects({Attribute.CLASS: ObjectClass.SECRET_KEY})
        )


def test_store_on_an_hsm(hsm_cli: CLI, token: SoftHsmToken) -> None:
    created = hsm_cli.json("init")
    assert created["key_provider"] == "pkcs11" and created["key_file"] is None
    assert not (hsm_cli.data / "carevault.key").exists()
    person = hsm_cli.json("patient", "add", "--family", "Moreau", "--birthdate", "1975-06-07")
    other = hsm_cli.json("patient", "add", "--family", "Petit")
    assert hsm_cli.json("patient", "search", "--family", "moreau")["total"] == 1
    practice = created["practice_id"]
    [label_before] = [label for label in _kek_labels(token) if practice in label]
    assert label_before.endswith("/v1")
    hsm_cli.json("patient", "delete", person["id"], "--yes")
    [label_after] = [label for label in _kek_labels(token) if practice in label]
    assert label_after.endswith("/v2")  # the KEK that wrapped the erased key is gone
    assert hsm_cli.json("patient", "get", other["id"])["name"][0]["family"] == "Petit"


def test_wrong_pin_is_a_clear_error(
    hsm_cli: CLI, token: SoftHsmToken, monkeypatch: pytest.MonkeyPatch
) -> None:
    hsm_cli.json("init")
    monkeypatch.setenv("CAREVAULT_PKCS11_PIN", "0000-wrong")
    code, _, err = hsm_cli("patient", "search", "--family", "x", "--data", str(hsm_cli.data))
    assert code == 1
    assert err.startswith(f"error: wrong PKCS#11 PIN for token '{token.token_label}'")
    assert "0000-wrong" not in err


def test_failed_init_leaves_nothing_behind(
    hsm_cli: CLI, token: SoftHsmToken, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREVAULT_PKCS11_PIN", "0000-wrong")
    code, _, err = hsm_cli("init", "--data", str(hsm_cli.data))
    assert code == 1 and err.startswith("error: wrong PKCS#11 PIN")
    assert not hsm_cli.data.exists()
    monkeypatch.setenv("CAREVAULT_PKCS11_PIN", token.pin)
    assert hsm_cli.json("init")["key_provider"] == "pkcs11"
