"""Run the CLI in-process through the same entry point as the `carevault` script."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from carevault.cli import run


class CLI:
    def __init__(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data: Path
    ) -> None:
        self._capsys = capsys
        self._monkeypatch = monkeypatch
        self.data = data

    def __call__(self, *args: str, stdin: str = "") -> tuple[int, str, str]:
        self._monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        self._capsys.readouterr()
        code = run([*args])
        captured = self._capsys.readouterr()
        return code, captured.out, captured.err

    def json(self, *args: str, stdin: str = "") -> Any:
        code, out, err = self(*args, "--json", "--data", str(self.data), stdin=stdin)
        assert code == 0, err
        return json.loads(out)
