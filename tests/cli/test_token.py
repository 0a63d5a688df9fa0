"""`carevault token add|list|revoke`."""

from __future__ import annotations

from support.cli import CLI


def test_a_token_is_shown_once_listed_without_itself_and_revoked(cli: CLI) -> None:
    cli.json("init")
    cli.json("user", "add", "--username", "lab", "--role", "nurse")
    issued = cli.json(
        "token", "add", "--username", "lab", "--scope", "user/Observation.crs",
        "--scope", "user/Patient.rs", "--expires-days", "90", "--label", "lab feed",
    )  # fmt: skip
    assert set(issued) == {"id", "token", "username", "scopes", "expires_at", "label"}
    assert issued["token"].startswith("cvt_")
    assert issued["scopes"] == ["user/Observation.crs", "user/Patient.rs"]
    [listed] = cli.json("token", "list")
    assert issued["token"] not in str(listed)
    assert (listed["id"], listed["label"], listed["revoked_at"]) == (issued["id"], "lab feed", None)
    assert cli.json("token", "revoke", "--id", issued["id"]) == {
        "id": issued["id"],
        "revoked": True,
    }
    assert cli.json("token", "list")[0]["revoked_at"] is not None
    code, _, err = cli("token", "revoke", "--id", issued["id"], "--data", str(cli.data))
    assert (code, err) == (1, "error: no live service token with that id in this practice\n")


def test_bad_tokens_are_refused(cli: CLI) -> None:
    cli.json("init")
    cases = [
        (["--scope", "user/Patient.read", "--expires-days", "30"],
         "invalid scope 'user/Patient.read': expected user/<ResourceType or *>.<cruds in order>, "
         "e.g. user/Patient.rs"),
        (["--scope", "user/Patient.rs", "--expires-days", "400"],
         "a service token expires in 1 to 365 days"),
    ]  # fmt: skip
    for arguments, message in cases:
        code, out, err = cli(
            "token", "add", "--username", "admin", *arguments, "--data", str(cli.data)
        )
        assert (code, out, err) == (1, "", f"error: {message}\n")
    assert cli.json("token", "list") == []


def test_another_practice_s_token_cannot_be_revoked(cli: CLI) -> None:
    cli.json("init")
    issued = cli.json(
        "token", "add", "--username", "admin", "--scope", "user/*.rs", "--expires-days", "1"
    )
    other = cli.json("practice", "add", "--name", "Cabinet B")["id"]
    code, _, err = cli(
        "token", "revoke", "--id", issued["id"], "--practice", other, "--data", str(cli.data)
    )
    assert (code, err) == (1, "error: no live service token with that id in this practice\n")
    assert cli.json("token", "list", "--practice", other) == []


def test_the_commands_take_json(cli: CLI) -> None:
    for command in ("add", "list", "revoke"):
        code, out, _ = cli("token", command, "--help")
        assert code == 0 and "--json" in out
