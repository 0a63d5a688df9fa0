"""Export to a SIEM: a sink that fails raises and the cursor stays before what it did not
take; a file cut mid-line is mended before the retry; a cursor file or position that cannot
be right is refused by name."""

from __future__ import annotations

import json
import resource
import signal
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from carevault.audit import Cursor, export_entries, open_sink
from carevault.audit._siem import FileSink, SinkError
from carevault.errors import InputError
from support.audit import LogWorld, log_world


@pytest.fixture
def world(data_dir: Path) -> Iterator[LogWorld]:
    with log_world(data_dir) as made:
        yield made


def indices(path: Path) -> list[int]:
    """The index of every line; fails on a line that is not whole JSON."""
    return [json.loads(line)["index"] for line in path.read_text().splitlines()]


# -- syslog ------------------------------------------------------------------------------------


def test_a_siem_that_hangs_up_stops_the_export_before_the_cursor_moves(
    world: LogWorld, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def accept_then_hang_up() -> None:
        connection, _ = server.accept()
        connection.close()  # the SIEM goes away before reading anything

    thread = threading.Thread(target=accept_then_hang_up)
    thread.start()
    sink = open_sink(f"syslog+tcp://127.0.0.1:{port}")
    thread.join()
    server.close()
    cursor = Cursor(tmp_path / "cursor")
    world.append(2500)
    with pytest.raises(SinkError) as failed:
        export_entries(
            world.vault.store, sink, 0, form="jsonl", on_batch=lambda at, _: cursor.save(at)
        )
    sink.close()
    assert str(failed.value).startswith(f"syslog+tcp://127.0.0.1:{port}: sending failed (")
    assert str(failed.value).endswith("); the batch is not counted as sent")
    assert isinstance(failed.value.__cause__, OSError)
    assert cursor.read() == 0  # the next run sends the first batch again
    assert "Logging error" not in capsys.readouterr().err


def test_a_syslog_target_that_refuses_the_connection_is_named() -> None:
    with socket.create_server(("127.0.0.1", 0)) as closed:
        port = closed.getsockname()[1]
    with pytest.raises(SinkError) as failed:
        open_sink(f"syslog+tcp://127.0.0.1:{port}")
    assert str(failed.value) == (
        f"syslog+tcp://127.0.0.1:{port}: cannot connect (Connection refused)"
    )


def test_entries_reach_a_udp_syslog_one_datagram_each(world: LogWorld) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as siem:
        siem.bind(("127.0.0.1", 0))
        siem.settimeout(5)
        sink = open_sink(f"syslog://127.0.0.1:{siem.getsockname()[1]}")
        world.append(3)
        assert export_entries(world.vault.store, sink, 0, form="jsonl") == 3
        sink.close()
        received = [siem.recv(65536) for _ in range(3)]
    prefix = b"<38>carevault-audit: "  # facility auth (4 * 8) + severity info (6)
    assert all(d.startswith(prefix) and d.endswith(b"\x00") for d in received)
    assert [json.loads(d[len(prefix) : -1])["index"] for d in received] == [0, 1, 2]


# -- file ----------------------------------------------------------------------------------------


def test_a_retry_after_a_write_cut_short_leaves_only_whole_lines(
    world: LogWorld, tmp_path: Path
) -> None:
    world.append(2500)
    probe, probe_sink = tmp_path / "probe.jsonl", FileSink(tmp_path / "probe.jsonl")
    export_entries(world.vault.store, probe_sink, 0, form="jsonl")
    probe_sink.close()
    first_batch = len(b"".join(probe.read_bytes().splitlines(keepends=True)[:1000]))
    target, cursor = tmp_path / "siem.jsonl", Cursor(tmp_path / "cursor")
    sink = FileSink(target)
    # The disk fills inside the last line of the second batch (a file-size limit fails the
    # write with EFBIG after a partial write, as ENOSPC does).
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (first_batch + 100, hard))
    try:
        with pytest.raises(OSError):
            export_entries(
                world.vault.store, sink, 0, form="jsonl", on_batch=lambda at, _: cursor.save(at)
            )
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    sink.close()
    assert cursor.read() == 1000
    assert not target.read_bytes().endswith(b"\n")  # half a line of entry 1000
    sink = FileSink(target)  # the operator runs the export again once there is room
    export_entries(
        world.vault.store, sink, 1000, form="jsonl", on_batch=lambda at, _: cursor.save(at)
    )
    sink.close()
    assert indices(target) == list(range(2500))
    assert cursor.read() == 2500


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (b"", b""),
        (b'{"index":0}\n', b'{"index":0}\n'),
        (b'{"index":0}\n{"index":1,"act', b'{"index":0}\n'),
        (b'{"index":0,"act', b""),
        (b'{"index":0}\n' + b"x" * 200_000, b'{"index":0}\n'),  # beyond one read of the tail
        (b"y" * 200_000, b""),
    ],
    ids=["empty", "whole-lines", "fragment", "only-a-fragment", "long-fragment", "no-newline"],
)
def test_a_fragment_after_the_last_newline_is_cut_before_appending(
    tmp_path: Path, before: bytes, after: bytes
) -> None:
    target = tmp_path / "siem.jsonl"
    target.write_bytes(before)
    sink = FileSink(target)
    sink.write(['{"index":7}', '{"index":8}'])
    sink.close()
    assert target.read_bytes() == after + b'{"index":7}\n{"index":8}\n'


# -- the cursor ----------------------------------------------------------------------------------


def test_a_cursor_beyond_the_logs_end_is_refused_naming_both(world: LogWorld, tmp_path: Path):
    world.append(3)
    target = tmp_path / "siem.jsonl"
    sink = FileSink(target)
    # As after restoring an older backup: entries 3..9 would be new entries never sent.
    with pytest.raises(InputError) as refused:
        export_entries(world.vault.store, sink, 10, form="jsonl")
    assert str(refused.value) == (
        "the cursor is at entry 10 but the log ends at 3 (an older backup restored?): entries "
        "below the cursor would never be sent; set the cursor to the first entry the SIEM lacks"
    )
    assert export_entries(world.vault.store, sink, 3, form="jsonl") == 3  # at the end: nothing
    sink.close()
    assert target.read_bytes() == b""


@pytest.mark.parametrize(
    "content",
    ["²", "١٢", "-1", "1.5", "", " ", "0x10", "1" * 19, "12 13"],
)
def test_a_malformed_cursor_file_is_named(tmp_path: Path, content: str) -> None:
    path = tmp_path / "cursor"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as refused:
        Cursor(path).read()
    assert str(refused.value) == f"cursor file {path} does not hold an entry index"


def test_a_cursor_file_that_is_not_text_is_named(tmp_path: Path) -> None:
    path = tmp_path / "cursor"
    path.write_bytes(b"\xff\xfe1\x00")
    with pytest.raises(InputError) as refused:
        Cursor(path).read()
    assert str(refused.value) == f"cursor file {path} does not hold an entry index"


def test_a_cursor_is_saved_and_read_back(tmp_path: Path) -> None:
    cursor = Cursor(tmp_path / "cursor")
    assert cursor.read() == 0  # no file yet: from the start
    cursor.save(1234)
    assert cursor.read() == 1234
    assert (tmp_path / "cursor").read_text() == "1234\n"
