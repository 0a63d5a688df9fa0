"""The one exception tree of carevault.

    CarevaultError
    ├── ConfigError                 settings missing or contradictory
    ├── InputError                  bad input from a user or a file; names the problem
    │   ├── InvalidIdentifierError  a NIR/INS that fails its format or control key
    │   ├── FHIRFormatError         JSON or FHIR structure that does not validate
    │   └── SensitiveContentError   sensitive content in an administrative field (HTTP 422)
    ├── CryptoError                 raised only by carevault.crypto
    │   ├── DecryptionError         a ciphertext that does not open (moved, altered, wrong key)
    │   ├── KeyProviderError        key file or HSM unusable (missing, wrong passphrase, ...)
    │   └── KeyDestroyedError       the data key was shredded: the record is erased
    ├── StoreError                  raised only by carevault.store (database unusable)
    │   ├── NotFoundError           no such record in this practice
    │   └── ConflictError           a unique or version constraint was violated
    ├── AuditIntegrityError         the audit log does not verify: an entry or tile altered
    ├── WorkerError                 a worker process died (import); run the work again
    └── AccessDeniedError           authentication or authorization refused
        ├── AuthenticationError     who you are is not established (HTTP 401)
        │   ├── LoginThrottledError too many failed logins; retry later (HTTP 429)
        │   └── AccountLockedError  locked after repeated failures, or disabled (HTTP 423/401)
        ├── ForbiddenError          the policy refused this principal this access (HTTP 403)
        └── GuardStopError          the guard stopped the request: step-up (401), throttle
            │                       (429), freeze or lockdown (403)
            └── GuardUnavailableError  the guard's state is unreachable: fail closed (503)

Foreign errors (SQLAlchemy, psycopg, PKCS#11, pydantic) are mapped to these at the
boundary of the package that calls the foreign library, with ``raise ... from exc``.
Messages never carry personal data: they name fields, lines and ids, never values.
"""

from __future__ import annotations


class CarevaultError(Exception):
    """Base of every error carevault raises on purpose."""


class ConfigError(CarevaultError):
    """Settings are missing, malformed or contradictory."""


class InputError(CarevaultError):
    """Input that carevault refuses; the message names what is wrong."""


class InvalidIdentifierError(InputError):
    """A French NIR/INS with a bad format or control key."""


class FHIRFormatError(InputError):
    """Malformed JSON or a FHIR resource that does not validate."""


class SensitiveContentError(InputError):
    """An administrative field (read by the practice's staff) holds sensitive content: the
    message names the field and the categories, never the words."""


class AuditIntegrityError(CarevaultError):
    """The audit log does not verify; the message names the first entry, tile or checkpoint
    that broke."""


class CryptoError(CarevaultError):
    """Base for errors raised by carevault.crypto."""


class DecryptionError(CryptoError):
    """A ciphertext failed to open. Deliberately uniform: moved, altered or wrong key."""


class KeyProviderError(CryptoError):
    """The key provider cannot give a key: missing file, wrong passphrase, HSM failure."""


class KeyDestroyedError(CryptoError):
    """The data key was destroyed (crypto-shredding); the data is gone for good."""


class StoreError(CarevaultError):
    """The database refused or failed an operation."""


class NotFoundError(StoreError):
    """No such record in this practice."""


class ConflictError(StoreError):
    """A uniqueness or version constraint was violated."""


class WorkerError(CarevaultError):
    """A worker process died (killed, out of memory); what was committed is kept."""


class AccessDeniedError(CarevaultError):
    """Authentication failed or the policy refused the access."""


class AuthenticationError(AccessDeniedError):
    """No, or no valid, credential: missing, malformed, expired, revoked, wrong password or
    code. Deliberately uniform towards the client: ``reason`` is for the access record."""

    def __init__(self, message: str = "authentication required", *, reason: str = "invalid"):
        super().__init__(message)
        self.reason = reason


class LoginThrottledError(AuthenticationError):
    """Too many failed logins from this account or address: wait ``retry_after`` seconds."""

    def __init__(self, message: str, *, retry_after: int, reason: str = "throttled"):
        super().__init__(message, reason=reason)
        self.retry_after = retry_after


class AccountLockedError(AuthenticationError):
    """The account is locked (repeated failures) until an admin unlocks it, or ``retry_after``."""

    def __init__(self, message: str, *, retry_after: int | None = None, reason: str = "locked"):
        super().__init__(message, reason=reason)
        self.retry_after = retry_after


class ForbiddenError(AccessDeniedError):
    """The authorization policy refused the access; ``rule`` names the check that refused."""

    def __init__(self, message: str, *, rule: str):
        super().__init__(message)
        self.rule = rule


class GuardStopError(AccessDeniedError):
    """The guard stopped this request. ``action``: step-up (re-enter the second factor),
    throttle (retry after ``retry_after`` seconds), freeze (the account is frozen, its tokens
    revoked), lockdown (the practice is in lockdown: step up to go on)."""

    def __init__(self, message: str, *, action: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.action = action
        self.retry_after = retry_after


class GuardUnavailableError(GuardStopError):
    """The guard cannot read or write its state: patient data is not served (fail closed)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, action="unavailable", retry_after=5)
