"""`carevault serve` as a user runs it: a real process, a real port, Ctrl-C stops it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

from support.audit import log_world

CAREVAULT = str(Path(sys.executable).parent / "carevault")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_answers_then_stops_on_ctrl_c_with_a_last_checkpoint(data_dir: Path) -> None:
    with log_world(data_dir) as world:
        world.append(7)  # logged, not yet in a checkpoint
    port = _free_port()
    server = subprocess.Popen(
        [CAREVAULT, "serve", "--data", str(data_dir), "--port", str(port), "--workers", "2"],
        env={
            **os.environ,
            "CAREVAULT_AUDIT_CHECKPOINT_SECONDS": "3600",
            "CAREVAULT_GUARD_REDIS_URL": "redis://127.0.0.1:6379/15",
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        answer = None
        for _ in range(200):
            try:
                answer = requests.get(f"http://127.0.0.1:{port}/fhir/metadata", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.05)
        assert answer is not None and answer.status_code == 200
        assert answer.json()["resourceType"] == "CapabilityStatement"
        assert "server" not in answer.headers
        refused = requests.get(f"http://127.0.0.1:{port}/fhir/Patient?family=x", timeout=5)
        assert refused.status_code == 401
    finally:
        server.send_signal(signal.SIGINT)
        _, err = server.communicate(timeout=30)
    assert server.returncode == 0, err.decode()[-2000:]
    assert b"Traceback" not in err
    with log_world(data_dir) as world:
        latest = world.log.latest_checkpoint()
    assert latest is not None and latest.size == 7  # issued on shutdown


def test_several_workers_without_the_guards_redis_are_refused(data_dir: Path) -> None:
    with log_world(data_dir):
        pass
    done = subprocess.run(
        [CAREVAULT, "serve", "--data", str(data_dir), "--workers", "2"],
        env={k: v for k, v in os.environ.items() if k != "CAREVAULT_GUARD_REDIS_URL"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "error: several workers must share the guard's counters: set "
        "CAREVAULT_GUARD_REDIS_URL (redis://...), or serve with one worker"
    )
