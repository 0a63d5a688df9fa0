"""A synthetic French medical practice, as FHIR R4 NDJSON, with its plaintext truth.

``generate_practice`` writes 3-6 Practitioners, then for each patient its Patient,
Encounters, DocumentReferences (clinical notes), Observations, Conditions and one CareTeam,
one compact JSON resource per line. Alongside, the truth file holds, one line per patient,
every plaintext value an attacker must never find (names, NIR, phones, emails, address, every
note sentence, third parties named in notes) and which sensitive categories the notes carry.

Deterministic: the same seed gives byte-identical files. All randomness comes from one
``random.Random`` and one Faker("fr_FR") seeded from the seed; dates are relative to a fixed
reference day (``REFERENCE_DATE``), never the clock.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import random
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

import orjson
from faker import Faker

from carevault.errors import InputError
from carevault.identifiers import INS_NIR_SYSTEM, with_key
from carevault.simulate import _notes

__all__ = ["REFERENCE_DATE", "PracticeSummary", "generate_practice", "practice_records"]

REFERENCE_DATE = dt.date(2026, 11, 1)

RPPS_SYSTEM = "urn:oid:1.2.250.1.71.4.2.1"
LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
UCUM = "http://unitsofmeasure.org"
_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
_OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
_CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
_CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"

_THEME_RATE = 0.2  # share of patients (15+) whose notes return to one sensitive subject
_THEME_NOTE_RATE = 0.75  # chance that one of their notes mentions it
_SPORADIC_RATE = 0.03  # chance that any other note of a 15+ patient carries one
_DECOY_RATE = 0.12  # chance that a note carries a trigger word that discloses nothing
_NOTE_RATE = 0.6  # chance that an encounter has a note (at most 3 notes per patient)


@dataclass(frozen=True)
class PracticeSummary:
    patients: int
    practitioners: int
    resources: int
    sensitive_notes: int


# --- places and phones -----------------------------------------------------------------------

_DEPARTMENTS = tuple(f"{n:02d}" for n in range(1, 96) if n != 20)
_PRACTICE_DEPARTMENTS = ("69", "33", "35", "59", "13", "44", "31", "67", "75", "63", "21", "86")
_LANDLINE_ZONE: dict[str, str] = {}
for _zone, _departments in (
    ("01", "75 77 78 91 92 93 94 95"),
    ("02", "14 27 50 61 76 22 29 35 56 44 49 53 72 85 18 28 36 37 41 45"),
    ("03", "02 59 60 62 80 08 10 51 52 54 55 57 67 68 88 21 25 39 58 70 71 89 90"),
    ("04", "01 03 07 15 26 38 42 43 63 69 73 74 04 05 06 13 83 84 11 30 34 48 66 2A 2B 20"),
    ("05", "16 17 19 23 24 33 40 47 64 79 86 87 09 12 31 32 46 65 81 82"),
):
    for _department in _departments.split():
        _LANDLINE_ZONE[_department] = _zone

_EMAIL_DOMAINS = (
    "gmail.com",
    "orange.fr",
    "hotmail.fr",
    "free.fr",
    "sfr.fr",
    "laposte.net",
    "yahoo.fr",
    "wanadoo.fr",
    "outlook.fr",
    "icloud.com",
)
_EMAIL_CUM = tuple(itertools.accumulate((30, 16, 12, 10, 7, 6, 6, 5, 5, 3)))
_STREET_SUFFIXES = ("", "", "", "", "", "", "", "", "", " bis", " ter")
_SECOND_LINES = ("Bât. {b}", "Résidence {r}", "Apt {n}", "{n}e étage", "Bât. {b}, apt {n}")
_RESIDENCES = (
    "Les Tilleuls",
    "Le Clos Fleuri",
    "Les Cèdres",
    "Le Parc",
    "Les Jardins",
    "Les Acacias",
    "Beau Site",
    "Les Marronniers",
)

_AGE_BANDS = ((0, 4), (5, 14), (15, 29), (30, 44), (45, 59), (60, 74), (75, 98))
_AGE_CUM = tuple(itertools.accumulate((6, 10, 15, 18, 20, 19, 12)))


def _ascii_slug(value: str) -> str:
    folded = unicodedata.normalize("NFKD", value)
    kept = "".join(c for c in folded if c.isascii() and (c.isalnum() or c in "-"))
    return kept.lower()


def _format_phone(digits: str, rng: random.Random | None) -> str:
    """French number in one of the ways people write it; always "01 23 45 67 89" without rng."""
    pairs = [digits[i : i + 2] for i in range(0, 10, 2)]
    style = 0.0 if rng is None else rng.random()
    if style < 0.5:
        return " ".join(pairs)
    if style < 0.75:
        return digits
    if style < 0.9:
        return "+33 " + digits[1] + " " + " ".join(pairs[1:])
    return ".".join(pairs)


def _mobile(rng: random.Random) -> str:
    return rng.choice(("06", "06", "07")) + f"{rng.randrange(10**8):08d}"


def _landline(rng: random.Random, department: str) -> str:
    zone = _LANDLINE_ZONE.get(department, "01")
    return zone + f"{rng.randint(1, 99):02d}" + f"{rng.randrange(10**6):06d}"


# --- time ------------------------------------------------------------------------------------

_DST_CACHE: dict[int, tuple[dt.date, dt.date]] = {}


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _paris_offset(day: dt.date) -> str:
    """UTC offset of Paris on a day (the switch happens at night, before any consultation)."""
    bounds = _DST_CACHE.get(day.year)
    if bounds is None:
        bounds = (_last_sunday(day.year, 3), _last_sunday(day.year, 10))
        _DST_CACHE[day.year] = bounds
    return "+02:00" if bounds[0] <= day < bounds[1] else "+01:00"


def _age(birth: dt.date) -> int:
    before = (REFERENCE_DATE.month, REFERENCE_DATE.day) < (birth.month, birth.day)
    return REFERENCE_DATE.year - birth.year - before


_DAY_CACHE: dict[dt.date, tuple[str, str]] = {}


def _stamp(day: dt.date, minutes: int) -> str:
    """ISO datetime, Paris local time with its offset, of a time of day on ``day``."""
    parts = _DAY_CACHE.get(day)
    if parts is None:
        parts = (day.isoformat(), _paris_offset(day))
        _DAY_CACHE[day] = parts
    return f"{parts[0]}T{minutes // 60:02d}:{minutes % 60:02d}:00{parts[1]}"


# --- clinical codes --------------------------------------------------------------------------

_CONDITIONS: dict[str, str] = {
    "I10": "Hypertension essentielle (primitive)",
    "E11": "Diabète sucré de type 2",
    "E78": "Anomalies du métabolisme des lipoprotéines et autres lipidémies",
    "J45": "Asthme",
    "M54": "Dorsalgies",
    "E66": "Obésité",
    "K21": "Reflux gastro-oesophagien",
    "G43": "Migraine",
    "E03": "Autres hypothyroïdies",
    "I48": "Fibrillation et flutter auriculaires",
    "J44": "Autres maladies pulmonaires obstructives chroniques",
    "F41": "Autres troubles anxieux",
    "F32": "Épisodes dépressifs",
    "F10": "Troubles mentaux et du comportement liés à l'utilisation d'alcool",
    "B20": (
        "Immunodéficience humaine virale [VIH], à l'origine de maladies infectieuses et"
        " parasitaires"
    ),
}
# (code, minimum age, weight) for conditions drawn without a note implying them
_CONDITION_DRAW: tuple[tuple[str, int, float], ...] = (
    ("I10", 40, 5.0),
    ("E11", 40, 3.0),
    ("E78", 35, 3.0),
    ("J45", 3, 2.0),
    ("M54", 20, 2.0),
    ("E66", 16, 2.0),
    ("K21", 20, 1.5),
    ("G43", 12, 1.5),
    ("E03", 25, 1.5),
    ("I48", 60, 1.0),
    ("J44", 50, 1.0),
    ("F41", 16, 1.0),
    ("F32", 16, 0.5),
    ("B20", 18, 0.1),
)

_SEROLOGIES = {
    "75622-1": "HIV 1 and 2 Ab and HIV 1 p24 Ag [Presence] in Serum or Plasma by Immunoassay",
    "5196-1": "Hepatitis B virus surface Ag [Presence] in Serum",
    "16128-1": "Hepatitis C virus Ab [Presence] in Serum",
}
_SEROLOGY_IMPLIED = {"75622-1": "B20"}
_POSITIVE = {"coding": [{"system": SNOMED, "code": "10828004", "display": "Positive"}]}
_NEGATIVE = {"coding": [{"system": SNOMED, "code": "260385009", "display": "Negative"}]}
# code: (display, unit, low, high, digits)
_QUANTITIES: dict[str, tuple[str, str, float, float, int]] = {
    "4548-4": ("Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.8, 6.2, 1),
    "2160-0": ("Creatinine [Mass/volume] in Serum or Plasma", "mg/L", 5.5, 12.5, 1),
    "2093-3": ("Cholesterol [Mass/volume] in Serum or Plasma", "g/L", 1.4, 2.6, 2),
    "3016-3": ("Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", 0.5, 4.2, 2),
}

# Shared, never-mutated parts of resources (orjson writes a shared dict like any other).
_AMBULATORY = {"system": _ACT_CODE, "code": "AMB", "display": "ambulatory"}
_PROGRESS_NOTE = {"coding": [{"system": LOINC, "code": "11506-3", "display": "Progress note"}]}
_LABORATORY = [
    {"coding": [{"system": _OBS_CATEGORY, "code": "laboratory", "display": "Laboratory"}]}
]
_ACTIVE = {"coding": [{"system": _CONDITION_CLINICAL, "code": "active"}]}
_CONFIRMED = {"coding": [{"system": _CONDITION_VERIFICATION, "code": "confirmed"}]}
_CONDITION_CODES = {
    code: {"coding": [{"system": ICD10, "code": code, "display": display}]}
    for code, display in _CONDITIONS.items()
}
_LAB_CODES = {
    code: {"coding": [{"system": LOINC, "code": code, "display": display}]}
    for code, display in [
        *_SEROLOGIES.items(),
        *((code, spec[0]) for code, spec in _QUANTITIES.items()),
    ]
}


# --- the generator ---------------------------------------------------------------------------


@dataclass
class _Practitioner:
    id: str
    family: str
    given: str


class _Generator:
    def __init__(self, *, seed: int) -> None:
        self.rng = _notes.SeededRandom(seed)  # synthetic data: seeded on purpose
        self.fake: Any = Faker("fr_FR")
        # Faker draws from its own Random; a derived seed keeps its stream apart from ours.
        self.fake.seed_instance(seed ^ 0x5EED_FA4E)
        self.names = _notes.Names(self.fake)
        self.counters: dict[str, int] = {}
        self.practitioners: list[_Practitioner] = []
        self.department = self.rng.choice(_PRACTICE_DEPARTMENTS)
        self.communes = self._communes()
        self.sensitive_notes = 0

    def next_id(self, prefix: str) -> str:
        n = self.counters.get(prefix, 0) + 1
        self.counters[prefix] = n
        return f"{prefix}-{n:06d}"

    def _communes(self) -> list[tuple[str, str]]:
        codes = self.rng.sample(range(0, 1000, 10), self.rng.randint(6, 12))
        return [(self.names.city(), f"{self.department}{code:03d}") for code in codes]

    # Practitioners -------------------------------------------------------------------------

    def practitioner_resources(self) -> list[dict[str, Any]]:
        resources = []
        for _ in range(self.rng.randint(3, 6)):
            female = self.rng.random() < 0.5
            given = self.names.first("F" if female else "M")
            family = self.names.last()
            ident = self.next_id("prac")
            self.practitioners.append(_Practitioner(ident, family, given))
            resources.append(
                {
                    "resourceType": "Practitioner",
                    "id": ident,
                    "identifier": [
                        {"system": RPPS_SYSTEM, "value": f"10{self.rng.randrange(10**9):09d}"}
                    ],
                    "name": [{"family": family, "given": [given], "prefix": ["Dr"]}],
                    "telecom": [
                        {
                            "system": "phone",
                            "value": _format_phone(_landline(self.rng, self.department), None),
                            "use": "work",
                        }
                    ],
                }
            )
        return resources

    # One patient ---------------------------------------------------------------------------

    def patient(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        rng, names = self.rng, self.names
        sex = "F" if rng.random() < 0.52 else "M"
        low, high = rng.choices(_AGE_BANDS, cum_weights=_AGE_CUM)[0]
        age = rng.randint(low, high)
        birth = dt.date.fromordinal(
            min(
                REFERENCE_DATE.toordinal() - 14,
                REFERENCE_DATE.toordinal() - int((age + rng.random() * 0.99) * 365.2425),
            )
        )
        age = _age(birth)

        given = [names.first(sex)]
        if rng.random() < 0.3:
            second = names.first(sex)
            if second != given[0]:
                given.append(second)
        birth_family = names.last()
        maiden: str | None = None
        family = birth_family
        if sex == "F" and age >= 22 and rng.random() < 0.45:
            family = names.last()
            if family != birth_family:
                maiden = birth_family
            else:
                family = birth_family

        nir = self._nir(sex=sex, birth=birth)
        local = rng.random() < 0.85
        if local:
            city, postal_code = rng.choice(self.communes)
            residence = self.department
        else:
            residence = rng.choice(_DEPARTMENTS)
            city, postal_code = names.city(), f"{residence}{rng.randrange(0, 1000, 10):03d}"
        street = f"{rng.randint(1, 180)}{rng.choice(_STREET_SUFFIXES)} {names.street()}"
        lines = [street]
        if rng.random() < 0.2:
            lines.append(
                rng.choice(_SECOND_LINES).format(
                    b=rng.choice("ABCDEF"), r=rng.choice(_RESIDENCES), n=rng.randint(1, 12)
                )
            )

        phones = [_format_phone(_mobile(rng), rng)]
        telecom: list[dict[str, str]] = [{"system": "phone", "value": phones[0], "use": "mobile"}]
        if rng.random() < (0.55 if age >= 65 else 0.2):
            phones.append(_format_phone(_landline(rng, residence), rng))
            telecom.append({"system": "phone", "value": phones[1], "use": "home"})
        emails: list[str] = []
        email_rate = 0.0 if age < 15 else 0.5 if age < 18 else 0.4 if age >= 80 else 0.85
        if rng.random() < email_rate:
            emails.append(self._email(given[0], family if rng.random() < 0.8 else birth_family))
            telecom.append({"system": "email", "value": emails[0]})

        patient_id = self.next_id("pat")
        human_names: list[dict[str, Any]] = [{"use": "official", "family": family, "given": given}]
        if maiden is not None:
            human_names.append({"use": "maiden", "family": maiden, "given": given})
        patient = {
            "resourceType": "Patient",
            "id": patient_id,
            "identifier": [{"system": INS_NIR_SYSTEM, "value": nir}],
            "name": human_names,
            "gender": "female" if sex == "F" else "male",
            "birthDate": birth.isoformat(),
            "telecom": telecom,
            "address": [{"line": lines, "city": city, "postalCode": postal_code, "country": "FR"}],
        }

        clinical, notes_truth = self._clinical(
            patient_id=patient_id, sex=sex, age=age, birth=birth, family=family, given=given[0]
        )
        truth = {
            "id": patient_id,
            "family": family,
            "given": given,
            "maiden": maiden,
            "birth_date": birth.isoformat(),
            "nir": nir,
            "phones": phones,
            "emails": emails,
            "address": {"line": lines, "city": city, "postal_code": postal_code},
            **notes_truth,
        }
        return [patient, *clinical], truth

    def _nir(self, *, sex: str, birth: dt.date) -> str:
        rng = self.rng
        if rng.random() < 0.45:
            department = self.department
        elif rng.random() < 0.02:
            department = ("2A" if rng.random() < 0.5 else "2B") if birth.year >= 1976 else "20"
        else:
            department = rng.choice(_DEPARTMENTS)
        first13 = (
            f"{1 if sex == 'M' else 2}{birth.year % 100:02d}{birth.month:02d}{department}"
            f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        )
        return with_key(first13)

    def _email(self, given: str, family: str) -> str:
        rng = self.rng
        first, last = _ascii_slug(given), _ascii_slug(family)
        domain = rng.choices(_EMAIL_DOMAINS, cum_weights=_EMAIL_CUM)[0]
        style = rng.random()
        if style < 0.4:
            local = f"{first}.{last}"
        elif style < 0.6:
            local = f"{first}.{last}{rng.randint(1, 99)}"
        elif style < 0.75:
            local = f"{first[:1]}.{last}"
        elif style < 0.9:
            local = f"{last}{first}"
        else:
            local = f"{first}_{last}{rng.randint(50, 99)}"
        return f"{local}@{domain}"

    def _clinical(
        self, *, patient_id: str, sex: str, age: int, birth: dt.date, family: str, given: str
    ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        rng = self.rng
        subject = {"reference": f"Patient/{patient_id}"}
        primary = rng.choice(self.practitioners)
        team = [primary]
        if len(self.practitioners) > 1 and rng.random() < 0.3:
            team.append(rng.choice([p for p in self.practitioners if p is not primary]))

        theme: list[_notes.Template] = []
        if age >= 15 and rng.random() < _THEME_RATE:
            theme = _notes.pick_theme(rng, sex=sex, age=age)
        conditions = self._condition_codes(age=age, theme=theme)

        # Encounters, each maybe with its note.
        first_day = max(birth.toordinal() + 1, REFERENCE_DATE.toordinal() - 3 * 365)
        last_day = REFERENCE_DATE.toordinal() - 1
        days = sorted(rng.randint(first_day, last_day) for _ in range(rng.randint(1, 4)))
        encounters: list[dict[str, Any]] = []
        documents: list[dict[str, Any]] = []
        sentences: list[str] = []
        categories: set[str] = set()
        third_parties: list[str] = []
        for ordinal in days:
            day = dt.date.fromordinal(ordinal)
            if day.weekday() == 6 and ordinal < last_day:  # no Sunday consultations
                day += dt.timedelta(days=1)
            author = primary if rng.random() < 0.8 else rng.choice(self.practitioners)
            consult = _notes.pick_consult(rng, sex=sex, age=age, conditions=conditions)
            reason = rng.choice(consult.reasons)
            start = rng.randrange(8 * 60, 19 * 60, 20 if rng.random() < 0.5 else 15)
            end = start + rng.choice((15, 20, 20, 30))
            encounter_id = self.next_id("enc")
            encounters.append(
                {
                    "resourceType": "Encounter",
                    "id": encounter_id,
                    "status": "finished",
                    "class": _AMBULATORY,
                    "subject": subject,
                    "participant": [{"individual": {"reference": f"Practitioner/{author.id}"}}],
                    "period": {"start": _stamp(day, start), "end": _stamp(day, end)},
                    "reasonCode": [{"text": reason}],
                }
            )
            if len(documents) >= 3 or rng.random() >= _NOTE_RATE:
                continue
            sensitive: list[_notes.Template] = []
            if theme and rng.random() < _THEME_NOTE_RATE:
                sensitive.append(rng.choice(theme))
            elif age >= 15 and rng.random() < _SPORADIC_RATE:
                sporadic = _notes.random_sensitive(rng, sex=sex, age=age)
                if sporadic is not None:
                    sensitive.append(sporadic)
            ctx = _notes.NoteContext(
                rng=rng,
                names=self.names,
                sex=sex,
                age=age,
                family=family,
                given=given,
                reason=reason,
                day=day,
                birth_year=birth.year,
                third_parties=third_parties,
            )
            note = _notes.compose(
                ctx,
                consult=consult,
                sensitive=sensitive,
                decoy=rng.random() < _DECOY_RATE,
            )
            if note.categories:
                self.sensitive_notes += 1
                categories |= note.categories
            sentences.extend(note.sentences)
            documents.append(
                {
                    "resourceType": "DocumentReference",
                    "id": self.next_id("doc"),
                    "status": "current",
                    "type": _PROGRESS_NOTE,
                    "subject": subject,
                    "date": _stamp(day, end),
                    "author": [{"reference": f"Practitioner/{author.id}"}],
                    "context": {"encounter": [{"reference": f"Encounter/{encounter_id}"}]},
                    "content": [
                        {
                            "attachment": {
                                "contentType": "text/plain; charset=utf-8",
                                "data": base64.b64encode(note.text.encode("utf-8")).decode(),
                            }
                        }
                    ],
                }
            )

        observations = self._observations(
            subject=subject, age=age, conditions=conditions, days=days
        )
        condition_resources = [
            {
                "resourceType": "Condition",
                "id": self.next_id("cond"),
                "clinicalStatus": _ACTIVE,
                "verificationStatus": _CONFIRMED,
                "code": _CONDITION_CODES[code],
                "subject": subject,
                "recordedDate": dt.date.fromordinal(
                    rng.randint(max(birth.toordinal() + 1, days[0] - 3000), days[0])
                ).isoformat(),
            }
            for code in conditions
        ]
        care_team = {
            "resourceType": "CareTeam",
            "id": self.next_id("ct"),
            "status": "active",
            "subject": subject,
            "participant": [
                {"member": {"reference": f"Practitioner/{member.id}"}} for member in team
            ],
        }
        resources = [*encounters, *documents, *observations, *condition_resources, care_team]
        truth = {
            "note_sentences": sentences,
            "sensitive_categories": sorted(categories),
            "third_parties": list(dict.fromkeys(third_parties)),
        }
        return resources, truth

    def _condition_codes(self, *, age: int, theme: Sequence[_notes.Template]) -> list[str]:
        rng = self.rng
        codes = [t.implies for t in theme if t.implies is not None]
        count = rng.choices((0, 1, 2), weights=(50, 32, 18))[0] if age >= 3 else 0
        while len(codes) < count:
            options = [
                (code, weight) for code, min_age, weight in _CONDITION_DRAW if age >= min_age
            ]
            code = rng.choices([c for c, _ in options], weights=[w for _, w in options])[0]
            if code in codes:
                break
            codes.append(code)
        return list(dict.fromkeys(codes))[:2]

    def _observations(
        self, *, subject: dict[str, str], age: int, conditions: Sequence[str], days: Sequence[int]
    ) -> list[dict[str, Any]]:
        rng = self.rng
        count = rng.choices((0, 1, 2, 3), weights=(35, 30, 20, 15))[0]
        if age < 12:
            count = min(count, 1) if rng.random() < 0.3 else 0
        pool = ["75622-1", "5196-1", "16128-1", "2160-0", "2093-3", "3016-3"]
        if "E11" in conditions:
            pool += ["4548-4", "4548-4", "4548-4"]
        if "B20" in conditions:
            pool += ["75622-1", "75622-1"]
        codes: list[str] = []
        while len(codes) < count:
            code = rng.choice(pool)
            if code not in codes:
                codes.append(code)
        resources: list[dict[str, Any]] = []
        for code in codes:
            day = dt.date.fromordinal(
                min(rng.choice(days) + rng.randint(1, 10), REFERENCE_DATE.toordinal() - 1)
            )
            when = _stamp(day, rng.randrange(7 * 60, 11 * 60, 5))
            resource: dict[str, Any] = {
                "resourceType": "Observation",
                "id": self.next_id("obs"),
                "status": "final",
                "category": _LABORATORY,
                "code": _LAB_CODES[code],
                "subject": subject,
                "effectiveDateTime": when,
            }
            if code in _SEROLOGIES:
                positive = _SEROLOGY_IMPLIED.get(code) in conditions or rng.random() < 0.01
                resource["valueCodeableConcept"] = _POSITIVE if positive else _NEGATIVE
            else:
                _, unit, low, high, digits = _QUANTITIES[code]
                if code == "4548-4" and "E11" in conditions:
                    low, high = 6.3, 9.8
                resource["valueQuantity"] = {
                    "value": round(rng.uniform(low, high), digits),
                    "unit": unit,
                    "system": UCUM,
                    "code": unit,
                }
            resources.append(resource)
        return resources


def practice_records(
    *, patients: int, seed: int
) -> Iterator[tuple[list[dict[str, Any]], dict[str, Any] | None]]:
    """The synthetic practice one piece at a time: first its Practitioners (with no truth),
    then each patient's resources (its Patient first) and that patient's plaintext truth.
    Same seed, same resources, in the order :func:`generate_practice` writes them."""
    _check_sizes(patients, seed)
    return _records(_Generator(seed=seed), patients)


def _records(
    generator: _Generator, patients: int
) -> Iterator[tuple[list[dict[str, Any]], dict[str, Any] | None]]:
    yield generator.practitioner_resources(), None
    for _ in range(patients):
        yield generator.patient()


def generate_practice(
    *,
    patients: int,
    seed: int,
    out: IO[str],
    truth: IO[str],
    on_patient: Callable[[], None] | None = None,
) -> PracticeSummary:
    """Write a synthetic practice of ``patients`` patients to ``out`` (FHIR R4 NDJSON) and its
    plaintext truth to ``truth`` (NDJSON, one line per patient). Same seed, same bytes."""
    _check_sizes(patients, seed)
    generator = _Generator(seed=seed)
    dumps, newline = orjson.dumps, orjson.OPT_APPEND_NEWLINE
    pieces = _records(generator, patients)
    practitioners, _ = next(pieces)
    out.write(b"".join(dumps(r, option=newline) for r in practitioners).decode())
    resources = len(practitioners)
    for patient_resources, patient_truth in pieces:
        out.write(b"".join(dumps(r, option=newline) for r in patient_resources).decode())
        truth.write(dumps(patient_truth, option=newline).decode())
        resources += len(patient_resources)
        if on_patient is not None:
            on_patient()
    return PracticeSummary(
        patients=patients,
        practitioners=len(practitioners),
        resources=resources,
        sensitive_notes=generator.sensitive_notes,
    )


def _check_sizes(patients: object, seed: object) -> None:
    if isinstance(patients, bool) or not isinstance(patients, int) or patients < 0:
        raise InputError("patients must be a whole number, 0 or more")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise InputError("seed must be a whole number")
