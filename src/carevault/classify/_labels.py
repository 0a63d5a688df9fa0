"""Security labels for a resource's meta.security: the HL7 v3 information sensitivity code
of each affirmed category where HL7 has one, carevault's own category code always (HL7 has
none for political opinion or trade-union membership), and the confidentiality "R"
(restricted) once anything sensitive is affirmed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from carevault.classify._classifier import Classification
from carevault.extensions import SENSITIVE_CATEGORY_SYSTEM

ACT_CODE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
CONFIDENTIALITY_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"

SENSITIVITY_DISPLAY = {
    "ETH": "substance abuse information sensitivity",
    "GDIS": "genetic disease information sensitivity",
    "GENDER": "gender and sexual orientation information sensitivity",
    "HIV": "HIV/AIDS information sensitivity",
    "PSY": "psychiatry information sensitivity",
    "RACE": "race information sensitivity",
    "REL": "religion information sensitivity",
    "SDV": "sexual assault, abuse, or domestic violence information sensitivity",
    "SEX": "sexuality and reproductive health information sensitivity",
    "STD": "sexually transmitted disease information sensitivity",
}


def security_labels(classifications: Iterable[Classification]) -> list[dict[str, Any]]:
    """meta.security codings for the affirmed findings of these texts (one resource's)."""
    codes: set[str] = set()
    categories: set[str] = set()
    for classification in classifications:
        for finding in classification.findings:
            if finding.affirmed:
                categories.add(finding.category)
                if finding.label is not None:
                    codes.add(finding.label)
    if not categories:
        return []
    labels: list[dict[str, Any]] = [
        {"system": CONFIDENTIALITY_SYSTEM, "code": "R", "display": "restricted"}
    ]
    labels += [
        {"system": ACT_CODE_SYSTEM, "code": code, "display": SENSITIVITY_DISPLAY[code]}
        for code in sorted(codes)
    ]
    labels += [
        {"system": SENSITIVE_CATEGORY_SYSTEM, "code": category} for category in sorted(categories)
    ]
    return labels
