"""Structured logs (structlog, JSON lines). Events carry ids and counts, never personal data."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import orjson
import structlog


def configure(log_file: Path | None, *, level: int = logging.INFO) -> None:
    """Send carevault's structured events to ``log_file`` as JSON lines (or nowhere)."""
    handlers: list[logging.Handler] = []
    if log_file is not None:
        log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        log_file.touch(mode=0o600, exist_ok=True)
        handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
    else:
        handlers.append(logging.NullHandler())
    root = logging.getLogger("carevault")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    for handler in handlers:
        handler.setFormatter(logging.Formatter("%(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False
    structlog.configure(
        processors=[
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            # orjson writes UTF-8 as is: a byte scan for plaintext sees what is really there.
            structlog.processors.JSONRenderer(serializer=_dumps),
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,
    )


def _dumps(value: Any, **_: Any) -> str:
    return orjson.dumps(value, default=str).decode()


def get_logger(name: str) -> Any:
    return structlog.get_logger(f"carevault.{name}")
