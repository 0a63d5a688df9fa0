"""A real carevault server for a world: `carevault serve` in a subprocess, on a free loopback
port, on the world's store and simulated clock; stopped with Ctrl-C (SIGINT) at the end."""

from __future__ import annotations

import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx2

from carevault.simulate._errors import SimulationError
from carevault.simulate.world import World

__all__ = ["running_server", "serve_command"]

START_SECONDS = 60.0
STOP_SECONDS = 20.0


def serve_command() -> list[str]:
    """How to run `carevault`: ``python -m carevault`` where the package has a __main__,
    else the console script installed beside this interpreter."""
    if importlib.util.find_spec("carevault.__main__") is not None:
        return [sys.executable, "-m", "carevault"]
    script = Path(sys.executable).parent / "carevault"
    if not script.is_file():
        raise SimulationError(
            f"cannot run carevault: no carevault.__main__ and no console script at {script}"
        )
    return [str(script)]


@contextmanager
def running_server(
    world: World, *, workers: int = 1, redis_url: str | None = None, log_file: Path | None = None
) -> Iterator[str]:
    """Serve the world's store until the block ends; yields the base URL (also set on the
    world). The server's own output goes to ``log_file`` (default: beside the data folder)."""
    if workers > 1 and redis_url is None:
        raise SimulationError("several workers share the guard's state in Redis: give its URL")
    port = _free_port()
    log_path = log_file or Path(world.data).parent / "server.log"
    command = [*serve_command(), "serve", "--data", world.data, "--port", str(port)]
    command += ["--workers", str(workers)]
    with log_path.open("ab") as log:
        process = subprocess.Popen(  # noqa: S603 - our own command, no shell
            command, env=_environment(world, redis_url), stdout=log, stderr=log
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_ready(process, base_url, log_path)
        world.base_url = base_url
        yield base_url
    finally:
        _stop(process)


def _environment(world: World, redis_url: str | None) -> dict[str, str]:
    """This process's environment without its carevault settings, then the world's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREVAULT_")}
    env["CAREVAULT_DATA"] = world.data
    env["CAREVAULT_SIMULATED_CLOCK_FILE"] = world.clock_file
    if redis_url is not None:
        env["CAREVAULT_GUARD_REDIS_URL"] = redis_url
    return env


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_ready(process: subprocess.Popen[bytes], base_url: str, log_path: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    with httpx2.Client(base_url=base_url, timeout=2.0) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise SimulationError(
                    f"the server exited with status {process.returncode}: {_tail(log_path)}"
                )
            try:
                if client.get("/fhir/metadata").status_code == 200:
                    return
            except httpx2.TransportError:
                pass
            time.sleep(0.1)
    raise SimulationError(f"the server did not answer within {START_SECONDS:.0f} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGINT)
    try:
        process.wait(STOP_SECONDS)
    except subprocess.TimeoutExpired:
        process.terminate()
        try:
            process.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _tail(path: Path, lines: int = 5) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return "(no server log)"
    return " | ".join(text[-lines:]) or "(empty server log)"
