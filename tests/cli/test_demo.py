"""`carevault demo`, the README's first command: a practice imported, read, logged, stolen."""

from __future__ import annotations

import json

from support.cli import CLI


def test_the_demo_logs_its_reads_verifies_the_log_and_leaks_nothing(
    cli: CLI, database_url: str | None
) -> None:
    code, out, err = cli("demo", "--patients", "30", "--json")
    if database_url is not None:  # it says so, rather than half-running on PostgreSQL
        assert (code, out) == (1, "")
        assert err.startswith("error: the demo runs on the embedded default (SQLite")
        return
    assert code == 0, err
    result = json.loads(out)
    assert result["patients"] == 30 and result["import_errors"] == 0
    log = result["audit_log"]
    assert (log["entries"], log["verified"], log["problem"]) == (3, True, None)
    assert result["thief"]["plaintext_scan"]["hits"] == 0
