from __future__ import annotations

import random
import secrets
import uuid

import pytest

from carevault.crypto import BlindIndexer, fold, normalize_phone, plan_index_bits
from carevault.crypto._blind import _fold_slowly, _uuid4_text


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


def test_tabulated_fold_equals_its_definition() -> None:
    # fold() reads Latin characters from a table; it must agree with the slow definition on
    # every character of the table, alone and mixed with combining marks and other scripts.
    rng = random.Random(2026)
    alphabet = [chr(code) for code in range(0x250)] + ["\u0301", "\u0308", "И", "Π", "ﬁ", "İ"]
    for code in range(0x250):
        assert fold(chr(code)) == _fold_slowly(chr(code))
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert fold(text) == _fold_slowly(text)


def test_derived_ids_are_version_4_uuids() -> None:
    indexer = BlindIndexer(b"\x01" * 32, population=100_000)
    made = indexer.derived_id("source-id", "Patient/123")
    assert uuid.UUID(made).version == 4
    assert made == indexer.derived_id("source-id", "Patient/123")
    for _ in range(1000):
        raw = secrets.token_bytes(16)
        assert _uuid4_text(raw) == str(uuid.UUID(bytes=raw, version=4))
