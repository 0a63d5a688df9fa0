"""What every command shares: options, opening the store, output, and the one error path."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
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
from carevault.crypto import KeyProvider, LocalKeyProvider, Pkcs11KeyProvider
from carevault.errors import ConfigError, KeyProviderError
from carevault.records import PracticeRecords, StoreIdentity, Vault, utc_now
from carevault.store import Store

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


def open_provider(settings: Settings, store_id: str | None) -> KeyProvider:
    if settings.key_provider == "pkcs11":
        if settings.pkcs11_pin is None:
            raise ConfigError("the pkcs11 key provider needs CAREVAULT_PKCS11_PIN")
        return Pkcs11KeyProvider.open(
            settings.pkcs11_module, settings.pkcs11_token, settings.pkcs11_pin.get_secret_value()
        )
    passphrase = settings.key_passphrase.get_secret_value() if settings.key_passphrase else None
    if store_id is None:
        raise ConfigError("the store has no id: was `carevault init` interrupted?")
    key_file = settings.key_file_for(store_id)
    if passphrase is None and _is_sealed(key_file) and sys.stdin.isatty():
        passphrase = typer.prompt("Key file passphrase", hide_input=True)
    return LocalKeyProvider.open(key_file, store_id, passphrase)


def _is_sealed(path: Path) -> bool:
    try:
        return b'"sealed"' in path.read_bytes()
    except OSError:
        return False


@dataclass
class Opened:
    settings: Settings
    vault: Vault
    recorder: AccessRecorder
    practice_id: str
    actor: str

    @property
    def records(self) -> PracticeRecords:
        return self.vault.practice(self.practice_id)

    def audit(self, action: str, **fields: Any) -> None:
        """Record an access before its data is shown (fail closed), and log its ids."""
        event = AccessEvent(practice_id=self.practice_id, actor=self.actor, action=action, **fields)
        self.recorder.record(event)
        _access_log.info("access", **asdict(event))


@contextmanager
def open_store(data: Path | None, practice: str | None = None) -> Iterator[Opened]:
    """The initialized store of the data folder, its keys, and the chosen practice."""
    settings = settings_for(data)
    if settings.database_url is None and not (settings.data / "carevault.db").exists():
        raise ConfigError(
            f"no carevault store in {settings.data}: run `carevault init --data {settings.data}`"
        )
    store = Store.connect(settings.effective_database_url)
    try:
        if not store.is_initialized():
            raise ConfigError("the database has no carevault store: run `carevault init`")
        identity = StoreIdentity.read(store)
        provider = open_provider(settings, identity.store_id)
    except BaseException:
        store.close()
        raise
    vault = Vault(store, provider, population=settings.index_population)
    try:
        practice_id = practice or identity.default_practice
        if practice_id is None:
            raise ConfigError("the store has no practice yet")
        yield Opened(settings, vault, AccessRecorder(store, utc_now), practice_id, cli_actor())
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
