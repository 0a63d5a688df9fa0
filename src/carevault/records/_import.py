"""Import FHIR R4 (NDJSON, or a Bundle) into a practice: the road in from old software.

Streaming and resumable: lines are read and written in batches, each batch in one transaction
with the import's cursor, so an interrupted import resumes after the last committed batch and
a completed one is not applied twice. A bad line is reported with its number and skipped; the
rest is kept. Source ids are replaced by ids derived from them under the practice's key, so an
id from the old software (which may itself be identifying) is never stored, and re-importing a
resource updates it instead of duplicating it.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson
from sqlalchemy import Connection

from carevault.errors import CarevaultError, FHIRFormatError, InputError
from carevault.records import _fhir, _patients
from carevault.records._vault import PracticeRecords, Prepared, WriteResult
from carevault.store import queries

BATCH_LINES = 1000
BatchHook = Callable[[Connection, WriteResult], None]


@dataclass
class ImportReport:
    source: str
    lines: int = 0
    created: int = 0
    updated: int = 0
    patients_created: int = 0
    resumed_from: int = 0
    already_imported: bool = False
    errors: list[tuple[int, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "lines": self.lines,
            "created": self.created,
            "updated": self.updated,
            "patients_created": self.patients_created,
            "resumed_from_line": self.resumed_from,
            "already_imported": self.already_imported,
            "errors": [{"line": line, "error": message} for line, message in self.errors],
        }


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def import_file(
    records: PracticeRecords,
    path: Path,
    *,
    on_line: Callable[[int], None] | None = None,
    on_batch: BatchHook | None = None,
    batch_lines: int = BATCH_LINES,
) -> ImportReport:
    """Import an NDJSON file or a JSON Bundle; ``on_line(bytes_read)`` drives a progress bar."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    # Keyed, so the stored digest cannot confirm a guess about a file's content.
    digest = records.keys.indexer.derived_id("import-source", file_digest(path))
    report = ImportReport(source=str(path))
    with records._store.transaction() as connection:
        previous = queries.get_import(connection, records.practice_id, digest)
    if previous is not None and previous["status"] == "complete":
        report.already_imported = True
        report.lines = previous["lines_done"]
        return report
    skip = previous["lines_done"] if previous is not None else 0
    report.resumed_from = skip
    importer = _Importer(records, digest, report, on_batch)
    with path.open("rb") as handle:
        lines = _lines(handle, on_line)
        importer.run(lines, skip=skip, batch_lines=batch_lines)
    return report


def _lines(handle: IO[bytes], on_line: Callable[[int], None] | None) -> Iterator[tuple[int, bytes]]:
    """(line number, raw) for NDJSON; a Bundle file yields its entries as numbered lines."""
    if _is_bundle_file(handle):
        content = handle.read()
        if on_line:
            on_line(len(content))
        yield from _bundle_entries(content)
        return
    number = 1
    for line in handle:
        if on_line:
            on_line(len(line))
        if line.strip():
            yield number, line
        number += 1


_BUNDLE_HEAD = re.compile(rb'\s*\{\s*"resourceType"\s*:\s*"Bundle"')


def _is_bundle_file(handle: IO[bytes]) -> bool:
    """A Bundle is one JSON object filling the file: pretty-printed (its first line does not
    parse alone) or on one line with nothing after it. Anything else is NDJSON, where a
    malformed first line is reported and skipped like any other."""
    head = handle.read(1 << 16)
    handle.seek(0)
    first, _, rest = head.partition(b"\n")
    if first.strip() == b"{" or (_BUNDLE_HEAD.match(head) and not _is_object(first)):
        return True
    if not _is_object(first):
        return False
    return orjson.loads(first).get("resourceType") == "Bundle" and not rest.strip()


def _is_object(raw: bytes) -> bool:
    try:
        return isinstance(orjson.loads(raw), dict)
    except orjson.JSONDecodeError:
        return False


def _bundle_entries(raw: bytes) -> Iterator[tuple[int, bytes]]:
    try:
        bundle = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise FHIRFormatError(f"Bundle: malformed JSON ({exc.args[0].split(':')[0]})") from None
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        raise FHIRFormatError("expected NDJSON (one resource per line) or a FHIR Bundle")
    entries = bundle.get("entry") or []
    if not isinstance(entries, list):
        raise FHIRFormatError("Bundle: entry must be a list")
    for position, entry in enumerate(entries, start=1):
        resource = entry.get("resource") if isinstance(entry, dict) else None
        yield position, orjson.dumps(resource)


@dataclass(frozen=True)
class _Line:
    number: int
    resource: dict[str, Any]
    raw: bytes
    references: list[tuple[str, str]]


def _source_key(parsed: object) -> tuple[str, str] | None:
    if isinstance(parsed, _Line) and isinstance(parsed.resource.get("id"), str):
        return parsed.resource["resourceType"], parsed.resource["id"]
    return None


class _Importer:
    def __init__(
        self,
        records: PracticeRecords,
        digest: str,
        report: ImportReport,
        on_batch: BatchHook | None,
    ) -> None:
        self._records = records
        self._digest = digest
        self._report = report
        self._on_batch = on_batch

    def run(self, lines: Iterator[tuple[int, bytes]], *, skip: int, batch_lines: int) -> None:
        batch: list[tuple[int, Any]] = []
        ids_in_batch: set[tuple[str, str]] = set()
        last_line = skip
        for number, raw in lines:
            if number <= skip:
                last_line = number
                continue
            parsed = self._parse(number, raw)
            key = _source_key(parsed)
            if key is not None and key in ids_in_batch:
                # A second version of a record in the same batch: write the first one first.
                self._commit(batch, last_line, status="running")
                batch, ids_in_batch = [], set()
            batch.append((number, parsed))
            if key is not None:
                ids_in_batch.add(key)
            last_line = number
            if len(batch) >= batch_lines:
                self._commit(batch, number, status="running")
                batch, ids_in_batch = [], set()
        self._commit(batch, last_line, status="complete")
        self._report.lines = last_line
        with self._records._store.transaction() as connection:
            queries.refresh_statistics(connection)

    def _parse(self, number: int, raw: bytes) -> Any:
        where = f"line {number}"
        try:
            resource = _fhir.parse_json(raw, where=where)
            if resource.get("resourceType") == "Bundle":
                raise FHIRFormatError(f"{where}: a Bundle inside NDJSON is not supported")
            _fhir.validate(resource, where=where, raw=raw)
            if resource["resourceType"] == "Patient":
                resource = _patients.check_identifiers(resource, where=where)
            elif resource["resourceType"] in _fhir.PATIENT_SCOPED:
                _fhir.subject_reference(resource, where=where)
            if resource["resourceType"] == "DocumentReference":
                _fhir.note_texts(resource, where=where)
        except CarevaultError as exc:
            return exc
        return _Line(number, resource, raw, _fhir.raw_references(raw))

    def _commit(self, batch: list[tuple[int, Any]], cursor: int, *, status: str) -> None:
        records = self._records
        with records._store.transaction() as connection:
            good = []
            for number, parsed in batch:
                if isinstance(parsed, CarevaultError):
                    self._report.errors.append((number, str(parsed)))
                else:
                    good.append(parsed)
            prepared = self._map_ids(good)
            result = records.write(connection, prepared)
            for item, message in result.rejected:
                self._report.errors.append((int(item.source.split()[-1]), message))
            if self._on_batch is not None:
                self._on_batch(connection, result)
            queries.save_import(
                connection,
                records.practice_id,
                self._digest,
                lines_done=cursor,
                status=status,
                at=records._clock(),
            )
        self._report.created += result.created
        self._report.updated += result.updated
        self._report.patients_created += result.patients_created
        self._report.errors.sort()

    def _map_ids(self, good: list[_Line]) -> list[Prepared]:
        """Replace source ids and references by internal ids, creating mappings as needed."""
        mapping = self._mapping(good)
        prepared = []
        for line in good:
            resource = line.resource
            resource_type = resource["resourceType"]
            if line.references:
                resource = orjson.loads(_fhir.rewrite_raw_references(line.raw, mapping))
                if resource_type == "Patient":
                    resource = _patients.check_identifiers(resource, where="")
            source_id = line.resource.get("id")
            internal_id = mapping[(resource_type, source_id)] if source_id else str(uuid.uuid4())
            body = {k: v for k, v in resource.items() if k not in ("id", "meta")}
            patient_id = None
            if resource_type in _fhir.PATIENT_SCOPED:
                subject = _fhir.subject_reference(line.resource, where="")
                patient_id = mapping.get(
                    ("Patient", subject)
                ) or self._records.keys.indexer.derived_id("source-id", f"Patient/{subject}")
            prepared.append(
                Prepared(resource_type, internal_id, body, patient_id, f"line {line.number}")
            )
        return prepared

    def _mapping(self, good: list[_Line]) -> dict[tuple[str, str], str]:
        """Internal id of every source id and reference in the batch: derived from the
        source id under the practice's key, so a re-import or a reference from a later line
        finds the same record without a lookup table, and the stored id reveals nothing."""
        indexer = self._records.keys.indexer
        mapping: dict[tuple[str, str], str] = {}
        for line in good:
            keys = list(line.references)
            if "id" in line.resource:
                keys.append((line.resource["resourceType"], line.resource["id"]))
            for key in keys:
                if key not in mapping:
                    mapping[key] = indexer.derived_id("source-id", f"{key[0]}/{key[1]}")
        return mapping
