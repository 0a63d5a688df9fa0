"""Free text on every write: clinical text labelled and its findings sealed; sensitive
content refused in administrative fields (a patient's comment, an appointment's reason)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import text

from carevault.cli._context import open_store
from carevault.errors import InputError, SensitiveContentError
from carevault.extensions import ADMINISTRATIVE_COMMENT, APPOINTMENT_REASON
from carevault.records import PracticeRecords, import_file
from support.fhir import encounter, note, note_text, observation, patient

ADVICE = (
    "an administrative field is read by the practice's staff: write it in a clinical note "
    "(a DocumentReference), where it is sealed and labelled"
)


@pytest.fixture
def records(data_dir: Path) -> Iterator[PracticeRecords]:
    with open_store(data_dir) as opened:
        yield opened.records


def codes(resource: dict[str, Any]) -> set[str]:
    return {label["code"] for label in resource["meta"].get("security", [])}


def with_comment(resource: dict[str, Any], url: str, comment: str) -> dict[str, Any]:
    return {**resource, "extension": [{"url": url, "valueString": comment}]}


def test_a_note_is_labelled_with_what_it_affirms(records: PracticeRecords) -> None:
    patient_id = records.add(patient())["id"]
    text_of_note = "VIH+ sous Biktarvy. Mère suivie pour dépression. Pas de TS."
    stored = records.add(note(None, f"Patient/{patient_id}", text_of_note))
    again = records.get("DocumentReference", stored["id"])
    assert codes(again) == {"R", "HIV", "PSY", "hiv_sti", "mental_health"}
    assert again["meta"]["security"] == stored["meta"]["security"]
    findings = records.findings("DocumentReference", stored["id"])
    assert [(f["field"], f["category"], f["negated"], f["subject"]) for f in findings] == [
        ("content[0].attachment.data", "hiv_sti", False, "patient"),
        ("content[0].attachment.data", "hiv_sti", False, "patient"),
        ("content[0].attachment.data", "mental_health", False, "other"),
        ("content[0].attachment.data", "mental_health", True, "patient"),
    ]
    assert text_of_note[findings[0]["start"] : findings[0]["end"]] == "VIH"


def test_negated_and_hypothetical_findings_are_kept_but_give_no_label(
    records: PracticeRecords,
) -> None:
    patient_id = records.add(patient())["id"]
    body = observation(f"Patient/{patient_id}")
    body["note"] = [{"text": "Sérologie VIH négative. Dépistage IST proposé."}]
    stored = records.add(body)
    assert "security" not in stored["meta"]
    findings = records.findings("Observation", stored["id"])
    assert [(f["field"], f["negated"], f["hypothetical"]) for f in findings] == [
        ("note[0].text", True, True),
        ("note[0].text", False, True),
    ]


def test_labels_are_carevaults_to_give(records: PracticeRecords) -> None:
    patient_id = records.add(patient())["id"]
    body = observation(f"Patient/{patient_id}")
    body["meta"] = {"security": [{"system": "urn:mine", "code": "N"}]}
    assert "security" not in records.add(body)["meta"]


def test_a_rewrite_without_sensitive_text_drops_labels_and_findings(
    records: PracticeRecords,
) -> None:
    made = records.add(with_comment(patient(), "urn:x:note", "Patient VIH+, chemsex."))
    assert codes(made) == {"R", "HIV", "SEX", "hiv_sti", "sex_life"}
    assert len(records.findings("Patient", made["id"])) == 2
    updated = records.update("Patient", made["id"], {**patient(), "id": made["id"]})
    assert "security" not in updated["meta"]
    assert records.findings("Patient", made["id"]) == []


@pytest.mark.parametrize(
    ("comment", "found"),
    [
        ("VIH+, ne pas en parler devant sa femme", "hiv_sti"),
        ("Sérologie VIH négative (rassurée)", "hiv_sti"),
        ("HSH, suivi au CMP pour dépression", "mental_health, sexual_orientation"),
    ],
)
def test_sensitive_content_in_a_patients_administrative_comment_is_refused(
    records: PracticeRecords, comment: str, found: str
) -> None:
    with pytest.raises(SensitiveContentError) as refused:
        records.add(with_comment(patient(), ADMINISTRATIVE_COMMENT, comment))
    assert str(refused.value) == (
        f"Patient: the patient's administrative comment holds sensitive content ({found}); "
        + ADVICE
    )
    assert "VIH" not in str(refused.value)
    assert records.count_patients() == 0


def test_an_appointment_reason_with_sensitive_content_is_refused(
    records: PracticeRecords,
) -> None:
    patient_id = records.add(patient())["id"]
    booking = {**encounter("enc-1", f"Patient/{patient_id}"), "status": "planned"}
    with pytest.raises(SensitiveContentError) as refused:
        records.add(with_comment(booking, APPOINTMENT_REASON, "Renouvellement pilule + IVG"))
    assert "the appointment's reason holds sensitive content (reproductive)" in str(refused.value)
    made = records.add(with_comment(booking, APPOINTMENT_REASON, "Renouvellement ordonnance"))
    assert made["extension"][0]["valueString"] == "Renouvellement ordonnance"


def test_a_plain_administrative_comment_is_kept(records: PracticeRecords) -> None:
    made = records.add(
        with_comment(patient(), ADMINISTRATIVE_COMMENT, "Préfère être appelée le matin.")
    )
    again = records.get_patient(made["id"])
    assert again["extension"][0]["valueString"] == "Préfère être appelée le matin."
    assert "security" not in again["meta"]


def test_findings_are_sealed_in_the_store(
    records: PracticeRecords, data_dir: Path, database_url: str | None
) -> None:
    patient_id = records.add(with_comment(patient(), "urn:x:note", "Soumission chimique."))["id"]
    records.add(note(None, f"Patient/{patient_id}", "Viol à 15 ans, jamais déclaré."))
    with records._store.transaction() as connection:
        rows = connection.execute(
            text("SELECT findings FROM resources UNION ALL SELECT findings FROM patients")
        ).all()
    assert len([row for row in rows if row.findings is not None]) == 2
    stored = b"".join(bytes(row.findings) for row in rows if row.findings is not None)
    if database_url is None:  # SQLite: every byte of the data folder, WAL included
        stored += b"".join(path.read_bytes() for path in data_dir.rglob("*") if path.is_file())
    for word in (b"sexual_violence", b"SDV", b'"category"', b"negated"):
        assert word not in stored


def test_an_import_line_with_a_sensitive_administrative_comment_is_refused_and_the_rest_kept(
    records: PracticeRecords, tmp_path: Path
) -> None:
    refused = with_comment(
        patient("pat-2", first13="1800175000002"), ADMINISTRATIVE_COMMENT, "TS en 2019"
    )
    lines = [
        patient("pat-1", first13="1800175000001"),
        refused,
        note("doc-1", "Patient/pat-1", "ATCD de TS."),
    ]
    path = tmp_path / "in.ndjson"
    path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    report = import_file(records, path)
    assert report.errors == [
        (
            2,
            "line 2: the patient's administrative comment holds sensitive content "
            "(mental_health); " + ADVICE,
        )
    ]
    assert records.count_patients() == 1


@pytest.mark.parametrize(
    ("extension_place", "message"),
    [
        (
            {"extension": [{"url": ADMINISTRATIVE_COMMENT, "valueMarkdown": "VIH+"}]},
            "Patient: extension[0]: the patient's administrative comment is a valueString on "
            "a Patient, nothing else",
        ),
        (
            {
                "extension": [
                    {
                        "url": ADMINISTRATIVE_COMMENT,
                        "valueString": "RAS",
                        "extension": [{"url": "urn:x", "valueString": "VIH+"}],
                    }
                ]
            },
            "Patient: extension[0]: the patient's administrative comment is a valueString on "
            "a Patient, nothing else",
        ),
        (
            {"extension": [{"url": APPOINTMENT_REASON, "valueString": "RAS"}]},
            "Patient: extension[0]: the appointment's reason is a valueString on a Encounter, "
            "nothing else",
        ),
    ],
)
def test_an_administrative_field_is_a_string_at_the_top_of_its_own_resource(
    records: PracticeRecords, extension_place: dict[str, Any], message: str
) -> None:
    with pytest.raises(InputError) as refused:
        records.add({**patient(), **extension_place})
    assert str(refused.value) == message


def test_an_administrative_extension_hidden_in_an_identity_field_is_refused(
    records: PracticeRecords,
) -> None:
    body = patient()
    body["name"][0]["extension"] = [{"url": ADMINISTRATIVE_COMMENT, "valueString": "VIH+"}]
    with pytest.raises(InputError) as refused:
        records.add(body)
    assert str(refused.value) == (
        "Patient: name: an administrative extension stands only at the top of the resource"
    )


def test_free_text_a_secretary_reads_is_checked_too(records: PracticeRecords) -> None:
    body = patient()
    body["contact"] = [{"relationship": [{"text": "compagnon, VIH+ sous trithérapie"}]}]
    with pytest.raises(SensitiveContentError) as refused:
        records.add(body)
    assert str(refused.value).startswith(
        "Patient: contact[0].relationship[0].text holds sensitive content (hiv_sti)"
    )
    body["name"][0]["extension"] = [{"url": "urn:x:nickname", "valueString": "dit VIH+"}]
    body["contact"] = []
    with pytest.raises(SensitiveContentError):
        records.add(body)


def test_identity_is_not_read_for_sensitive_content(records: PracticeRecords) -> None:
    body = patient(family="Gay")
    body["address"] = [{"line": ["12 rue des Juifs"], "city": "Colmar", "text": "12 rue des Juifs"}]
    body["extension"] = [{"url": ADMINISTRATIVE_COMMENT, "valueString": "Voir avec M. Gay"}]
    made = records.add(body)
    assert "security" not in made["meta"]


def test_a_stored_text_the_classifier_would_refuse_is_kept(records: PracticeRecords) -> None:
    patient_id = records.add(patient())["id"]
    text_of_note = "Page 1\x0cPage 2 : VIH+ \ufffd sous Biktarvy."
    stored = records.add(note(None, f"Patient/{patient_id}", text_of_note))
    assert "HIV" in codes(stored)
    assert note_text(records.get("DocumentReference", stored["id"])) == text_of_note


def test_contained_resources_carry_no_label_a_writer_set(records: PracticeRecords) -> None:
    patient_id = records.add(patient())["id"]
    body = observation(f"Patient/{patient_id}")
    body["contained"] = [
        {
            "resourceType": "Practitioner",
            "id": "p1",
            "meta": {"security": [{"system": "urn:mine", "code": "N"}]},
        }
    ]
    stored = records.add(body)
    assert "meta" not in stored["contained"][0]
