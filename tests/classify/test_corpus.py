"""The labeled corpus (tests/classify/corpus): its shape as the issue asks, and a floor on
carevault's quality over it, so that a change to the lexicon or the cue rules that breaks
notes it used to get right fails here. bench/bench_classify.py reports the full numbers."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from carevault.classify import CATEGORIES, classify
from carevault.identifiers import is_valid_nir

CORPUS = Path(__file__).parent / "corpus"
HOLDOUT = Path(__file__).parent / "holdout"  # never tuned on: its shape is checked, not scores
PII_KINDS = ("nir", "phone", "email", "person")


def load(folder: Path = CORPUS) -> list[dict[str, Any]]:
    notes = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            notes.extend(json.loads(line) for line in lines if line.strip())
    return notes


NOTES = load()
HELD_OUT = load(HOLDOUT)


def f1(true_positive: int, false_positive: int, false_negative: int) -> float:
    found, expected = true_positive + false_positive, true_positive + false_negative
    precision = true_positive / found if found else 1.0
    recall = true_positive / expected if expected else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def test_the_corpus_is_as_large_and_as_mixed_as_asked() -> None:
    assert len(NOTES) >= 300
    assert len({note["id"] for note in NOTES}) == len(NOTES)
    assert len(HELD_OUT) >= 200
    assert len({note["id"] for note in HELD_OUT}) == len(HELD_OUT)
    languages = Counter(note["lang"] for note in NOTES)
    assert languages["fr"] >= 150 and languages["en"] >= 80, languages
    nothing = sum(1 for n in NOTES if not n["categories"] and not n["mentioned"])
    assert 0.20 <= nothing / len(NOTES) <= 0.30
    traps = sum(1 for n in NOTES if n["mentioned"])
    assert traps >= 80
    affirmed = Counter(c for n in NOTES for c in n["categories"])
    assert all(affirmed[c] >= 10 for c in CATEGORIES), affirmed


@pytest.mark.parametrize(
    "note",
    NOTES + HELD_OUT,
    ids=[n["id"] for n in NOTES] + [f"holdout-{n['id']}" for n in HELD_OUT],
)
def test_each_note_is_well_formed(note: dict[str, Any]) -> None:
    assert set(note) == {"id", "lang", "text", "categories", "mentioned", "pii"}
    assert note["categories"] == sorted(note["categories"])
    assert set(note["categories"]) <= set(CATEGORIES)
    assert set(note["mentioned"]) <= set(CATEGORIES)
    assert not set(note["categories"]) & set(note["mentioned"])
    assert set(note["pii"]) == set(PII_KINDS)
    for values in note["pii"].values():
        assert all(value in note["text"] for value in values)
    assert all(is_valid_nir(nir) for nir in note["pii"]["nir"])


def category_scores(notes: list[dict[str, Any]]) -> dict[str, float]:
    """F1 of each category, note by note, on affirmed categories."""
    counts = {c: [0, 0, 0] for c in CATEGORIES}
    for note in notes:
        predicted, expected = set(classify(note["text"]).categories), set(note["categories"])
        for category in predicted & expected:
            counts[category][0] += 1
        for category in predicted - expected:
            counts[category][1] += 1
        for category in expected - predicted:
            counts[category][2] += 1
    return {c: f1(*counts[c]) for c in CATEGORIES}


def test_quality_floor_on_affirmed_categories() -> None:
    scores = category_scores(NOTES)
    assert sum(scores.values()) / len(scores) >= 0.95, scores
    assert min(scores.values()) >= 0.85, scores


def test_quality_floor_on_personal_data() -> None:
    counts = {kind: [0, 0, 0] for kind in PII_KINDS}
    for note in NOTES:
        found = classify(note["text"]).pii.as_json()
        for kind in PII_KINDS:
            predicted, expected = set(found[kind]), set(note["pii"][kind])
            counts[kind][0] += len(predicted & expected)
            counts[kind][1] += len(predicted - expected)
            counts[kind][2] += len(expected - predicted)
    scores = {kind: f1(*counts[kind]) for kind in PII_KINDS}
    assert min(scores["nir"], scores["phone"], scores["email"]) >= 0.99, scores
    assert scores["person"] >= 0.9, scores


def test_quality_floor_on_the_held_out_notes() -> None:
    """Notes never used to tune: a floor well under the corpus's, so that a change that only
    fits the corpus better and generalises worse fails here."""
    scores = category_scores(HELD_OUT)
    assert sum(scores.values()) / len(scores) >= 0.90, scores
