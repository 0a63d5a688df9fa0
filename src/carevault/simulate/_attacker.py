"""An attacker's side of the HTTP exchange, and the accounting of what it got.

:class:`Exposure` sees every response the attacker receives: each resource returned counts
once in ``records``; the patient it is about (a Patient itself; a clinical resource's
subject) joins the exposed patients, real or decoy. Containment is measured from the
attacker's first request to the first response that stopped it *for good*: a stop after
which no data came back (a freeze, a revoked token, a lockdown, a step-up it could not
answer, a refused login).
"""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import httpx2
import orjson

from carevault.identifiers import with_key
from carevault.simulate._client import Actor, Credentials, StoppedError, Tally
from carevault.simulate._time import SharedClock

# The most common French surnames (INSEE), as an attacker's first guesses.
COMMON_SURNAMES = (
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
    "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
    "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
    "Muller", "Lefevre", "Faure", "Andre", "Mercier", "Blanc", "Guerin", "Boyer", "Garnier",
    "Chevalier", "Francois", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clement",
    "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand",
    "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noel", "Meyer", "Dufour", "Meunier",
)  # fmt: skip
ATTACKER_NETWORK = "192.0.2."  # documentation range (RFC 5737): addresses no practice uses
CLINICAL = ("Observation", "Condition", "DocumentReference", "Encounter")
GIVE_UP_AFTER = 3  # stops in a row (a minute apart) before the attacker gives up
FAST_REQUEST_CAP = 20_000  # "as fast as it can" ends here if nothing stopped it


def attacker_address(n: int) -> str:
    return f"{ATTACKER_NETWORK}{10 + n % 240}"


@dataclass
class Exposure:
    """What came back to the attacker."""

    decoy_ids: frozenset[str]
    clock: SharedClock
    patients: set[str] = field(default_factory=set)
    decoys: set[str] = field(default_factory=set)
    records: int = 0
    requests: int = 0
    first_request: datetime | None = None
    last_data: datetime | None = None
    stops: list[tuple[datetime, str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def observe(self, sent_at: datetime, response: httpx2.Response) -> None:
        resources = _resources(response)
        with self._lock:
            self.requests += 1
            if self.first_request is None:
                self.first_request = sent_at
            if not resources:
                return
            self.last_data = self.clock.now()
            for resource in resources:
                self.records += 1
                patient = _patient_of(resource)
                if patient is not None:
                    (self.decoys if patient in self.decoy_ids else self.patients).add(patient)

    def stopped(self, reason: str) -> None:
        with self._lock:
            self.stops.append((self.clock.now(), reason))

    def seconds_to_containment(self) -> float | None:
        """From the first request to the first stop no data followed; None if none did."""
        if self.first_request is None:
            return None
        for at, _reason in self.stops:
            if self.last_data is None or at >= self.last_data:
                return round((at - self.first_request).total_seconds(), 3)
        return None


def _resources(response: httpx2.Response) -> list[dict[str, Any]]:
    if not 200 <= response.status_code < 300 or not response.content:
        return []
    if response.url.path.startswith("/auth/"):
        return []
    try:
        body = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        return []
    if not isinstance(body, dict):
        return []
    if body.get("resourceType") == "Bundle":
        return [e["resource"] for e in body.get("entry", []) if isinstance(e.get("resource"), dict)]
    return [body] if "resourceType" in body else []


def _patient_of(resource: dict[str, Any]) -> str | None:
    if resource.get("resourceType") == "Patient":
        return str(resource.get("id"))
    subject = resource.get("subject")
    reference = subject.get("reference") if isinstance(subject, dict) else None
    if isinstance(reference, str) and reference.startswith("Patient/"):
        return reference.removeprefix("Patient/")
    return None


def attacker(
    *,
    base_url: str,
    credentials: Credentials,
    address: str,
    clock: SharedClock,
    exposure: Exposure,
    user_agent: str = "python-requests/2.32",
) -> Actor:
    """The attacker's client: every response it receives goes to ``exposure``."""
    return Actor(
        base_url=base_url,
        credentials=credentials,
        source_address=address,
        clock=clock,
        tally=Tally(),
        user_agent=user_agent,
        on_response=exposure.observe,
    )


class GaveUpError(Exception):
    """The attacker stops trying: stopped for good, or its request budget is spent."""


class Pursuit:
    """An attacker's requests, persistent: when stopped it waits a minute and tries again,
    and gives up after GIVE_UP_AFTER stops in a row or ``cap`` requests."""

    def __init__(self, actor: Actor, exposure: Exposure, *, cap: int = FAST_REQUEST_CAP) -> None:
        self.actor = actor
        self.exposure = exposure
        self.cap = cap

    def get(self, path: str, params: dict[str, str] | None = None) -> httpx2.Response:
        for _ in range(GIVE_UP_AFTER):
            if self.exposure.requests >= self.cap:
                raise GaveUpError("request budget spent")
            try:
                return self.actor.request("GET", path, params=params)
            except StoppedError as stop:
                self.exposure.stopped(stop.reason)
                self.actor.clock.advance(60)
        raise GaveUpError("stopped for good")

    def once(self, path: str, params: dict[str, str] | None = None) -> httpx2.Response | None:
        """One try: the response, or None if stopped (recorded)."""
        try:
            return self.actor.request("GET", path, params=params)
        except StoppedError as stop:
            self.exposure.stopped(stop.reason)
            return None


def scrape(pursuit: Pursuit, rng: random.Random, *, clinical: bool) -> None:
    """As fast as HTTP allows: search the common surnames and random birth dates, open every
    hit and, for a clinician's session, every hit's clinical record; until given up."""
    opened: set[str] = set()
    try:
        for params in _sweep(rng):
            for patient_id in hit_ids(pursuit.get("/fhir/Patient", params)):
                if patient_id in opened:
                    continue
                opened.add(patient_id)
                pursuit.get(f"/fhir/Patient/{patient_id}")
                if clinical:
                    for kind in CLINICAL:
                        pursuit.get(f"/fhir/{kind}", {"patient": patient_id})
    except GaveUpError:
        return


def hit_ids(response: httpx2.Response) -> list[str]:
    return [str(r["id"]) for r in _resources(response) if r.get("resourceType") == "Patient"]


def _sweep(rng: random.Random) -> Iterator[dict[str, str]]:
    for surname in COMMON_SURNAMES:
        yield {"family": surname, "_count": "100"}
        yield {"birthdate": _random_birth_date(rng).isoformat(), "_count": "100"}
    while True:
        yield {"birthdate": _random_birth_date(rng).isoformat(), "_count": "100"}


def _random_birth_date(rng: random.Random) -> date:
    return date(1935, 1, 1) + timedelta(days=rng.randrange(0, 365 * 88))


def random_nir(rng: random.Random) -> str:
    """A NIR with a valid control key that belongs, in all likelihood, to nobody here."""
    sex = rng.choice("12")
    first13 = (
        f"{sex}{rng.randint(30, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}"
        f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    )
    return with_key(first13)


def random_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
