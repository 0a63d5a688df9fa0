"""What every command shares: options, opening the store, output, and the one error path."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)

from carevault import logs
from carevault.audit import AccessEvent, AccessRecorder
from carevault.config import Settings, load_settings
from carevault.errors import ConfigError, KeyProviderError
from carevault.records import (
    PassphrasePrompt,
    PracticeRecords,
    StoreIdentity,
    Vault,
    open_vault,
    utc_now,
)

DataOption = Annotated[
    Path | None,
    typer.Option("--data", help="data folder [env CAREVAULT_DATA, default ./carevault-data]"),
]
JsonOption = Annotated[bool, typer.Option("--json", help="machine-readable JSON on stdout")]
PracticeOption = Annotated[
    str | None, typer.Option("--practice", help="practice id (default: the store's first)")
]

_access_log = logs.get_logger("access")
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)


def settings_for(data: Path | None) -> Settings:
    settings = load_settings(data=data)
    logs.configure(settings.effective_log_file if settings.data.is_dir() else None)
    return settings


def ask_passphrase_on_terminal() -> PassphrasePrompt | None:
    """A prompt for a sealed key file's passphrase, when there is a terminal to ask on."""
    if not sys.stdin.isatty():
        return None
    return lambda: str(typer.prompt("Key file passphrase", hide_input=True))


@dataclass
class Opened:
    settings: Settings
    vault: Vault
    recorder: AccessRecorder
    practice_id: str
    actor: str
    store_id: str

    @property
    def records(self) -> PracticeRecords:
        return self.vault.practice(self.practice_id)

    def audit(self, action: str, **fields: Any) -> None:
        """Record an access before its data is shown (fail closed), and log its ids."""
        event = AccessEvent(practice_id=self.practice_id, actor=self.actor, action=action, **fields)
        self.recorder.record(event)
        _access_log.info("access", **event.as_row())


@contextmanager
def open_store(data: Path | None, practice: str | None = None) -> Iterator[Opened]:
    """The initialized store of the data folder, its keys, and the chosen practice."""
    settings = settings_for(data)
    vault = open_vault(settings, ask_passphrase=ask_passphrase_on_terminal())
    try:
        identity = StoreIdentity.read(vault.store)
        practice_id = practice or identity.default_practice
        if practice_id is None or identity.store_id is None:
            raise ConfigError("the store has no practice yet")
        recorder = AccessRecorder(vault.store, utc_now)
        yield Opened(settings, vault, recorder, practice_id, cli_actor(), identity.store_id)
    finally:
        vault.close()


def cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"[:100]
    except (KeyError, OSError):
        return f"cli:uid{os.getuid()}"


def emit_json(value: Any) -> None:
    sys.stdout.write(orjson.dumps(value, option=orjson.OPT_INDENT_2).decode() + "\n")
    sys.stdout.flush()


def progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=not enabled,
        transient=False,
    )


def show_progress(json_output: bool) -> bool:
    return not json_output and err.is_terminal


def read_passphrase_stdin() -> str:
    value = sys.stdin.readline().rstrip("\n")
    if not value:
        raise KeyProviderError("no passphrase on standard input")
    return value


def show_new_account(account: dict[str, Any]) -> None:
    """The secrets of a new account, shown this once: its password and its TOTP URI."""
    out.print(f"  password  [bold]{account['password']}[/]")
    out.print(f"  TOTP      {account['otp_uri']}")
    out.print(
        "[yellow]Shown once. Store the password in a password manager, and add the TOTP URI to "
        "an authenticator app (as text or as a QR code) now.[/]"
    )


def require_practice(opened: Opened) -> None:
    """NotFoundError unless the chosen practice is in this store."""
    opened.vault.practice(opened.practice_id)


def plain(values: dict[str, Any]) -> dict[str, Any]:
    """Instants as ISO 8601 text, for JSON and tables."""
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in values.items()}
