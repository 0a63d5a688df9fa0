"""What every key provider must refuse for a signing key's name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from carevault.crypto import KeyProvider

NOTE = b"carevault.local/store\n1\nAAAA\n"


def assert_signing_name_refused(provider: KeyProvider, name: str) -> None:
    calls: list[Callable[[], object]] = [
        lambda: provider.create_signing_key(name),
        lambda: provider.signing_public_key(name),
        lambda: provider.has_signing_key(name),
        lambda: provider.sign(name, NOTE),
    ]
    for call in calls:
        with pytest.raises(ValueError, match="must be 1-64 letters, digits"):
            call()
