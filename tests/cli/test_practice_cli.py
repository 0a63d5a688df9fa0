"""`carevault practice add|list`."""

from __future__ import annotations

from support.cli import CLI


def test_practices_are_added_and_listed(cli: CLI) -> None:
    first = cli.json("init")["practice_id"]
    added = cli.json("practice", "add", "--name", "  Cabinet du Port ")
    assert set(added) == {"id", "name"}
    assert added["name"] == "Cabinet du Port"
    assert cli.json("practice", "list") == [
        {"id": first, "name": "Cabinet médical"},
        {"id": added["id"], "name": "Cabinet du Port"},
    ]


def test_a_practice_needs_a_name(cli: CLI) -> None:
    cli.json("init")
    code, out, err = cli("practice", "add", "--name", " ", "--data", str(cli.data))
    assert (code, out, err) == (1, "", "error: practice name must be 1-200 characters\n")


def test_the_commands_take_json(cli: CLI) -> None:
    for command in (["practice", "add"], ["practice", "list"]):
        code, out, _ = cli(*command, "--help")
        assert code == 0 and "--json" in out
