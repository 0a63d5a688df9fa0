"""What the API runs on: the store, its keys, the authenticator, the access record."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

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
            clock=time.monotonic,
        ),
    )
    exports = ExportApprovals(vault.store, clock)
    audit = AuditReader(vault.store)
    return Services(settings, vault, authenticator, break_glass, gate, exports, log, audit, None)
