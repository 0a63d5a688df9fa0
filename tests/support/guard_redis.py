"""The Redis the guard's tests share (a database of its own), and keys made for one test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import redis

REDIS_URL = "redis://127.0.0.1:6379/15"


@contextmanager
def redis_prefix() -> Iterator[str]:
    """A key prefix of one's own; its keys are deleted after."""
    prefix = f"test:{uuid.uuid4()}:"
    yield prefix
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)
