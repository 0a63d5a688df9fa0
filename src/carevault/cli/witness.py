"""`carevault audit witness init|trust|serve|latest`: a witness that cosigns other stores'
access-log checkpoints (c2sp.org/tlog-witness), run by someone other than their operator."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from carevault.api import create_witness_app
from carevault.audit import Witness, WitnessError
from carevault.cli._context import JsonOption, emit_json, err, out

app = typer.Typer(
    help="Run a witness: it cosigns a log's checkpoints only while the log stays append-only.",
    no_args_is_help=True,
)

DirOption = Annotated[Path, typer.Option("--dir", help="the witness's directory")]
OriginOption = Annotated[str, typer.Option("--origin", help="the log's origin (checkpoint line 1)")]


@app.command("init")
def init(
    directory: DirOption,
    name: Annotated[str, typer.Option("--name", help="the witness's key name, e.g. host/w1")],
    json_output: JsonOption = False,
) -> None:
    """Create a witness: its directory and key. Prints its verifier key (vkey)."""
    witness = Witness.init(directory, name)
    if json_output:
        emit_json({"name": witness.name, "vkey": witness.vkey, "dir": str(directory)})
        return
    out.print(witness.vkey)
    err.print(f"[green]✓[/] witness {witness.name} created in {directory}")
    err.print("  give the vkey above to the stores it witnesses; trust each log with `trust`")


@app.command("trust")
def trust(
    directory: DirOption,
    origin: OriginOption,
    vkey: Annotated[str, typer.Option("--vkey", help="the log's verifier key (vkey)")],
    json_output: JsonOption = False,
) -> None:
    """Cosign the log ORIGIN from now on, checking its signature with VKEY."""
    witness = Witness.open(directory)
    witness.trust(origin, vkey)
    if json_output:
        emit_json({"origin": origin, "vkey": witness.trusted_logs()[origin]})
        return
    out.print(f"[green]✓[/] witness {witness.name} now cosigns {origin}")


@app.command("serve")
def serve(
    directory: DirOption,
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port")] = 7380,
) -> None:
    """Serve POST /add-checkpoint and GET /latest?origin=... until interrupted."""
    import uvicorn  # noqa: PLC0415 - only this command needs the server

    witness = Witness.open(directory)
    err.print(f"witness {witness.name} on http://{host}:{port}; Ctrl-C stops it")
    uvicorn.run(
        create_witness_app(witness),
        host=host,
        port=port,
        server_header=False,
        access_log=False,
        log_level="warning",
    )


@app.command("latest")
def latest(directory: DirOption, origin: OriginOption) -> None:
    """Print the latest checkpoint cosigned for ORIGIN (a signed note)."""
    note = Witness.open(directory).latest(origin)
    if note is None:
        raise WitnessError(f"no checkpoint of {origin} cosigned yet")
    sys.stdout.write(note.decode())
    sys.stdout.flush()
