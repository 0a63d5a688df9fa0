"""The path of one access, in order: who is asking, may they, and the record of it.

request -> authenticate (token -> principal) -> the guard's check is asked -> policy decides
-> the guard's verdict -> its count of the access is asked (a read: before the record is
read; a search: once its hits are) -> the answer is built -> the guard's judgement of the
count -> the access is recorded -> the answer leaves. The guard's state answers (from Redis,
with several workers) while the store works; its stop wins over anything else the request
would have answered, and nothing of a stopped request leaves. Fail closed: if the record
cannot be written, the request fails and nothing is sent. A read's record is committed with
those of the reads in flight beside it (Gate.released_together), after its data is read and
before its answer leaves (DESIGN.md put the record before the read; what it guards, that no
data leaves unrecorded, holds either way, and one commit per batch cuts its cost by a third).
A write's record commits in the write's own transaction. Denied attempts are recorded too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sqlalchemy import Connection
from starlette.requests import Request

from carevault.access import Authenticator, BreakGlass, Principal
from carevault.access.policy import AccessRequest, Action, Decision, decide
from carevault.api._group_commit import GroupCommit
from carevault.api._http import client_address, header_text
from carevault.api._limits import RateLimiter
from carevault.audit import AccessEvent, AccessRecorder
from carevault.errors import (
    AccessDeniedError,
    AuthenticationError,
    ForbiddenError,
    GuardStopError,
    InputError,
    NotFoundError,
)
from carevault.guard import Clearance, Guard, PendingCheck, PendingObservation
from carevault.logs import get_logger
from carevault.records import PracticeRecords, WriteHook

BREAK_GLASS_HEADER = "x-break-glass-reason"
# A request that ends in one of these was refused, not broken: what it recorded stays.
REFUSALS = (AccessDeniedError, NotFoundError, InputError)
_security = get_logger("security")


@dataclass
class _Released:
    """What a request released inside Gate.released_together, waiting for its end: the
    accesses, to be recorded, and the guard's judgements of them, each with its accesses."""

    events: list[AccessEvent] = field(default_factory=list)
    judgements: list[tuple[tuple[AccessEvent, ...], PendingObservation]] = field(
        default_factory=list
    )
    # the accesses the guard counted, by id (each kept: an id is never another's meanwhile)
    counted: dict[int, AccessEvent] = field(default_factory=dict)


_HELD: ContextVar[_Released | None] = ContextVar("carevault-held-accesses", default=None)


@dataclass(frozen=True)
class Caller:
    """An authenticated request: the principal, and where it came from."""

    principal: Principal
    source: str
    user_agent: str | None
    check: PendingCheck | None = None  # the guard's check of the request (None: no guard)

    def cleared(self) -> Clearance | None:
        """What the guard's check learnt of the request; raises its stop. The first call
        reads its verdict."""
        return self.check.clearance() if self.check is not None else None

    def event(
        self,
        action: str,
        *,
        outcome: str = "allowed",
        resource_type: str | None = None,
        resource_id: str | None = None,
        patient_id: str | None = None,
        reason: str | None = None,
        detail: str | None = None,
    ) -> AccessEvent:
        return AccessEvent(
            practice_id=self.principal.practice_id,
            actor=self.principal.actor,
            action=action,
            outcome=outcome,
            resource_type=resource_type,
            resource_id=resource_id,
            patient_id=patient_id,
            reason=reason,
            detail=detail,
            credential_id=self.principal.credential_id,
            source=self.source,
            user_agent=self.user_agent,
        )


class _Facts:
    """The policy's CareFacts for one practice, answered from the store."""

    def __init__(
        self, records: PracticeRecords, break_glass: BreakGlass, encounter_since: date
    ) -> None:
        self._records = records
        self._break_glass = break_glass
        self._since = encounter_since

    def care_relation(self, practitioner_id: str, patient_id: str) -> str | None:
        return self._records.care_relation(practitioner_id, patient_id, encounter_since=self._since)

    def break_glass_grant(self, account_id: str, patient_id: str) -> str | None:
        return self._break_glass.live_grant(self._records.practice_id, account_id, patient_id)


class Gate:
    def __init__(
        self,
        authenticator: Authenticator,
        recorder: AccessRecorder,
        break_glass: BreakGlass,
        *,
        encounter_months: int,
        clock: Callable[[], datetime],
        limiter: RateLimiter,
        guard: Guard | None,
    ) -> None:
        self._clock = clock
        self._guard = guard
        self._limiter = limiter
        self._authenticator = authenticator
        self._recorder = recorder
        self._group = GroupCommit(recorder)
        self._break_glass = break_glass
        self._encounter_days = round(encounter_months * 30.44)

    @property
    def guard(self) -> Guard | None:
        return self._guard

    def caller(self, request: Request) -> Caller:
        """The authenticated caller, or AuthenticationError (logged without the token), once
        the guard cleared it (or GuardStopError)."""
        caller = self._checked(request)
        caller.cleared()
        return caller

    @contextmanager
    def caller_checked_meanwhile(self, request: Request) -> Iterator[Caller]:
        """The authenticated caller, the guard's check under way: its verdict is read before
        the policy's refusal or any other is recorded, and before accesses are released
        (:meth:`release`), so that Redis answers while the store works. Whatever ends the
        block, the verdict is read: a stop then wins over any other end, as when the check
        came first."""
        caller = self._checked(request)
        try:
            yield caller
        finally:
            caller.cleared()

    def _checked(self, request: Request) -> Caller:
        source = client_address(request)
        try:
            principal = self._authenticator.authenticate(bearer_token(request))
        except AuthenticationError as exc:
            _security.info("authentication_refused", reason=exc.reason, source=source)
            raise
        self._limiter.take(principal.credential_id)
        device = header_text(request, "user-agent")
        check = self._guard.begin_check(principal, source, device) if self._guard else None
        return Caller(principal, source, device, check)

    def decide(
        self,
        caller: Caller,
        records: PracticeRecords,
        action: Action,
        resource_type: str,
        patient_id: str | None,
        *,
        request: Request | None = None,
        resource_id: str | None = None,
    ) -> Decision:
        """The policy's decision; a refusal is recorded before it is raised. With a
        break-the-glass reason on the request, a refusal for want of a care relation opens
        a grant (recorded) and the policy is asked again."""
        asked = AccessRequest(action, resource_type, caller.principal.practice_id, patient_id)
        facts = self._facts(records)
        reason = header_text(request, BREAK_GLASS_HEADER) if request is not None else None
        try:
            decision = decide(caller.principal, asked, facts)
        except ForbiddenError as refused:  # (both ways read the guard's verdict first)
            if refused.rule == "care-relation" and reason is not None and patient_id is not None:
                self._open_grant(caller, patient_id, reason)
                return decide(caller.principal, asked, facts)
            self.refused(
                caller,
                caller.event(
                    action,
                    outcome="denied",
                    resource_type=resource_type,
                    resource_id=resource_id,
                    patient_id=patient_id,
                    reason=f"rule:{refused.rule}",
                ),
            )
            raise
        if decision.basis == "registration" and reason is not None and patient_id is not None:
            # Outside the care relation, the header opens the whole Patient, not identity only.
            self._open_grant(caller, patient_id, reason)
            return decide(caller.principal, asked, facts)
        return decision

    def _open_grant(self, caller: Caller, patient_id: str, reason: str) -> None:
        caller.cleared()  # a stopped request opens no grant
        try:
            grant = self._break_glass.grant(caller.principal, patient_id, reason)
        except (ForbiddenError, InputError) as refused:
            self.record(
                caller.event(
                    "break-glass",
                    outcome="denied",
                    resource_type="Patient",
                    resource_id=patient_id,
                    patient_id=patient_id,
                    reason=f"rule:{getattr(refused, 'rule', 'reason')}",
                )
            )
            raise
        opened = caller.event(
            "break-glass",
            resource_type="Patient",
            resource_id=patient_id,
            patient_id=patient_id,
            reason=f"grant:{grant.id}",
        )
        self.screen(caller, opened)
        self.record(opened)  # now, in the transaction that writes the grant: both or neither
        _security.warning(
            "break_glass",
            practice=caller.principal.practice_id,
            grant=grant.id,
            account=caller.principal.account_id,
            patient=patient_id,
        )

    def record(self, *events: AccessEvent) -> None:
        """Append to the access record; raises (so nothing is sent) if it cannot."""
        self._recorder.record(*events)

    def release(
        self, caller: Caller, *events: AccessEvent, search_terms: str | None = None
    ) -> None:
        """Let these accesses' data leave: the guard counts them first (and may stop the
        request: then they are recorded as denied, and nothing is sent), then they are
        recorded, now or, inside :meth:`released_together`, at its end. Inside it, the guard
        judges them at the end too, before the record: the answer is built while Redis
        counts."""
        held = _HELD.get()
        if held is None:
            self.screen(caller, *events, search_terms=search_terms)
            self.record(*events)
            return
        if not all(held.counted.get(id(event)) is event for event in events):
            self._count_held(held, caller, events, search_terms)
        held.events.extend(events)

    def count(self, caller: Caller, *events: AccessEvent) -> None:
        """Inside :meth:`released_together`: have the guard count these accesses now, before
        their data is read (Redis counts while the store reads), and judge them at the end;
        :meth:`release` then lets them leave without counting them again."""
        held = _HELD.get()
        if held is None:
            raise RuntimeError("Gate.count is for accesses released together")
        self._count_held(held, caller, events, None)

    def _count_held(
        self,
        held: _Released,
        caller: Caller,
        events: tuple[AccessEvent, ...],
        search_terms: str | None,
    ) -> None:
        judgement = self._begin_screen(caller, events, search_terms)
        held.counted.update((id(event), event) for event in events)
        if judgement is not None:
            held.judgements.append((events, judgement))

    @asynccontextmanager
    async def released_together(self) -> AsyncIterator[None]:
        """Hold the accesses released inside until the end, have the guard judge them, then
        commit them with those of the other requests in flight (a group commit) before the
        answer leaves: the caller builds its answer inside and returns it after. Ended by
        one of REFUSALS, what was released is committed too and the refusal raised; by any
        other error, nothing was sent, and nothing released is recorded (as a rolled-back
        transaction). A stop of the guard wins over any other end: the accesses it stopped
        are recorded as denied."""
        held = _Released()
        token = _HELD.set(held)
        try:
            try:
                yield
            except BaseException as ended:
                stop = self._judge_released(held)
                if isinstance(ended, REFUSALS):
                    await self._group.commit(held.events)
                if stop is not None and _stop_wins_over(ended):
                    raise stop from None
                raise
            stop = self._judge_released(held)
            await self._group.commit(held.events)
            if stop is not None:
                raise stop
        finally:
            _HELD.reset(token)

    def _judge_released(self, held: _Released) -> GuardStopError | None:
        """The guard's judgement of every access released (each is read, whatever the
        others'); the first stop, its accesses recorded as denied and taken out of the held
        ones. Any other failure is raised once every judgement was read."""
        stops: list[tuple[tuple[AccessEvent, ...], GuardStopError]] = []
        failure: Exception | None = None
        for events, judgement in held.judgements:
            try:
                judgement.judged()
            except GuardStopError as stopped:
                stops.append((events, stopped))
            except Exception as exc:  # (read the rest first: each must be)
                failure = failure or exc
        held.judgements.clear()
        if failure is not None:
            raise failure
        for events, stop in stops:
            taken = {id(event) for event in events}
            held.events = [event for event in held.events if id(event) not in taken]
            self.record(*(_stopped(event, stop.action) for event in events))
        return stops[0][1] if stops else None

    def screen(self, caller: Caller, *events: AccessEvent, search_terms: str | None = None) -> None:
        """The guard's judgement of these accesses, before they happen (writes call it before
        writing). A stop is recorded, as denied, then raised."""
        judgement = self._begin_screen(caller, events, search_terms)
        if judgement is None:
            return
        try:
            judgement.judged()
        except GuardStopError as stopped:
            self.record(*(_stopped(event, stopped.action) for event in events))
            raise

    def _begin_screen(
        self, caller: Caller, events: tuple[AccessEvent, ...], search_terms: str | None
    ) -> PendingObservation | None:
        """The guard's count of these accesses, sent; None without a guard. A stop raised at
        once (the check's, unrecorded as when it came first; a decoy's, recorded)."""
        if self._guard is None:
            return None
        clearance = caller.cleared()  # a check's stop is raised unrecorded, as when it came first
        try:
            return self._guard.begin_observe(
                caller.principal,
                caller.source,
                events,
                search_terms=search_terms,
                clearance=clearance,
            )
        except GuardStopError as stopped:
            self.record(*(_stopped(event, stopped.action) for event in events))
            raise

    def refused(self, caller: Caller, event: AccessEvent) -> None:
        """Record a refused access; the guard counts refusals (a burst of them freezes)."""
        caller.cleared()  # the guard's stop, if any, comes first
        self.record(event)
        if self._guard is not None:
            self._guard.observe(
                caller.principal, caller.source, [event], clearance=caller.cleared()
            )

    def record_write(self, event_for: Callable[[str], AccessEvent]) -> WriteHook:
        """A hook that puts a write on the access record in the write's own transaction:
        both land, or neither."""

        def hook(connection: Connection, resource_id: str) -> None:
            self._recorder.record_in(connection, [event_for(resource_id)])

        return hook

    def today(self) -> date:
        return self._clock().date()

    def _facts(self, records: PracticeRecords) -> _Facts:
        since = self._clock().date() - timedelta(days=self._encounter_days)
        return _Facts(records, self._break_glass, since)


def _stop_wins_over(ended: BaseException) -> bool:
    """Whether the guard's stop is raised instead of what ended a request: any error but a
    stop of its own (the first stands) or a cancellation (not an error)."""
    return isinstance(ended, Exception) and not isinstance(ended, GuardStopError)


def _stopped(event: AccessEvent, action: str) -> AccessEvent:
    return replace(event, outcome="denied", reason=f"guard:{action}")


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization")
    if header is None:
        raise AuthenticationError("authentication required: send a Bearer token", reason="missing")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthenticationError(
            "the Authorization header must be 'Bearer <token>'", reason="malformed"
        )
    return token.strip()
