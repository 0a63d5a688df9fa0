"""A read's own patient row, fetched straight through the driver: the same values as
SQLAlchemy gives for the row, on both stores, and nothing for an id another practice holds."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import insert, select

from carevault.store import Store, queries
from carevault.store._driver import RowReader
from carevault.store._schema import patients
from support.migrations import migrate

CREATED = datetime(2026, 11, 26, 9, 30, 0, 123456, tzinfo=UTC)
UPDATED = datetime(2026, 11, 27, 5, 45, 1, 654321, tzinfo=UTC)


@pytest.fixture
def migrated(store: Store) -> Store:
    migrate(store, "head")
    with store.transaction() as connection:
        connection.execute(
            insert(patients).values(
                practice_id="p-1",
                id="pat-1",
                version=3,
                created_at=CREATED,
                updated_at=UPDATED,
                name=b"\x01sealed-name",
                birth_date=b"\x00\xff",
                gender=b"g",
                identifier=b"i",
                telecom=b"t",
                address=b"a",
                extra=b"e",
                findings=None,
                index_values=[("family", 42)],
            )
        )
    return store


def test_the_driver_row_is_the_row_sqlalchemy_reads(migrated: Store) -> None:
    with migrated.transaction() as connection:
        expected = dict(
            connection.execute(select(patients).where(patients.c.id == "pat-1")).one()._mapping
        )
        found = queries.get_patient(connection, "p-1", "pat-1")
    assert found == expected
    assert found is not None
    assert found["version"] == 3
    assert found["birth_date"] == b"\x00\xff"
    assert found["findings"] is None
    assert found["index_values"] == [("family", 42)]  # the column type's own processing
    assert found["updated_at"].replace(tzinfo=UTC) == UPDATED  # naive UTC on SQLite


def test_another_practice_or_an_unknown_id_finds_nothing(migrated: Store) -> None:
    with migrated.transaction() as connection:
        assert queries.get_patient(connection, "p-2", "pat-1") is None
        assert queries.get_patient(connection, "p-1", "pat-2") is None
        assert queries.get_patient(connection, "p-1", "pat-1' OR '1'='1") is None


def test_a_reader_keyed_on_a_column_the_table_lacks_is_refused_when_made() -> None:
    with pytest.raises(ValueError, match="patients has no column 'nope'"):
        RowReader(patients, ("practice_id", "nope"))
