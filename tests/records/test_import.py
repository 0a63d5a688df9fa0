"""Import: NDJSON and Bundles, bad lines reported and skipped, resumable, idempotent."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import Connection

from carevault.cli._context import open_store
from carevault.errors import FHIRFormatError, InputError, WorkerError
from carevault.records import (
    PatientQuery,
    PracticeRecords,
    WriteResult,
    _import,
    export_resources,
    import_file,
)
from support.fhir import encounter, note, note_text, patient, practitioner


@pytest.fixture
def records(data_dir: Path) -> Iterator[PracticeRecords]:
    with open_store(data_dir) as opened:
        yield opened.records


def _people(count: int) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = [practitioner("prac-1")]
    for i in range(count):
        lines.append(
            patient(f"pat-{i}", family=f"Famille{chr(97 + i % 26)}", first13=f"1800175{i:06d}")
        )
        lines.append(encounter(f"enc-{i}", f"Patient/pat-{i}", "Practitioner/prac-1"))
        lines.append(note(f"doc-{i}", f"Patient/pat-{i}", f"Note numéro {i}"))
    return lines


def _write_ndjson(path: Path, resources: list[dict[str, Any]]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in resources))
    return path


def test_ndjson_import_maps_ids_and_references(records: PracticeRecords, tmp_path: Path) -> None:
    report = import_file(records, _write_ndjson(tmp_path / "in.ndjson", _people(5)))
    assert (report.created, report.patients_created, report.errors) == (16, 5, [])
    [found] = records.search_patients(PatientQuery(family="Famillec"))
    assert found["id"] != "pat-2"  # source ids are never kept
    [visit] = records.patient_resources(found["id"], "Encounter")
    [doctor] = records.practitioners()
    assert visit["subject"]["reference"] == f"Patient/{found['id']}"
    assert visit["participant"][0]["individual"]["reference"] == f"Practitioner/{doctor['id']}"
    assert (
        note_text(records.patient_resources(found["id"], "DocumentReference")[0]) == "Note numéro 2"
    )


def test_bundle_import(records: PracticeRecords, tmp_path: Path) -> None:
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": r} for r in _people(3)],
    }
    path = tmp_path / "bundle.json"
    path.write_bytes(orjson.dumps(bundle, option=orjson.OPT_INDENT_2))
    report = import_file(records, path)
    assert (report.patients_created, report.errors) == (3, [])


def test_bad_lines_reported_by_number_and_rest_kept(
    records: PracticeRecords, tmp_path: Path
) -> None:
    good = [orjson.dumps(r) for r in _people(4)]
    bad_nir = patient("pat-bad", first13="1800175999999")
    bad_nir["identifier"][0]["value"] = bad_nir["identifier"][0]["value"][:13] + "00"
    lines = [
        *good[:4],
        b'{"resourceType": "Patient", "name": [',  # line 5: malformed JSON
        orjson.dumps(bad_nir),  # line 6
        orjson.dumps({"resourceType": "Patient", "gender": 7}),  # line 7
        orjson.dumps(note("doc-x", "Patient/pat-unknown", "orpheline")),  # line 8
        orjson.dumps({"resourceType": "Medication", "id": "m"}),  # line 9
        *good[4:],
    ]
    path = tmp_path / "mixed.ndjson"
    path.write_bytes(b"\n".join(lines) + b"\n")
    report = import_file(records, path)
    assert [line for line, _ in report.errors] == [5, 6, 7, 8, 9]
    messages = dict(report.errors)
    assert messages[5].startswith("line 5: malformed JSON")
    assert (
        messages[6]
        == "line 6: identifier[0]: invalid NIR: the control key does not match the number"
    )
    assert messages[7].startswith("line 7: invalid Patient: gender")
    assert messages[8] == "line 8: subject Patient/" + messages[8].split("Patient/")[1]
    assert messages[8].endswith("not found")
    assert messages[9].startswith("line 9: unsupported resourceType 'Medication'")
    assert report.patients_created == 4
    assert records.count_patients() == 4


def test_truncated_file_keeps_everything_before_the_cut(
    records: PracticeRecords, tmp_path: Path
) -> None:
    path = _write_ndjson(tmp_path / "t.ndjson", _people(3))
    content = path.read_bytes()
    path.write_bytes(content[: len(content) - 40])  # cut inside the last line
    report = import_file(records, path)
    assert len(report.errors) == 1
    line, message = report.errors[0]
    assert line == 10 and message.startswith("line 10: malformed JSON")
    assert report.patients_created == 3
    assert (
        len(
            records.patient_resources(
                records.search_patients(PatientQuery(family="Famillec"))[0]["id"]
            )
        )
        == 1
    )


class Crash(Exception):
    pass


@pytest.mark.parametrize(
    ("workers", "interruption"), [(0, Crash), (2, KeyboardInterrupt)], ids=["inline", "workers"]
)
def test_import_resumes_after_the_last_committed_batch(
    data_dir: Path, tmp_path: Path, workers: int, interruption: type[BaseException]
) -> None:
    path = _write_ndjson(tmp_path / "big.ndjson", _people(20))  # 61 lines
    batches = 0

    def stop_on_third(connection: Connection, result: WriteResult) -> None:
        nonlocal batches
        batches += 1
        if batches == 3:
            raise interruption

    with open_store(data_dir) as opened:
        with pytest.raises(interruption):
            import_file(
                opened.records, path, on_batch=stop_on_third, batch_lines=10, workers=workers
            )
        assert opened.records.count_patients() < 20
    with open_store(data_dir) as opened:
        report = import_file(opened.records, path, batch_lines=10, workers=workers)
        assert report.resumed_from == 20
        assert opened.records.count_patients() == 20
        assert len(opened.records.practitioners()) == 1
        again = import_file(opened.records, path)
        assert again.already_imported and again.created == 0


def test_reimport_of_changed_data_updates_instead_of_duplicating(
    records: PracticeRecords, tmp_path: Path
) -> None:
    import_file(records, _write_ndjson(tmp_path / "v1.ndjson", [patient("pat-1")]))
    changed = patient("pat-1", phone="0799999999")
    report = import_file(records, _write_ndjson(tmp_path / "v2.ndjson", [changed]))
    assert (report.created, report.updated) == (0, 1)
    [found] = records.search_patients(PatientQuery(phone="07 99 99 99 99"))
    assert found["meta"]["versionId"] == "2"
    assert records.search_patients(PatientQuery(phone="0612345678")) == []


def test_not_fhir_at_all(records: PracticeRecords, tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"resourceType": "Bundle", "entry": 5}')
    with pytest.raises(FHIRFormatError, match="Bundle: entry must be a list"):
        import_file(records, path)
    with pytest.raises(InputError, match="no such file"):
        import_file(records, tmp_path / "absent.ndjson")


def test_export_round_trip(data_dir: Path, tmp_path: Path) -> None:
    with open_store(data_dir) as opened:
        import_file(opened.records, _write_ndjson(tmp_path / "in.ndjson", _people(3)))
        exported = list(export_resources(opened.records))
    kinds = [r["resourceType"] for r in exported]
    assert kinds[0] == "Practitioner"
    assert kinds.count("Patient") == 3 and kinds.count("DocumentReference") == 3
    assert sorted(note_text(r) for r in exported if r["resourceType"] == "DocumentReference") == [
        "Note numéro 0",
        "Note numéro 1",
        "Note numéro 2",
    ]


def test_a_malformed_first_line_is_skipped_like_any_other(
    records: PracticeRecords, tmp_path: Path
) -> None:
    path = tmp_path / "first-bad.ndjson"
    path.write_bytes(
        b'{"resourceType": "Patient", "name": [\n' + orjson.dumps(patient("p1")) + b"\n"
    )
    report = import_file(records, path)
    assert [line for line, _ in report.errors] == [1]
    assert report.patients_created == 1


def test_a_bundle_line_inside_ndjson_is_refused_and_the_rest_kept(
    records: PracticeRecords, tmp_path: Path
) -> None:
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": patient("a")}]}
    path = tmp_path / "mixed.ndjson"
    path.write_bytes(orjson.dumps(bundle) + b"\n" + orjson.dumps(patient("p1")) + b"\n")
    report = import_file(records, path)
    assert report.errors == [(1, "line 1: a Bundle inside NDJSON is not supported")]
    assert report.patients_created == 1


def test_a_line_that_breaks_the_fhir_library_is_only_that_line(
    records: PracticeRecords, tmp_path: Path
) -> None:
    odd = {"resourceType": "Patient", "contained": [{"resourceType": "Nope"}]}
    path = _write_ndjson(tmp_path / "odd.ndjson", [odd, patient("p1")])
    report = import_file(records, path)
    assert [line for line, _ in report.errors] == [1]
    assert report.errors[0][1].startswith("line 1: invalid Patient")
    assert report.patients_created == 1


def test_the_same_record_twice_in_one_batch_keeps_the_last(
    records: PracticeRecords, tmp_path: Path
) -> None:
    team = {
        "resourceType": "CareTeam",
        "id": "ct-1",
        "status": "active",
        "subject": {"reference": "Patient/p1"},
        "participant": [{"member": {"reference": "Practitioner/prac-1"}}],
    }
    lines = [
        practitioner("prac-1"),
        patient("p1"),
        patient("p1", phone="0799999999"),
        team,
        team,
    ]
    report = import_file(records, _write_ndjson(tmp_path / "twice.ndjson", lines))
    assert (report.created, report.updated, report.errors) == (3, 2, [])
    [found] = records.search_patients(PatientQuery(phone="0799999999"))
    assert found["meta"]["versionId"] == "2"
    assert records.search_patients(PatientQuery(phone="0612345678")) == []


def _mixed_lines() -> list[bytes]:
    good = [orjson.dumps(r) for r in _people(30)]
    return [*good[:40], b'{"resourceType": "Patient", "name": [', *good[40:]]


def _content(records: PracticeRecords) -> list[bytes]:
    """Every resource the practice exports, without ids and references (derived per practice)."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                key: "ref" if key == "reference" else strip(item)
                for key, item in value.items()
                if key not in ("id", "meta")
            }
        if isinstance(value, list):
            return [strip(item) for item in value]
        return value

    exported = export_resources(records)
    return sorted(orjson.dumps(strip(r), option=orjson.OPT_SORT_KEYS) for r in exported)


@pytest.mark.parametrize("prepared_here_too", [False, True], ids=["workers", "both"])
def test_worker_processes_import_exactly_what_one_process_does(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prepared_here_too: bool
) -> None:
    path = tmp_path / "parallel.ndjson"
    path.write_bytes(b"\n".join(_mixed_lines()) + b"\n")
    here = 0
    if prepared_here_too:
        # Workers never look ready: this process prepares chunks while the window is full
        # and takes queued ones back at the end.
        monkeypatch.setattr(_import, "_CHUNK_LINES", 3)
        monkeypatch.setattr(_import, "_TASKS_AHEAD", 1)
        monkeypatch.setattr(_import._Slot, "ready", lambda slot: slot.done is not None)
        prepare_here = _import._Pipeline._here

        def counted(pipeline: Any, chunk: Any) -> Any:
            nonlocal here
            here += 1
            return prepare_here(pipeline, chunk)

        monkeypatch.setattr(_import._Pipeline, "_here", counted)
    with open_store(data_dir) as opened:
        inline_records = opened.vault.practice(opened.vault.create_practice("Inline"))
        inline = import_file(inline_records, path, workers=0, batch_lines=7)
        parallel = import_file(opened.records, path, workers=2, batch_lines=7)
        assert parallel.as_dict() == inline.as_dict()
        assert (parallel.created, parallel.patients_created) == (91, 30)
        assert [line for line, _ in parallel.errors] == [41]
        assert _content(opened.records) == _content(inline_records)
    assert (here > 0) is prepared_here_too


def test_the_index_key_never_leaves_for_another_process(records: PracticeRecords) -> None:
    indexer = records.keys.indexer
    with pytest.raises(TypeError, match="never pickled"):
        pickle.dumps(indexer)
    with pytest.raises(TypeError, match="never pickled"):
        pickle.dumps(indexer.id_deriver("source-id"))


def _die(chunk: list[tuple[int, bytes]]) -> None:
    os._exit(3)  # as the kernel's OOM killer would leave it


def test_a_worker_that_dies_stops_the_import_with_a_clear_error_and_it_resumes(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write_ndjson(tmp_path / "in.ndjson", _people(5))
    monkeypatch.setattr(_import, "_prepare_chunk", _die)
    monkeypatch.setattr(_import._Pipeline, "_take_back_one", lambda self: False)  # wait for it
    with open_store(data_dir) as opened:
        with pytest.raises(WorkerError, match=r"^an import worker died while preparing lines 1-"):
            import_file(opened.records, path, workers=1)
        assert opened.records.count_patients() == 0
    monkeypatch.undo()
    with open_store(data_dir) as opened:
        report = import_file(opened.records, path, workers=1)
        assert (report.patients_created, report.errors) == (5, [])


_INTERRUPTED_IMPORT = """
import os, signal, sys
from pathlib import Path
from carevault.cli._context import open_store
from carevault.records import import_file

# Python raises KeyboardInterrupt only if SIGINT was not ignored when it started, and a shell
# starts background jobs with it ignored: this process stands for one run in a terminal.
signal.signal(signal.SIGINT, signal.default_int_handler)
batches = 0

def press_ctrl_c(connection, result):
    global batches
    batches += 1
    if batches == 2:
        os.killpg(0, signal.SIGINT)  # as a terminal does: every process of the group

try:
    with open_store(Path(sys.argv[1])) as opened:
        import_file(opened.records, Path(sys.argv[2]), workers=2, batch_lines=40,
                    on_batch=press_ctrl_c)
except KeyboardInterrupt:
    sys.exit(130)
sys.exit(0)
"""


def test_ctrl_c_stops_a_parallel_import_and_it_resumes(data_dir: Path, tmp_path: Path) -> None:
    # Workers ignore the signal (one stopped mid-send used to leave a half-written result in
    # the pipe, and the importing process waiting on it for ever); the importer stops them.
    path = _write_ndjson(tmp_path / "in.ndjson", _people(300))
    for _ in range(3):
        finished = subprocess.run(
            [sys.executable, "-c", _INTERRUPTED_IMPORT, str(data_dir), str(path)],
            start_new_session=True,  # its own process group, so pytest is not interrupted
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert finished.returncode == 130, finished.stderr.decode()[-2000:]
    with open_store(data_dir) as opened:
        report = import_file(opened.records, path, workers=2)
        assert report.resumed_from > 0
        assert opened.records.count_patients() == 300


def test_workers_only_on_linux_with_a_spare_cpu_and_a_large_file() -> None:
    assert _import.default_workers(1000) == 0
    spare = len(os.sched_getaffinity(0)) - 1
    expected = spare if sys.platform.startswith("linux") else 0
    assert _import.default_workers(_import.PARALLEL_MIN_BYTES) == expected


def test_a_worker_ignores_ctrl_c(records: PracticeRecords) -> None:
    previous = signal.getsignal(signal.SIGINT)
    try:
        _import._start_worker(records.keys.indexer)
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)
        _import._worker_indexer = None
