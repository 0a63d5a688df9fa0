"""Opening a store as configured: the blind indexes' size stays the one its rows were made at."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from carevault.cli._context import open_store
from carevault.errors import ConfigError
from carevault.records import PatientQuery, keep_index_bits
from carevault.store import queries
from support.fhir import patient


def test_a_population_that_would_hide_the_patients_is_refused(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(data_dir) as opened:  # the default: 100,000 patients, 15-bit indexes
        stored = opened.records.add(patient(family="Lefèvre"))["id"]
    monkeypatch.setenv("CAREVAULT_INDEX_POPULATION", "1000000")
    with pytest.raises(ConfigError) as refused, open_store(data_dir):
        pass
    assert str(refused.value) == (
        "CAREVAULT_INDEX_POPULATION (1,000,000) sizes blind indexes at 18 bits, but this "
        "store's were made at 15: its patients would no longer be found by search. Set it "
        "back (a population such as 65,536 gives 15 bits); a store is not re-indexed"
    )
    monkeypatch.setenv("CAREVAULT_INDEX_POPULATION", "65536")
    with open_store(data_dir) as opened:
        found = opened.records.search_patients(PatientQuery(family="Lefèvre"))
    assert [p["id"] for p in found] == [stored]


def test_a_store_without_patients_takes_the_new_size(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREVAULT_INDEX_POPULATION", "1000000")
    with open_store(data_dir) as opened:
        stored = opened.records.add(patient(family="Lefèvre"))["id"]
        found = opened.records.search_patients(PatientQuery(family="Lefèvre"))
    assert [p["id"] for p in found] == [stored]
    monkeypatch.delenv("CAREVAULT_INDEX_POPULATION")
    with pytest.raises(ConfigError, match="were made at 18"), open_store(data_dir):
        pass


def test_workers_starting_together_on_an_older_store_agree(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(data_dir) as opened:
        store = opened.vault.store
        with store.transaction() as connection:  # another worker, starting on an older
            connection.execute(  # store, recorded the bits between this one's look and write
                text("UPDATE store_meta SET value = '15' WHERE key = 'index_bits'")
            )
        real = queries.get_meta
        looks = ["this worker's", "set_meta's"]

        def before_the_other(connection: Connection, key: str) -> str | None:
            if key == "index_bits" and looks:
                looks.pop()
                return None
            return real(connection, key)

        monkeypatch.setattr(queries, "get_meta", before_the_other)
        keep_index_bits(store, 100_000)  # its insert collides; it looks again, and agrees
        monkeypatch.undo()
        assert not looks
        with store.transaction() as connection:
            assert queries.get_meta(connection, "index_bits") == "15"
