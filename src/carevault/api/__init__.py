"""HTTP: the FHIR REST API, login, and the one mapping of errors to OperationOutcome."""

from carevault.api._app import create_app

__all__ = ["create_app"]
