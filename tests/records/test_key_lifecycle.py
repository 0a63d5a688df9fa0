"""Two processes sharing a store and its key file, and crashes in the middle of an erasure:
no key is ever wrapped under a retired KEK, and no retired KEK survives."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from carevault.cli._context import Opened, open_store
from carevault.crypto import KekRef
from carevault.records import PracticeRecords
from support.fhir import patient


def _labels(opened: Opened) -> list[str]:
    assert opened.settings.key_file is not None  # recorded by init
    document = json.loads(opened.settings.key_file.read_text())
    return sorted(label for label in document["keks"] if opened.practice_id in label)


@contextmanager
def _two_processes(data_dir: Path) -> Iterator[tuple[Opened, Opened]]:
    with open_store(data_dir) as first, open_store(data_dir) as second:
        yield first, second


def test_a_writer_follows_a_rotation_made_elsewhere(data_dir: Path) -> None:
    with _two_processes(data_dir) as (a, b):
        records_a: PracticeRecords = a.records
        records_b: PracticeRecords = b.records
        gone = records_b.add(patient())["id"]
        assert records_a.keys.kek.version == 1
        records_b.delete_patient(gone)  # b moves the practice to v2 and destroys v1
        added = records_a.add(patient(family="Dupont", first13="1500575999999"))["id"]
        assert records_a.keys.kek.version == 2  # a followed instead of wrapping under v1
        records_a.delete_patient(added)
    with open_store(data_dir) as fresh:
        assert fresh.records.keys.kek.version == 3
        assert [label.rsplit("/", 1)[1] for label in _labels(fresh)] == ["v3"]
        assert fresh.records.count_patients() == 0


def test_a_crash_after_the_commit_leaves_no_retired_kek(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(data_dir) as opened:
        kept = opened.records.add(patient())["id"]
        gone = opened.records.add(patient(family="Dupont", first13="1500575999999"))["id"]

        def crash(self: PracticeRecords) -> None:
            raise SystemExit("killed between the commit and the destruction")

        retire = PracticeRecords.retire_old_keks
        monkeypatch.setattr(PracticeRecords, "retire_old_keks", crash)
        with pytest.raises(SystemExit):
            opened.records.delete_patient(gone)
        assert len(_labels(opened)) == 2  # v1 survived the crash...
        monkeypatch.setattr(PracticeRecords, "retire_old_keks", retire)
    with open_store(data_dir) as reopened:
        records = reopened.records  # ...and is destroyed when the practice is next opened
        assert [label.rsplit("/", 1)[1] for label in _labels(reopened)] == ["v2"]
        assert records.get_patient(kept)["id"] == kept
        assert not reopened.vault.provider.has_kek(
            KekRef(records.practice_id, records.keys.kek.key_id, 1)
        )


def test_a_failed_erasure_keeps_the_current_kek(data_dir: Path) -> None:
    with open_store(data_dir) as opened:
        kept = opened.records.add(patient())["id"]
        with pytest.raises(Exception, match="no Patient/"):
            opened.records.delete_patient("7d0f6bb2-3f1c-4c39-9a8e-3c1f2b1d0e55")
        assert [label.rsplit("/", 1)[1] for label in _labels(opened)] == ["v1"]
        assert opened.records.get_patient(kept)["id"] == kept


def test_a_crash_before_the_commit_does_not_block_the_next_erasure(data_dir: Path) -> None:
    with open_store(data_dir) as opened:
        kept = opened.records.add(patient())["id"]
        gone = opened.records.add(patient(family="Dupont", first13="1500575999999"))["id"]
        # What a rotation leaves when killed after create_kek(v2) and before its COMMIT: the
        # except-handler never runs, so v2 exists in the key file and wraps nothing.
        opened.vault.provider.create_kek(opened.records.keys.kek.next_version())
        assert [label.rsplit("/", 1)[1] for label in _labels(opened)] == ["v1", "v2"]
    with open_store(data_dir) as reopened:
        assert [label.rsplit("/", 1)[1] for label in _labels(reopened)] == ["v1", "v2"]
        reopened.records.delete_patient(gone)  # first attempt: no "KEK .../v2 already exists"
        assert reopened.records.keys.kek.version == 2
        assert [label.rsplit("/", 1)[1] for label in _labels(reopened)] == ["v2"]
    with open_store(data_dir) as fresh:
        assert fresh.records.get_patient(kept)["id"] == kept  # wrapped under the new v2
        assert fresh.records.count_patients() == 1


def test_a_rotation_after_an_interrupted_one_succeeds(data_dir: Path) -> None:
    with open_store(data_dir) as opened:
        kept = opened.records.add(patient())["id"]
        opened.vault.provider.create_kek(opened.records.keys.kek.next_version())
        assert opened.records.rotate_kek().version == 2
        assert [label.rsplit("/", 1)[1] for label in _labels(opened)] == ["v2"]
        opened.records.keys.forget(kept)
        assert opened.records.get_patient(kept)["id"] == kept
