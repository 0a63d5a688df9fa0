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


@pytest.mark.parametrize(
    "phone",
    [
        # E.164 with any country code, as written from abroad
        "+44 20 7946 0958",
        "+44 (0)20 7946 0958",
        "+44 7700 900 512",
        "+1 212-555-0123",
        "+1 (212) 555-0123",
        "+1.212.555.0123",
        "+32 470 12 34 56",
        "+41 22 345 67 89",
        "+212 6 61 23 45 67",
        "+49 30 1234567",
        "0044 20 7946 0958",
        # UK national formats
        "07700 900123",
        "07700 900 123",
        "020 7946 0958",
        "(020) 7946 0958",
        "0161 496 0123",
        "01632 960 512",
        # US national formats
        "(212) 555-0123",
        "212-555-0123",
        "212.555.0123",
        # a country code before a number grouped in pairs is that country's (Côte d'Ivoire)
        "+225 05 84 21 37 90",
        # Irish national formats: mobile, Cork, Dublin
        "086 234 5671",
        "021 456 7890",
        "01 876 5432",
        # Australian national formats: mobile, landlines
        "0423 567 891",
        "03 8765 4321",
        "(02) 8123 4567",
        # Swiss national formats: mobile, Geneva; a US toll-free number
        "079 456 23 18",
        "022 345 67 89",
        "1 800 555-0134",
        "1-888-555-0199",
    ],
)
def test_a_phone_number_from_abroad_is_found(phone: str) -> None:
    for text in (f"Contact: {phone}.", f"Tel {phone} (text only)", f"Phone {phone}, evenings"):
        assert pii(text)["phone"] == [phone], text


@pytest.mark.parametrize(
    "text",
    [
        "Vu le 12/03/2024, revu le 2024-03-12 à 14:30.",
        "Hb 4.5-6.2, TA 120/80, glycémie 0,92 g/L, poids +1.5 kg.",
        "RPPS 10101234567, ADELI 751234567, FINESS 750712184.",
        "FINESS 750 712 184, RPPS 10 101 234 567.",
        "Lot 2024-03-0123, lot A12345678.",
        "IBAN FR76 3000 6000 0112 3456 7890 189.",
        "IBAN GB29 NWBK 6016 1331 9268 19.",
        "CIM-10 F32.1, né en 1985, 1 000 mg x 3/j, 100 000 UI.",
        "Ordonnance n° 0123 4567 890.",
        "Dossier 2023-0456-7890, ISBN 978-2-07-036822-8.",
        "NHS number 943 476 5919.",
        "Poids +12 kg en 6 mois, CRP +250, +2 000 pas.",
        # the shapes of Irish and Australian numbers inside longer runs of digits
        "Lot 0423 567 891 204, réf. 086 234 5671 88.",
        "Carte 4970 0423 567 891, IPP 2 086 234 5671.",
        "Né le 08/12/1987, 1,87 m, 04/12 : 345 678 UI.",
        # Swiss and toll-free shapes inside longer runs of digits
        "Réf. 079 456 23 18 44, lot 1 800 555-01345.",
    ],
)
def test_look_alikes_of_phone_numbers_from_abroad(text: str) -> None:
    assert pii(text)["phone"] == []


def test_phones_french_and_foreign_come_in_order() -> None:
    text = "UK: +44 7700 900 512; fille au 06 12 34 56 78; bureau (212) 555-0123."
    assert pii(text)["phone"] == ["+44 7700 900 512", "06 12 34 56 78", "(212) 555-0123"]


def test_two_ladies_after_one_title() -> None:
    assert "Zoé Lambert" in pii("Mmes Zoé Lambert et Anna Petrova, 35 et 33 ans.")["person"]


@pytest.mark.parametrize(
    "text",
    [
        "CRH : Mme R., 67 ans, pyélonéphrite.",
        "Enfants de M. et Mme T. vus ce jour.",
        "School nurse: Year 9 vaccination session.",
        "Parents Témoins de Jéhovah, refus de transfusion.",
    ],
)
def test_an_initial_a_school_year_or_a_faith_is_no_one(text: str) -> None:
    assert pii(text)["person"] == []


def test_a_name_after_an_advocate_is_a_person() -> None:
    assert pii("MARAC referral. IDVA: Priya Raman.")["person"] == ["Priya Raman"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # a UK freephone helpline in four, four and three
        ("National helpline 0808 2000 247, 24h.", "0808 2000 247"),
        ("Freephone 0800 1234 567 given.", "0800 1234 567"),
        # a number in parentheses, the parenthesis not taken
        ("Pharmacy confirmed (0161 496 0123).", "0161 496 0123"),
        ("GP surgery (020 7946 0958) informed.", "020 7946 0958"),
        # Cameroonian and Senegalese mobiles written the national way
        ("Contact du fils : 677 21 45 90.", "677 21 45 90"),
        ("Tél. de la mère : 699.12.34.56.", "699.12.34.56"),
        ("Numéro du père : 77 512 34 09.", "77 512 34 09"),
    ],
)
def test_a_helpline_a_bracketed_number_or_an_african_mobile_is_found(text: str, phone: str) -> None:
    assert pii(text)["phone"] == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Lot 677 21 45 90 12 sur la boîte.",
        "Plaquettes 245 12 34 56 ? à recontrôler.",
        "Scores 78 632 14 09 88 sur la grille.",
        "Dose 650 mg x 3 par jour.",
        "Call 999 or 3919 if in danger.",
    ],
)
def test_look_alikes_of_african_mobiles_or_helplines(text: str) -> None:
    assert pii(text)["phone"] == []
