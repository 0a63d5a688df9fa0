"""`carevault demo`, the README's first command: a practice imported, read, logged, stolen."""

from __future__ import annotations

import json

import pytest

from support.cli import CLI


def test_the_demo_logs_its_reads_verifies_the_log_and_leaks_nothing(
    cli: CLI, database_url: str | None
) -> None:
    if database_url is not None:
        pytest.skip("the demo is the embedded default's: SQLite and a key file, in a temp folder")
    code, out, err = cli("demo", "--patients", "30", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["patients"] == 30 and result["import_errors"] == 0
    log = result["audit_log"]
    assert (log["entries"], log["verified"], log["problem"]) == (3, True, None)
    assert result["thief"]["plaintext_scan"]["hits"] == 0
