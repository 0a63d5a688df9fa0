"""`carevault user add|list|disable|enable|unlock|reset-password|reset-otp`, and the admin
made by `init`."""

from __future__ import annotations

from datetime import UTC, datetime

import pyotp
import pytest

from carevault.access import Authenticator
from carevault.cli._context import open_store
from carevault.errors import AuthenticationError
from support.cli import CLI


def _login(cli: CLI, username: str, password: str, otp_uri: str) -> str:
    """Log in through the library, as the API will; the principal's role."""
    with open_store(cli.data) as opened:

        def keyring(practice_id: str):  # type: ignore[no-untyped-def]
            return opened.vault.practice(practice_id).keys.staff

        now = datetime.now(UTC)
        auth = Authenticator(opened.vault.store, keyring, opened.settings, lambda: now)
        otp = pyotp.parse_uri(otp_uri).at(now)
        return auth.login(username=username, password=password, otp=otp).principal.role


def test_init_gives_the_first_admin_a_second_factor(cli: CLI) -> None:
    admin = cli.json("init")["admin"]
    assert set(admin) == {"username", "password", "otp_uri"}
    assert admin["otp_uri"].startswith("otpauth://totp/carevault:admin?secret=")
    assert _login(cli, "admin", admin["password"], admin["otp_uri"]) == "practice_admin"


def test_a_clinician_gets_a_practitioner(cli: CLI) -> None:
    cli.json("init")
    made = cli.json("user", "add", "--username", "dr.house", "--role", "doctor", "--name", "G. H")
    assert set(made) == {"username", "password", "otp_uri", "practitioner_id"}
    with open_store(cli.data) as opened:
        practitioner = opened.records.get("Practitioner", made["practitioner_id"])
    assert practitioner["name"] == [{"text": "G. H"}]
    [listed] = [a for a in cli.json("user", "list") if a["username"] == "dr.house"]
    assert listed["practitioner_id"] == made["practitioner_id"]
    assert _login(cli, "dr.house", made["password"], made["otp_uri"]) == "doctor"


def test_a_password_from_stdin_is_checked(cli: CLI) -> None:
    cli.json("init")
    made = cli.json(
        "user", "add", "--username", "sec", "--role", "secretary", "--password-stdin",
        stdin="a long and private passphrase\n",
    )  # fmt: skip
    assert set(made) == {"username", "password", "otp_uri"}
    assert made["password"] == "a long and private passphrase"
    code, out, err = cli(
        "user", "add", "--username", "sec2", "--role", "secretary", "--password-stdin",
        "--data", str(cli.data), stdin="TempPassword\n",
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err == (
        "error: password is on a list of common breached passwords; choose another (a "
        "generated one is best)\n"
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--username", "admin", "--role", "nurse"],
         "that username is taken (usernames are unique in the whole store)"),
        (["--username", "x y", "--role", "nurse"],
         "username must be 2-64 lowercase letters, digits, '.', '_' or '-'"),
        (["--username", "bob", "--role", "king"],
         "role must be one of doctor, nurse, secretary, practice_admin, dpo, patient"),
        (["--username", "bob", "--role", "nurse", "--practice", "no-such-practice"],
         "no practice no-such-practice in this store"),
    ],
)  # fmt: skip
def test_bad_accounts_are_refused_and_nothing_is_made(
    cli: CLI, arguments: list[str], message: str
) -> None:
    cli.json("init")
    code, out, err = cli("user", "add", *arguments, "--data", str(cli.data))
    assert (code, out, err) == (1, "", f"error: {message}\n")
    assert [a["username"] for a in cli.json("user", "list")] == ["admin"]
    with open_store(cli.data) as opened:
        assert opened.records.practitioners() == []


def test_usernames_are_unique_across_practices(cli: CLI) -> None:
    cli.json("init")
    other = cli.json("practice", "add", "--name", "Cabinet B")["id"]
    made = cli.json("user", "add", "--practice", other, "--username", "b.admin", "--role", "dpo")
    assert made["username"] == "b.admin"
    code, _, err = cli(
        "user", "add", "--username", "b.admin", "--role", "dpo", "--data", str(cli.data)
    )
    assert (code, err) == (
        1,
        "error: that username is taken (usernames are unique in the whole store)\n",
    )
    assert [a["username"] for a in cli.json("user", "list", "--practice", other)] == ["b.admin"]


def test_the_list_shows_no_secret_and_the_lifecycle_shows_in_it(cli: CLI) -> None:
    cli.json("init")
    cli.json("user", "add", "--username", "nurse.joy", "--role", "nurse")
    listed = cli.json("user", "list")
    assert set(listed[0]) == {
        "id", "username", "role", "practitioner_id", "created_at", "last_login_at",
        "disabled_at", "disabled_reason", "locked_until", "failed_logins",
    }  # fmt: skip
    assert cli.json("user", "disable", "--username", "nurse.joy") == {
        "username": "nurse.joy",
        "disabled": True,
        "credentials_revoked": 0,
    }
    [joy] = [a for a in cli.json("user", "list") if a["username"] == "nurse.joy"]
    assert joy["disabled_reason"] == "admin" and joy["disabled_at"]
    assert cli.json("user", "unlock", "--username", "nurse.joy") == {
        "username": "nurse.joy",
        "unlocked": True,
    }
    code, _, err = cli("user", "disable", "--username", "nobody", "--data", str(cli.data))
    assert (code, err) == (1, "error: no account with that username in this practice\n")


def test_a_new_second_factor(cli: CLI) -> None:
    admin = cli.json("init")["admin"]
    renewed = cli.json("user", "reset-otp", "--username", "admin")
    assert renewed["otp_uri"] != admin["otp_uri"]
    with pytest.raises(AuthenticationError):
        _login(cli, "admin", admin["password"], admin["otp_uri"])
    assert _login(cli, "admin", admin["password"], renewed["otp_uri"]) == "practice_admin"


def test_a_disabled_account_enabled_again(cli: CLI) -> None:
    cli.json("init")
    made = cli.json("user", "add", "--username", "nurse.joy", "--role", "nurse")
    cli.json("user", "disable", "--username", "nurse.joy")
    assert cli.json("user", "enable", "--username", "nurse.joy") == {
        "username": "nurse.joy",
        "enabled": True,
    }
    assert _login(cli, "nurse.joy", made["password"], made["otp_uri"]) == "nurse"
    code, out, err = cli("user", "enable", "--username", "nurse.joy", "--data", str(cli.data))
    assert (code, out, err) == (1, "", "error: the account 'nurse.joy' is not disabled\n")


def test_a_new_password(cli: CLI) -> None:
    admin = cli.json("init")["admin"]
    renewed = cli.json("user", "reset-password", "--username", "admin")
    assert set(renewed) == {"username", "password", "sessions_ended"}
    assert renewed["sessions_ended"] == 0 and renewed["password"] != admin["password"]
    with pytest.raises(AuthenticationError):
        _login(cli, "admin", admin["password"], admin["otp_uri"])
    chosen = cli.json(
        "user", "reset-password", "--username", "admin", "--password-stdin",
        stdin="a long and private passphrase\n",
    )  # fmt: skip
    assert chosen == {"username": "admin", "sessions_ended": 0}
    code, out, err = cli(
        "user", "reset-password", "--username", "admin", "--password-stdin",
        "--data", str(cli.data), stdin="TempPassword\n",
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err == (
        "error: password is on a list of common breached passwords; choose another (a "
        "generated one is best)\n"
    )


def test_the_commands_take_json(cli: CLI) -> None:
    for command in ("add", "list", "disable", "enable", "unlock", "reset-password", "reset-otp"):
        code, out, _ = cli("user", command, "--help")
        assert code == 0 and "--json" in out


def test_a_patient_account_belongs_to_one_patient_of_the_practice(cli: CLI) -> None:
    cli.json("init")
    patient_id = cli.json("patient", "add", "--family", "Durand", "--given", "Jeanne")["id"]
    made = cli.json(
        "user", "add", "--username", "jeanne", "--role", "patient", "--patient", patient_id
    )
    assert set(made) == {"username", "password", "otp_uri"}
    code, _, err = cli(
        "user", "add", "--username", "paul", "--role", "patient", "--data", str(cli.data)
    )
    assert (code, err) == (1, "error: a patient account names its patient (--patient ID)\n")
    stranger = "00000000-0000-4000-8000-000000000000"
    code, _, err = cli(
        "user", "add", "--username", "paul", "--role", "patient", "--patient", stranger,
        "--data", str(cli.data),
    )  # fmt: skip
    assert (code, err) == (1, f"error: no Patient/{stranger} in this practice\n")
    code, _, err = cli(
        "user", "add", "--username", "paul", "--role", "nurse", "--patient", patient_id,
        "--data", str(cli.data),
    )  # fmt: skip
    assert (code, err) == (1, "error: only a patient account names a patient\n")
