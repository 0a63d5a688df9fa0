"""`carevault user add|list|disable|enable|unlock|reset-password|reset-otp`: the accounts of a
practice."""

from __future__ import annotations

import sys
from dataclasses import asdict
from typing import Annotated, Any

import typer
from rich.table import Table

from carevault.access import (
    CLINICAL_ROLES,
    ROLES,
    check_new_account,
    check_password,
    check_username_free,
    create_account,
    disable_account,
    enable_account,
    list_accounts,
    reset_otp,
    reset_password,
    unlock_account,
)
from carevault.cli._context import (
    DataOption,
    JsonOption,
    Opened,
    PracticeOption,
    emit_json,
    open_store,
    out,
    plain,
    require_practice,
    show_new_account,
)
from carevault.errors import InputError
from carevault.records import record_id, utc_now

app = typer.Typer(
    help="Accounts: add, list, disable, enable, unlock, reset-password, reset-otp.",
    no_args_is_help=True,
)
UsernameOption = Annotated[str, typer.Option("--username", help="the account's username")]


@app.command("add")
def add(
    username: UsernameOption,
    role: Annotated[str, typer.Option("--role", help=f"one of {', '.join(ROLES)}")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="read the password from stdin")
    ] = False,
    name: Annotated[
        str | None, typer.Option("--name", help="full name (a clinician's Practitioner)")
    ] = None,
    patient: Annotated[
        str | None, typer.Option("--patient", help="the patient a patient account belongs to")
    ] = None,
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Add an account; its password (generated unless given) and TOTP URI are shown once.
    A doctor's or nurse's account gets a FHIR Practitioner resource; a patient's account
    (role patient, --patient ID) sees who opened the patient's record."""
    check_new_account(username=username, role=role, patient_id=patient)
    password = _read_password() if password_stdin else None
    if password is not None:
        check_password(password)
    with open_store(data, practice) as opened:
        check_username_free(opened.vault.store, username)
        if patient is not None:  # NotFoundError unless in this practice (nothing decrypted)
            opened.records.patient_of("Patient", record_id(patient, "Patient"))
        practitioner_id = _add_practitioner(opened, name) if role in CLINICAL_ROLES else None
        account = create_account(
            opened.vault.store,
            opened.practice_id,
            username=username,
            role=role,
            staff_keyring=opened.records.keys.staff,
            clock=utc_now,
            password=password,
            practitioner_id=practitioner_id,
            patient_id=patient,
        )
    result: dict[str, Any] = {
        "username": account.username,
        "password": account.password,
        "otp_uri": account.otp_uri,
    }
    if practitioner_id is not None:
        result["practitioner_id"] = practitioner_id
    if json_output:
        emit_json(result)
        return
    out.print(f"[green]✓[/] {role} [bold]{username}[/] added")
    if practitioner_id is not None:
        out.print(f"  practitioner  Practitioner/{practitioner_id}")
    show_new_account(result)


def _read_password() -> str:
    value = sys.stdin.readline().rstrip("\n")
    if not value:
        raise InputError("no password on standard input")
    return value


def _add_practitioner(opened: Opened, name: str | None) -> str:
    resource: dict[str, Any] = {"resourceType": "Practitioner", "active": True}
    if name is not None and name.strip():
        resource["name"] = [{"text": name.strip()}]
    stored = opened.records.add(resource)
    opened.audit("create", resource_type="Practitioner", resource_id=stored["id"])
    return str(stored["id"])


@app.command("list")
def list_(
    data: DataOption = None, practice: PracticeOption = None, json_output: JsonOption = False
) -> None:
    """The practice's accounts (never a password hash or a TOTP secret)."""
    with open_store(data, practice) as opened:
        require_practice(opened)
        accounts = [plain(asdict(a)) for a in list_accounts(opened.vault.store, opened.practice_id)]
    if json_output:
        emit_json(accounts)
        return
    table = Table(title=f"{len(accounts)} account(s)")
    for column in ("username", "role", "last login", "state"):
        table.add_column(column)
    for account in accounts:
        last_login = account["last_login_at"] or "never"
        table.add_row(account["username"], account["role"], last_login, _state(account))
    out.print(table)


def _state(account: dict[str, Any]) -> str:
    if account["disabled_at"]:
        return f"disabled ({account['disabled_reason']})"
    if account["locked_until"]:
        return f"locked until {account['locked_until']}"
    return "active"


@app.command("disable")
def disable(
    username: UsernameOption,
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Disable an account and end every session and service token it holds, at once."""
    with open_store(data, practice) as opened:
        require_practice(opened)
        revoked = disable_account(opened.vault.store, opened.practice_id, username, clock=utc_now)
    if json_output:
        emit_json({"username": username, "disabled": True, "credentials_revoked": revoked})
        return
    out.print(f"[green]✓[/] {username} disabled; {revoked} session(s) and token(s) ended")


@app.command("enable")
def enable(
    username: UsernameOption,
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Enable an account disabled by an administrator or after 60 days unused (a frozen one
    is the DPO's: guard unfreeze). Its ended sessions and tokens stay ended."""
    with open_store(data, practice) as opened:
        require_practice(opened)
        enable_account(opened.vault.store, opened.practice_id, username, clock=utc_now)
    if json_output:
        emit_json({"username": username, "enabled": True})
        return
    out.print(f"[green]✓[/] {username} enabled")


@app.command("reset-password")
def reset_password_command(
    username: UsernameOption,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="read the new password from stdin")
    ] = False,
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Give the account a new password (generated unless given), shown once, and end every
    login session it holds (a leaked or forgotten password); service tokens are kept."""
    password = _read_password() if password_stdin else None
    if password is not None:
        check_password(password)
    with open_store(data, practice) as opened:
        require_practice(opened)
        chosen, ended = reset_password(
            opened.vault.store, opened.practice_id, username, clock=utc_now, password=password
        )
    result: dict[str, Any] = {"username": username, "sessions_ended": ended}
    if password is None:
        result["password"] = chosen
    if json_output:
        emit_json(result)
        return
    out.print(f"[green]✓[/] {username}: new password; {ended} session(s) ended")
    if password is None:
        out.print(f"  password  {chosen}")
        out.print("[yellow]Shown once: give it to its owner by a channel of its own.[/]")


@app.command("unlock")
def unlock(
    username: UsernameOption,
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """End a lockout after repeated failed logins."""
    with open_store(data, practice) as opened:
        require_practice(opened)
        unlock_account(opened.vault.store, opened.practice_id, username)
    if json_output:
        emit_json({"username": username, "unlocked": True})
        return
    out.print(f"[green]✓[/] {username} unlocked")


@app.command("reset-otp")
def reset_otp_command(
    username: UsernameOption,
    data: DataOption = None,
    practice: PracticeOption = None,
    json_output: JsonOption = False,
) -> None:
    """Give the account a new TOTP secret (a lost phone); the old codes stop working."""
    with open_store(data, practice) as opened:
        uri = reset_otp(
            opened.vault.store,
            opened.practice_id,
            username,
            staff_keyring=opened.records.keys.staff,
        )
    if json_output:
        emit_json({"username": username, "otp_uri": uri})
        return
    out.print(f"  TOTP      {uri}")
    out.print("[yellow]Shown once: add it to the authenticator app now.[/]")
