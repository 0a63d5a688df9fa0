"""GET /fhir/metadata: the CapabilityStatement, built from the same table the server uses."""

from __future__ import annotations

from typing import Any

from carevault.api._definitions import INTERACTIONS, SEARCH_PARAMS

SOFTWARE = "carevault"


def capability_statement(base_url: str, date: str) -> dict[str, Any]:
    return {
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": date,
        "kind": "instance",
        "software": {"name": SOFTWARE},  # no version: banners help attackers, not clients
        "implementation": {"description": "carevault FHIR API", "url": f"{base_url}/fhir"},
        "fhirVersion": "4.0.1",
        "format": ["application/fhir+json"],
        "rest": [
            {
                "mode": "server",
                "security": {
                    "description": (
                        "Bearer tokens from POST /auth/login (password and TOTP) or service "
                        "tokens with SMART-on-FHIR user/ scopes. Access follows the care "
                        "relation; every access is recorded."
                    ),
                },
                "resource": [_resource(kind, params) for kind, params in SEARCH_PARAMS.items()],
            }
        ],
    }


def _resource(kind: str, params: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "type": kind,
        "interaction": [{"code": code} for code in INTERACTIONS],
        "versioning": "versioned",
        "updateCreate": False,
        "searchParam": [
            {"name": p.name, "type": p.type, "documentation": p.description} for p in params
        ],
    }
