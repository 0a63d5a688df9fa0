"""Personal data in free text: NIRs with a valid key, French phone numbers, e-mails, names."""

from __future__ import annotations

import pytest

from carevault.classify import classify
from carevault.identifiers import with_key

NIR = with_key("1850575112345")  # 15 characters, valid key
CORSICAN_NIR = with_key("290022A012345")


def pii(text: str) -> dict[str, list[str]]:
    return classify(text).pii.as_json()


@pytest.mark.parametrize(
    "written",
    [
        NIR,
        f"{NIR[0]} {NIR[1:3]} {NIR[3:5]} {NIR[5:7]} {NIR[7:10]} {NIR[10:13]} {NIR[13:]}",
        f"{NIR[0]}.{NIR[1:3]}.{NIR[3:5]}.{NIR[5:7]}.{NIR[7:10]}.{NIR[10:13]}.{NIR[13:]}",
        CORSICAN_NIR,
    ],
)
def test_a_nir_with_a_valid_key_is_found_as_written(written: str) -> None:
    assert pii(f"NIR : {written}, mutuelle à jour.")["nir"] == [written]


def test_a_wrong_key_is_not_a_nir() -> None:
    wrong = NIR[:13] + f"{(int(NIR[13:]) + 1) % 97:02d}"
    assert pii(f"NIR : {wrong}.")["nir"] == []
    assert pii("RPPS 10101234567, lot 123456789012345.")["nir"] == []


@pytest.mark.parametrize(
    "phone",
    [
        "06 12 34 56 78",
        "06.12.34.56.78",
        "0612345678",
        "06-12-34-56-78",
        "+33 6 12 34 56 78",
        "+33612345678",
        "+33 (0)6 12 34 56 78",
        "01 45 67 89 10",
        "09 70 12 34 56",
    ],
)
def test_french_phone_numbers(phone: str) -> None:
    assert pii(f"Rappeler au {phone} demain.")["phone"] == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Vu le 12/03/2024, TA 13/8, poids 72.5 kg.",
        "RPPS 10003456789.",
        "Code postal 75012, né en 1985.",
        "UK mobile 07700 900123.",
    ],
)
def test_numbers_that_are_not_phones(text: str) -> None:
    assert pii(text)["phone"] == []


def test_emails() -> None:
    text = "Écrire à dr.marie-claire.dupont+cabinet@sante.paris.fr ou j.doe@example.com."
    assert pii(text)["email"] == [
        "dr.marie-claire.dupont+cabinet@sante.paris.fr",
        "j.doe@example.com",
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Vu avec Dr Martin.", ["Martin"]),
        ("Adressée par Mme Sophie Durand.", ["Sophie Durand"]),
        ("Pr Jean-Marc Lefèvre, CHU de Nantes.", ["Jean-Marc Lefèvre"]),
        ("Sa fille Léa l'accompagne.", ["Léa"]),
        ("Son compagnon, Karim, est présent.", ["Karim"]),
        ("Ses enfants, Bastien et Chloé, pourront être testés.", ["Bastien", "Chloé"]),
        ("Her son Tom called; letter from Dr. O'Brien.", ["Tom", "O'Brien"]),
        ("Assistante sociale : Mme Laura Petit.", ["Laura Petit"]),
        ("Patient: Alice DUPONT-LEGRAND, DOB 1988.", ["Alice DUPONT-LEGRAND"]),
    ],
)
def test_names_of_people_the_note_mentions(text: str, people: list[str]) -> None:
    assert pii(text)["person"] == people


@pytest.mark.parametrize(
    "text",
    [
        "Maladie de Crohn, suivi au CHU de Nantes.",
        "Parkinson's disease; Alzheimer's excluded.",
        "Pt MSM, partner AMH and HSH requested.",
        "Hôpital Robert-Debré, rue Victor Hugo.",
    ],
)
def test_eponyms_places_and_acronyms_are_not_names(text: str) -> None:
    assert pii(text)["person"] == []
