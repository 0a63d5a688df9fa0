"""Honeytoken records, as Acra's poison records: decoy patients whose mere opening is an alarm.

A decoy is stored like any patient (sealed, indexed, searchable by name and birth date), with
a plausible French identity under one of the most common surnames — the names a scraper tries
first — and is on no care team, in no schedule, and never registered by anyone: no honest
work leads to it. Only the ``honeytokens`` table, which the API never shows, tells them apart.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
import threading
import time
from collections.abc import Callable
from typing import Any

from faker import Faker

from carevault.identifiers import INS_NIR_SYSTEM, with_key
from carevault.records import Vault
from carevault.store import Store, queries

# The most frequent surnames in France (INSEE): a sweep of "common names" meets these first.
COMMON_SURNAMES = (
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
    "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
    "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
)  # fmt: skip
_RELOAD_SECONDS = 60.0


def plant_honeytokens(
    vault: Vault, practice_id: str, count: int = 5, *, seed: int | None = None
) -> list[str]:
    """Create ``count`` decoy patients in the practice; their ids (for the guard, and a
    simulation's accounting: never shown by the API)."""
    if not 1 <= count <= 100:
        raise ValueError("plant between 1 and 100 honeytokens at a time")
    # Decoy identities, not secrets; unseeded, they are not predictable either.
    rng = random.Random(secrets.randbits(64) if seed is None else seed)  # noqa: S311
    faker = Faker("fr_FR")
    faker.seed_instance(rng.randrange(2**32))
    records = vault.practice(practice_id)
    planted = [records.add(_decoy(rng, faker))["id"] for _ in range(count)]
    with vault.store.transaction() as connection:
        queries.add_honeytokens(connection, practice_id, planted, dt.datetime.now(dt.UTC))
    return planted


def _decoy(rng: random.Random, faker: Faker) -> dict[str, Any]:
    sex = "F" if rng.random() < 0.52 else "M"
    birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(70 * 365))
    given = faker.first_name_female() if sex == "F" else faker.first_name_male()
    first13 = (
        f"{1 if sex == 'M' else 2}{birth.year % 100:02d}{birth.month:02d}"
        f"{rng.choice(('69', '75', '33', '13', '59', '44'))}{rng.randint(1, 990):03d}"
        f"{rng.randint(1, 999):03d}"
    )
    mobile = rng.choice(("06", "07")) + f"{rng.randrange(10**8):08d}"
    return {
        "resourceType": "Patient",
        "identifier": [{"system": INS_NIR_SYSTEM, "value": with_key(first13)}],
        "name": [{"use": "official", "family": rng.choice(COMMON_SURNAMES), "given": [given]}],
        "gender": "female" if sex == "F" else "male",
        "birthDate": birth.isoformat(),
        "telecom": [
            {
                "system": "phone",
                "value": " ".join(mobile[i : i + 2] for i in range(0, 10, 2)),
                "use": "mobile",
            }
        ],
        "address": [
            {
                "line": [faker.street_address()],
                "city": faker.city(),
                "postalCode": faker.postcode(),
                "country": "FR",
            }
        ],
    }


class Honeytokens:
    """The decoy ids of each practice, read from the store and reloaded every minute (a decoy
    planted by another process is known within a minute)."""

    def __init__(self, store: Store, clock: Callable[[], float] = time.monotonic) -> None:
        self._store = store
        self._clock = clock
        self._known: dict[str, tuple[frozenset[str], float]] = {}
        self._lock = threading.Lock()

    def of(self, practice_id: str) -> frozenset[str]:
        now = self._clock()
        held = self._known.get(practice_id)
        if held is not None and now - held[1] < _RELOAD_SECONDS:
            return held[0]
        with self._store.transaction() as connection:
            ids = frozenset(queries.honeytoken_ids(connection, practice_id))
        with self._lock:
            self._known[practice_id] = (ids, now)
        return ids
