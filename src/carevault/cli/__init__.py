"""The `carevault` command. Subcommands stay thin; errors are caught once, here."""

from __future__ import annotations

import sys
import traceback

import typer

from carevault import logs
from carevault.cli import (
    audit,
    classify,
    demo,
    guard,
    keys,
    note,
    patient,
    practice,
    simulate,
    token,
    user,
)
from carevault.cli.init import init
from carevault.cli.serve import serve
from carevault.cli.transfer import export_command, import_command
from carevault.errors import CarevaultError
from carevault.logs import get_logger

app = typer.Typer(
    name="carevault",
    help="carevault: a patient-record store in which a stolen copy is worthless.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command("init")(init)
app.add_typer(patient.app, name="patient")
app.add_typer(note.app, name="note")
app.command("import")(import_command)
app.command("export")(export_command)
app.add_typer(keys.app, name="keys")
app.add_typer(practice.app, name="practice")
app.add_typer(user.app, name="user")
app.add_typer(token.app, name="token")
app.add_typer(audit.app, name="audit")
app.add_typer(guard.app, name="guard")
app.add_typer(simulate.app, name="simulate")
app.command("demo")(demo.demo)
app.command("serve")(serve)
app.command("classify")(classify.classify_command)


def run(argv: list[str]) -> int:
    """Run the CLI; returns the exit status. Errors become one readable line on stderr."""
    logs.configure(None)  # until a command opens its data folder, logs go nowhere (not stdout)
    try:
        app(args=argv, prog_name="carevault")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except CarevaultError as exc:
        get_logger("cli").warning("command_failed", error=type(exc).__name__, message=str(exc))
        sys.stderr.write(f"error: {exc}\n")
        return 1
    except OSError as exc:
        sys.stderr.write(f"error: {exc.strerror or type(exc).__name__}: {exc.filename or ''}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130
    except Exception as exc:
        frames = [f"{f.filename}:{f.lineno}" for f in traceback.extract_tb(exc.__traceback__)]
        get_logger("cli").error("internal_error", error=type(exc).__name__, frames=frames[-5:])
        sys.stderr.write(f"internal error ({type(exc).__name__}); see the log for where\n")
        return 70
    return 0


def main() -> None:
    sys.exit(run(sys.argv[1:]))
