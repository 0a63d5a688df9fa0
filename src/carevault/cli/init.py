"""`carevault init`: a new store with its key, its first practice and admin account."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from carevault.cli._context import (
    DataOption,
    JsonOption,
    emit_json,
    out,
    read_passphrase_stdin,
    settings_for,
    show_new_account,
)
from carevault.config import load_settings
from carevault.provision import create_store


def init(
    data: DataOption = None,
    practice_name: Annotated[
        str, typer.Option("--practice-name", help="name of the first practice")
    ] = "Cabinet médical",
    admin: Annotated[str, typer.Option("--admin", help="username of the first admin")] = "admin",
    key_provider: Annotated[
        str | None, typer.Option("--key-provider", help="local (key file) or pkcs11 (HSM)")
    ] = None,
    key_file: Annotated[
        Path | None, typer.Option("--key-file", help="where the key file goes (local provider)")
    ] = None,
    passphrase: Annotated[
        bool, typer.Option("--passphrase", help="seal the key file under a passphrase (prompted)")
    ] = False,
    passphrase_stdin: Annotated[
        bool, typer.Option("--passphrase-stdin", help="seal the key file; passphrase on stdin")
    ] = False,
    json_output: JsonOption = False,
) -> None:
    """Create a new store: data folder, key, first practice and its admin account."""
    settings_for(data)
    settings = load_settings(data=data, key_provider=key_provider, key_file=key_file)
    secret = _choose_passphrase(passphrase, passphrase_stdin, settings.key_passphrase)
    result = create_store(settings, practice_name=practice_name, admin=admin, passphrase=secret)
    account = result["admin"]
    if json_output:
        emit_json(result)
        return
    out.print(f"[green]✓[/] store created in [bold]{result['data']}[/]")
    out.print(f"  practice  {practice_name} ({result['practice_id']})")
    if result["key_file"]:
        sealed = " (sealed under your passphrase)" if result["key_sealed"] else ""
        out.print(f"  key file  {result['key_file']}{sealed} — keep it off the data disk's backups")
    out.print(f"  admin     [bold]{account['username']}[/]")
    show_new_account(account)


def _choose_passphrase(prompt: bool, from_stdin: bool, from_env: object) -> str | None:
    if from_stdin:
        return read_passphrase_stdin()
    if prompt:
        return str(
            typer.prompt("Passphrase for the key file", hide_input=True, confirmation_prompt=True)
        )
    secret = getattr(from_env, "get_secret_value", None)
    return str(secret()) if secret else None
