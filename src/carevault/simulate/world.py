"""A throwaway world for the simulator: a store in a folder of its own (SQLite and a key file)
holding synthetic practices, their staff accounts with known secrets, a lab's service token,
decoy patients, and the simulated clock the server will run on.

Each practice: 3-5 doctors (their Practitioners are the synthetic practice's), a nurse, a
locum, a doctor who left months ago, two secretaries, a DPO; patients from
:func:`carevault.simulate.practice.practice_records`, each with a médecin traitant among the
doctors (``Patient.generalPractitioner``), so doctors have panels; a lab integration token;
honeytoken patients planted by the guard.

What clients need goes to a world file (JSON, owner-only): the server's address once known,
the clock file, and per practice its accounts (password, TOTP secret, source addresses) and
its patients (ids, the identity a caller gives on the phone, médecin traitant, care team).
The file holds synthetic people only; it is never logged.
"""

from __future__ import annotations

import ipaddress
import os
import random
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pyotp

from carevault.access import (
    Authenticator,
    create_account,
    generate_password,
    issue_service_token,
)
from carevault.config import Settings, load_settings
from carevault.errors import ConfigError
from carevault.guard import plant_honeytokens
from carevault.identifiers import INS_NIR_SYSTEM
from carevault.provision import create_store
from carevault.records import PracticeRecords, Vault, import_file, open_vault
from carevault.simulate._errors import SimulationError
from carevault.simulate._time import SharedClock

__all__ = [
    "LAB_SCOPES",
    "Account",
    "Patient",
    "Practice",
    "ServiceToken",
    "World",
    "build_world",
]

WORLD_VERSION = 1
MAX_DOCTORS = 5
LAB_SCOPES = ("user/Observation.c", "user/Patient.rs")
LAB_ADDRESS = "198.51.100.250"  # the lab's usual address (documentation range, RFC 5737)
DEPARTED_LAST_LOGIN_DAYS = 95  # the doctor who left: last login this long before the world
_OFFICES = ipaddress.IPv4Network("198.51.100.0/25")  # one office NAT address per practice
_HOMES = ipaddress.IPv4Network("203.0.113.0/24")  # clinicians' homes (on-call nights)
_OVERFLOW = ipaddress.IPv4Network("100.64.0.0/16")  # beyond the documentation ranges
_RPPS = "urn:oid:1.2.250.1.71.4.2.1"
_ENCOUNTER_DAYS = round(18 * 30.44)  # an encounter keeps its author in the care team


@dataclass(frozen=True)
class Account:
    """A staff account, with the secrets its owner keeps (synthetic, for the simulation)."""

    username: str
    password: str = field(repr=False)
    otp_secret: str = field(repr=False)
    role: str  # the access role: doctor, nurse, secretary, dpo
    job: str  # doctor, locum, departed, nurse, secretary, dpo
    practitioner_id: str | None
    source_address: str  # the practice office's NAT address
    home_address: str | None = None  # a clinician's, for on-call nights


@dataclass(frozen=True)
class Patient:
    """A real (synthetic) patient of a practice, as the simulator knows them."""

    id: str
    family: str
    given: str
    birth_date: str
    sex: str  # "F" or "M"
    nir: str
    gp: str | None  # the médecin traitant's practitioner id
    care: tuple[str, ...]  # practitioners in a care relation with the patient when built


@dataclass(frozen=True)
class ServiceToken:
    token: str = field(repr=False)
    username: str  # the account it acts as
    scopes: tuple[str, ...]
    source_address: str


@dataclass
class Practice:
    id: str
    name: str
    office_address: str
    saturday: bool  # open on Saturday mornings
    accounts: list[Account]
    patients: list[Patient]
    lab: ServiceToken
    honeytokens: list[str]  # decoy patient ids: the simulator's accounting only

    def staff(self, job: str) -> list[Account]:
        return [a for a in self.accounts if a.job == job]

    def one(self, job: str) -> Account:
        found = self.staff(job)
        if not found:
            raise SimulationError(f"practice {self.id} has no {job} account")
        return found[0]

    def account(self, username: str) -> Account:
        for account in self.accounts:
            if account.username == username:
                return account
        raise SimulationError(f"no account {username} in practice {self.id}")

    def panel(self, practitioner_id: str) -> list[Patient]:
        return [p for p in self.patients if p.gp == practitioner_id]

    def in_care_of(self, practitioner_id: str) -> list[Patient]:
        return [p for p in self.patients if practitioner_id in p.care]


@dataclass
class World:
    data: str
    clock_file: str
    seed: int
    practices: list[Practice]
    base_url: str | None = None
    version: int = WORLD_VERSION

    def clock(self) -> SharedClock:
        return SharedClock(Path(self.clock_file))

    def save(self, path: Path) -> None:
        """Write the world file, readable by its owner only (it holds passwords)."""
        body = asdict(self)
        for practice, saved in zip(self.practices, body["practices"], strict=True):
            saved["panels"] = {
                doctor.practitioner_id: [p.id for p in practice.panel(doctor.practitioner_id)]
                for doctor in practice.staff("doctor")
                if doctor.practitioner_id is not None
            }
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            os.fchmod(handle.fileno(), 0o600)
            handle.write(orjson.dumps(body, option=orjson.OPT_INDENT_2))

    @classmethod
    def load(cls, path: Path) -> World:
        try:
            body = orjson.loads(path.read_bytes())
            if body.get("version") != WORLD_VERSION:
                raise SimulationError(f"{path}: not a world file of version {WORLD_VERSION}")
            practices = [_practice_of(p) for p in body["practices"]]
            return cls(
                data=body["data"],
                clock_file=body["clock_file"],
                seed=body["seed"],
                practices=practices,
                base_url=body.get("base_url"),
            )
        except (OSError, orjson.JSONDecodeError, KeyError, TypeError) as exc:
            raise SimulationError(f"{path}: not a readable world file ({exc})") from exc


def _practice_of(body: dict[str, Any]) -> Practice:
    return Practice(
        id=body["id"],
        name=body["name"],
        office_address=body["office_address"],
        saturday=body["saturday"],
        accounts=[Account(**a) for a in body["accounts"]],
        patients=[Patient(**{**p, "care": tuple(p["care"])}) for p in body["patients"]],
        lab=ServiceToken(**{**body["lab"], "scopes": tuple(body["lab"]["scopes"])}),
        honeytokens=list(body["honeytokens"]),
    )


# -- building ----------------------------------------------------------------------------------


def build_world(
    folder: Path,
    *,
    practices: int,
    patients: int,
    seed: int,
    honeytokens: int | None = None,
    doctors: int | None = None,
) -> World:
    """Make a store in ``folder`` (which must not hold one) with ``practices`` synthetic
    practices of ``patients`` patients each, and return the world. ``honeytokens``: decoy
    patients per practice (default: 1 per 100 patients, at least 3); ``doctors``: per
    practice (default 3-5, as the synthetic practice has them; doctors beyond the synthetic
    practice's arrive with no panel yet)."""
    if practices < 1 or patients < 1:
        raise SimulationError("a world needs at least one practice and one patient")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    settings = _settings(folder)
    clock = SharedClock(folder / "clock")
    try:
        first_practice = _create_store(settings)
        vault = open_vault(settings, clock=clock.now)
        try:
            built = [
                _build_practice(
                    vault,
                    index,
                    first_practice if index == 0 else None,
                    patients=patients,
                    seed=seed,
                    honeytokens=honeytokens,
                    doctors=doctors,
                    clock=clock,
                    settings=settings,
                )
                for index in range(practices)
            ]
        finally:
            vault.close()
    finally:
        clock.close()
    return World(
        data=str(settings.data.resolve()),
        clock_file=str((folder / "clock").resolve()),
        seed=seed,
        practices=built,
    )


def _settings(folder: Path) -> Settings:
    settings = load_settings(data=folder / "data", key_file=folder / "keys" / "carevault.key")
    if settings.database_url is not None:
        raise ConfigError(
            "the simulator's world runs on the embedded default (SQLite and a key file, in a "
            "throwaway folder): unset CAREVAULT_DATABASE_URL"
        )
    return settings


def _create_store(settings: Settings) -> str:
    made = create_store(settings, practice_name="Cabinet 1", admin="admin", passphrase=None)
    return str(made["practice_id"])


@dataclass
class _Built:
    """What one practice's synthetic records became in the store."""

    practitioners: list[str]  # practitioner ids of the doctors, in generated order
    patients: list[Patient]


def _build_practice(
    vault: Vault,
    index: int,
    practice_id: str | None,
    *,
    patients: int,
    seed: int,
    honeytokens: int | None,
    doctors: int | None,
    clock: SharedClock,
    settings: Settings,
) -> Practice:
    name = f"Cabinet {index + 1}"
    practice_id = practice_id or vault.create_practice(name)
    records = vault.practice(practice_id)
    practice_seed = seed * 7919 + index
    built = _import_records(
        records,
        Path(settings.data).parent,
        patients=patients,
        seed=practice_seed,
        doctors=doctors,
        today=clock.now().date(),
    )
    while doctors is not None and len(built.practitioners) < doctors:  # a doctor just arrived
        built.practitioners.append(_practitioner(records, "Médecin associé"))
    office = _address(_OFFICES, index + 10)
    accounts = _staff_accounts(vault, records, built, index=index, office=office, clock=clock)
    _departed_last_login(vault, records, accounts, settings, clock)
    lab = _lab_token(vault, records, accounts, settings, clock)
    decoys = _plant_honeytokens(
        vault,
        practice_id,
        honeytokens if honeytokens is not None else max(3, patients // 100),
        seed=practice_seed,
    )
    return Practice(
        id=practice_id,
        name=name,
        office_address=office,
        saturday=random.Random(practice_seed).random() < 0.4,  # noqa: S311 - a simulation
        accounts=accounts,
        patients=built.patients,
        lab=lab,
        honeytokens=decoys,
    )


def _address(network: ipaddress.IPv4Network, number: int) -> str:
    if number < network.num_addresses - 1:
        return str(network.network_address + number)
    return str(_OVERFLOW.network_address + number)


# -- the synthetic records ---------------------------------------------------------------------


def _import_records(
    records: PracticeRecords,
    workdir: Path,
    *,
    patients: int,
    seed: int,
    doctors: int | None,
    today: date,
) -> _Built:
    """Generate the practice, give each patient a médecin traitant, import it (the NDJSON is
    deleted afterwards), then find what each generated record's id became."""
    from carevault.simulate.practice import practice_records  # noqa: PLC0415 - Faker is slow

    pieces = practice_records(patients=patients, seed=seed)
    since = (today - timedelta(days=_ENCOUNTER_DAYS)).isoformat()
    generated, _ = next(pieces)
    kept = generated[: doctors or MAX_DOCTORS]
    fold = {f"Practitioner/{p['id']}": f"Practitioner/{kept[0]['id']}" for p in generated}
    fold.update({f"Practitioner/{p['id']}": f"Practitioner/{p['id']}" for p in kept})
    charts: list[tuple[dict[str, Any], dict[str, Any]]] = []
    descriptor, name = tempfile.mkstemp(prefix="practice-", suffix=".ndjson", dir=workdir)
    path = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as out:
            for practitioner in kept:
                out.write(orjson.dumps(practitioner, option=orjson.OPT_APPEND_NEWLINE))
            for resources, _truth in pieces:
                chart = [_folded(r, fold) for r in resources]
                _name_general_practitioner(chart)
                charts.append((chart[0], _chart_care(chart, since)))
                out.write(
                    b"".join(orjson.dumps(r, option=orjson.OPT_APPEND_NEWLINE) for r in chart)
                )
        report = import_file(records, path, workers=0)
        if report.errors:
            line, message = report.errors[0]
            raise SimulationError(f"the synthetic practice did not import: line {line}: {message}")
    finally:
        path.unlink(missing_ok=True)
    return _stored(records, kept, charts)


def _folded(resource: dict[str, Any], fold: dict[str, str]) -> dict[str, Any]:
    """``resource`` with practitioner references beyond the kept doctors folded onto the
    first (the synthetic practice may have one doctor more than the world keeps)."""

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                k: (fold.get(v, v) if k == "reference" and isinstance(v, str) else walk(v))
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    folded: dict[str, Any] = walk(resource)
    return folded


def _name_general_practitioner(chart: list[dict[str, Any]]) -> None:
    """The patient's médecin traitant: the first member of their care team."""
    teams = [r for r in chart if r["resourceType"] == "CareTeam"]
    if teams:
        primary = teams[0]["participant"][0]["member"]["reference"]
        chart[0]["generalPractitioner"] = [{"reference": primary}]


def _chart_care(chart: list[dict[str, Any]], since: str) -> dict[str, Any]:
    """Source practitioner ids in a care relation with the chart's patient (care team,
    médecin traitant, encounter authors since ``since``) and the médecin traitant."""
    care: set[str] = set()
    for resource in chart:
        if resource["resourceType"] == "CareTeam":
            care.update(_ref_id(m["member"]["reference"]) for m in resource["participant"])
        elif resource["resourceType"] == "Encounter" and resource["period"]["start"] >= since:
            care.update(_ref_id(p["individual"]["reference"]) for p in resource["participant"])
    gp = chart[0].get("generalPractitioner")
    return {"care": care, "gp": _ref_id(gp[0]["reference"]) if gp else None}


def _ref_id(reference: str) -> str:
    return reference.rsplit("/", 1)[1]


def _stored(
    records: PracticeRecords,
    kept: Sequence[dict[str, Any]],
    charts: Sequence[tuple[dict[str, Any], dict[str, Any]]],
) -> _Built:
    """Generated ids mapped to stored ids: Practitioners by RPPS, Patients by NIR (imported
    ids are derived under the practice's key; what a record holds finds it again)."""
    by_rpps = {_rpps(p): p["id"] for p in records.practitioners()}
    practitioner = {p["id"]: by_rpps[_rpps(p)] for p in kept}
    by_nir: dict[str, str] = {}
    for batch in records.iter_patient_ids():
        for stored_id, stored in records.patients_by_id(batch).items():
            by_nir[_nir(stored)] = stored_id
    patients = []
    for resource, care in charts:
        name = resource["name"][0]
        patients.append(
            Patient(
                id=by_nir[_nir(resource)],
                family=name["family"],
                given=name["given"][0],
                birth_date=resource["birthDate"],
                sex="F" if resource["gender"] == "female" else "M",
                nir=_nir(resource),
                gp=practitioner.get(care["gp"]) if care["gp"] else None,
                care=tuple(sorted(practitioner[c] for c in care["care"] if c in practitioner)),
            )
        )
    return _Built([practitioner[p["id"]] for p in kept], patients)


def _rpps(resource: dict[str, Any]) -> str:
    return next(str(i["value"]) for i in resource["identifier"] if i["system"] == _RPPS)


def _nir(resource: dict[str, Any]) -> str:
    return next(str(i["value"]) for i in resource["identifier"] if i["system"] == INS_NIR_SYSTEM)


# -- staff ---------------------------------------------------------------------------------------


def _staff_accounts(
    vault: Vault,
    records: PracticeRecords,
    built: _Built,
    *,
    index: int,
    office: str,
    clock: SharedClock,
) -> list[Account]:
    tag = f"p{index + 1}"
    homes = iter(_address(_HOMES, index * 10 + n + 1) for n in range(10))
    plan: list[tuple[str, str, str | None]] = [
        *((f"dr{n + 1}.{tag}", "doctor", pid) for n, pid in enumerate(built.practitioners)),
        (f"rempl.{tag}", "locum", _practitioner(records, "Remplaçant")),
        (f"inf.{tag}", "nurse", _practitioner(records, "Infirmière")),
        (f"ancien.{tag}", "departed", _practitioner(records, "Ancien associé")),
        (f"sec1.{tag}", "secretary", None),
        (f"sec2.{tag}", "secretary", None),
        (f"dpo.{tag}", "dpo", None),
    ]
    accounts = []
    for username, job, practitioner_id in plan:
        role = {"locum": "doctor", "departed": "doctor"}.get(job, job)
        created_at = clock.now
        if job == "departed":
            days = DEPARTED_LAST_LOGIN_DAYS + 30
            created_at = _days_before(clock, days)
        password = generate_password()
        made = create_account(
            vault.store,
            records.practice_id,
            username=username,
            role=role,
            staff_keyring=records.keys.staff,
            clock=created_at,
            password=password,
            practitioner_id=practitioner_id,
        )
        accounts.append(
            Account(
                username=username,
                password=password,
                otp_secret=pyotp.parse_uri(made.otp_uri).secret,
                role=role,
                job=job,
                practitioner_id=practitioner_id,
                source_address=office,
                home_address=next(homes) if practitioner_id is not None else None,
            )
        )
    return accounts


def _days_before(clock: SharedClock, days: int) -> Callable[[], datetime]:
    return lambda: clock.now() - timedelta(days=days)


def _practitioner(records: PracticeRecords, label: str) -> str:
    """A Practitioner as `user add` makes one for a clinician's account."""
    stored = records.add(
        {"resourceType": "Practitioner", "active": True, "name": [{"text": label}]}
    )
    return str(stored["id"])


def _departed_last_login(
    vault: Vault,
    records: PracticeRecords,
    accounts: Sequence[Account],
    settings: Settings,
    clock: SharedClock,
) -> None:
    """The doctor who left last logged in months ago: that login, at its time (the world's
    history, like the synthetic practice's past encounters)."""
    departed = next(a for a in accounts if a.job == "departed")
    then = _days_before(clock, DEPARTED_LAST_LOGIN_DAYS)
    door = Authenticator(vault.store, lambda _: records.keys.staff, settings, then)
    door.login(
        username=departed.username,
        password=departed.password,
        otp=pyotp.TOTP(departed.otp_secret).at(then()),
        source_address=departed.source_address,
    )


def _lab_token(
    vault: Vault,
    records: PracticeRecords,
    accounts: Sequence[Account],
    settings: Settings,
    clock: SharedClock,
) -> ServiceToken:
    """The lab's integration token. It acts as the first doctor's account (the one who set
    the integration up): it posts results for that doctor's patients."""
    owner = next(a for a in accounts if a.job == "doctor")
    issued = issue_service_token(
        vault.store,
        records.practice_id,
        username=owner.username,
        scopes=LAB_SCOPES,
        expires_in_days=settings.service_token_max_days,
        clock=clock.now,
        max_days=settings.service_token_max_days,
        label="laboratoire",
    )
    return ServiceToken(issued.token, owner.username, LAB_SCOPES, LAB_ADDRESS)


def _plant_honeytokens(vault: Vault, practice_id: str, count: int, *, seed: int) -> list[str]:
    """Decoy patients, planted by the guard (its recipe: they look like any other); their
    ids, which only the guard's table tells apart, kept for the attack accounting."""
    if count == 0:
        return []
    return sorted(plant_honeytokens(vault, practice_id, count, seed=seed))
