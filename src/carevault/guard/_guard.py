"""The guard: consulted before every authenticated request, fed each access before its data
leaves, and acting in grades — a step-up, a throttle, a freeze, a practice-wide lockdown —
each with an alert to the practice's DPO that says why in words and numbers."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from carevault.access import Principal, disable_in, revoke_service_token
from carevault.audit import AccessEvent
from carevault.errors import GuardStopError, NotFoundError
from carevault.guard import _limits as limits
from carevault.guard._admin import alert_row
from carevault.guard._alerts import Alert, GuardAction
from carevault.guard._honeytokens import Honeytokens
from carevault.guard._notify import AlertNotifier
from carevault.guard._state import GuardState, Later, Mark, Pending, Reading, hashed_term
from carevault.logs import get_logger
from carevault.store import Store, queries

_security = get_logger("security")
Clock = Callable[[], datetime]

# Bases of a clinician's access (access.policy's Decision.basis) and what they explain.
_CARE_BASES = frozenset({"care_team", "general_practitioner", "registered_by", "encounter"})
_EXPLAINED_BASES = frozenset({"appointment"})
# A break-the-glass grant ("grant:<id>", the opening itself) and what it opens
# ("break-glass:<id>"): explained by the reason given (and counted as grants).
_BREAK_GLASS = ("break-glass", "grant:")
_REFUSED = frozenset({"denied", "failed"})
_STEP_UP_TTL = 8 * 3600.0
_SINCE_TTL = 400 * limits.DAY
_HABIT_TTL = limits.HABIT_DAYS * limits.DAY
_STRIKE_TTL = limits.DAY
_ALERT_REPEAT = limits.HOUR
_OTP_FAILURES_ALERT = 3
_MAX_VISITS_REMEMBERED = 50_000
_MAX_ADDRESSES_NOTED = 100_000
_MAX_COUNTED = 200_000
_MAX_DEVICES_HASHED = 10_000
_MAX_AGENT_REMEMBERED = 256  # characters: a browser's user agent is about 150
_NO_VISIT_REMEMBERED = 60.0
_FOREVER = float("inf")
# Marks not left out once counted: members made for each event (refusals, grants), and the
# address's, which a worker notes apart (_addresses_noted).
_COUNTED_EACH_TIME = frozenset({"refusals", "grants", "address"})
# What the judge reads, from which mark's window (its place in the mark's windows).
_COUNTS = {
    "burst": ("burst", 0),
    "day": ("outside", 0),
    "outside": ("outside", 1),
    "outside_week": ("outside", 2),
    "opened_outside_week": ("opened_outside", 0),
    "unscheduled": ("unscheduled", 0),
    "searches": ("searches", 0),
    "refusals": ("refusals", 0),
    "grants": ("grants", 0),
    "from_new_address": ("new_address", 0),
}
# Login refusals the guard hears of: wrong or missing second factor after the right password;
# a disabled account (dormant accounts are alerted).
_LOGIN_SIGNALS = frozenset({"otp_invalid", "otp_missing", "otp_replayed", "account_disabled"})


@dataclass(frozen=True, slots=True)
class _Who:
    practice_id: str
    account_id: str
    username: str
    role: str


_UNWATCHED_ROLES = frozenset({"practice_admin", "dpo", "patient"})  # they read no patient


@dataclass(frozen=True, slots=True)
class Clearance:
    """What :meth:`Guard.check` learnt of a request that its observation needs."""

    unusual_hour: bool = False
    # Practices whose accounts used the request's address within the hour, this one marked
    # (None: not counted yet, the observation marks it).
    address_practices: int | None = None


@dataclass
class _Seen:
    """One request's patient accesses, sorted by what explains them."""

    all: set[str] = field(default_factory=set)
    outside: set[str] = field(default_factory=set)
    opened_outside: set[str] = field(default_factory=set)  # opened, not just listed
    unscheduled: set[str] = field(default_factory=set)
    opened_decoys: set[str] = field(default_factory=set)
    refusals: int = 0
    grants: int = 0

    @property
    def unexplained(self) -> set[str]:
        return self.outside | self.unscheduled


@dataclass(frozen=True, slots=True)
class _Asked:
    """What a check asked the state: when, under which hour's flag, from where."""

    now: float
    source: str
    hour_key: str
    here: str  # a session's address and device ("" for a token)


class PendingCheck:
    """A check asked of the guard's state, its verdict not yet read. :meth:`clearance`
    reads it once (later calls give the same clearance, or raise the same stop); it must be
    called before any of the request's data leaves, and is, whatever the request's end, by
    whoever began it."""

    def __init__(
        self, guard: Guard, principal: Principal, asked: tuple[_Asked, Pending[Reading]] | None
    ) -> None:
        def verdict() -> Clearance:
            if asked is None:  # an account the guard does not watch
                return Clearance()
            return guard._verdict(principal, asked[0], asked[1].result())

        self._verdict = Later(verdict)

    def clearance(self) -> Clearance:
        return self._verdict.result()


class PendingObservation:
    """A request's accesses counted, their judgement not yet made. :meth:`judged` makes it
    once (later calls raise the same stop, or nothing); it must be called before any of the
    accesses' data leaves, and is, whatever the request's end, by whoever began it."""

    def __init__(self, judge: Callable[[], None] | None) -> None:
        self._judgement = Later(judge) if judge is not None else None

    def judged(self) -> None:
        if self._judgement is not None:
            self._judgement.result()


class Guard:
    def __init__(
        self,
        store: Store,
        state: GuardState,
        clock: Clock,
        *,
        notifier: AlertNotifier,
        honeytokens: Honeytokens,
    ) -> None:
        self._store = store
        self._state = state
        self._clock = clock
        self._notifier = notifier
        self._honeytokens = honeytokens
        self._visits: dict[tuple[str, str, str, date], float] = {}  # -> until when known
        self._addresses_noted: dict[tuple[str, str], float] = {}  # (address, practice) -> when
        self._counted: dict[tuple[str, str], float] = {}  # (mark's key, member) -> when
        self._devices: dict[str, str] = {}  # a user agent -> its keyed hash (as in a place)

    # -- before ----------------------------------------------------------------------------

    def check(self, principal: Principal, source: str, device: str | None = None) -> Clearance:
        """Before a request: refuse it if the credential owes a step-up, the account is
        throttled, or the practice is in lockdown; a session used from a new address or
        device (user agent) asks a step-up. At most one exchange with the guard's state (none
        when its flags are known and its address was noted lately)."""
        return self.begin_check(principal, source, device).clearance()

    def begin_check(
        self, principal: Principal, source: str, device: str | None = None
    ) -> PendingCheck:
        """:meth:`check`, its state asked now and its verdict given by
        :meth:`PendingCheck.clearance`: the request may do its own work in between (nothing
        of it may leave before), while Redis answers."""
        if principal.role in _UNWATCHED_ROLES:
            return PendingCheck(self, principal, None)
        now = self._clock().timestamp()
        cred, account = principal.credential_id, _counted_as(principal)
        session = principal.credential_kind == "session"
        moment = datetime.fromtimestamp(now, UTC)
        asked = _Asked(
            now,
            source,
            hour_key=f"hour:{account}:{moment.hour}",
            here=self._where(source, device) if session else "",
        )
        reading = self._state.send_flags_and_mark(
            [
                f"stepup:{cred}",
                f"throttle:{account}",
                f"lockdown:{principal.practice_id}",
                f"lockok:{cred}",
                f"where:{cred}",
                f"since:{account}",
                asked.hour_key,
            ],
            self._address_marks(principal, source, now),
            now,
            # A session's first request fixes where it is used from, and an account's first
            # one when its habits start being learnt.
            {f"where:{cred}": (asked.here, limits.DAY), f"since:{account}": (repr(now), _SINCE_TTL)}
            if session
            else None,
            # A session's hour joins its account's habits (the run of days it was worked in),
            # unless the request is refused: owing a step-up, throttled, in a lockdown, or
            # used from elsewhere than its session's place.
            days={asked.hour_key: (moment.date().isoformat(), _HABIT_TTL)} if session else None,
            gates={
                f"stepup:{cred}": "live",
                f"throttle:{account}": "live",
                f"lockdown:{principal.practice_id}": "live",
                f"where:{cred}": "default",
            }
            if session
            else None,
        )
        return PendingCheck(self, principal, (asked, reading))

    def _verdict(self, principal: Principal, asked: _Asked, reading: Reading) -> Clearance:
        """What a check's reading of the state says (for :class:`PendingCheck`)."""
        now = asked.now
        flags, counted = reading
        practices = counted[0][0] if counted else None  # None: the observation counts them
        if counted:
            self._address_noted(principal, asked.source, now)
        owed, throttled, lockdown, lock_ok, where, since, hour = flags
        if owed is not None:
            asked_at, _, reason = owed.partition("|")
            self._ignored_step_up(principal, reason, now - float(asked_at))
            raise _step_up(reason)
        if throttled is not None:
            wait = max(1, int(float(throttled) - now))
            raise GuardStopError(
                "this account is slowed down after unusual access: try again later",
                action="throttle",
                retry_after=wait,
            )
        if lockdown is not None and lock_ok is None:
            self._in_lockdown(principal)
        if principal.credential_kind != "session":
            return Clearance(address_practices=practices)
        self._same_place(principal, asked.here, where, now)
        moment = datetime.fromtimestamp(now, UTC)
        unusual = _unusual_hour(moment, since, hour)
        return Clearance(unusual_hour=unusual, address_practices=practices)

    def _address_marks(self, principal: Principal, source: str, now: float) -> list[Mark]:
        """The check's mark of the request's address, unless this worker noted it lately (its
        count is then left to an observation that counts anything)."""
        noted = self._addresses_noted.get((source, principal.practice_id))
        if noted is not None and now - noted < limits.ADDRESS_REMARK_SECONDS:
            return []
        return [_address_mark(principal, source)]

    def _address_noted(self, principal: Principal, source: str, now: float) -> None:
        """The pair's mark was counted (only then: a mark the state never took is not noted)."""
        if len(self._addresses_noted) >= _MAX_ADDRESSES_NOTED:
            self._addresses_noted.clear()  # (as the visits: an address is noted again)
        self._addresses_noted[(source, principal.practice_id)] = now

    def _ask_step_up(self, credential_id: str, reason: str, now: float) -> None:
        self._state.set_flag(f"stepup:{credential_id}", f"{now!r}|{reason}", _STEP_UP_TTL, now)

    def _ignored_step_up(self, principal: Principal, reason: str, since_asked: float) -> None:
        """A person asked for their code stops and enters it (requests already in flight
        arrive within seconds); software riding a stolen session cannot, and keeps asking:
        its second request without the code, seconds after, freezes the account."""
        if since_asked < limits.STEP_UP_GRACE_SECONDS:
            return
        now = self._clock().timestamp()
        cred = principal.credential_id
        ((ignored,),) = self._state.mark(
            [Mark(f"ignored:{cred}", _fresh(1), (limits.SEARCH_WINDOW,))], now
        )
        if ignored >= limits.IGNORED_STEP_UPS:
            self._freeze(
                principal,
                "step-up-ignored",
                f"the session went on {ignored} times without re-entering its second factor "
                f"(asked because: {reason})",
                {"requests": ignored, "freeze_at": limits.IGNORED_STEP_UPS},
            )

    def _where(self, source: str, device: str | None) -> str:
        """A session's place: its address, and its device's user agent by a keyed hash (each
        agent hashed once: a worker's sessions share a few)."""
        agent = device or ""
        hashed = self._devices.get(agent)
        if hashed is None:
            hashed = hashed_term(self._state.term_key(), agent)
            if len(agent) <= _MAX_AGENT_REMEMBERED:  # (any client may send a long one)
                if len(self._devices) >= _MAX_DEVICES_HASHED:
                    self._devices.clear()
                self._devices[agent] = hashed
        return f"{source}|{hashed}"

    def _in_lockdown(self, principal: Principal) -> None:
        message = (
            "the practice is in lockdown after a mass-access event: re-enter your second "
            "factor (POST /auth/step-up) to go on"
        )
        if principal.credential_kind == "service":
            raise GuardStopError(
                "the practice is in lockdown after a mass-access event: integration tokens "
                "are suspended until it ends",
                action="lockdown",
            )
        raise GuardStopError(message, action="lockdown")

    def _same_place(self, principal: Principal, here: str, first: str | None, now: float) -> None:
        """A session stays where it logged in: the first address and device it was used from
        (a stolen token replayed elsewhere must step up). ``first`` as read (None: this request
        is the session's first, and fixed it)."""
        cred = principal.credential_id
        if first is None or first == here:
            return
        same_address = first.split("|", maxsplit=1)[0] == here.split("|", maxsplit=1)[0]
        moved = "device" if same_address else "network address"
        reason = f"the session is used from a new {moved}"
        self._ask_step_up(cred, reason, now)
        kind = "new-address" if moved == "network address" else "new-device"
        self._alert(_who(principal), kind, "step-up", f"{reason}: step-up asked", {})
        raise _step_up(reason)

    def stepped_up(self, principal: Principal, source: str, device: str | None = None) -> None:
        """The second factor was re-entered: the step-up (and a lockdown) is cleared for this
        session, from this address."""
        now = self._clock().timestamp()
        cred = principal.credential_id
        self._state.clear_flag(f"stepup:{cred}")
        self._state.set_flag(f"where:{cred}", self._where(source, device), limits.DAY, now)
        self._state.set_flag(f"lockok:{cred}", "1", limits.LOCKDOWN_SECONDS, now)

    # -- after (before the data leaves) ----------------------------------------------------

    def observe(
        self,
        principal: Principal,
        source: str,
        events: Sequence[AccessEvent],
        *,
        search_terms: str | None = None,
        clearance: Clearance | None = None,
    ) -> None:
        """Count this request's accesses; raise GuardStopError (nothing is sent) if they cross
        a threshold. Called with the access events, before they are recorded, and the
        clearance :meth:`check` gave the request."""
        self.begin_observe(
            principal, source, events, search_terms=search_terms, clearance=clearance
        ).judged()

    def begin_observe(
        self,
        principal: Principal,
        source: str,
        events: Sequence[AccessEvent],
        *,
        search_terms: str | None = None,
        clearance: Clearance | None = None,
    ) -> PendingObservation:
        """:meth:`observe`, the accesses counted now and judged by
        :meth:`PendingObservation.judged`: the request may build its answer in between
        (nothing of it may leave before), while Redis counts. A decoy opened stops the
        request here."""
        if principal.role in _UNWATCHED_ROLES:
            return PendingObservation(None)
        seen = self._sort(principal, events)
        if seen.opened_decoys:
            self._freeze(
                principal,
                "honeytoken",
                "opened a decoy record that no one's work leads to (a honeytoken)",
                {"decoys_opened": len(seen.opened_decoys)},
            )
        now = self._clock().timestamp()
        role_limits = limits.limits_for(principal.role, principal.credential_kind)
        counting = self._count(
            principal, source, seen, search_terms, now, clearance=clearance or Clearance()
        )
        if counting is None:
            return PendingObservation(None)

        def judge() -> None:
            counts, marks = counting.result()
            self._judge(principal, source, role_limits, counts, now)
            # Only a request judged and let through leaves its members out of the next
            # counts: one stopped (or failed) is counted and judged again if it is retried.
            self._note_counted(marks, now)

        return PendingObservation(judge)

    def _sort(self, principal: Principal, events: Sequence[AccessEvent]) -> _Seen:
        seen = _Seen()
        decoys = self._honeytokens.of(principal.practice_id)
        clinician = principal.is_clinician and principal.credential_kind == "session"
        for event in events:
            if event.outcome in _REFUSED:
                seen.refusals += 1
                continue
            if event.action == "break-glass":
                seen.grants += 1
            patient = event.patient_id
            if patient is None:
                continue
            if patient in decoys and not (
                event.action == "search" and event.resource_type == "Patient"
            ):
                seen.opened_decoys.add(patient)
            seen.all.add(patient)
            if clinician:
                self._explain(principal, patient, event.reason or "", seen)
                if patient in seen.outside and event.action != "search":
                    seen.opened_outside.add(patient)
            else:
                seen.outside.add(patient)
        return seen

    def _explain(self, principal: Principal, patient: str, basis: str, seen: _Seen) -> None:
        if basis in _EXPLAINED_BASES or basis.startswith(_BREAK_GLASS):
            return
        if basis not in _CARE_BASES:
            # No care relation: a visit that day would have made one (an appointment, an
            # encounter), so none is looked for.
            seen.outside.add(patient)
            return
        if principal.practitioner_id is not None and self._visited(
            principal.practice_id, principal.practitioner_id, patient
        ):
            return
        seen.unscheduled.add(patient)

    def _visited(self, practice_id: str, practitioner_id: str, patient_id: str) -> bool:
        """An appointment or encounter of the practitioner with the patient today or
        yesterday."""
        moment = self._clock()
        day, now = moment.date(), moment.timestamp()
        key = (practice_id, practitioner_id, patient_id, day)
        known = self._visits.get(key)
        if known is not None and (known == _FOREVER or known > now):
            return known == _FOREVER
        with self._store.transaction() as connection:
            found = queries.has_visit(
                connection,
                practice_id,
                practitioner_id,
                patient_id,
                day_from=day - timedelta(days=1),
                day_to=day,
            )
        if len(self._visits) >= _MAX_VISITS_REMEMBERED:
            self._visits.clear()
        # A visit found stays found that day; none found is asked again a minute later (a
        # booking made meanwhile must count).
        self._visits[key] = _FOREVER if found else now + _NO_VISIT_REMEMBERED
        return found

    def _count(
        self,
        principal: Principal,
        source: str,
        seen: _Seen,
        search_terms: str | None,
        now: float,
        *,
        clearance: Clearance,
    ) -> Pending[tuple[dict[str, int], dict[str, Mark]]] | None:
        """Add this request's accesses to the windows (sent now); the counts of the windows
        it adds to (the ones to judge) and the marks that added to them, read when asked, or
        None when it adds nothing to any: the shared state is not asked, and the request is
        not judged. A window left as it was holds at most the count an earlier request was
        judged on; what that request crossed beyond the one signal it acted on waits for the
        next request that adds to it (a request that adds nothing reads only patients its
        care and visits explain, or ones this worker counted lately)."""
        service = principal.credential_kind == "service"
        if not (
            seen.unexplained
            or seen.refusals
            or seen.grants
            or search_terms
            or (service and seen.all)
        ):
            return None  # (the marks below would all be empty)
        account = _counted_as(principal)
        unexplained, outside = tuple(seen.unexplained), tuple(seen.outside)
        if unexplained and clearance.unusual_hour:
            # Outside the hours this account works, each unexplained patient counts twice.
            unexplained += tuple(f"{patient}@hour" for patient in unexplained)
            outside += tuple(f"{patient}@hour" for patient in outside)
        wanted = [
            ("burst", f"u:{account}", unexplained, (limits.BURST,)),
            ("outside", f"o:{account}", outside, (limits.DAY, limits.MASS_WINDOW, limits.WEEK)),
            ("opened_outside", f"x:{account}", tuple(seen.opened_outside), (limits.WEEK,)),
            ("unscheduled", f"s:{account}", tuple(seen.unscheduled), (limits.DAY,)),
            ("searches", f"q:{account}", self._terms(search_terms), (limits.SEARCH_WINDOW,)),
            ("refusals", f"r:{account}", _fresh(seen.refusals), (limits.SEARCH_WINDOW,)),
            ("grants", f"b:{account}", _fresh(seen.grants), (limits.DAY,)),
        ]
        if service:
            key = f"p:{principal.credential_id}:{source}"
            wanted.append(("new_address", key, tuple(seen.all), (7 * limits.DAY,)))
        # Only windows this request adds to are sent and judged: one it leaves as it was
        # cannot cross a level now (what it crossed before was acted on then), and each
        # window is a sorted set Redis prunes and counts.
        marks: dict[str, Mark] = {}
        for name, key, members, windows in wanted:
            if members and (uncounted := self._uncounted(key, members, windows, now)):
                marks[name] = Mark(key, uncounted, windows)
        if not marks:
            return None
        known_practices = clearance.address_practices
        if known_practices is None:
            marks["address"] = _address_mark(principal, source)
        sent = self._state.send_mark(list(marks.values()), now)

        def counted() -> tuple[dict[str, int], dict[str, Mark]]:
            by_mark = dict(zip(marks, sent.result(), strict=True))
            if "address" in by_mark:
                self._address_noted(principal, source, now)
            counts = {
                count: by_mark[name][window]
                for count, (name, window) in _COUNTS.items()
                if name in by_mark
            }
            counts["address_practices"] = (
                known_practices if known_practices is not None else by_mark["address"][0]
            )
            counts["new"] = len(seen.unexplained)
            counts["new_outside"] = len(seen.outside)
            return counts, marks

        return Later(counted)

    def _uncounted(
        self, key: str, members: tuple[str, ...], windows: tuple[float, ...], now: float
    ) -> tuple[str, ...]:
        """``members`` but those this worker counted under ``key`` lately (see
        limits.REMARK_SECONDS)."""
        within = min(limits.REMARK_SECONDS, min(windows) / 2)
        counted = self._counted
        return tuple(
            member
            for member in members
            if not 0 <= now - counted.get((key, member), -_FOREVER) < within
        )

    def _note_counted(self, marks: dict[str, Mark], now: float) -> None:
        """The members of a request the state counted and the guard let through."""
        if len(self._counted) >= _MAX_COUNTED:
            self._counted.clear()  # (as the visits: a member is counted again)
        for name, mark in marks.items():
            if name not in _COUNTED_EACH_TIME:
                self._counted.update(((mark.key, member), now) for member in mark.members)

    def _terms(self, search_terms: str | None) -> tuple[str, ...]:
        if not search_terms:
            return ()
        return (hashed_term(self._state.term_key(), search_terms),)

    # -- judging ---------------------------------------------------------------------------

    def _judge(
        self,
        principal: Principal,
        source: str,
        role: limits.RoleLimits,
        counts: dict[str, int],
        now: float,
    ) -> None:
        quiet = counts["new"] == 0 and not counts.get("refusals") and not counts.get("grants")
        if quiet and counts.get("searches", 0) < (role.searches.step_up or role.searches.freeze):
            return
        checks = [
            (kind, level, counts[count], what)
            for kind, level, count, what in (
                ("burst", role.burst, "burst", "distinct patients outside a visit in two minutes"),
                ("volume", role.day, "day", "distinct patients outside their care in a day"),
                ("searches", role.searches, "searches", "distinct searches in ten minutes"),
                ("refusals", role.refusals, "refusals", "refused accesses in ten minutes"),
                (
                    "unscheduled",
                    role.unscheduled_day,
                    "unscheduled",
                    "distinct patients of their care opened without a visit in a day",
                ),
                (
                    "weekly-volume",
                    role.outside_week,
                    "outside_week",
                    "distinct patients outside their care in seven days",
                ),
                (
                    "opened-outside",
                    role.opened_outside_week,
                    "opened_outside_week",
                    "records of patients outside their care opened in seven days",
                ),
                (
                    "break-glass",
                    role.break_glass_day,
                    "grants",
                    "break-the-glass openings in a day",
                ),
            )
            if level is not None and count in counts
        ]
        unknown_address = self._correlations(principal, source, role, counts, now)
        step_ups: list[tuple[str, str, dict[str, int]]] = []
        for kind, level, value, what in checks:
            numbers = {"count": value, "freeze_at": level.freeze}
            if value >= level.freeze:
                self._freeze(principal, kind, f"{value} {what} (freeze at {level.freeze})", numbers)
            if level.step_up is not None and value >= level.step_up:
                step_ups.append((kind, f"{value} {what} (step-up at {level.step_up})", numbers))
        if step_ups and unknown_address:  # a token on an address it never used
            kind, message, numbers = step_ups[0]
            self._freeze(principal, kind, f"{message}, from an address it never used", numbers)
        for kind, message, numbers in step_ups:
            self._step_up(principal, kind, message, numbers, now=now)

    def _correlations(
        self,
        principal: Principal,
        source: str,
        role: limits.RoleLimits,
        counts: dict[str, int],
        now: float,
    ) -> bool:
        """Signals across requests and accounts; True if an integration token is reading
        from an address it never used (its step-up levels then freeze)."""
        if principal.credential_kind == "service":
            return self._service_address(principal, source, counts, now)
        if counts["address_practices"] >= 3 and counts["new_outside"] > 0:
            self._freeze(
                principal,
                "shared-address",
                f"one network address used by accounts of {counts['address_practices']} "
                "practices within an hour, reading records outside their care",
                {"practices": counts["address_practices"]},
            )
        if not principal.is_clinician or counts.get("outside", 0) < role.elevated:
            return False
        ((elevated,),) = self._state.mark(
            [Mark("mass", (principal.account_id,), (limits.MASS_WINDOW,))], now
        )
        mass = self._state.flags(["mass-event"], now)[0]
        if elevated >= limits.MASS_EVENT_ACCOUNTS or mass is not None:
            self._state.set_flag("mass-event", str(elevated), limits.LOCKDOWN_SECONDS, now)
            self._lockdown(principal, elevated, now)
        return False

    def _service_address(
        self, principal: Principal, source: str, counts: dict[str, int], now: float
    ) -> bool:
        cred = principal.credential_id
        today = datetime.fromtimestamp(now, UTC).date().isoformat()
        address_key = f"tok-addr:{cred}:{source}"
        used_on, token_used = self._state.flags([address_key, f"tok-used:{cred}"], now)
        if used_on is not None or token_used is None:
            # A known address stays known while used within 30 days; the token's first
            # address is its own.
            if used_on != today:
                self._state.set_flag(address_key, today, limits.HABIT_DAYS * limits.DAY, now)
            if token_used is None:
                self._state.set_flag(f"tok-used:{cred}", "1", 365 * limits.DAY, now)
            return False
        read = counts.get("from_new_address", 0)
        level = limits.SERVICE_NEW_ADDRESS
        if read >= level.freeze:
            self._freeze(
                principal,
                "new-address",
                f"an integration token read {read} distinct patients from a network address "
                f"it had never used (freeze at {level.freeze})",
                {"count": read, "freeze_at": level.freeze},
            )
        if read > 0:
            self._alert(
                _who(principal),
                "new-address",
                "alert",
                "an integration token is reading patient records from a network address it "
                "had never used",
                {"count": read},
            )
        return True

    # -- actions ---------------------------------------------------------------------------

    def _step_up(
        self, principal: Principal, kind: str, message: str, numbers: dict[str, int], *, now: float
    ) -> None:
        """Once a day per signal: the second factor again. Past it, only the freeze level
        acts (an honest user who stepped up is not frozen by the next patient)."""
        strike = f"strike:{_counted_as(principal)}:{kind}"
        if self._state.set_flag(strike, "1", _STRIKE_TTL, now, only_new=True) is not None:
            return
        if principal.credential_kind == "service":  # no second factor: slowed down instead
            self._throttle(principal, kind, message, numbers, now=now)
        self._ask_step_up(principal.credential_id, message, now)
        self._alert(_who(principal), kind, "step-up", message, numbers)
        raise _step_up(message)

    def _throttle(
        self, principal: Principal, kind: str, message: str, numbers: dict[str, int], *, now: float
    ) -> None:
        until = now + limits.THROTTLE_SECONDS
        self._state.set_flag(
            f"throttle:{_counted_as(principal)}", repr(until), limits.THROTTLE_SECONDS, now
        )
        self._alert(_who(principal), kind, "throttle", message, numbers)
        raise GuardStopError(
            "this account is slowed down after unusual access: try again later",
            action="throttle",
            retry_after=int(limits.THROTTLE_SECONDS),
        )

    def _lockdown(self, principal: Principal, elevated: int, now: float) -> None:
        practice = principal.practice_id
        first = self._state.set_flag(
            f"lockdown:{practice}", "1", limits.LOCKDOWN_SECONDS, now, only_new=True
        )
        if first is None:
            self._alert(
                _who(principal),
                "mass-event",
                "lockdown",
                f"{elevated} clinician accounts read records outside their care together "
                "within 30 minutes: practice-wide lockdown (every session must step up)",
                {"accounts": elevated, "minutes": int(limits.LOCKDOWN_SECONDS // 60)},
            )
        self._freeze(
            principal,
            "mass-event",
            "read records outside their care during a mass-access event",
            {"accounts": elevated},
        )

    def _freeze(
        self, principal: Principal, kind: str, message: str, numbers: dict[str, Any]
    ) -> None:
        now = self._clock()
        if principal.credential_kind == "service":
            self._revoke_token(principal, kind, message, numbers)
        with self._store.transaction() as connection:
            disable_in(
                connection, principal.practice_id, principal.account_id, at=now, reason="frozen"
            )
        self._alert(_who(principal), kind, "freeze", message, numbers, repeat=True)
        _security.warning(
            "guard_freeze", practice=principal.practice_id, account=principal.account_id, kind=kind
        )
        raise GuardStopError(
            "this account is frozen after unusual access to patient records; the practice's "
            "DPO has been alerted",
            action="freeze",
        )

    def _revoke_token(
        self, principal: Principal, kind: str, message: str, numbers: dict[str, Any]
    ) -> None:
        """An integration token is revoked, not its account frozen: the account's person is
        not the one misusing it."""
        with suppress(NotFoundError):  # already revoked by a concurrent request
            revoke_service_token(
                self._store, principal.practice_id, principal.credential_id, clock=self._clock
            )
        self._alert(
            _who(principal),
            kind,
            "freeze",
            f"{message}: the integration token is revoked",
            numbers,
            repeat=True,
        )
        _security.warning(
            "guard_token_revoked", practice=principal.practice_id, token=principal.credential_id
        )
        raise GuardStopError(
            "this integration token is revoked after unusual access to patient records; the "
            "practice's DPO has been alerted",
            action="freeze",
        )

    def _alert(
        self,
        who: _Who,
        kind: str,
        action: GuardAction,
        message: str,
        numbers: dict[str, Any],
        *,
        repeat: bool = False,
    ) -> None:
        """Record and send an alert; the same (account, signal, action) at most once an hour
        unless ``repeat``."""
        now = self._clock()
        key = f"alerted:{who.account_id}:{kind}:{action}"
        first = self._state.set_flag(key, "1", _ALERT_REPEAT, now.timestamp(), only_new=True)
        if first is not None and not repeat:
            return
        alert = Alert(
            id=str(uuid.uuid4()),
            practice_id=who.practice_id,
            created_at=now,
            kind=kind,
            action=action,
            message=f"{who.username} ({who.role}): {message}",
            account_id=who.account_id,
            username=who.username,
            numbers=numbers,
        )
        self.record_alert(alert)

    # -- logins ----------------------------------------------------------------------------

    def login_refused(self, username: str, reason: str) -> None:
        """A refused login: a right password without the second factor, again and again, or
        a dormant account's right password and code (told it is disabled, refused), is the
        DPO's to know."""
        if reason not in _LOGIN_SIGNALS:
            return
        with self._store.transaction() as connection:
            account = queries.get_account_for_login(connection, username)
        if account is None:
            return
        who = _Who(account["practice_id"], account["id"], account["username"], account["role"])
        now = self._clock().timestamp()
        if reason == "account_disabled":
            if account["disabled_reason"] == "dormant":
                self._alert(
                    who,
                    "dormant-login",
                    "alert",
                    "someone gave this dormant account's password and second factor (refused: "
                    "disabled, unused too long); if its owner left the practice, they are in "
                    "other hands",
                    {},
                )
            return
        ((failures,),) = self._state.mark(
            [Mark(f"otp-fail:{account['id']}", _fresh(1), (limits.HOUR,))], now
        )
        if failures >= _OTP_FAILURES_ALERT:
            self._alert(
                who,
                "password-only",
                "alert",
                f"the right password was given {failures} times in an hour without a valid "
                "second factor: the password is likely known to someone else; change it (carevault "
                "user reset-password)",
                {"attempts": failures},
            )

    def record_alert(self, alert: Alert) -> None:
        with self._store.transaction() as connection:
            queries.add_guard_alert(connection, alert_row(alert))
        self._notifier.notify(alert)

    def close(self, timeout: float = 5.0) -> None:
        """Deliver what alerts are still queued, within ``timeout`` seconds; let go of the
        state."""
        try:
            self._notifier.close(timeout)
        finally:
            self._state.close()


def _unusual_hour(moment: datetime, since: str | None, hour: str | None) -> bool:
    """Whether a session works at an hour (UTC) its account has not worked in the last 30
    days, once a week of its habits is known. ``since`` and ``hour`` as read before the check
    noted this request (``since`` None: the account's first request; the hour's flag "first
    day|last day" of its run of use, kept while used within 30 days)."""
    today = moment.date().isoformat()
    first = (hour or today).partition("|")[0]
    learned = since is not None and moment.timestamp() - float(since) >= (
        limits.LEARNING_DAYS * limits.DAY
    )
    return learned and first == today


def _who(principal: Principal) -> _Who:
    return _Who(principal.practice_id, principal.account_id, principal.username, principal.role)


def _counted_as(principal: Principal) -> str:
    """Whose counters an access adds to: the account (all its sessions together), or an
    integration token on its own (it is not its account's person)."""
    if principal.credential_kind == "service":
        return f"token-{principal.credential_id}"
    return principal.account_id


def _address_mark(principal: Principal, source: str) -> Mark:
    """The practices whose accounts used this address within the hour (one address shared by
    several practices' accounts is a proxy, or one intruder holding many accounts)."""
    return Mark(f"a:{source}", (principal.practice_id,), (limits.HOUR,))


def _fresh(count: int) -> tuple[str, ...]:
    return tuple(str(uuid.uuid4()) for _ in range(count))


def _step_up(reason: str) -> GuardStopError:
    return GuardStopError(
        f"re-enter your second factor (POST /auth/step-up) to go on: {reason}", action="step-up"
    )
