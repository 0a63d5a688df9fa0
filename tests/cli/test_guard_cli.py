"""`carevault guard honeytokens|status|alerts|unfreeze`."""

from __future__ import annotations

from carevault.access import disable_account
from carevault.cli._context import open_store
from carevault.guard import Alert
from carevault.guard._admin import alert_row
from carevault.records import utc_now
from carevault.store import queries
from support.cli import CLI


def test_honeytokens_are_planted_and_counted(cli: CLI) -> None:
    cli.json("init")
    assert cli.json("guard", "honeytokens", "--count", "4")["planted"] == 4
    status = cli.json("guard", "status")
    assert (status["honeytokens"], status["frozen"], status["alerts_last_day"]) == (4, [], 0)


def test_a_frozen_account_is_listed_and_unfrozen_with_a_reason(cli: CLI) -> None:
    cli.json("init")
    cli.json("user", "add", "--username", "dr.house", "--role", "doctor")
    with open_store(cli.data) as opened:
        disable_account(
            opened.vault.store, opened.practice_id, "dr.house", clock=utc_now, reason="frozen"
        )
        with opened.vault.store.transaction() as connection:
            queries.add_guard_alert(
                connection,
                alert_row(
                    Alert(
                        id="a1",
                        practice_id=opened.practice_id,
                        created_at=utc_now(),
                        kind="honeytoken",
                        action="freeze",
                        message="dr.house (doctor): opened a decoy record",
                        username="dr.house",
                    )
                ),
            )
    assert [f["username"] for f in cli.json("guard", "status")["frozen"]] == ["dr.house"]
    assert [a["kind"] for a in cli.json("guard", "alerts")] == ["honeytoken"]
    code, _, err = cli(
        "guard", "unfreeze", "--username", "dr.house", "--reason", "short",
        "--data", str(cli.data),
    )  # fmt: skip
    assert code == 1
    assert "give a reason of at least 10 characters" in err
    done = cli.json(
        "guard", "unfreeze", "--username", "dr.house",
        "--reason", "his own referral letters, checked with him",
    )  # fmt: skip
    assert (done["kind"], done["account"]) == ("unfrozen", "dr.house")
    assert cli.json("guard", "status")["frozen"] == []
    assert [a["kind"] for a in cli.json("guard", "alerts")] == ["unfrozen", "honeytoken"]
