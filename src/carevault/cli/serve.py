"""`carevault serve`: the FHIR API over HTTP (Starlette on uvicorn)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from carevault.cli._context import DataOption, ask_passphrase_on_terminal, err, settings_for
from carevault.config import Settings
from carevault.errors import ConfigError
from carevault.records import open_vault

APP_FACTORY = "carevault.api:create_app"


def serve(
    data: DataOption = None,
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port")] = 8080,
    workers: Annotated[int, typer.Option("--workers", help="server processes")] = 1,
) -> None:
    """Serve the FHIR API (and login) until interrupted."""
    import uvicorn  # noqa: PLC0415 - only this command needs the server

    if not 1 <= workers <= 64:
        raise ConfigError("--workers must be between 1 and 64")
    settings = settings_for(data)
    if workers > 1 and settings.guard_enabled and not settings.guard_redis_url:
        raise ConfigError(
            "several workers must share the guard's counters: set CAREVAULT_GUARD_REDIS_URL "
            "(redis://...), or serve with one worker"
        )
    _check_store_opens(settings)
    os.environ["CAREVAULT_DATA"] = str(settings.data.resolve())  # every worker opens the same
    err.print(f"carevault API on http://{host}:{port} ({workers} worker(s)); Ctrl-C stops it")
    uvicorn.run(
        APP_FACTORY,
        factory=True,
        host=host,
        port=port,
        workers=workers,
        server_header=False,  # no version banner
        date_header=True,
        access_log=False,  # query strings may hold names: the access record is the log
        log_level="warning",
        proxy_headers=True,
    )


def _check_store_opens(settings: Settings) -> None:
    """Fail here, with a readable error, rather than in every worker. A sealed key file's
    passphrase asked for now is handed to the workers through their environment."""
    prompted: list[str] = []

    def ask() -> str:
        prompt = ask_passphrase_on_terminal()
        if prompt is None:
            raise ConfigError("the key file is sealed: set CAREVAULT_KEY_PASSPHRASE")
        prompted.append(prompt())
        return prompted[-1]

    vault = open_vault(settings, ask_passphrase=ask)
    vault.close()
    if prompted:
        os.environ["CAREVAULT_KEY_PASSPHRASE"] = prompted[-1]
