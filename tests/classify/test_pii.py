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


OVERSEAS_NIR = with_key("1850597112345")  # born in Guadeloupe (971), commune 12


@pytest.mark.parametrize(
    "written",
    [
        f"{OVERSEAS_NIR[0]} {OVERSEAS_NIR[1:3]} {OVERSEAS_NIR[3:5]} {OVERSEAS_NIR[5:8]} "
        f"{OVERSEAS_NIR[8:10]} {OVERSEAS_NIR[10:13]} {OVERSEAS_NIR[13:]}",
        f"{OVERSEAS_NIR[0]} {OVERSEAS_NIR[1:3]} {OVERSEAS_NIR[3:5]} {OVERSEAS_NIR[5:7]} "
        f"{OVERSEAS_NIR[7:10]} {OVERSEAS_NIR[10:13]} {OVERSEAS_NIR[13:]}",
        OVERSEAS_NIR,
        f"{CORSICAN_NIR[0]}-{CORSICAN_NIR[1:3]}-{CORSICAN_NIR[3:5]}-{CORSICAN_NIR[5:7]}-"
        f"{CORSICAN_NIR[7:10]}-{CORSICAN_NIR[10:13]}-{CORSICAN_NIR[13:]}",
    ],
)
def test_an_overseas_or_corsican_nir_is_found_however_grouped(written: str) -> None:
    assert pii(f"Assurée, NIR {written}, ALD 30.")["nir"] == [written]


@pytest.mark.parametrize(
    "text",
    [
        "NIR : 1 85 05 75 112 345, mutuelle à jour.",
        "N° SS 1850575112345.",
        "Numéro de sécurité sociale : 2.90.02.2A.012.345 (clé illisible).",
        "Social security number 1 85 05 971 12 345.",
    ],
)
def test_a_nir_without_its_key_is_found_after_a_word_naming_it(text: str) -> None:
    assert len(pii(text)["nir"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Lot 1850575112345, péremption 2027.",  # no word naming a NIR
        "NIR : 1 85 13 75 112 345.",  # no month 13
        "NIR : 1 85 05 20 112 345.",  # no department 20 since 1976
        f"NIR : {NIR[:13]}{(int(NIR[13:]) + 1) % 97:02d}.",  # a key, and a wrong one
    ],
)
def test_what_only_looks_like_a_nir_without_key_is_not_one(text: str) -> None:
    assert pii(text)["nir"] == []


@pytest.mark.parametrize(
    "written",
    [
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "0612345678",
        "+33 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "+33(0)6.12.34.56.78",
        "+33 06 12 34 56 78",
        "(+33) 6 12 34 56 78",
        "0033 6 12 34 56 78",
        "+33612345678",
        "01 42 71 38 55",
        "02.99.12.34.56",
        "03 80 52 14 67",
        "04-72-11-38-90",
        "05 61 22 47 80",
        "09 72 14 55 03",
        "0590 12 34 56",
        "+262 692 12 34 56",
        "+590 590 12 34 56",
    ],
)
def test_a_french_phone_number_is_found_in_every_usual_format(written: str) -> None:
    assert pii(f"Joignable au {written} le matin.")["phone"] == [written]
