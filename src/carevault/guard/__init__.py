"""guard: watches the access stream; steps up, throttles, freezes and locks down; raises
alerts to the practice's DPO; honeytoken records.

Consulted before every authenticated request (:meth:`Guard.check`) and fed each request's
accesses before their data leaves (:meth:`Guard.observe`). Its counters live in process
(:class:`MemoryState`, one worker) or in Redis (:class:`RedisState`, several workers); it
decides the same either way, and fails closed (503) when its state is unreachable.
"""

from carevault.guard._admin import (
    MAX_ALERTS,
    FrozenAccount,
    frozen_accounts,
    list_alerts,
    parse_since,
    unfreeze,
)
from carevault.guard._alerts import Alert, GuardAction
from carevault.guard._guard import Clearance, Guard, PendingCheck, PendingObservation
from carevault.guard._honeytokens import COMMON_SURNAMES, Honeytokens, plant_honeytokens
from carevault.guard._state import GuardState, MemoryState, RedisState

__all__ = [
    "COMMON_SURNAMES",
    "MAX_ALERTS",
    "Alert",
    "Clearance",
    "FrozenAccount",
    "Guard",
    "GuardAction",
    "GuardState",
    "Honeytokens",
    "MemoryState",
    "PendingCheck",
    "PendingObservation",
    "RedisState",
    "frozen_accounts",
    "list_alerts",
    "parse_since",
    "plant_honeytokens",
    "unfreeze",
]
