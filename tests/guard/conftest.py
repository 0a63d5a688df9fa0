from __future__ import annotations

from collections.abc import Iterator

import pytest

from support import guard_redis


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    with guard_redis.redis_prefix() as prefix:
        yield prefix
