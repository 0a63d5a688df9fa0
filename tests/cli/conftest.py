from __future__ import annotations

from pathlib import Path

import pytest

from support.cli import CLI


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    database_url: str | None,
) -> CLI:
    if database_url is not None:
        monkeypatch.setenv("CAREVAULT_DATABASE_URL", database_url)
    return CLI(capsys, monkeypatch, tmp_path / "data")
