"""Benchmark of carevault.classify: sensitive categories and PII in doctors' free-text notes.

Run from the repository root::

    python bench/bench_classify.py                    # with Presidio when installed, ~70 s
    python bench/bench_classify.py --no-presidio --seconds 3

What is measured, on the labeled notes of tests/classify/corpus/*.jsonl, all in one run (see
bench/README.md for what each number means):

1. quality on affirmed categories, note by note (a note's predicted set is
   ``classify(text).categories``, its label ``categories``): per category TP/FP/FN, precision,
   recall, F1 and the ids of the notes in error; macro and micro F1, also per language; and the
   "traps", categories a note only mentions (negated, hypothetical) predicted as affirmed;
2. PII quality (NIR, phone, email, person): the exact substrings found in each note against
   the labeled ones, micro-averaged over the notes;
3. the same for Presidio's analyzer with spaCy's fr_core_news_sm (phone, email, person), side
   by side, and its notes per second (``--no-presidio`` skips it; ``pip install -e '.[bench]'``
   installs it);
4. classify's throughput on one core: on the corpus notes, on notes of about 400
   characters cut from them (the goal: >= 5,000 such notes per second on one core), and on
   the notes of a synthetic practice (carevault simulate practice: what a practice writes,
   most notes holding nothing sensitive);
5. the same quality numbers on a held-out set (tests/classify/holdout), written apart from
   the classifier and never used to tune it: the estimate for notes carevault has not seen.

Results go to bench/results/classify.json; a summary goes to stdout, progress to stderr.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from importlib import metadata
from itertools import cycle
from pathlib import Path
from typing import Any

import orjson
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from _common import REPOSITORY, Steps, machine, source_digest, write_json
from carevault.classify import CATEGORIES, classify
from carevault.simulate.practice import generate_practice

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_OUT = BENCH_DIR / "results" / "classify.json"
DEFAULT_CORPUS = REPOSITORY / "tests" / "classify" / "corpus"
DEFAULT_HOLDOUT = REPOSITORY / "tests" / "classify" / "holdout"
PRACTICE_PATIENTS = 400  # the synthetic practice whose notes are timed
LANGS = ("fr", "en", "mixed")
PII_KINDS = ("nir", "phone", "email", "person")
PRESIDIO_ENTITIES = {"PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email", "PERSON": "person"}
PRESIDIO_MODEL = "fr_core_news_sm"
PRESIDIO_MISSING = "not installed: pip install -e '.[bench]'"
PRESIDIO_PHONE_REGIONS = ("FR", "GB", "US")  # the corpus labels these numbers, and E.164 ones
BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
PRESIDIO_PHONE_CONTEXT = ["téléphone", "tél", "portable", "mobile", "numéro", "joindre", "phone"]
SHORT_NOTE_CHARS = 400
SHORT_NOTES = 1_000
GOAL_SHORT_NOTES_PER_S = 5_000
MIN_ROUNDS = 5
EXAMPLES = 100  # FP/FN examples kept per PII kind

out = Console(highlight=False, width=None if sys.stdout.isatty() else 120)


# --- corpus -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Note:
    id: str
    lang: str
    text: str
    categories: frozenset[str]
    mentioned: frozenset[str]
    pii: dict[str, frozenset[str]]


def load_corpus(directory: Path) -> tuple[list[Note], dict[str, Any]]:
    """Every ``*.jsonl`` of ``directory``, sorted by name, and what was found odd in them
    (``warnings``: unknown ids, PII values absent from their note, duplicate note ids)."""
    paths = sorted(directory.glob("*.jsonl"))
    if not paths:
        raise SystemExit(f"no *.jsonl corpus file in {directory}")
    notes: list[Note] = []
    files = []
    warnings: list[str] = []
    digest = hashlib.sha256()
    known = set(CATEGORIES)
    for path in paths:
        content = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + content)
        count = 0
        for number, line in enumerate(content.decode().splitlines(), 1):
            if not line.strip():
                continue
            try:
                note = _note(orjson.loads(line))
            except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as error:
                raise SystemExit(f"{path.name}:{number}: not a corpus line ({error})") from error
            warnings.extend(_label_warnings(note, known))
            notes.append(note)
            count += 1
        files.append({"name": path.name, "notes": count})
    duplicates = [key for key, seen in Counter(note.id for note in notes).items() if seen > 1]
    warnings.extend(f"duplicate note id {key}" for key in duplicates)
    if not notes:
        raise SystemExit(f"the corpus files in {directory} hold no note")
    lengths = [len(note.text) for note in notes]
    return notes, {
        "directory": _shown(directory),
        "files": files,
        "digest": digest.hexdigest()[:16],
        "notes": len(notes),
        "notes_by_lang": dict(Counter(note.lang for note in notes)),
        "mean_note_chars": round(statistics.fmean(lengths), 1),
        "median_note_chars": statistics.median(lengths),
        "max_note_chars": max(lengths),
        "labeled_notes_by_category": {
            category: sum(category in note.categories for note in notes) for category in CATEGORIES
        },
        "labeled_pii_values": {
            kind: sum(len(note.pii[kind]) for note in notes) for kind in PII_KINDS
        },
        "warnings": warnings,
    }


def _note(line: dict[str, Any]) -> Note:
    pii = line.get("pii") or {}
    text = line["text"]
    if not isinstance(text, str):
        raise TypeError("text is not a string")
    return Note(
        id=str(line["id"]),
        lang=str(line["lang"]),
        text=text,
        categories=frozenset(line["categories"]),
        mentioned=frozenset(line.get("mentioned") or ()),
        pii={kind: frozenset(pii.get(kind) or ()) for kind in PII_KINDS},
    )


def _label_warnings(note: Note, known: set[str]) -> Iterator[str]:
    if note.lang not in LANGS:
        yield f"{note.id}: lang {note.lang!r} is not one of {', '.join(LANGS)}"
    for category in sorted((note.categories | note.mentioned) - known):
        yield f"{note.id}: unknown category {category!r}"
    for category in sorted(note.categories & note.mentioned):
        yield f"{note.id}: {category} both affirmed and only mentioned"
    for kind in PII_KINDS:
        for value in sorted(note.pii[kind]):
            if value not in note.text:
                yield f"{note.id}: {kind} {value!r} is not in the text"


def _shown(path: Path) -> str:
    """A path relative to the repository when it is inside it."""
    with suppress(ValueError):
        return str(path.resolve().relative_to(REPOSITORY))
    return str(path)


# --- carevault's predictions ------------------------------------------------------------------


@dataclass(frozen=True)
class Predicted:
    categories: frozenset[str]
    pii: dict[str, frozenset[str]]


def predict(steps: Steps, notes: Sequence[Note]) -> tuple[list[Predicted], dict[str, Any]]:
    """classify() on every note once; a note it raises on counts as predicting nothing."""
    predicted = []
    errors = []
    unknown: Counter[str] = Counter()
    first_call_ms = None
    with steps.task("classify the corpus", len(notes)) as advance:
        for note in notes:
            started = time.perf_counter()
            try:
                found = classify(note.text)
                categories = frozenset(found.categories)
                pii = {kind: frozenset(getattr(found.pii, kind)) for kind in PII_KINDS}
            except Exception as error:  # the code under test may be unfinished
                errors.append({"id": note.id, "error": f"{type(error).__name__}: {error}"})
                categories, pii = frozenset(), {kind: frozenset() for kind in PII_KINDS}
            unknown.update(categories - set(CATEGORIES))
            predicted.append(Predicted(categories, pii))
            if first_call_ms is None:
                first_call_ms = round((time.perf_counter() - started) * 1000, 2)
            advance(1)
    return predicted, {
        "first_call_ms": first_call_ms,
        "errors": errors,
        "unknown_predicted_categories": dict(unknown),
    }


# --- scores -----------------------------------------------------------------------------------


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def scores(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Counts, precision, recall and F1; a ratio with nothing to divide by is None."""
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, tp + fn),
        "f1": _ratio(2 * tp, 2 * tp + fp + fn),
    }


def category_quality(notes: Sequence[Note], predicted: Sequence[Predicted]) -> dict[str, Any]:
    """Note-level scores on affirmed categories: per category, macro, micro, per language."""
    per_category = {}
    for category in CATEGORIES:
        fp_ids = [n.id for n, p in zip(notes, predicted, strict=True) if _fp(category, n, p)]
        fn_ids = [n.id for n, p in zip(notes, predicted, strict=True) if _fn(category, n, p)]
        tp = sum(
            category in n.categories and category in p.categories
            for n, p in zip(notes, predicted, strict=True)
        )
        per_category[category] = {
            "support": tp + len(fn_ids),
            **scores(tp, len(fp_ids), len(fn_ids)),
            "fp_ids": fp_ids,
            "fn_ids": fn_ids,
        }
    by_lang = {}
    for lang in sorted({note.lang for note in notes}, key=_lang_order):
        pairs = [(n, p) for n, p in zip(notes, predicted, strict=True) if n.lang == lang]
        by_lang[lang] = {
            "notes": len(pairs),
            **_averages([n for n, _ in pairs], [p for _, p in pairs]),
        }
    exact = sum(n.categories == p.categories for n, p in zip(notes, predicted, strict=True))
    return {
        **_averages(notes, predicted),
        "notes_exactly_right": exact,
        "notes_exactly_right_ratio": _ratio(exact, len(notes)),
        "per_category": per_category,
        "by_lang": by_lang,
        "traps": traps(notes, predicted),
    }


def _fp(category: str, note: Note, predicted: Predicted) -> bool:
    return category in predicted.categories and category not in note.categories


def _fn(category: str, note: Note, predicted: Predicted) -> bool:
    return category in note.categories and category not in predicted.categories


def _lang_order(lang: str) -> tuple[int, str]:
    return (LANGS.index(lang) if lang in LANGS else len(LANGS), lang)


def _averages(notes: Sequence[Note], predicted: Sequence[Predicted]) -> dict[str, Any]:
    """Macro F1 over the categories that have a label or a prediction in these notes (the
    others have no F1: ``categories_unscored``), and micro scores over all 14."""
    f1s = []
    unscored = []
    totals = Counter[str]()
    for category in CATEGORIES:
        counts = Counter[str]()
        for note, found in zip(notes, predicted, strict=True):
            labeled, guessed = category in note.categories, category in found.categories
            counts["tp"] += labeled and guessed
            counts["fp"] += guessed and not labeled
            counts["fn"] += labeled and not guessed
        totals.update(counts)
        if counts.total():
            f1s.append(2 * counts["tp"] / (2 * counts["tp"] + counts["fp"] + counts["fn"]))
        else:
            unscored.append(category)
    micro = scores(totals["tp"], totals["fp"], totals["fn"])
    return {
        "macro_f1": round(statistics.fmean(f1s), 4) if f1s else None,
        "categories_scored": len(f1s),
        "categories_unscored": unscored,
        "micro_precision": micro["precision"],
        "micro_recall": micro["recall"],
        "micro_f1": micro["f1"],
    }


def traps(notes: Sequence[Note], predicted: Sequence[Predicted]) -> dict[str, Any]:
    """Categories a note only mentions (negated, hypothetical, not the patient's): how many
    classify wrongly reported as affirmed."""
    pairs = 0
    wrong = []
    with_mentions = 0
    for note, found in zip(notes, predicted, strict=True):
        mentioned = note.mentioned - note.categories
        with_mentions += bool(mentioned)
        pairs += len(mentioned)
        wrong.extend(
            {"id": note.id, "category": category}
            for category in sorted(mentioned & found.categories)
        )
    return {
        "notes_with_mentioned": with_mentions,
        "mentioned_categories": pairs,
        "predicted_affirmed": len(wrong),
        "accuracy": _ratio(pairs - len(wrong), pairs),
        "errors": wrong,
    }


def pii_quality(
    notes: Sequence[Note], predicted: Sequence[dict[str, frozenset[str]]], kinds: Sequence[str]
) -> dict[str, Any]:
    """Per kind, exact substrings: a predicted value is a TP when the note's labels hold the
    same string. ``overlap`` is a looser reading (one string contains the other), kept to
    tell a wrong span ("Mme Claire Dubois" for "Claire Dubois") from a miss."""
    results: dict[str, Any] = {}
    for kind in kinds:
        tp = 0
        false_positives: list[dict[str, str]] = []
        false_negatives: list[dict[str, str]] = []
        loose = Counter[str]()
        for note, found in zip(notes, predicted, strict=True):
            labeled, guessed = note.pii[kind], found[kind]
            tp += len(labeled & guessed)
            false_positives.extend({"id": note.id, "value": v} for v in sorted(guessed - labeled))
            false_negatives.extend({"id": note.id, "value": v} for v in sorted(labeled - guessed))
            loose["guessed"] += len(guessed)
            loose["guessed_hit"] += sum(any(_overlaps(g, v) for v in labeled) for g in guessed)
            loose["labeled"] += len(labeled)
            loose["labeled_hit"] += sum(any(_overlaps(g, v) for g in guessed) for v in labeled)
        precision = _ratio(loose["guessed_hit"], loose["guessed"])
        recall = _ratio(loose["labeled_hit"], loose["labeled"])
        results[kind] = {
            "labeled": loose["labeled"],
            "predicted": loose["guessed"],
            **scores(tp, len(false_positives), len(false_negatives)),
            "overlap": {
                "precision": precision,
                "recall": recall,
                "f1": round(2 * precision * recall / (precision + recall), 4)
                if precision and recall
                else None,
            },
            "fp_examples": false_positives[:EXAMPLES],
            "fn_examples": false_negatives[:EXAMPLES],
        }
    return results


def _overlaps(one: str, other: str) -> bool:
    return one in other or other in one


# --- throughput -------------------------------------------------------------------------------


@contextmanager
def one_cpu() -> Iterator[int | None]:
    """Pin this process to one CPU (the last it may run on) while timing, then restore."""
    if not hasattr(os, "sched_setaffinity"):
        yield None
        return
    allowed = os.sched_getaffinity(0)
    cpu = max(allowed)
    os.sched_setaffinity(0, {cpu})
    try:
        yield cpu
    finally:
        os.sched_setaffinity(0, allowed)


def throughput(
    steps: Steps, label: str, texts: Sequence[str], seconds: float, call: Callable[[str], object]
) -> dict[str, Any]:
    """``call`` on every text, in rounds of whole passes over ``texts`` (about a tenth of
    ``seconds`` each), until ``seconds`` have passed and at least MIN_ROUNDS rounds ran; the
    median round is reported. One untimed pass first (caches, lazy set-up)."""
    clock = time.perf_counter
    chars = sum(len(text) for text in texts)
    started = clock()
    for text in texts:
        call(text)
    warmup_s = clock() - started
    passes = max(1, round(seconds / 10 / max(warmup_s, 1e-9)))
    rates = []
    chars_rates = []
    with steps.task(f"{label}: {seconds:g} s of rounds", seconds) as advance, one_cpu() as cpu:
        wall = cpu_time = 0.0
        while wall < seconds or len(rates) < MIN_ROUNDS:
            cpu_started, started = time.process_time(), clock()
            for _ in range(passes):
                for text in texts:
                    call(text)
            elapsed = clock() - started
            cpu_time += time.process_time() - cpu_started
            wall += elapsed
            rates.append(passes * len(texts) / elapsed)
            chars_rates.append(passes * chars / elapsed)
            advance(elapsed)
    return {
        "notes": len(texts),
        "mean_note_chars": round(chars / len(texts), 1),
        "warmup_pass_s": round(warmup_s, 4),
        "passes_per_round": passes,
        "rounds": len(rates),
        "timed_s": round(wall, 2),
        "notes_per_s": round(statistics.median(rates), 1),
        "chars_per_s": round(statistics.median(chars_rates)),
        "min_notes_per_s": round(min(rates), 1),
        "max_notes_per_s": round(max(rates), 1),
        "runs_notes_per_s": [round(rate, 1) for rate in rates],
        "cpu_to_wall_ratio": round(cpu_time / wall, 3),
        "pinned_cpu": cpu,
    }


def held_out(steps: Steps, directory: Path) -> dict[str, Any]:
    """Quality on notes written apart from the classifier and never used to tune it."""
    notes, corpus = load_corpus(directory)
    predicted, calls = predict(steps, notes)
    return {
        "corpus": corpus,
        **calls,
        "categories": category_quality(notes, predicted),
        "pii": pii_quality(notes, [p.pii for p in predicted], PII_KINDS),
    }


def practice_notes(patients: int) -> list[str]:
    """The notes' texts of a synthetic practice (the demo's generator, seeded)."""
    generated, truth = io.StringIO(), io.StringIO()
    generate_practice(patients=patients, seed=2026, out=generated, truth=truth)
    texts = []
    for line in generated.getvalue().splitlines():
        resource = orjson.loads(line)
        if resource.get("resourceType") == "DocumentReference":
            for content in resource.get("content", ()):
                data = content.get("attachment", {}).get("data")
                if data:
                    texts.append(base64.b64decode(data).decode("utf-8"))
    return texts


def short_notes(texts: Sequence[str], count: int, size: int = SHORT_NOTE_CHARS) -> list[str]:
    """``count`` notes of about ``size`` characters: the corpus texts one after the other
    (a line break between two), cut at the whitespace nearest before ``size`` (after it when
    there is none in the last fifth), round and round the corpus until there are enough."""
    if not any(text.strip() for text in texts):
        raise SystemExit("the corpus notes are all empty")
    source = cycle(texts)
    made: list[str] = []
    buffer = ""
    while len(made) < count:
        while len(buffer) < size * 6 // 5 + 1:
            buffer = f"{buffer}\n{next(source)}" if buffer else next(source)
        cut = _word_boundary(buffer, size)
        piece = buffer[:cut].strip()
        buffer = buffer[cut:].lstrip()
        if piece:
            made.append(piece)
    return made


def _word_boundary(text: str, size: int) -> int:
    for index in range(size, size * 4 // 5, -1):
        if text[index].isspace():
            return index
    after = re.compile(r"\s").search(text, size, size * 6 // 5)
    return after.start() if after else size


# --- Presidio ---------------------------------------------------------------------------------


def presidio(steps: Steps, notes: Sequence[Note]) -> dict[str, Any]:
    """Presidio's analyzer with spaCy's fr_core_news_sm on every note (as language "fr"):
    phone, email and person, scored as carevault's PII, and its notes per second."""
    for variable in BLAS_THREADS:  # one core: numpy's BLAS must not start threads of its own
        os.environ.setdefault(variable, "1")
    try:
        import spacy  # noqa: PLC0415 - Presidio is optional, for this benchmark only
        import tldextract  # noqa: PLC0415
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # noqa: PLC0415
        from presidio_analyzer.nlp_engine import NlpEngineProvider  # noqa: PLC0415
        from presidio_analyzer.predefined_recognizers import (  # noqa: PLC0415
            EmailRecognizer,
            PhoneRecognizer,
        )
    except ImportError:
        return {"skipped": PRESIDIO_MISSING}
    if not spacy.util.is_package(PRESIDIO_MODEL):
        return {"skipped": f"{PRESIDIO_MODEL} {PRESIDIO_MISSING}"}

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    class OfflineEmailRecognizer(EmailRecognizer):
        """Presidio's email recognizer, its domain check on tldextract's bundled list of
        suffixes: the stock one downloads that list on first use (no network here)."""

        def validate_result(self, pattern_text: str) -> bool:
            return bool(offline(pattern_text).fqdn)

    steps.note(f"Presidio: loading spaCy {PRESIDIO_MODEL}")
    started = time.perf_counter()
    nlp_engine = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "fr", "model_name": PRESIDIO_MODEL}],
        }
    ).create_engine()
    # Presidio's predefined recognizers are registered for "en" only: build the "fr" ones.
    registry = RecognizerRegistry(supported_languages=["fr"])
    registry.add_recognizer(
        PhoneRecognizer(
            supported_language="fr",
            context=PRESIDIO_PHONE_CONTEXT,
            supported_regions=PRESIDIO_PHONE_REGIONS,
        )
    )
    registry.add_recognizer(OfflineEmailRecognizer(supported_language="fr"))
    registry.add_nlp_recognizer(nlp_engine)  # PERSON from the model's PER entities
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["fr"])
    missing = set(PRESIDIO_ENTITIES) - set(engine.get_supported_entities("fr"))
    if missing:
        raise RuntimeError(f"Presidio has no 'fr' recognizer for {sorted(missing)}")
    entities = list(PRESIDIO_ENTITIES)

    def analyze(text: str) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {kind: set() for kind in PRESIDIO_ENTITIES.values()}
        for result in engine.analyze(text=text, language="fr", entities=entities):
            found[PRESIDIO_ENTITIES[result.entity_type]].add(text[result.start : result.end])
        return {kind: frozenset(values) for kind, values in found.items()}

    for note in notes[:5]:  # untimed: the first calls load the recognizers
        analyze(note.text)
    setup_s = time.perf_counter() - started
    predicted = []
    with steps.task("Presidio on the corpus", len(notes)) as advance, one_cpu() as cpu:
        cpu_started, started = time.process_time(), time.perf_counter()
        for note in notes:
            predicted.append(analyze(note.text))
            advance(1)
        elapsed = time.perf_counter() - started
        cpu_time = time.process_time() - cpu_started
    chars = sum(len(note.text) for note in notes)
    # The phone recognizer alone with Presidio's own default regions (FR among them), untimed.
    default_regions = PhoneRecognizer(
        supported_language="fr", supported_regions=PhoneRecognizer.DEFAULT_SUPPORTED_REGIONS
    )
    phones_default = [
        {
            "phone": frozenset(
                note.text[r.start : r.end]
                for r in default_regions.analyze(note.text, ["PHONE_NUMBER"], None)
            )
        }
        for note in notes
    ]
    return {
        "versions": {
            name: metadata.version(name)
            for name in ("presidio-analyzer", "spacy", "fr-core-news-sm", "phonenumbers")
        },
        "model": PRESIDIO_MODEL,
        "language": "fr (every note, whatever its lang)",
        "phone_regions": list(PRESIDIO_PHONE_REGIONS),
        "recognizers": sorted(r.name for r in engine.get_recognizers("fr")),
        "setup_s": round(setup_s, 2),
        "pii": pii_quality(notes, predicted, list(PRESIDIO_ENTITIES.values())),
        "throughput": {
            "notes": len(notes),
            "seconds_s": round(elapsed, 3),
            "notes_per_s": round(len(notes) / elapsed, 1),
            "chars_per_s": round(chars / elapsed),
            "cpu_to_wall_ratio": round(cpu_time / elapsed, 3),
            "pinned_cpu": cpu,
            "blas_threads": {variable: os.environ.get(variable) for variable in BLAS_THREADS},
        },
        "phone_default_regions": {
            "regions": list(PhoneRecognizer.DEFAULT_SUPPORTED_REGIONS),
            **pii_quality(notes, phones_default, ["phone"])["phone"],
        },
        "english_model": "not run: en_core_web_sm is not on PyPI",
    }


# --- machine ----------------------------------------------------------------------------------


# --- the run ----------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> dict[str, Any]:
    steps = Steps()
    started = time.perf_counter()
    notes, corpus = load_corpus(args.corpus)
    for warning in corpus["warnings"]:
        steps.note(f"[yellow]corpus: {escape(warning)}[/]")
    results: dict[str, Any] = {
        "benchmark": "carevault classify",
        "machine": machine(load_average_1_min=round(os.getloadavg()[0], 2)),
        "parameters": {"seconds": args.seconds, "presidio": args.presidio},
        "corpus": corpus,
    }
    predicted, calls = predict(steps, notes)
    results["carevault"] = {
        **calls,
        "categories": category_quality(notes, predicted),
        "pii": pii_quality(notes, [p.pii for p in predicted], PII_KINDS),
    }
    texts = [note.text for note in notes]
    shorts = short_notes(texts, SHORT_NOTES)
    results["carevault"]["throughput"] = {
        "corpus": throughput(steps, "classify, corpus notes", texts, args.seconds, classify),
        "short_notes": throughput(
            steps, f"classify, ~{SHORT_NOTE_CHARS}-char notes", shorts, args.seconds, classify
        ),
    }
    practice = practice_notes(PRACTICE_PATIENTS)
    results["carevault"]["throughput"]["practice_notes"] = throughput(
        steps, "classify, a synthetic practice's notes", practice, args.seconds, classify
    )
    results["carevault"]["throughput"]["practice_notes"]["sensitive_share"] = round(
        sum(1 for text in practice if classify(text).categories) / len(practice), 3
    )
    if args.holdout is not None and any(args.holdout.glob("*.jsonl")):
        results["holdout"] = held_out(steps, args.holdout)
    else:
        results["holdout"] = {"skipped": f"no *.jsonl in {args.holdout}"}
    lengths = [len(text) for text in shorts]
    results["carevault"]["throughput"]["short_notes"].update(
        min_note_chars=min(lengths), max_note_chars=max(lengths)
    )
    measured = results["carevault"]["throughput"]["short_notes"]["notes_per_s"]
    results["goal"] = {
        "goal_notes_per_s": GOAL_SHORT_NOTES_PER_S,
        "note_chars": SHORT_NOTE_CHARS,
        "measured_notes_per_s": measured,
        "met": measured >= GOAL_SHORT_NOTES_PER_S,
    }
    if args.presidio:
        results["presidio"] = presidio(steps, notes)
    else:
        results["presidio"] = {"skipped": "--no-presidio"}
    results["run_wall_s"] = round(time.perf_counter() - started, 1)
    results["code_changed_during_run"] = source_digest() != results["machine"]["source_digest"]
    return results


# --- output -----------------------------------------------------------------------------------


def _number(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def summary(results: dict[str, Any]) -> None:
    machine, corpus = results["machine"], results["corpus"]
    langs = ", ".join(f"{lang} {count}" for lang, count in corpus["notes_by_lang"].items())
    out.print(
        f"[bold]carevault classify benchmark[/] — {machine['date']}, {machine['nproc']} CPUs, "
        f"Python {machine['python']}; corpus {corpus['notes']} notes ({langs}), "
        f"mean {corpus['mean_note_chars']:.0f} chars, {len(corpus['warnings'])} label warnings"
    )
    found = results["carevault"]
    categories = found["categories"]
    table = Table(title="affirmed categories, note level")
    for column in ("category", "support", "TP", "FP", "FN", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "category" else "right")
    for category, value in categories["per_category"].items():
        table.add_row(
            category,
            str(value["support"]),
            str(value["tp"]),
            str(value["fp"]),
            str(value["fn"]),
            _number(value["precision"]),
            _number(value["recall"]),
            _number(value["f1"]),
        )
    out.print(table)
    by_lang = ", ".join(
        f"{lang} {_number(value['macro_f1'])} ({value['notes']})"
        for lang, value in categories["by_lang"].items()
    )
    out.print(
        f"macro F1 {_number(categories['macro_f1'])} over {categories['categories_scored']} "
        f"categories, micro F1 {_number(categories['micro_f1'])}; by lang: {by_lang}"
    )
    trap = categories["traps"]
    out.print(
        f"traps: {trap['predicted_affirmed']} of {trap['mentioned_categories']} only-mentioned "
        f"categories predicted affirmed (in {trap['notes_with_mentioned']} notes)"
    )
    if found["errors"]:
        out.print(f"[red]classify raised on {len(found['errors'])} notes[/]")
    _pii_table(results)
    _held_out_lines(results)
    _throughput_lines(results)
    if results.get("code_changed_during_run"):
        out.print("[red]carevault's code changed during the run: the numbers mix versions[/]")


def _held_out_lines(results: dict[str, Any]) -> None:
    held = results["holdout"]
    if "skipped" in held:
        out.print(f"held-out: skipped ({held['skipped']})")
        return
    categories = held["categories"]
    pii = ", ".join(f"{kind} {_number(held['pii'][kind]['f1'])}" for kind in PII_KINDS)
    out.print(
        f"[bold]held-out[/] ({held['corpus']['notes']} notes never used to tune): macro F1 "
        f"{_number(categories['macro_f1'])}, micro F1 {_number(categories['micro_f1'])}; "
        f"PII F1: {pii}"
    )


def _pii_table(results: dict[str, Any]) -> None:
    other = results["presidio"]
    table = Table(title="PII, exact substrings (precision / recall / F1)")
    table.add_column("kind")
    table.add_column("labeled", justify="right")
    table.add_column("carevault", justify="right")
    if "pii" in other:
        table.add_column(f"Presidio + {other['model']}", justify="right")
    for kind, value in results["carevault"]["pii"].items():
        row = [kind, str(value["labeled"]), _triple(value)]
        if "pii" in other:
            row.append(_triple(other["pii"][kind]) if kind in other["pii"] else "n/a")
        table.add_row(*row)
    out.print(table)
    if "phone_default_regions" in other:
        value = other["phone_default_regions"]
        out.print(
            f"Presidio phone with regions {', '.join(other['phone_regions'])}; with its default "
            f"regions ({', '.join(value['regions'])}): {_triple(value)}"
        )
    if "skipped" in other:
        out.print(f"Presidio skipped: {escape(other['skipped'])}")


def _triple(value: dict[str, Any]) -> str:
    return " / ".join(_number(value[key], 2) for key in ("precision", "recall", "f1"))


def _throughput_lines(results: dict[str, Any]) -> None:
    measured = results["carevault"]["throughput"]
    for key, label in (
        ("corpus", "corpus notes"),
        ("short_notes", "~400-char notes"),
        ("practice_notes", "a synthetic practice's notes"),
    ):
        value = measured[key]
        out.print(
            f"classify, {label} (mean {value['mean_note_chars']:.0f} chars): "
            f"{value['notes_per_s']:,.0f} notes/s, {value['chars_per_s']:,.0f} chars/s "
            f"(median of {value['rounds']} rounds, {value['min_notes_per_s']:,.0f}-"
            f"{value['max_notes_per_s']:,.0f}), one core"
        )
    goal = results["goal"]
    mark = "[green]met[/]" if goal["met"] else "[red]not met[/]"
    out.print(
        f"goal >= {goal['goal_notes_per_s']:,} notes of ~{goal['note_chars']} chars/s: "
        f"{goal['measured_notes_per_s']:,.0f}/s {mark}"
    )
    other = results["presidio"]
    if "throughput" in other:
        value = other["throughput"]
        out.print(
            f"Presidio, corpus notes: {value['notes_per_s']:,.1f} notes/s, "
            f"{value['chars_per_s']:,.0f} chars/s (one pass, one core)"
        )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--presidio",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run Presidio with fr_core_news_sm on the same notes (default: on; "
        "recorded as skipped when not installed)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="folder of labeled *.jsonl notes (default tests/classify/corpus)",
    )
    parser.add_argument(
        "--holdout",
        type=Path,
        default=DEFAULT_HOLDOUT,
        help="folder of held-out labeled *.jsonl notes (default tests/classify/holdout)",
    )
    parser.add_argument(
        "--seconds",
        type=float,
        default=10.0,
        help="timed seconds per throughput measure, at least 5 rounds (default 10)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results JSON")
    args = parser.parse_args(argv)
    if args.seconds <= 0:
        parser.error("--seconds must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    results = run(args)
    write_json(results, args.out)
    summary(results)
    out.print(f"results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
