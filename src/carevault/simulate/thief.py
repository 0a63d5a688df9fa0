"""What a thief holding a full copy of the data folder, but not the key, can see.

This plays the outsider: it reads the stolen SQLite file with the standard library's sqlite3,
as anyone would, instead of going through carevault.store.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from carevault.crypto import KekRef, LocalKeyProvider
from carevault.errors import CarevaultError
from carevault.records import Vault
from carevault.simulate.scan import Needles, scan_tree
from carevault.store import Store


@dataclass
class TheftReport:
    files: list[tuple[str, int]] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)
    sample_row: dict[str, str] = field(default_factory=dict)
    needles: int = 0
    bytes_scanned: int = 0
    hits: list[tuple[str, str, str]] = field(default_factory=list)
    index_bits: int = 0
    family_index: dict[str, int] = field(default_factory=dict)
    care_relations: dict[str, Any] = field(default_factory=dict)
    forged_key_result: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": [{"name": name, "bytes": size} for name, size in self.files],
            "tables": self.tables,
            "sample_patient_row": self.sample_row,
            "plaintext_scan": {
                "values_searched": self.needles,
                "bytes_scanned": self.bytes_scanned,
                "hits": len(self.hits),
            },
            "family_name_index": self.family_index,
            "care_relations": self.care_relations,
            "forged_key": self.forged_key_result,
        }


def steal(data: Path, into: Path, *, key_file: Path | None = None) -> Path:
    """Copy the data folder, leaving out the key file if it lives there."""
    skip = {key_file.resolve()} if key_file else set()
    shutil.copytree(
        data, into, ignore=lambda d, names: [n for n in names if (Path(d) / n).resolve() in skip]
    )
    return into


def inspect_stolen(stolen: Path, needles: Needles) -> TheftReport:
    report = TheftReport()
    for path in sorted(stolen.rglob("*")):
        if path.is_file():
            report.files.append((str(path.relative_to(stolen)), path.stat().st_size))
    scan = scan_tree(stolen, needles)
    report.needles, report.bytes_scanned, report.hits = scan.needles, scan.bytes, scan.hits
    database = stolen / "carevault.db"
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        _read_tables(connection, report)
        _read_care_relations(connection, report)
        report.forged_key_result = _try_forged_key(connection, database, stolen)
    finally:
        connection.close()
    return report


def _read_tables(connection: sqlite3.Connection, report: TheftReport) -> None:
    names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for name in sorted(names):
        report.tables[name] = connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # noqa: S608 - names from sqlite_master
    cursor = connection.execute("SELECT * FROM patients LIMIT 1")
    columns = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    if row is not None:
        report.sample_row = {
            column: _preview(column, value) for column, value in zip(columns, row, strict=True)
        }
    buckets = connection.execute(
        "SELECT count(*) FROM blind_indexes WHERE index_name='family' GROUP BY value"
    ).fetchall()
    if buckets:
        sizes = [b[0] for b in buckets]
        report.family_index = {
            "patients": report.tables.get("patients", 0),
            "distinct_values": len(sizes),
            "largest_bucket": max(sizes),
            "buckets_of_one": sum(1 for s in sizes if s == 1),
        }


def _read_care_relations(connection: sqlite3.Connection, report: TheftReport) -> None:
    """Clear by design (the policy decides on them without a key): who is in whose care, on
    what basis, and the date of each encounter."""
    if "care_relations" not in report.tables:
        return
    bases = connection.execute("SELECT basis, count(*) FROM care_relations GROUP BY basis")
    patients, practitioners, dated = connection.execute(
        "SELECT count(DISTINCT patient_id), count(DISTINCT practitioner_id), count(on_date) "
        "FROM care_relations"
    ).fetchone()
    report.care_relations = {
        "rows_by_basis": dict(sorted(bases.fetchall())),
        "patients": patients,
        "practitioners": practitioners,
        "dated_rows": dated,
    }


def _try_forged_key(connection: sqlite3.Connection, database: Path, stolen: Path) -> str:
    """Make a key file of the right shape (store id and key labels are visible) with a random
    key, and try to open the practice with it."""
    store_id = connection.execute("SELECT value FROM store_meta WHERE key='store_id'").fetchone()[0]
    practice_id, key_id, version = connection.execute(
        "SELECT id, kek_key_id, kek_version FROM practices LIMIT 1"
    ).fetchone()
    forged_path = stolen.parent / "forged.key"
    forged_path.unlink(missing_ok=True)
    provider = LocalKeyProvider.create(forged_path, store_id)
    provider.create_kek(KekRef(practice_id, int(key_id), int(version)))
    vault = Vault(Store.connect(f"sqlite:///{database}"), provider, population=100_000)
    try:
        vault.practice(practice_id)
    except CarevaultError as exc:
        return f"refused: {exc}"
    finally:
        vault.close()
        forged_path.unlink(missing_ok=True)
    return "OPENED (this must never happen)"


def _preview(column: str, value: object) -> str:
    if column == "index_values" and isinstance(value, bytes):
        # Not sealed: the same keyed, truncated values the blind_indexes table holds.
        shown = value[:40].decode("ascii", "replace")
        return f"{shown}… ({len(value)} bytes, clear: this row's blind-index values)"
    if isinstance(value, bytes):
        return f"{value[:12].hex()}… ({len(value)} bytes of ciphertext)"
    return str(value)
