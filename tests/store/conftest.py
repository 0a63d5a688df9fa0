"""A bare store for the migration tests, which step it through Alembic revisions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from carevault.store import Store


@pytest.fixture
def store(database_url: str | None, tmp_path: Path) -> Iterator[Store]:
    opened = Store.connect(database_url or f"sqlite:///{tmp_path / 'migrated.db'}")
    yield opened
    opened.close()
