"""HTTP: the FHIR REST API, login, and the one mapping of errors to OperationOutcome; the
witness's small protocol (a separate process)."""

from carevault.api._app import create_app
from carevault.api._witness import create_witness_app

__all__ = ["create_app", "create_witness_app"]
