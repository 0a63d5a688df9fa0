"""The thresholds the guard acts on, by kind of account, and the windows they count in.

Each limit is a number of distinct patients (or searches, refusals, grants) in a sliding
window; crossing ``step_up`` asks for the second factor again, crossing ``freeze`` freezes the
account. They were set from the simulated honest traffic of five practices over thirty days
(bench/bench_guard.py): an honest day's peak sits well under each step-up threshold.

Kinds of access, for a clinician:
- explained: an appointment or an encounter with this practitioner that day (or the day
  before: a night's on-call), or a break-the-glass grant (a reason given, reported);
- unscheduled: inside the care relation (care team, médecin traitant, registered, an
  encounter within the window) with no visit that day (letters, results, phone calls);
- outside: no care relation at all: identity seen in a search (listed) or an opened record;
  honest work lists a homonym now and then, and almost never opens an outsider's record, so
  opened ones have their own, weekly, limit (what a slow reader cannot hide).
A secretary's or a service token's accesses are all counted (their work is look-ups).
"""

from __future__ import annotations

from dataclasses import dataclass

BURST = 120.0  # seconds: what a scraper does in two minutes
HOUR = 3600.0
DAY = 86_400.0
WEEK = 7 * DAY
SEARCH_WINDOW = 600.0
LOCKDOWN_SECONDS = 3600.0
HABIT_DAYS = 30  # the hours an account works are those it worked in the last 30 days ...
LEARNING_DAYS = 7  # ... once it has a week of history
# A session that owes a step-up and goes on: its requests from this long after it was asked
# (not those already in flight) count, and this many in SEARCH_WINDOW freeze the account.
STEP_UP_GRACE_SECONDS = 5.0
IGNORED_STEP_UPS = 2
THROTTLE_SECONDS = 900.0  # a service token past a step-up level (it has no second factor)
MASS_WINDOW = 1800.0  # the many-accounts correlation looks back this far
# A worker notes an (address, practice) pair in the hour's window at most this often: between,
# a request adds nothing to it (its place in the hour's window is this much older at most),
# and asks Redis nothing for it.
ADDRESS_REMARK_SECONDS = 300.0
# Likewise a patient (or a search) a worker counted for an account is counted again only this
# long after, and never more than half a window of the count later: a record opened several
# times in a consultation counts, and asks Redis, once. A count then misses a patient only
# when its last opening, seen but not counted, falls in the window and its counted one just
# before: a reopened record, never one more patient exposed.
REMARK_SECONDS = 300.0


@dataclass(frozen=True, slots=True)
class Level:
    step_up: int | None
    freeze: int


@dataclass(frozen=True, slots=True)
class RoleLimits:
    burst: Level  # unexplained (or, for look-up roles, all) distinct patients in BURST
    day: Level  # outside their care (look-up roles: all) in a sliding day
    unscheduled_day: Level | None  # clinicians: in-care patients without a visit, in a day
    searches: Level  # distinct search terms in SEARCH_WINDOW
    refusals: Level  # denied or not-found accesses in SEARCH_WINDOW
    break_glass_day: Level | None
    # Outside-care patients in MASS_WINDOW that make an account count toward a mass event.
    elevated: int
    outside_week: Level | None = None  # clinicians: outside their care, listed or opened
    opened_outside_week: Level | None = None  # ... opened (read by id), not just listed


CLINICIAN = RoleLimits(
    burst=Level(None, 15),
    day=Level(12, 24),
    unscheduled_day=Level(60, 90),
    searches=Level(12, 25),
    refusals=Level(6, 12),
    break_glass_day=Level(5, 10),  # a night on call opens up to four
    elevated=3,
    outside_week=Level(30, 45),
    opened_outside_week=Level(5, 10),
)
SECRETARY = RoleLimits(
    burst=Level(None, 30),
    day=Level(400, 600),
    unscheduled_day=None,
    searches=Level(30, 45),
    refusals=Level(6, 12),
    break_glass_day=None,
    elevated=60,
)
SERVICE = RoleLimits(
    burst=Level(20, 40),
    day=Level(150, 300),
    unscheduled_day=None,
    searches=Level(20, 40),
    refusals=Level(6, 12),
    break_glass_day=None,
    elevated=100,
)
# A service token from an address it has not used before reads this much, then is frozen.
SERVICE_NEW_ADDRESS = Level(None, 10)
# During a mass event (several clinician accounts across the store elevated together), an
# account that reaches its ``elevated`` level is frozen.
MASS_EVENT_ACCOUNTS = 5


def limits_for(role: str, credential_kind: str) -> RoleLimits:
    if credential_kind == "service":
        return SERVICE
    if role == "secretary":
        return SECRETARY
    return CLINICIAN
