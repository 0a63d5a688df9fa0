"""Every attack of issue 6 run small against a real server (a subprocess on a throwaway
world), each asserting its bound from the issue; honest traffic asserting no freeze; and one
scenario on two workers sharing the guard's state in Redis.

Small: practices of 200 patients (the issue's are 800), two days of honest work before a
session is stolen, 30 days for low-and-slow (its bound is over 30 days). many-accounts runs
20 stolen accounts across 4 practices for 3 hours instead of 100 across 20 for 7: its bound
(500 patients for 100 accounts) is scaled to the accounts (100 for 20). Time is the
simulated clock's: nothing here depends on how fast this machine is, beyond the attacker
"as fast as it can" taking the real time its requests take.
"""

from __future__ import annotations

from typing import Any

import pytest

from carevault.simulate.attacks import AttackReport, AttackSize, run_attack

pytestmark = pytest.mark.slow

SIZE = AttackSize(
    patients=200,
    warmup_days=2,
    lead_in_days=1,
    low_and_slow_days=30,
    many_accounts=20,
    many_practices=4,
    many_patients=150,
    many_hours=3,
    request_cap=5000,
)
ISSUE_MANY_ACCOUNTS_BOUND = 500  # patients, for 100 accounts
REDIS_URL = "redis://127.0.0.1:6379/13"  # the guard's own tests use database 15


def attack(scenario: str, **options: Any) -> AttackReport:
    report = run_attack(scenario, seed=11, size=SIZE, **options)
    assert report.scenario == scenario
    assert set(report.as_json()) >= {
        "scenario",
        "patients_exposed",
        "records_returned",
        "seconds_to_containment",
        "alerts",
    }
    return report


def test_password_only_exposes_nobody() -> None:
    report = attack("password-only")
    assert report.patients_exposed == 0
    assert report.records_returned == 0


def test_session_scrape_is_contained_within_10_seconds_and_25_patients() -> None:
    report = attack("session-scrape")
    assert report.patients_exposed <= 25
    assert report.seconds_to_containment is not None
    assert report.seconds_to_containment <= 10
    assert report.alerts


def test_secretary_scrape_exposes_at_most_50_patients() -> None:
    report = attack("secretary-scrape")
    assert report.patients_exposed <= 50
    assert report.seconds_to_containment is not None


def test_low_and_slow_over_30_days_stays_within_30_outside_care_and_100_in_all() -> None:
    report = attack("low-and-slow")
    assert report.extra["days"] == 30
    assert report.extra["patients_outside_care"] <= 30
    assert report.patients_exposed <= 100


def test_enumeration_exposes_nobody() -> None:
    report = attack("enumeration")
    assert report.patients_exposed == 0


def test_a_dormant_account_exposes_nobody() -> None:
    report = attack("dormant-account")
    assert report.patients_exposed == 0


def test_a_leaked_service_token_exposes_at_most_25_patients() -> None:
    report = attack("service-token")
    assert report.patients_exposed <= 25
    assert report.seconds_to_containment is not None


def test_many_accounts_stay_within_the_bound_scaled_to_the_accounts() -> None:
    report = attack("many-accounts")
    assert report.extra["accounts"] == SIZE.many_accounts
    bound = ISSUE_MANY_ACCOUNTS_BOUND * SIZE.many_accounts_bound_scale
    assert report.patients_exposed <= bound


def test_two_workers_sharing_redis_contain_a_session_scrape_the_same() -> None:
    report = attack("session-scrape", workers=2, redis_url=REDIS_URL)
    assert report.patients_exposed <= 25
    assert report.seconds_to_containment is not None
    assert report.seconds_to_containment <= 10


@pytest.mark.parametrize(
    ("scenario", "bound"), [("session-scrape", 25), ("secretary-scrape", 50), ("service-token", 25)]
)
def test_without_honeytokens_the_limits_alone_hold_the_bound(scenario: str, bound: int) -> None:
    """The decoys carry the commonest surnames, so a scraper usually meets one on its first
    search: without them, the volume limits alone must hold."""
    report = attack(scenario, honeytokens=0)
    assert report.extra["decoys_exposed"] == 0
    assert report.patients_exposed <= bound
    assert report.seconds_to_containment is not None
    assert report.seconds_to_containment <= 10
