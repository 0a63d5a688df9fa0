from __future__ import annotations

import pytest

from carevault.errors import InvalidIdentifierError
from carevault.identifiers import is_valid_nir, nir_key, normalize_nir, with_key


def test_key_is_97_minus_number_mod_97() -> None:
    assert nir_key("1850275123456") == 97 - 1850275123456 % 97


def test_corsica_departments_count_as_19_and_18() -> None:
    assert nir_key("269052A123456") == 97 - 2690519123456 % 97
    assert nir_key("269052B123456") == 97 - 2690518123456 % 97


@pytest.mark.parametrize(
    "first13", ["1850275123456", "269052A123456", "178122B001002", "2991299999999"]
)
def test_valid_nirs_accepted_with_separators(first13: str) -> None:
    nir = with_key(first13)
    spaced = f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"
    assert normalize_nir(spaced) == nir
    assert normalize_nir(nir.lower()) == nir


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("18502751234", "invalid NIR: expected 15 characters (13 then a 2-digit key), got 11"),
        (
            "5850275123456" + "00",
            "invalid NIR: must be digits (department 2A/2B allowed), sex digit 1-4, 7 or 8",
        ),
        (
            "18502751234X678",
            "invalid NIR: must be digits (department 2A/2B allowed), sex digit 1-4, 7 or 8",
        ),
    ],
)
def test_malformed_nirs_named(raw: str, message: str) -> None:
    with pytest.raises(InvalidIdentifierError) as refused:
        normalize_nir(raw)
    assert str(refused.value) == message


def test_wrong_key_refused_without_echoing_the_value() -> None:
    nir = with_key("1850275123456")
    wrong = nir[:13] + f"{(int(nir[13:]) % 97) + 1:02d}"
    with pytest.raises(InvalidIdentifierError) as refused:
        normalize_nir(wrong)
    assert str(refused.value) == "invalid NIR: the control key does not match the number"
    assert nir[:13] not in str(refused.value)
    assert not is_valid_nir(wrong)
