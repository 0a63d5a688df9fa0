"""Passwords: long enough, not on the breached list, Argon2id-hashed."""

from __future__ import annotations

import pytest
from argon2 import Parameters, PasswordHasher, Type

from carevault.access import (
    _passwords,
    check_password,
    generate_password,
    hash_password,
    verify_password,
)
from carevault.access._passwords import _breached, verify_no_account
from carevault.errors import InputError

BREACHED = (
    "password is on a list of common breached passwords; choose another (a generated one is best)"
)


@pytest.mark.parametrize(
    "password", ["qwerty123456", "QWERTY123456", "1qaz2wsx3edc", "LeaveMeAlone"]
)
def test_a_breached_password_is_refused_whatever_its_case(password: str) -> None:
    with pytest.raises(InputError) as refused:
        hash_password(password)
    assert str(refused.value) == BREACHED


def test_a_short_password_is_refused() -> None:
    with pytest.raises(InputError) as refused:
        check_password("abcdefghijk")
    assert str(refused.value) == "password must be at least 12 characters"


def test_the_list_is_zxcvbn_s_common_passwords_long_enough_to_matter() -> None:
    breached = _breached()
    assert 200 < len(breached) < 1000  # the 30,000 of the list, at least 12 characters long
    assert all(len(p) >= 12 and p == p.lower() for p in breached)


def test_a_generated_password_is_accepted_and_verifies() -> None:
    password = generate_password()
    stored = hash_password(password)
    assert stored.startswith("$argon2id$")
    assert verify_password(stored, password)
    assert not verify_password(stored, password + "x")
    assert not verify_password("not a hash", password)


def test_production_hashes_are_argon2id_at_rfc_9106_cost() -> None:
    # The tests hash at minimal cost (conftest); production uses these parameters.
    assert (
        Parameters(
            type=Type.ID,
            version=19,
            salt_len=16,
            hash_len=32,
            time_cost=3,
            memory_cost=64 * 1024,
            parallelism=4,
        )
        == _passwords.PARAMETERS
    )
    stored = PasswordHasher.from_parameters(_passwords.PARAMETERS).hash("a long passphrase here")
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert verify_password(stored, "a long passphrase here")


def test_an_unknown_username_costs_a_verification_at_the_same_parameters() -> None:
    _passwords._dummy_hash.cache_clear()
    verify_no_account("anything at all")  # returns nothing, raises nothing
    real = hash_password(generate_password())
    assert _passwords._dummy_hash().rsplit("$", 2)[0] == real.rsplit("$", 2)[0]
    _passwords._dummy_hash.cache_clear()


@pytest.mark.parametrize("password", ["iloveyou1234", "azertyuiop123", "password1234!"])
def test_variants_of_common_passwords_are_refused(password: str) -> None:
    with pytest.raises(InputError, match="too easy to guess"):
        check_password(password)


@pytest.mark.parametrize("password", ["xK9f-2mPq-7rTz-Lw3v", "correct horse battery staple"])
def test_strong_passwords_pass(password: str) -> None:
    check_password(password)
