"""What the API runs on: the store, its keys, the authenticator, the access record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from pydantic import SecretStr
from starlette.requests import Request

from carevault.access import Authenticator, BreakGlass, ExportApprovals
from carevault.api._gate import Gate
from carevault.api._limits import RateLimiter
from carevault.audit import (
    AccessRecorder,
    AuditReader,
    Checkpointer,
    MerkleLog,
    checkpointer_for,
    open_log,
)
from carevault.config import Settings
from carevault.crypto import Keyring
from carevault.errors import ConfigError
from carevault.guard import Guard, GuardState, Honeytokens, MemoryState, RedisState
from carevault.guard._notify import AlertNotifier, notifier_for
from carevault.records import StoreIdentity, Vault, open_vault

Clock = Callable[[], datetime]


@dataclass
class Services:
    settings: Settings
    vault: Vault
    authenticator: Authenticator
    break_glass: BreakGlass
    gate: Gate
    exports: ExportApprovals
    log: MerkleLog
    audit: AuditReader
    checkpointer: Checkpointer | None  # None: checkpoints are someone else's (a benchmark)

    def close(self) -> None:
        if self.gate.guard is not None:
            self.gate.guard.close()
        self.vault.close()


def services_of(request: Request) -> Services:
    """The services the application opened at start-up (its lifespan)."""
    services: Services = request.app.state.services
    return services


def open_services(settings: Settings, clock: Clock) -> Services:
    vault = open_vault(settings, clock=clock)
    try:
        log = store_log(settings, vault, clock)
        services = wire_services(settings, vault, clock, AccessRecorder(vault.store, clock), log)
        services.checkpointer = checkpointer_for(settings, log)
        return services
    except BaseException:
        vault.close()
        raise


def store_log(settings: Settings, vault: Vault, clock: Clock) -> MerkleLog:
    """The store's Merkle access log, signed with the key its provider keeps."""
    store_id = StoreIdentity.read(vault.store).store_id
    if store_id is None:
        raise ConfigError("the store has no id: was `carevault init` interrupted?")
    return open_log(settings, vault.store, vault.provider, store_id, clock)


def guard_for(settings: Settings, vault: Vault, clock: Clock) -> Guard:
    """The guard over this store: its counters in Redis when configured (several workers),
    else in this process; its alerts to the configured e-mail and webhook."""
    state: GuardState
    if settings.guard_redis_url:
        store_id = StoreIdentity.read(vault.store).store_id or "store"
        state = RedisState(settings.guard_redis_url, prefix=f"carevault:guard:{store_id}:")
    else:
        state = MemoryState()
    return Guard(
        vault.store,
        state,
        clock,
        notifier=notifier_of(settings),
        honeytokens=Honeytokens(vault.store),
    )


def notifier_of(settings: Settings) -> AlertNotifier:
    smtp = settings.guard_smtp_host is not None
    return notifier_for(
        smtp_host=settings.guard_smtp_host,
        smtp_port=settings.guard_smtp_port,
        smtp_from=settings.guard_smtp_from if smtp else None,
        alert_emails=settings.guard_alert_emails,
        smtp_starttls=settings.guard_smtp_starttls,
        smtp_username=settings.guard_smtp_username,
        smtp_password=_secret(settings.guard_smtp_password),
        webhook_url=settings.guard_webhook_url,
        webhook_secret=_secret(settings.guard_webhook_secret),
    )


def _secret(value: SecretStr | None) -> str | None:
    return None if value is None else value.get_secret_value()


def wire_services(
    settings: Settings, vault: Vault, clock: Clock, recorder: AccessRecorder, log: MerkleLog
) -> Services:
    def staff_keyring(practice_id: str) -> Keyring:
        return vault.practice(practice_id).keys.staff

    authenticator = Authenticator(vault.store, staff_keyring, settings, clock)
    break_glass = BreakGlass(
        vault.store, staff_keyring, lasts=timedelta(hours=settings.break_glass_hours), clock=clock
    )
    gate = Gate(
        authenticator,
        recorder,
        break_glass,
        encounter_months=settings.care_encounter_months,
        clock=clock,
        limiter=RateLimiter(
            per_second=settings.api_rate_per_second,
            burst=settings.api_rate_burst,
            clock=lambda: clock().timestamp(),  # a simulation's clock moves it too
        ),
        guard=guard_for(settings, vault, clock) if settings.guard_enabled else None,
    )
    exports = ExportApprovals(vault.store, clock)
    audit = AuditReader(vault.store)
    return Services(settings, vault, authenticator, break_glass, gate, exports, log, audit, None)
