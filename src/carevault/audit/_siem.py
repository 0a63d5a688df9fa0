"""Export to a SIEM: new entries as JSON lines, or as OCSF "API Activity" events, to a file
or to syslog, resumable from a cursor.

The cursor is the next leaf index to send. It is saved (atomically) only after the lines
before it were flushed, so a crash sends some entries twice, never skips one (at least once;
the ``index`` field lets the SIEM drop duplicates). A sink that fails raises, so the cursor
stays before the batch it did not take.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import socket
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from io import FileIO
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

import orjson

from carevault.audit._entry import COLUMN, as_utc, entry_fields
from carevault.errors import CarevaultError, InputError
from carevault.store import Store, audit_queries

Format = Literal["jsonl", "ocsf"]
_BATCH = 1000
_INDEX, _AT = COLUMN["leaf_index"], COLUMN["at"]
# OCSF 1.1 API Activity (class 6003, category 6 Application Activity).
_OCSF_CLASS = 6003
_OCSF_ACTIVITY = {"create": 1, "read": 2, "search": 2, "update": 3, "delete": 4}
_CURSOR = re.compile(r"[0-9]{1,18}")  # ASCII only: str.isdigit takes "²" too
_TAIL_CHUNK = 64 * 1024


class SinkError(CarevaultError):
    """The SIEM did not take a batch (unreachable, hung up); its entries count as unsent."""


class Sink(Protocol):
    def write(self, lines: Sequence[str]) -> None: ...
    def close(self) -> None: ...


class FileSink:
    """JSON lines appended to a file. A write cut short (disk full) leaves a fragment after
    the last newline: the next write cuts it off first, so a retry leaves only whole lines."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("a+b", buffering=0)  # unbuffered: nothing left to flush later

    def write(self, lines: Sequence[str]) -> None:
        _cut_unfinished_line(self._file)
        data = memoryview("".join(line + "\n" for line in lines).encode("utf-8"))
        while data:
            written = self._file.write(data)
            if not written:
                raise OSError(f"{self._file.name}: the file took no more bytes")
            data = data[written:]
        os.fsync(self._file.fileno())

    def close(self) -> None:
        self._file.close()


class SyslogSink:
    """RFC 5424-ish lines through the standard library's syslog handler (UDP, or TCP with
    ``syslog+tcp://``), facility auth, severity info."""

    def __init__(self, host: str, port: int, *, tcp: bool) -> None:
        self._target = f"syslog{'+tcp' if tcp else ''}://{host}:{port}"
        try:
            self._handler = _RaisingSysLogHandler(
                address=(host, port),
                facility=logging.handlers.SysLogHandler.LOG_AUTH,
                socktype=socket.SOCK_STREAM if tcp else socket.SOCK_DGRAM,
            )
        except OSError as exc:
            raise SinkError(f"{self._target}: cannot connect ({_reason(exc)})") from exc
        self._handler.setFormatter(logging.Formatter("carevault-audit: %(message)s"))

    def write(self, lines: Sequence[str]) -> None:
        try:
            for line in lines:
                record = logging.LogRecord("carevault.audit", logging.INFO, "", 0, line, None, None)
                self._handler.emit(record)
        except OSError as exc:
            raise SinkError(
                f"{self._target}: sending failed ({_reason(exc)}); the batch is not counted as sent"
            ) from exc

    def close(self) -> None:
        self._handler.close()


class _RaisingSysLogHandler(logging.handlers.SysLogHandler):
    """The standard handler, but a failed send raises: emit() calls handleError() inside its
    ``except``, and the standard handleError only prints "--- Logging error ---"."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        failure = sys.exc_info()[1]
        if failure is not None:
            raise failure


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _cut_unfinished_line(file: FileIO) -> None:
    """Truncate ``file`` (opened a+b) to just after its last newline: anything after it is
    the fragment of a write cut short, never a whole line (a pipe is left as it is)."""
    if not file.seekable():
        return
    end = file.seek(0, os.SEEK_END)
    if end == 0:
        return
    file.seek(end - 1)
    if file.read(1) == b"\n":
        return
    position = end
    while position > 0:
        start = max(0, position - _TAIL_CHUNK)
        file.seek(start)
        chunk = file.read(position - start)
        newline = chunk.rfind(b"\n")
        if newline >= 0:
            position = start + newline + 1
            break
        position = start
    if position != end:
        file.truncate(position)


def open_sink(target: str) -> Sink:
    """``syslog://host:port``, ``syslog+tcp://host:port``, or a file path."""
    if target.startswith(("syslog://", "syslog+tcp://")):
        parts = urlsplit(target)
        if not parts.hostname:
            raise InputError(f"{target}: a syslog target is syslog://host:port")
        return SyslogSink(parts.hostname, parts.port or 514, tcp=parts.scheme == "syslog+tcp")
    return FileSink(Path(target))


@dataclass
class Cursor:
    """The next entry to send, kept in a small file."""

    path: Path | None

    def read(self) -> int:
        if self.path is None or not self.path.exists():
            return 0
        try:
            text = self.path.read_text(encoding="utf-8").strip()
        except UnicodeDecodeError:
            text = ""
        if not _CURSOR.fullmatch(text):
            raise InputError(f"cursor file {self.path} does not hold an entry index")
        return int(text)

    def save(self, position: int) -> None:
        if self.path is None:
            return
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(f"{position}\n", encoding="utf-8")
        os.replace(temporary, self.path)


def export_entries(
    store: Store,
    sink: Sink,
    start: int,
    *,
    form: Format,
    on_batch: Callable[[int, int], None] = lambda position, count: None,
) -> int:
    """Send every entry from ``start`` that is in the log now; the next position."""
    with store.transaction() as connection:
        end = audit_queries.next_index(connection)
        _, pruned = audit_queries.tree_state(connection)
    if start < pruned:
        raise InputError(f"entries before {pruned} were pruned; the cursor is at {start}")
    if start > end:  # e.g. an older backup restored: entries below the cursor would be skipped
        raise InputError(
            f"the cursor is at entry {start} but the log ends at {end} (an older backup "
            "restored?): entries below the cursor would never be sent; set the cursor to the "
            "first entry the SIEM lacks"
        )
    position = start
    for batch in _batches(store, start, end):
        sink.write([_line(row, form) for row in batch])
        position = int(batch[-1][0]) + 1
        on_batch(position, len(batch))
    return position


def _batches(store: Store, start: int, end: int) -> Iterator[list[Sequence[Any]]]:
    position = start
    while position < end:
        upto = min(end, position + _BATCH)
        with store.transaction() as connection:
            rows = list(audit_queries.entries(connection, position, upto, batch=_BATCH))
        if rows:
            yield rows
        position = upto


def _line(row: Sequence[Any], form: Format) -> str:
    fields = entry_fields(row)
    index, at = row[_INDEX], row[_AT]
    record = {"index": index, **fields} if form == "jsonl" else ocsf_event(index, at, fields)
    return orjson.dumps(record).decode()


def ocsf_event(index: int, at: datetime, fields: dict[str, Any]) -> dict[str, Any]:
    """One entry as an OCSF 1.1 API Activity event; carevault's own fields under unmapped."""
    activity = _OCSF_ACTIVITY.get(fields["action"], 99)
    allowed = fields["outcome"] == "allowed"
    resources = []
    if fields["resource_type"]:
        resources.append({"type": fields["resource_type"], "uid": fields["resource_id"]})
    return {
        "class_uid": _OCSF_CLASS,
        "category_uid": 6,
        "activity_id": activity,
        "activity_name": fields["action"],
        "type_uid": _OCSF_CLASS * 100 + activity,
        "time": int(_timestamp(at) * 1000),
        "severity_id": 1 if allowed else 3,
        "status_id": 1 if allowed else 2,
        "status": "Success" if allowed else "Failure",
        "actor": {"user": {"uid": fields["actor"]}, "session": {"uid": fields["credential"]}},
        "api": {"operation": fields["action"]},
        "src_endpoint": {"ip": fields["source"]},
        "http_request": {"user_agent": fields["user_agent"]},
        "resources": resources,
        "metadata": {
            "version": "1.1.0",
            "uid": str(index),
            "product": {"name": "carevault", "vendor_name": "carevault"},
        },
        "unmapped": {
            "practice": fields["practice"],
            "patient": fields["patient"],
            "reason": fields["reason"],
            "detail": fields["detail"],
        },
    }


def _timestamp(at: datetime) -> float:
    return as_utc(at).timestamp()
