"""French patient identifiers: NIR (numéro de sécurité sociale) and INS (identité nationale
de santé, whose matricule is the NIR).

A NIR is 13 characters then a 2-digit control key: key = 97 - (N mod 97), where N is the
13-character number read as an integer, Corsica's departments 2A and 2B counted as 19 and
18. Spaces, dots and dashes between groups are accepted on input and removed.
"""

from __future__ import annotations

import re

from carevault.errors import InvalidIdentifierError

INS_NIR_SYSTEM = "urn:oid:1.2.250.1.213.1.4.8"  # INS-NIR, ANS's identifier system
INS_NIA_SYSTEM = "urn:oid:1.2.250.1.213.1.4.9"  # INS-NIA (temporary, assigned by CNAV)
NIR_SYSTEMS = frozenset({INS_NIR_SYSTEM, INS_NIA_SYSTEM})

_SEPARATORS = re.compile(r"[\s.\-]")
_SHAPE = re.compile(r"^[1-478][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{6}[0-9]{2}$")


def nir_key(first13: str) -> int:
    """Control key of the 13 first characters of a NIR (Corsica handled)."""
    digits = first13.upper().replace("2A", "19", 1).replace("2B", "18", 1)
    return 97 - int(digits) % 97


def normalize_nir(raw: str) -> str:
    """Validate a NIR/INS and return its 15-character canonical form.

    Raises InvalidIdentifierError naming the problem (never echoing the value).
    """
    value = _SEPARATORS.sub("", raw).upper()
    if len(value) != 15:
        raise InvalidIdentifierError(
            f"invalid NIR: expected 15 characters (13 then a 2-digit key), got {len(value)}"
        )
    if not _SHAPE.match(value):
        raise InvalidIdentifierError(
            "invalid NIR: must be digits (department 2A/2B allowed), sex digit 1-4, 7 or 8"
        )
    expected = nir_key(value[:13])
    if int(value[13:]) != expected:
        raise InvalidIdentifierError("invalid NIR: the control key does not match the number")
    return value


def is_valid_nir(raw: str) -> bool:
    try:
        normalize_nir(raw)
    except InvalidIdentifierError:
        return False
    return True


def with_key(first13: str) -> str:
    """Complete 13 characters with their control key (for synthetic data and tests)."""
    return f"{first13}{nir_key(first13):02d}"
