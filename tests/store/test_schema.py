"""The migrations build exactly the tables the code declares, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from carevault.store import Store
from carevault.store._schema import metadata


# SQLite's expression indexes are not reflected (nor compared); test_0008 checks that one.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
def test_migrated_schema_is_the_declared_schema(database_url: str | None, tmp_path: Path) -> None:
    store = Store.connect(database_url or f"sqlite:///{tmp_path / 'schema.db'}")
    try:
        store.migrate()
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
    finally:
        store.close()
