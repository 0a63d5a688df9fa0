"""The synthetic practice: determinism, valid FHIR, valid NIRs, and a truth file that tells the
whole truth (every plaintext value and every note sentence) about the NDJSON beside it."""

from __future__ import annotations

import base64
import datetime as dt
import importlib
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import orjson
import pytest
from faker import Faker

from carevault.errors import InputError
from carevault.identifiers import INS_NIR_SYSTEM, normalize_nir
from carevault.simulate import _notes
from carevault.simulate.practice import REFERENCE_DATE, PracticeSummary, generate_practice

SEED = 20261101
PATIENTS = 600

ORDER = ["Patient", "Encounter", "DocumentReference", "Observation", "Condition", "CareTeam"]
MODULES = {
    "Practitioner": "practitioner",
    "Patient": "patient",
    "Encounter": "encounter",
    "DocumentReference": "documentreference",
    "Observation": "observation",
    "Condition": "condition",
    "CareTeam": "careteam",
}


@dataclass
class Chart:
    patient: dict[str, Any]
    resources: list[dict[str, Any]] = field(default_factory=list)

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [r for r in self.resources if r["resourceType"] == kind]

    def notes(self) -> list[str]:
        return [
            base64.b64decode(doc["content"][0]["attachment"]["data"]).decode("utf-8")
            for doc in self.of("DocumentReference")
        ]


@dataclass
class Practice:
    out: str
    truth_text: str
    summary: PracticeSummary
    calls: int

    @property
    def resources(self) -> list[dict[str, Any]]:
        return [orjson.loads(line) for line in self.out.splitlines()]

    @property
    def truth(self) -> list[dict[str, Any]]:
        return [orjson.loads(line) for line in self.truth_text.splitlines()]

    def practitioners(self) -> list[dict[str, Any]]:
        return [r for r in self.resources if r["resourceType"] == "Practitioner"]

    def charts(self) -> list[Chart]:
        charts: list[Chart] = []
        for resource in self.resources:
            if resource["resourceType"] == "Practitioner":
                continue
            if resource["resourceType"] == "Patient":
                charts.append(Chart(resource))
            charts[-1].resources.append(resource)
        return charts


def _generate(patients: int, seed: int) -> Practice:
    out, truth = io.StringIO(), io.StringIO()
    calls = 0

    def tick() -> None:
        nonlocal calls
        calls += 1

    summary = generate_practice(patients=patients, seed=seed, out=out, truth=truth, on_patient=tick)
    return Practice(out.getvalue(), truth.getvalue(), summary, calls)


@pytest.fixture(scope="module")
def practice() -> Practice:
    return _generate(PATIENTS, SEED)


# --- determinism ---------------------------------------------------------------------------


def test_same_seed_gives_the_same_bytes() -> None:
    first, second = _generate(40, 7), _generate(40, 7)
    assert first.out == second.out
    assert first.truth_text == second.truth_text


def test_another_seed_gives_another_practice() -> None:
    first, second = _generate(40, 7), _generate(40, 8)
    assert first.out != second.out
    assert first.truth_text != second.truth_text


def test_refuses_a_negative_patient_count() -> None:
    with pytest.raises(InputError, match="patients"):
        generate_practice(patients=-1, seed=1, out=io.StringIO(), truth=io.StringIO())


def test_zero_patients_gives_only_practitioners() -> None:
    empty = _generate(0, 3)
    assert empty.truth_text == ""
    assert {r["resourceType"] for r in empty.resources} == {"Practitioner"}
    assert empty.summary.resources == empty.summary.practitioners


# --- shape of the file ---------------------------------------------------------------------


def test_summary_counts_match_the_file(practice: Practice) -> None:
    kinds = Counter(r["resourceType"] for r in practice.resources)
    assert practice.summary.patients == PATIENTS == kinds["Patient"] == len(practice.truth)
    assert practice.summary.practitioners == kinds["Practitioner"]
    assert practice.summary.resources == len(practice.out.splitlines()) == sum(kinds.values())
    assert 0 < practice.summary.sensitive_notes <= kinds["DocumentReference"]
    assert practice.calls == PATIENTS


def test_lines_are_compact_json_with_readable_accents(practice: Practice) -> None:
    for line in practice.out.splitlines()[:200]:
        assert line == orjson.dumps(orjson.loads(line)).decode()
    assert "\\u00" not in practice.out
    assert "é" in practice.truth_text


def test_resources_come_in_the_promised_order_and_numbers(practice: Practice) -> None:
    resources = practice.resources
    practitioners = practice.practitioners()
    assert 3 <= len(practitioners) <= 6
    assert all(r["resourceType"] == "Practitioner" for r in resources[: len(practitioners)])
    for chart in practice.charts():
        kinds = [r["resourceType"] for r in chart.resources]
        assert kinds == sorted(kinds, key=ORDER.index)
        counts = Counter(kinds)
        assert counts["Patient"] == 1
        assert counts["CareTeam"] == 1
        assert 1 <= counts["Encounter"] <= 4
        assert 0 <= counts["DocumentReference"] <= min(3, counts["Encounter"])
        assert 0 <= counts["Observation"] <= 3
        assert 0 <= counts["Condition"] <= 2
        assert 1 <= len(chart.of("CareTeam")[0]["participant"]) <= 2


def test_ids_are_unique_and_short(practice: Practice) -> None:
    ids = [r["id"] for r in practice.resources]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"(prac|pat|enc|doc|obs|cond|ct)-\d{6,}", i) for i in ids)


def test_references_resolve_within_the_file(practice: Practice) -> None:
    known = {f"{r['resourceType']}/{r['id']}" for r in practice.resources}
    pattern = re.compile(r'"reference":"([^"]+)"')
    references = pattern.findall(practice.out)
    assert references
    assert set(references) <= known
    for chart in practice.charts():
        own = f"Patient/{chart.patient['id']}"
        encounters = {f"Encounter/{e['id']}" for e in chart.of("Encounter")}
        for resource in chart.resources[1:]:
            assert resource["subject"]["reference"] == own
        for doc in chart.of("DocumentReference"):
            assert doc["context"]["encounter"][0]["reference"] in encounters
    assert sum(len(c.of("DocumentReference")) for c in practice.charts()) / PATIENTS == (
        pytest.approx(1.5, abs=0.2)
    )


@pytest.mark.parametrize("kind", sorted(MODULES))
def test_a_sample_of_each_type_validates_as_fhir_r4b(practice: Practice, kind: str) -> None:
    model = getattr(importlib.import_module(f"fhir.resources.R4B.{MODULES[kind]}"), kind)
    sample = [r for r in practice.resources if r["resourceType"] == kind][:40]
    assert sample
    for resource in sample:
        model.model_validate(resource)


def test_times_carry_the_paris_offset_of_their_day(practice: Practice) -> None:
    stamp = re.compile(r"(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:00(\+0[12]:00)")
    offsets: set[str] = set()
    for chart in practice.charts():
        birth = dt.date.fromisoformat(chart.patient["birthDate"])
        for encounter in chart.of("Encounter"):
            start, end = encounter["period"]["start"], encounter["period"]["end"]
            match = stamp.fullmatch(start)
            assert match is not None and stamp.fullmatch(end) is not None
            assert start < end
            day = dt.date.fromisoformat(match[1])
            assert birth < day < REFERENCE_DATE
            summer = dt.date(day.year, 4, 1) <= day <= dt.date(day.year, 10, 24)
            winter = day <= dt.date(day.year, 3, 24) or day >= dt.date(day.year, 11, 1)
            if summer:
                assert match[2] == "+02:00"
            if winter:
                assert match[2] == "+01:00"
            offsets.add(match[2])
    assert offsets == {"+01:00", "+02:00"}


# --- identities ----------------------------------------------------------------------------


def test_every_nir_is_valid_and_matches_birth_date_and_gender(practice: Practice) -> None:
    departments: set[str] = set()
    for chart in practice.charts():
        patient = chart.patient
        [identifier] = patient["identifier"]
        assert identifier["system"] == INS_NIR_SYSTEM
        nir = identifier["value"]
        assert normalize_nir(nir) == nir
        birth = dt.date.fromisoformat(patient["birthDate"])
        assert nir[0] == {"male": "1", "female": "2"}[patient["gender"]]
        assert nir[1:3] == f"{birth.year % 100:02d}"
        assert nir[3:5] == f"{birth.month:02d}"
        department = nir[5:7]
        assert department in {"2A", "2B"} or 1 <= int(department) <= 95
        departments.add(department)
        age = (REFERENCE_DATE - birth).days / 365.25
        assert 0 <= age < 99
    assert len(departments) > 30


def test_truth_holds_every_identifying_value_exactly(practice: Practice) -> None:
    truths = {t["id"]: t for t in practice.truth}
    assert len(truths) == PATIENTS
    maidens = 0
    for chart in practice.charts():
        patient, truth = chart.patient, truths[chart.patient["id"]]
        official = [n for n in patient["name"] if n["use"] == "official"]
        maiden = [n for n in patient["name"] if n["use"] == "maiden"]
        assert truth["family"] == official[0]["family"]
        assert truth["given"] == official[0]["given"]
        assert 1 <= len(truth["given"]) <= 2
        assert truth["maiden"] == (maiden[0]["family"] if maiden else None)
        maidens += bool(maiden)
        assert truth["birth_date"] == patient["birthDate"]
        assert truth["nir"] == patient["identifier"][0]["value"]
        phones = [t["value"] for t in patient["telecom"] if t["system"] == "phone"]
        emails = [t["value"] for t in patient["telecom"] if t["system"] == "email"]
        assert truth["phones"] == phones and phones
        assert truth["emails"] == emails
        [address] = patient["address"]
        assert address["country"] == "FR"
        assert truth["address"] == {
            "line": address["line"],
            "city": address["city"],
            "postal_code": address["postalCode"],
        }
    assert maidens > 0


def test_phones_are_french_and_written_in_several_ways(practice: Practice) -> None:
    shapes = {
        "spaced": re.compile(r"0[1-79]( \d{2}){4}"),
        "compact": re.compile(r"0[1-79]\d{8}"),
        "international": re.compile(r"\+33 [1-79]( \d{2}){4}"),
        "dotted": re.compile(r"0[1-79](\.\d{2}){4}"),
    }
    seen: Counter[str] = Counter()
    for truth in practice.truth:
        for phone in truth["phones"]:
            matched = [name for name, shape in shapes.items() if shape.fullmatch(phone)]
            assert len(matched) == 1, phone
            seen[matched[0]] += 1
    assert set(seen) == set(shapes)
    share = sum(bool(t["emails"]) for t in practice.truth) / PATIENTS
    assert 0.5 < share < 0.95


# --- notes ---------------------------------------------------------------------------------


def test_every_note_sentence_in_the_truth_is_in_a_note(practice: Practice) -> None:
    truths = {t["id"]: t for t in practice.truth}
    for chart in practice.charts():
        truth, notes = truths[chart.patient["id"]], chart.notes()
        text = "\n".join(notes)
        for sentence in truth["note_sentences"]:
            assert sentence == sentence.strip() and sentence
            assert any(sentence in note for note in notes), sentence
        for name in truth["third_parties"]:
            assert name in text
        assert bool(notes) == bool(truth["note_sentences"])
        if not notes:
            assert truth["sensitive_categories"] == []


def test_note_text_is_nothing_but_its_sentences(practice: Practice) -> None:
    truths = {t["id"]: t for t in practice.truth}
    for chart in practice.charts()[:200]:
        leftover = "\n".join(chart.notes())
        for sentence in sorted(truths[chart.patient["id"]]["note_sentences"], key=len)[::-1]:
            leftover = leftover.replace(sentence, "")
        assert re.fullmatch(r"[\s-]*", leftover), leftover


def test_notes_are_two_to_five_varied_sentences() -> None:
    assert _notes.template_count() >= 60
    rng = _notes.SeededRandom(5)
    fake = Faker("fr_FR")
    fake.seed_instance(5)
    names = _notes.Names(fake)
    sentences: set[str] = set()
    lengths: Counter[int] = Counter()
    for i in range(2000):
        sex, age = ("F", "M")[i % 2], i % 99
        ctx = _notes.NoteContext(
            rng=rng,
            names=names,
            sex=sex,
            age=age,
            family="Martin",
            given="Claire",
            reason="consultation de suivi",
            day=dt.date(2026, 5, 4),
            birth_year=2026 - age,
        )
        consult = _notes.pick_consult(rng, sex=sex, age=age, conditions=())
        theme = _notes.pick_theme(rng, sex=sex, age=age) if age >= 15 and i % 3 == 0 else []
        note = _notes.compose(ctx, consult=consult, sensitive=theme[:1], decoy=i % 7 == 0)
        assert 2 <= len(note.sentences) <= 5
        assert all(sentence in note.text for sentence in note.sentences)
        assert note.categories == {c for t in theme[:1] for c in t.categories}
        lengths[len(note.sentences)] += 1
        sentences.update(note.sentences)
    assert set(lengths) == {2, 3, 4, 5}
    assert len(sentences) > 1000


def test_sensitive_share_and_categories(practice: Practice) -> None:
    notes = sum(1 for r in practice.resources if r["resourceType"] == "DocumentReference")
    share = practice.summary.sensitive_notes / notes
    assert 0.08 <= share <= 0.25
    seen: set[str] = set()
    for truth in practice.truth:
        categories = truth["sensitive_categories"]
        assert categories == sorted(set(categories))
        seen.update(categories)
    assert seen == set(_notes.CATEGORIES)


def test_third_parties_are_named_in_some_notes(practice: Practice) -> None:
    with_third_parties = [t for t in practice.truth if t["third_parties"]]
    assert len(with_third_parties) > PATIENTS // 20
    for truth in with_third_parties:
        for name in truth["third_parties"]:
            assert len(name.split()) >= 2


def test_templates_know_their_slots_and_categories() -> None:
    templates = [*_notes.OPENINGS, *_notes.EXAM, *_notes.DECOYS]
    for consult in _notes.CONSULT_TYPES:
        templates += [*consult.body, *consult.plan]
    for category, pool in _notes.SENSITIVE.items():
        assert pool
        for template in pool:
            assert category in template.categories
    for template in templates:
        assert not template.categories
    for template in _notes.DECOYS:
        assert template.topic
