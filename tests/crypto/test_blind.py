from __future__ import annotations

import pytest

from carevault.crypto import BlindIndexer, fold, normalize_phone, plan_index_bits


@pytest.mark.parametrize(
    ("population", "bits"), [(16, 3), (1_000, 8), (100_000, 15), (1_000_000, 18)]
)
def test_index_size_keeps_at_least_two_coincidences(population: int, bits: int) -> None:
    assert plan_index_bits(population) == bits
    coincidences = population / 2**bits
    assert 2 <= coincidences < population**0.5


def test_values_fit_the_planned_size_and_are_deterministic() -> None:
    indexer = BlindIndexer(b"\x01" * 32, population=100_000)
    value = indexer.compute("family", "dupont")
    assert 0 <= value < 2**15
    assert value == indexer.compute("family", "dupont")


def test_each_index_and_each_practice_has_its_own_key() -> None:
    one = BlindIndexer(b"\x01" * 32, population=1 << 30)
    other = BlindIndexer(b"\x02" * 32, population=1 << 30)
    assert one.compute("family", "dupont") != one.compute("given", "dupont")
    assert one.compute("family", "dupont") != other.compute("family", "dupont")


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Lefèvre", "lefevre"),
        ("LEFEVRE", "lefevre"),
        ("Jean-Pierre", "jeanpierre"),
        ("N'Diaye", "ndiaye"),
        ("Œdipe", "oedipe"),
        ("Müller ", "muller"),
    ],
)
def test_names_fold_case_and_accents(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@pytest.mark.parametrize(
    "raw",
    [
        "06 12 34 56 78",
        "0612345678",
        "+33 6 12 34 56 78",
        "+33612345678",
        "06.12.34.56.78",
        "0033 6 12 34 56 78",
    ],
)
def test_french_phone_formats_normalize_alike(raw: str) -> None:
    assert normalize_phone(raw) == "0612345678"


def test_names_in_other_scripts_are_kept_not_folded_away() -> None:
    assert fold("Иванов") == "иванов"
    assert fold("Παπαδόπουλος") == fold("ΠΑΠΑΔΟΠΟΥΛΟΣ")
    assert fold("Иванов") != fold("Петров")


def test_international_prefix_with_trunk_zero() -> None:
    assert normalize_phone("+33 (0)6 12 34 56 78") == "0612345678"
