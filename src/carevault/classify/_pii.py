"""Personal data written into free text: French NIRs with a valid key, phone numbers
(French, E.164 from any country, UK, US, Irish and Australian national formats), e-mail
addresses, and the names of people a note mentions.

Names are found the way a reader spots them without a dictionary of names: a capitalised
word after a title ("Dr Martin", "Mme Sophie Durand", "Mrs Jane Doe") or after a word for
a relative or partner ("sa fille Léa", "her son Tom", "son compagnon Karim"). The value is
the name without its title. Eponyms ("maladie de Crohn") have no title before them and are
not taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import ahocorasick

from carevault.classify._text import fold, spaced
from carevault.identifiers import is_valid_nir

# The expressions start with a character class, not a lookbehind, so that Python's re scans
# a note fast; what may stand before a match is checked in Python (see _starts_clear).
_SEP = r"[ .\-]?"
# Sex, year, month, then the place of birth: a department of two characters (2A, 2B for
# Corsica) and a commune of three digits, or an overseas department of three digits (971 to
# 989) and a commune of two, grouped either way; then the order number and the key.
_NIR_BODY = (
    r"[1-478]"
    + _SEP
    + r"\d\d"
    + _SEP
    + r"\d\d"
    + _SEP
    + r"(?:(?:\d\d|2[ABab])"
    + _SEP
    + r"\d{3}|9[78]\d"
    + _SEP
    + r"\d\d)"
    + _SEP
    + r"\d{3}"
)
_NIR = re.compile(_NIR_BODY + _SEP + r"\d\d(?!\w)")
# A NIR written without its key ("NIR : 1 85 05 75 112 345") cannot be checked: it is taken
# only right after a word that names it, and with a month and a department that exist.
_NIR_NO_KEY = re.compile(_NIR_BODY + r"(?!\w|[ .\-]?\d)")
_INTERNATIONAL = (  # +33 6 12 34 56 78, +33 (0)6 12..., +33 06 12...; +262 692 12 34 56
    r"(?:33\)?[ .\-]?(?:\(0\)[ .\-]?|0)?[1-9](?:[ .\-]?\d\d){4}"
    r"|(?:262|269|508|590|594|596)\)?[ .\-]?(?:\(0\)[ .\-]?|0)?[1-9]\d\d(?:[ .\-]?\d\d){3})"
)
_PHONE = re.compile(
    r"[0+(](?:(?<=0)(?:[1-9](?:[ .\-]?\d\d){4}"  # 06 12 34 56 78
    r"|[ .]?[89]\d\d(?:[ .\-]?\d\d){3}"  # numéros verts and special rates: 0 800 23 13 13
    rf"|0{_INTERNATIONAL})|(?<=\+){_INTERNATIONAL}|(?<=\()\+{_INTERNATIONAL})"  # 0033, +33, (+33)
    r"(?![\w/]|[.\-]\d)"
)
# Numbers from abroad. E.164 with any other country code: "+", a country code, then groups of
# digits ("+44 20 7946 0958", "+1 (212) 555-0123", "+41 22 345 67 89", "+212 6 61 23 45 67");
# 8 to 15 digits in all (E.164), a trunk "(0)" not counted. "00" stands for the "+" only with
# a separator after the country code ("0044 20 7946 0958"). Numbers written the national way
# by UK and US clinicians: UK, a trunk 0 and 10 more digits in two or three groups whose first
# is the area code ("020 7946 0958", "(020) 7946 0958", "0161 496 0123", "07700 900123"); US
# (NANP), an area code and an exchange from 2 to 9 ("(212) 555-0123", "212-555-0123",
# "212.555.0123"), never with spaces alone (they would be any three numbers in a row).
# The groups are taken atomically and possessively: a run of digits splits into groups in
# thousands of ways, and trying each before failing at the end made a long run of digits
# after a "+" cost seconds (a denial of service by one note).
_FOREIGN_PHONE = re.compile(
    r"(?:\+|00(?=[1-9]\d{0,2}[ .\-]))(?!33|262|269|508|590|594|596)[1-9]\d{0,2}"
    r"(?:[ .\-]?\(0\))?(?>[ .\-]?\(\d{1,4}\)|[ .\-]?\d{1,5}){1,6}+"
    r"(?![\w/]|[.\-,]\d)"
)
_UK_AFTER_TRUNK = (  # 020 7946 0958, 0161 496 0123, 01632 960 512, 07700 900123, 0808 2000 247
    r"(?:[1-9](?:\d\)?[ \-]\d{4}[ \-]?\d|\d\d\)?[ \-]\d{3}[ \-]?\d|\d{3}\)?[ \-]\d{3}[ \-]?)"
    r"|8\d\d[ \-]\d{4}[ \-])\d{3}"  # freephone and special rates only in 4-4-3
)
_NATIONAL_PHONE = re.compile(
    rf"[(0-9](?:(?<=\()(?:0{_UK_AFTER_TRUNK}|[2-9]\d\d\)[ ]?[2-9]\d\d-\d{{4}})"  # (020), (212)
    rf"|(?<=0){_UK_AFTER_TRUNK}"
    r"|(?<=[2-9])\d\d(?:-[2-9]\d\d-|\.[2-9]\d\d\.)\d{4}"  # 212-555-0123, 212.555.0123
    r"|(?<=1)[ \-]8(?:00|33|44|55|66|77|88)[ \-][2-9]\d\d-\d{4})"  # toll-free: 1 800 555-0123
    r"(?![\w/]|[.\-,]\d)"
)
# Irish and Australian numbers written the national way: a trunk 0, then for Ireland an area
# or mobile code and groups of three and four digits ("087 123 4567", "021 234 5678", "01 234
# 5678"); for Australia a mobile in four, three and three ("0412 345 678") or a landline in two,
# four and four ("02 9876 5432", "(03) 9123 4567"); Swiss numbers, a trunk 0 and an area or
# mobile code of two digits, then three, two and two ("079 456 23 18", "022 345 67 89").
# French numbers go in pairs and UK ones in groups of four or more after the area code:
# neither is read as one of these.
_IE_AU_PHONE = re.compile(
    r"(?:0(?:[1-9]\d?[ \-]\d{3}[ \-]\d{4}|4\d\d[ \-]\d{3}[ \-]\d{3}|[2378][ \-]\d{4}[ \-]\d{4}"
    r"|[1-9]\d \d{3} \d\d \d\d)"
    r"|\(0[2378]\)[ ]?\d{4}[ \-]\d{4})"
    r"(?![\w/]|[.\-,]\d| \d)"
)
# Mobiles of West and Central Africa written the national way, without their country code:
# Cameroon, nine digits from 6 in three and pairs ("677 21 45 90"); Senegal, nine digits from
# 7 in two, three and pairs ("78 632 14 09"). Spaces or dots only, and nothing else after.
# The first digit as a class lets Python's re skip fast to a candidate.
_AFRICAN_MOBILE = re.compile(
    r"[67](?:(?<=6)[5-9]\d([ .])\d\d\1\d\d\1\d\d|(?<=7)[05678]([ .])\d{3}\2\d\d\2\d\d)"
    r"(?![\w/]|[.\-,]\d| \d)"
)
# A country code before a number written the national way ("+225 07 48 92 15 63"): the
# number is that country's, read whole as E.164 (see _FOREIGN_PHONE), not a French one.
_COUNTRY_CODE_BEFORE = re.compile(r"(?:\+|00)(?!33|262|269|508|590|594|596)[1-9]\d{0,2}[ .\-]?$")
_TRUNK = "(0)"
# Every NIR and phone number above holds at least eight digits, with at most three other
# characters between two of them ("+33 (0)6", "(020) 7946"): a note without such a run of
# digits (most notes) holds none, and is not scanned for them.
_DIGIT_RUN = re.compile(r"\d(?:\D{0,3}\d){7}")
# Digits are looked for first in a sketch of the note, one byte a character, where bytes
# methods and expressions skip along without a Unicode lookup for every character: "d" for
# a digit, the comma, the parenthesis and the space as themselves (they open an age, see
# _AGES_AFTER_NAME), "x" for anything else. A character beyond Latin-1 (a digit of another
# script among them) is encoded as "?", which the sketch reads as a digit like the note's own
# "?": the sketch holds a digit wherever the note does, and what it holds is checked in the
# note.
_SKETCH = bytes(
    ord("d") if char in "0123456789?" else ord(char) if char in ",( " else ord("x")
    for char in map(chr, range(256))
)
_SKETCH_RUN = re.compile(rb"d(?:[^d]{0,3}+d){7}")
# An address is read from its "@": the local part backwards (at most 64 characters, RFC
# 5321), the domain forwards (at most 253). Scanning for the local part from every
# character would cost time in the square of a long run of address characters.
_LOCAL_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}$")
_DOMAIN = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?){0,8}\.[A-Za-z]{2,24}(?![\w@])"
)


def _split_words(text: str) -> list[str]:
    return text.split()


# Words after which a NIR is written, even without its key.
_NIR_LABELS = [*_split_words("NIR INS NSS SS S.S."), "sécu", "sécurité sociale", "matricule"]
_NIR_LABELS += ["social security", "social security number"]
# Titles, as written before a name (their case matters: "Me Dupont", not "me").
_TITLES = _split_words(
    """
    Dr Dr. Docteur Docteure Dre Pr Pr. Prof Prof. Professeur Professor M. Mr Mr. Mme Mme.
    Mlle Mlle. Madame Monsieur Mademoiselle Mrs Mrs. Ms Ms. Miss Me Maître Maitre Sr Mmes Drs
    Sister Father
    """
)
# A patient's own name after "Pt" or "Patient:" is taken only as a first and last name: "Pt
# MSM" and "Patiente Agée" are not names.
_PATIENT = _split_words(
    """
    Pt Pte Patient Patiente PATIENT
    """
)
# Words for the people around a patient, after which a note often writes a name: family
# ("sa fille Léa", "son compagnon, Karim") and roles ("assistante sociale Mme Roux").
_FAMILY = [
    *_split_words(
        """
        mère père frère sœur soeur fils fille enfant conjoint conjointe mari enfants
        filles frères sœurs soeurs parents maman mamans papa papas époux épouse
        femme compagnon compagne partenaire ami amie copain copine oncle tante
        cousin cousine grand-mère grand-père neveu nièce beau-père belle-mère
        belle-fille gendre petit-fils petite-fille children sons daughters kids nourrisson bébé baby
        brothers sisters mums moms dads mother father mum mom dad brother sister
        daughter husband wife partner boyfriend girlfriend uncle aunt grandmother
        grandfather grandson granddaughter nephew niece friend fiancé fiancée
        stepfather stepmother stepson stepdaughter child
        """
    ),
    # English "son" after a possessive only: French "son" is "his" or "her" ("son Spiriva").
    *("her son", "his son", "their son", "my son", "our son", "a son"),
]
_ROLES = [
    *_split_words(
        """
        voisin voisine collègue éducatrice éducateur tuteur tutrice curateur curatrice
        aidant aidante sage-femme infirmière infirmier secrétaire psychologue kiné
        kinésithérapeute pharmacien pharmacienne interne référent référente médecin
        neighbour neighbor carer caregiver colleague midwife nurse secretary
        psychologist physio physiotherapist pharmacist keyworker chaplain GP doctor
        consultant registrar caseworker IDE CPN médiatrice médiateur IDVA ISVA
        """
    ),
    # Who the patient was seen with, and a name given as such.
    *("vu avec", "vue avec", "vus avec", "seen with", "accompagné de", "accompagnée de"),
    *("accompagné par", "accompagnée par", "prénom d'usage", "prénom", "uses the name"),
    *("nom", "name", "nom de naissance", "nom d'usage"),
    "assistante sociale",
    "assistant social",
    "social worker",
    "key worker",
    "case worker",
]
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_CAPITALISED = (
    rf"[{_UPPER}](?:[{_LOWER}]+(?:['\u2019-][{_UPPER}]?[{_LOWER}]+)*"
    rf"|['\u2019][{_UPPER}][{_LOWER}]+)"  # O'Brien, D'Angelo
)
# A name word: capitalised (Léa, O'Brien, McDonald, Jean-Marc), in capitals (DUPONT), or an
# initial (J.).
_NAME_WORD = rf"(?:{_CAPITALISED}|[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})?|[A-Z]\.)"
_PARTICLE = r"(?:de|du|des|le|la|van|von|der|ben|el|da|di|d'|De|Le|La|Van|Von|Del|Da|Di)"
_MORE_WORDS = rf"(?:[ \u00a0](?:{_PARTICLE}[ \u00a0]?)?{_NAME_WORD}){{0,2}}"
_AND_NAME = rf"(?:[ ]{{1,4}}+(?:et|and|&)[ ]{{1,4}}+(?P<name2>{_CAPITALISED}{_MORE_WORDS}))?"
# What follows each kind of word, matched right after it. After a word for a person, a name
# starts with a capitalised word ("sa fille Léa", "child: Enzo"), not an acronym ("partner
# AMH").
# Runs of spaces are bounded and possessive: an unbounded run before an optional mark lets a
# long run of spaces with no name after it cost time in the square of its length.
_GAP = r"[ \u00a0]{0,4}+"
_SPACES = r"[ \u00a0]{1,4}+"
_FOLLOWING = {
    "title": re.compile(rf"(?:{_GAP}:)?{_SPACES}(?P<name>{_NAME_WORD}{_MORE_WORDS})"),
    "patient": re.compile(
        rf"(?:{_GAP}:)?{_SPACES}(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,2}})(?!\w)"
    ),
    "family": re.compile(
        rf"(?:(?:{_GAP}[:,])?{_SPACES}|{_GAP}\({_GAP})"
        rf"(?P<name>{_CAPITALISED}{_MORE_WORDS}){_AND_NAME}(?!\w)"
    ),
    "role": re.compile(
        rf"(?:(?:{_GAP}:)?{_SPACES}|{_GAP}\({_GAP})"
        rf"(?P<name>{_CAPITALISED}{_MORE_WORDS}){_AND_NAME}(?!\w)"
    ),
}
# "Karim (compagnon)": a name just before a parenthesis that opens on a word for a person.
_BEFORE_PARENTHESIS = re.compile(rf"(?<!\w)(?P<name>{_CAPITALISED}{_MORE_WORDS})[ ]{{1,4}}\($")
# "Manon, 12 ans", "Théo, 17 y/o": a first name written with an age is the patient's. Each
# expression after how its matches start in the note's sketch: a note without that is not
# scanned.
_AGES_AFTER_NAME = (
    (b", d", re.compile(r", \d{1,3}(?: ?(?:ans|y/?o|yo|years?|year-old)\b|,)")),  # "Léa, 12 ans"
    (b" (d", re.compile(r" \(\d{1,2}\)")),  # "Jamie (14)"
)
_NAME_BEFORE_AGE = re.compile(rf"(?P<name>{_CAPITALISED}(?: {_CAPITALISED})?)$")
_CLOSES_PARENTHESIS = re.compile(r"[ ]*[,)]")  # "Karim (compagnon)", not "Aïd (son kiné"
_TITLE_WORDS = frozenset(_TITLES)


def _trigger_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    table: dict[str, list[tuple[str, str]]] = {}
    for kind, words in (
        ("title", _TITLES),
        ("patient", _PATIENT),
        ("family", _FAMILY),
        ("role", _ROLES),
        ("nir", _NIR_LABELS),
    ):
        for word in words:
            key = f" {' '.join(spaced(fold(word)).split())} "
            table.setdefault(key, []).append((kind, word))
    for key, entries in table.items():
        automaton.add_word(key, (len(key), tuple(entries)))
    automaton.make_automaton()
    return automaton


_triggers = cache(_trigger_automaton)  # built on first use, like the lexicon's

# Capitalised words that follow a title or a relative without being names.
_NOT_NAMES = frozenset(
    " ".join(
        [
            "CHU CH CHR CHS CMP CSAPA CMPP HDJ SAU SMUR EHPAD APHP AP-HP HAD IDE MT RDV ATCD VIH",
            "HIV IST STI IVG IMG PMA FIV TS OH TSO RAS NFS ECBU CR CRP HTA ALD AT RAD RPPS ADELI",
            "NIR INS NHS GP ED",
            "Le La Les Un Une Des Du De Et Ou Il Elle Ils Elles Son Sa Ses Est A Au Aux En Pour",
            "Par Avec Sans Qui Que Mais Dans Sur Suite Sous Vu Vue Revu Revue Ce Cette Chez",
            "Depuis Patient Patiente Pt Pte Madame Monsieur Docteur",
            "The A An And Or He She They His Her Is Was Has Had Who In On At To For With From",
            "By Of Not No Yes Also Seen Reviewed Called Phoned Rang Lives Says Said Reports",
            "Today Tomorrow Aged Age Attended Presents Presented",
            "Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Monday Tuesday Wednesday",
            "Thursday Friday Saturday Sunday Janvier Février Fevrier Mars Avril Mai Juin",
            "Juillet Août Aout Septembre Octobre Novembre Décembre Decembre January February",
            "March April May June July August September October November December",
            "Homme Femme Enfant Garçon Garcon Fille Nourrisson Bébé Bebe Adolescent",
            "Adolescente Jeune Retraité Retraitée Male Female Man Woman Boy Girl Child Infant",
            "Baby Teen Consultation Consult Visite Suivi Bilan Urgences Pédiatrie Pediatrie",
            "Admis Admise Née Né Agé Agée Âgé Âgée",
            # A school year, a faith ("parents Témoins de Jéhovah") are no one's name.
            "Year Years Grade Class Témoin Témoins Temoin Temoins Jéhovah Jehovah",
        ]
    ).split()
)


@dataclass(frozen=True, slots=True)
class PersonalData:
    """Personal data found in a text: each value is the exact substring, once, in order."""

    nir: tuple[str, ...] = ()
    phone: tuple[str, ...] = ()
    email: tuple[str, ...] = ()
    person: tuple[str, ...] = ()

    def as_json(self) -> dict[str, list[str]]:
        return {
            "nir": list(self.nir),
            "phone": list(self.phone),
            "email": list(self.email),
            "person": list(self.person),
        }


_NOTHING = PersonalData()  # what most notes hold: one for all (it is frozen)


def _once(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _emails(text: str) -> Iterator[tuple[int, str]]:
    at = text.find("@")
    while at >= 0:
        local = _LOCAL_PART.search(text, max(0, at - 64), at)
        domain = _DOMAIN.match(text, at + 1, at + 1 + 253)
        if local is not None and domain is not None:
            start = local.start()
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in ".+-"):
                yield start, text[start : domain.end()]
        at = text.find("@", at + 1)


def _starts_clear(text: str, start: int, also: str) -> bool:
    """Whether nothing that belongs to a longer number or word stands before ``start``."""
    if start == 0:
        return True
    before = text[start - 1]
    if before.isalnum() or before in also:
        return False
    return not (before in ".-" and start >= 2 and text[start - 2].isdigit())


def _sketch(text: str) -> bytes:
    """``text`` sketched (see _SKETCH), one byte a character."""
    return text.encode("latin-1", "replace").translate(_SKETCH)


def _numbers_span(text: str, sketch: bytes) -> tuple[int, int] | None:
    """Where in ``text`` its NIRs and phone numbers may be, as the start and the end to scan
    between; None if it holds none.

    Each holds a run of digits (see _DIGIT_RUN): no two of its digits are more than three
    characters apart, it starts at most two characters before the first ("(+33 6..."), and
    reading it re looks at most four characters past the last digit taken ("33 (0)6"). No
    digit stands within three characters before the first run or after the last, which it
    would lengthen. So no match, of a number kept or one put aside ("+1 2"), starts before
    the start and ends after it, and none is read differently for the end: the scans find
    between them what they would find in the whole note.
    """
    first = _SKETCH_RUN.search(sketch)
    if first is None:
        return None
    run = _DIGIT_RUN.search(text, first.start())
    if run is None:
        return None
    last = _SKETCH_RUN.search(sketch[::-1])  # the last run in the sketch, read backwards
    assert last is not None  # the sketch read forwards holds one
    return max(0, run.start() - 2), min(len(text), len(sketch) - last.start() + 8)


def find_personal_data(text: str, spaced_text: str) -> tuple[PersonalData, list[tuple[int, int]]]:
    """The personal data in ``text`` and the spans of the names and e-mail addresses in it
    (no finding stands inside one: "M. Gay", "jp.gay@wanadoo.fr"); ``spaced_text`` is
    ``spaced(fold(text))``."""
    sketch = _sketch(text)
    numbers = _numbers_span(text, sketch)
    nirs = _keyed_nirs(text, numbers) if numbers is not None else []
    people, labels = _people(text, spaced_text, sketch)
    if labels:
        nirs += _keyless_nirs(text, labels, nirs)
        nirs.sort(key=lambda m: m.start())
    phones = _phones(text, nirs, numbers) if numbers is not None else []
    emails = list(_emails(text)) if "@" in text else []
    if not (nirs or phones or emails or people):
        return _NOTHING, []
    return PersonalData(
        nir=_once([m.group() for m in nirs]),
        phone=_once([value for _, _, value in phones]),
        email=_once([address for _, address in emails]),
        person=_once([name for _, name in people]),
    ), [(start, start + len(value)) for start, value in (*people, *emails)]


def _keyed_nirs(text: str, span: tuple[int, int]) -> list[re.Match[str]]:
    """The NIRs with a valid key in ``span`` of ``text``."""
    return [
        m
        for m in _NIR.finditer(text, *span)
        if _starts_clear(text, m.start(), "+") and is_valid_nir(m.group())
    ]


def _phones(
    text: str, nirs: list[re.Match[str]], span: tuple[int, int]
) -> list[tuple[int, int, str]]:
    """(start, end, number) of the phone numbers in ``span`` of ``text`` that overlap none
    of ``nirs``, in order."""
    taken = [(m.start(), m.end()) for m in nirs]
    french = [
        (m.start(), m.end(), m.group())
        for m in _PHONE.finditer(text, *span)
        if _starts_clear(text, m.start(), "+/")
        and not any(a < m.end() and m.start() < b for a, b in taken)
        and not _COUNTRY_CODE_BEFORE.search(text, max(0, m.start() - 6), m.start())
    ]
    return _foreign_phones(text, french, taken, span)


def _foreign_phones(
    text: str,
    phones: list[tuple[int, int, str]],
    taken: list[tuple[int, int]],
    span: tuple[int, int],
) -> list[tuple[int, int, str]]:
    """``phones`` (French, found first) and the numbers from abroad (see _FOREIGN_PHONE and
    _NATIONAL_PHONE) in ``span`` of ``text`` that overlap neither them nor anything in
    ``taken``, in order."""
    found = list(phones)
    for m in _FOREIGN_PHONE.finditer(text, *span) if "+" in text or "00" in text else ():
        if 8 <= sum(c.isdigit() for c in m.group().replace(_TRUNK, "")) <= 15:
            _add_phone(text, m, found, taken)
    for m in _NATIONAL_PHONE.finditer(text, *span):
        # UK: a trunk 0 and ten digits (French numbers have nine after it: not taken here).
        if m.group().lstrip("(")[0] != "0" or sum(c.isdigit() for c in m.group()) == 11:
            _add_phone(text, m, found, taken)
    for m in _IE_AU_PHONE.finditer(text, *span) if " " in text or "-" in text else ():
        _add_phone(text, m, found, taken)
    for m in _AFRICAN_MOBILE.finditer(text, *span) if " " in text or "." in text else ():
        _add_phone(text, m, found, taken)
    return sorted(found) if len(found) > len(phones) else phones


def _add_phone(
    text: str, m: re.Match[str], found: list[tuple[int, int, str]], taken: list[tuple[int, int]]
) -> None:
    start, end = m.start(), m.end()
    if text[start] == "(" and ")" not in text[start:end]:
        start += 1  # "(0161 832 4455)": a parenthesis around the number, not an area code
    # Not the tail of a longer run of grouped digits (an IBAN, a lot number: "3000 6000 0112").
    if not _starts_clear(text, start, "+/") or (start >= 2 and text[start - 2].isdigit()):
        return
    spans = [*((a, b) for a, b, _ in found), *taken]
    if any(a < end and start < b for a, b in spans):
        return
    found.append((start, end, text[start:end]))


def _keyless_nirs(text: str, labels: list[int], keyed: list[re.Match[str]]) -> list[re.Match[str]]:
    """NIRs without their key written right after a word naming them (``labels``: where
    each such word ends)."""
    found = []
    for end in labels:
        start = _LABEL_GAP.match(text, end)
        if start is None:
            continue
        match = _NIR_NO_KEY.match(text, start.end())
        if (
            match is not None
            and _plausible_nir(match.group())
            and not any(m.start() == match.start() for m in keyed)
        ):
            found.append(match)
    return found


# Between a word naming a NIR and the number: "NIR : ", "n° SS : ", "(NIR) ", "number ".
_LABEL_GAP = re.compile(r"(?:[ :()°#.\-]|n°|no\.?|number|numéro|numero|de|du|patient){0,8}")
_NIR_DIGITS = re.compile(r"[1-478](\d\d)(\d\d)(\d\d|2[AB])(\d)")


def _plausible_nir(raw: str) -> bool:
    """Whether 13 characters read as a NIR: a month that exists (01-12, or 20-42 and 50-99
    for a birth month unknown) and a department that does (01-95, 2A, 2B, 97x, 98x, 99)."""
    match = _NIR_DIGITS.match(re.sub(r"[ .\-]", "", raw).upper())
    if match is None:
        return False
    month, department = int(match.group(2)), match.group(3)
    if not (1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99):
        return False
    if department in ("2A", "2B"):
        return True
    number = int(department)
    if number in (97, 98):
        return match.group(4) != "0"
    return (1 <= number <= 95 and number != 20) or number == 99


def _people(text: str, spaced_text: str, sketch: bytes) -> tuple[list[tuple[int, str]], list[int]]:
    """(offset, name) of each name found, in order; and where each word naming a NIR ends
    (found in the same pass). ``sketch`` is ``_sketch(text)``."""
    found: list[tuple[int, str]] = []
    labels: list[int] = []
    for last, (length, entries) in _triggers().iter(spaced_text):
        start, end = last - length + 1, last - 1  # offsets in text (see classify._terms)
        for kind, word in entries:
            if kind == "nir":
                labels.append(end)
                continue
            if kind in ("title", "patient"):
                # Titles are matched in their case ("Me Dupont", not "tell me"), with their
                # full stop where they have one ("M. Dupont", not "y/o M").
                if text[start:end] != word.rstrip("."):
                    continue
                if word.endswith("."):
                    if text[end : end + 1] != ".":
                        continue
                    end += 1
            match = _FOLLOWING[kind].match(text, end)
            if match is not None:
                found.extend(_names(match))
            if (
                kind in ("family", "role")
                and text[max(0, start - 1) : start] == "("
                and _CLOSES_PARENTHESIS.match(text, end)
            ):
                before = _BEFORE_PARENTHESIS.search(text, max(0, start - 80), start)
                if before is not None:
                    found.extend(_names(before))
    for sketched_start, ages in _AGES_AFTER_NAME:
        if sketched_start not in sketch:
            continue
        for age in ages.finditer(text):
            match = _NAME_BEFORE_AGE.search(text, max(0, age.start() - 40), age.start())
            if match is None:
                continue
            start = match.start()
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "'\u2019"):
                found.extend(_names(match))
    found.sort()
    return found, labels


def _names(match: re.Match[str]) -> list[tuple[int, str]]:
    names = []
    for group, value in match.groupdict().items():  # "name", and "name2" where there is one
        if value:
            name = _trim(value)
            if name:
                names.append((match.start(group), name))
    return names


def _trim(name: str) -> str | None:
    """The name without trailing non-name words; None if nothing of a name is left."""
    words = name.split(" ")
    while words and (words[-1] in _NOT_NAMES or words[-1].lower() in _PARTICLES_LOWER):
        words.pop()
    while words and (
        words[0] in _TITLE_WORDS
        or (
            words[0] in _NOT_NAMES and not (words[0].lower() in _PARTICLES_LOWER and len(words) > 1)
        )
    ):
        words.pop(0)
    trimmed = " ".join(words)
    if not trimmed or _INITIALS.fullmatch(trimmed):
        return None  # "Mme R.", "M. et Mme T.": initials name no one
    if trimmed.endswith(("'s", "\u2019s")):
        trimmed = trimmed[:-2]
    return trimmed or None


_INITIALS = re.compile(r"[A-Z]\.(?: [A-Z]\.)*")
_PARTICLES_LOWER = frozenset({"de", "du", "des", "le", "la", "van", "von", "der", "d'"})
