"""`carevault patient add|get|search|delete`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from carevault.cli._context import (
    DataOption,
    JsonOption,
    PracticeOption,
    emit_json,
    open_store,
    out,
)
from carevault.errors import InputError
from carevault.identifiers import INS_NIR_SYSTEM
from carevault.records import PatientQuery, parse_json, record_id

app = typer.Typer(help="Add, read, search and erase patients.", no_args_is_help=True)


@app.command("add")
def add(
    family: Annotated[str | None, typer.Option(help="family (birth) name")] = None,
    given: Annotated[list[str] | None, typer.Option(help="given name (repeat for several)")] = None,
    birthdate: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
    gender: Annotated[str | None, typer.Option(help="male, female, other or unknown")] = None,
    nir: Annotated[str | None, typer.Option(help="NIR / INS matricule (15 characters)")] = None,
    phone: Annotated[list[str] | None, typer.Option(help="phone number (repeatable)")] = None,
    email: Annotated[str | None, typer.Option(help="e-mail address")] = None,
    address: Annotated[str | None, typer.Option(help="street line")] = None,
    city: Annotated[str | None, typer.Option()] = None,
    postal_code: Annotated[str | None, typer.Option("--postal-code")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", help="a FHIR Patient JSON file ('-' for stdin)")
    ] = None,
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Add a patient from options or from a FHIR Patient resource."""
    if file is not None:
        raw = sys.stdin.read() if str(file) == "-" else _read(file)
        resource = parse_json(raw, where=str(file))
        if resource.get("resourceType") != "Patient":
            raise InputError(f"{file}: expected a FHIR Patient resource")
    else:
        resource = _patient_from_options(
            family,
            given or [],
            birthdate,
            gender,
            nir,
            phone or [],
            email,
            address,
            city,
            postal_code,
        )
    with open_store(data, practice) as opened:
        stored = opened.records.add(resource)
        opened.audit(
            "create", resource_type="Patient", resource_id=stored["id"], patient_id=stored["id"]
        )
    if json_output:
        emit_json(stored)
    else:
        out.print(f"[green]✓[/] Patient/{stored['id']} added")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({type(exc).__name__})") from None


def _patient_from_options(
    family: str | None,
    given: list[str],
    birthdate: str | None,
    gender: str | None,
    nir: str | None,
    phones: list[str],
    email: str | None,
    address: str | None,
    city: str | None,
    postal_code: str | None,
) -> dict[str, Any]:
    if not family:
        raise InputError("a patient needs --family (or --file with a FHIR Patient)")
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"use": "official", "family": family, **({"given": given} if given else {})}],
    }
    if birthdate:
        resource["birthDate"] = birthdate
    if gender:
        resource["gender"] = gender
    if nir:
        resource["identifier"] = [{"system": INS_NIR_SYSTEM, "value": nir}]
    telecom = [{"system": "phone", "value": p} for p in phones]
    if email:
        telecom.append({"system": "email", "value": email})
    if telecom:
        resource["telecom"] = telecom
    if address or city or postal_code:
        resource["address"] = [
            {
                **({"line": [address]} if address else {}),
                **({"city": city} if city else {}),
                **({"postalCode": postal_code} if postal_code else {}),
                "country": "FR",
            }
        ]
    return resource


@app.command("get")
def get(
    patient_id: Annotated[str, typer.Argument(help="the patient's id")],
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show one patient, decrypted."""
    patient_id = record_id(patient_id, "Patient")
    with open_store(data, practice) as opened:
        opened.audit("read", resource_type="Patient", resource_id=patient_id, patient_id=patient_id)
        patient = opened.records.get_patient(patient_id)
    if json_output:
        emit_json(patient)
    else:
        out.print(patient_table([patient], title=f"Patient/{patient_id}"))


@app.command("search")
def search(
    family: Annotated[
        str | None, typer.Option(help="family name (accents and case ignored)")
    ] = None,
    given: Annotated[str | None, typer.Option(help="given name")] = None,
    birthdate: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
    identifier: Annotated[str | None, typer.Option(help="NIR/INS or other identifier")] = None,
    phone: Annotated[str | None, typer.Option(help="phone number, any French format")] = None,
    limit: Annotated[int, typer.Option(help="at most this many results (max 100)")] = 20,
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Find patients by blind index; every hit is confirmed after decryption."""
    query = PatientQuery(
        family=family, given=given, birthdate=birthdate, identifier=identifier, phone=phone
    )
    used = "+".join(
        k for k in ("family", "given", "birthdate", "identifier", "phone") if getattr(query, k)
    )
    with open_store(data, practice) as opened:
        found = opened.records.search_patients(query, limit=limit)
        opened.audit("search", resource_type="Patient", detail=f"by {used}: {len(found)} results")
        for patient in found:
            opened.audit(
                "read",
                resource_type="Patient",
                resource_id=patient["id"],
                patient_id=patient["id"],
                detail="search hit",
            )
    if json_output:
        emit_json({"total": len(found), "patients": found})
    else:
        out.print(patient_table(found, title=f"{len(found)} patient(s)"))


@app.command("delete")
def delete(
    patient_id: Annotated[str, typer.Argument(help="the patient's id")],
    yes: Annotated[bool, typer.Option("--yes", help="do not ask for confirmation")] = False,
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Erase a patient for good by destroying their data key (crypto-shredding)."""
    patient_id = record_id(patient_id, "Patient")
    if not yes and not typer.confirm(f"Erase Patient/{patient_id} for good?"):
        raise typer.Exit(1)
    with open_store(data, practice) as opened:
        opened.audit(
            "delete", resource_type="Patient", resource_id=patient_id, patient_id=patient_id
        )
        rewrapped = opened.records.delete_patient(patient_id)
    result = {"id": patient_id, "erased": True, "keys_rewrapped": rewrapped}
    if json_output:
        emit_json(result)
    else:
        out.print(
            f"[green]✓[/] Patient/{patient_id} erased: data key destroyed, {rewrapped} other keys "
            "moved to a new practice key; backups made before now can no longer open this patient"
        )


def patient_table(patients: list[dict[str, Any]], *, title: str) -> Table:
    table = Table(title=title, show_lines=False)
    for column in ("id", "name", "birth date", "NIR", "phone", "email"):
        table.add_column(column)
    for patient in patients:
        table.add_row(*summarize(patient))
    return table


def summarize(patient: dict[str, Any]) -> tuple[str, str, str, str, str, str]:
    name = (patient.get("name") or [{}])[0]
    full = " ".join([*name.get("given", []), str(name.get("family", ""))]).strip()
    nirs = [
        i["value"] for i in patient.get("identifier") or [] if i.get("system") == INS_NIR_SYSTEM
    ]
    phones = [t["value"] for t in patient.get("telecom") or [] if t.get("system") == "phone"]
    emails = [t["value"] for t in patient.get("telecom") or [] if t.get("system") == "email"]
    return (
        str(patient.get("id", "")),
        full,
        str(patient.get("birthDate", "")),
        nirs[0] if nirs else "",
        phones[0] if phones else "",
        emails[0] if emails else "",
    )
