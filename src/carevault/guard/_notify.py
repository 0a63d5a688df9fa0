"""Telling the practice's DPO what the guard did: e-mail through a relay, a signed webhook.

Two layers:

    AlertNotifier      what the guard holds: ``notify(alert)`` queues and returns at once;
    │                  it never blocks the request path and never raises into it.
    ├── BackgroundNotifier   one daemon thread per channel, a bounded queue, retries
    └── NoOpNotifier         no channel configured (the embedded default)

    AlertChannel       one way out: ``deliver(alert)`` blocks, and raises AlertDeliveryError
    ├── EmailNotifier        SMTP through the configured relay (STARTTLS, optional login)
    └── WebhookNotifier      POST of the alert's JSON, signed with HMAC-SHA256

A channel is never handed to the guard directly: it has no ``notify``, so mypy refuses it
where an AlertNotifier is expected. :func:`notifier_for` builds the right one from settings.

An alert names staff (an account's username), never a patient; nothing here adds one. Delivery
failures are logged with the alert's id, kind and action and the error's type, never the
alert's message nor the foreign error's text (which may echo addresses or server replies).
"""

from __future__ import annotations

import hashlib
import hmac
import smtplib
import ssl
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx2
import orjson

from carevault.errors import CarevaultError, ConfigError
from carevault.guard._alerts import Alert, GuardAction
from carevault.logs import get_logger

_log = get_logger("guard")

DEFAULT_QUEUE_SIZE = 10_000
WEBHOOK_TIMEOUT_SECONDS = 5.0
SIGNATURE_HEADER = "X-Carevault-Signature"
ALERT_ID_HEADER = "X-Carevault-Alert"
_MAX_BACKOFF_SECONDS = 60.0


class AlertDeliveryError(CarevaultError):
    """A channel could not deliver an alert. ``reason`` is the foreign error's type name (or
    ``HTTP <status>``): safe to log, it carries no message text."""

    def __init__(self, channel: str, reason: str) -> None:
        super().__init__(f"{channel} delivery failed: {reason}")
        self.channel = channel
        self.reason = reason


class AlertNotifier(Protocol):
    """What the guard calls: returns at once, never raises."""

    def notify(self, alert: Alert) -> None: ...

    def close(self, timeout: float = 5.0) -> None: ...


class AlertChannel(Protocol):
    """One way to reach the DPO: blocks until delivered, raises AlertDeliveryError if not."""

    name: str

    def deliver(self, alert: Alert) -> None: ...


# -- the e-mail ---------------------------------------------------------------------------

_ACTION_DONE: dict[GuardAction, str] = {
    "alert": "unusual activity",
    "step-up": "second factor required",
    "throttle": "account throttled",
    "freeze": "account frozen",
    "lockdown": "practice locked down",
}

_NO_PATIENT_NOTE = (
    "This message names no patient: patients appear in it, if at all, as counts. "
    "Every access the account made is on the practice's audit log."
)


def _one_line(text: str) -> str:
    """``text`` with control characters (CR, LF, ...) turned into spaces: safe in a header."""
    return "".join(" " if ord(char) < 32 or ord(char) == 127 else char for char in text)


def _who(alert: Alert) -> str:
    return alert.username or alert.account_id or f"practice {alert.practice_id}"


def alert_subject(alert: Alert) -> str:
    """E.g. ``[carevault] CRITICAL account frozen: dr.martin (honeytoken)``."""
    done = _ACTION_DONE[alert.action]
    return _one_line(f"[carevault] {alert.severity.upper()} {done}: {_who(alert)} ({alert.kind})")


def _format_number(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def _numbers_table(numbers: dict[str, Any]) -> list[str]:
    if not numbers:
        return ["  (none)"]
    width = max(len(name) for name in numbers)
    return [f"  {name.ljust(width)}  {_format_number(value)}" for name, value in numbers.items()]


def _when(moment: datetime) -> str:
    if moment.tzinfo is None:
        return moment.isoformat(sep=" ", timespec="seconds")
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _next_steps(alert: Alert) -> list[str]:
    """One paragraph a line (the reader's mail program wraps them), commands indented."""
    practice = alert.practice_id
    review = f"  carevault guard alerts --practice {practice}"
    if alert.action == "freeze":
        user = alert.username or "USERNAME"
        return [
            f"Every session and token of {user} is revoked. Call them (by telephone, not by "
            "replying to an e-mail) and ask whether they did this.",
            "If not, their password and second factor are in someone else's hands: keep the "
            "account frozen, reset both, and open an incident.",
            "If it was their own legitimate work, lift the freeze with a reason (it is recorded "
            "on the audit log):",
            f'  carevault guard unfreeze --practice {practice} --username {user} --reason "..."',
        ]
    if alert.action == "lockdown":
        return [
            "Reading patient data is stopped for the whole practice. See which accounts the "
            "guard acted on, and their alerts:",
            f"  carevault guard status --practice {practice}",
            review,
        ]
    return [
        "The guard has acted on its own; nothing more is needed unless the account's owner "
        "did not do this. Review the account's alerts:",
        review,
    ]


def alert_body(alert: Alert) -> str:
    """The e-mail's text: why in words, the numbers, when, what to do next."""
    lines = [
        alert.message,
        "",
        f"Account:  {_who(alert)}" + (f" (id {alert.account_id})" if alert.account_id else ""),
        f"Practice: {alert.practice_id}",
        f"Action:   {alert.action} ({alert.severity})",
        f"Signal:   {alert.kind}",
        f"When:     {_when(alert.created_at)}",
        f"Alert id: {alert.id}",
        "",
        "The numbers:",
        *_numbers_table(alert.numbers),
        "",
        "What to do next:",
        *_next_steps(alert),
        "",
        _NO_PATIENT_NOTE,
    ]
    return "\n".join(lines) + "\n"


def _domain_of(address: str) -> str:
    return address.rpartition("@")[2] or "carevault.invalid"


class EmailNotifier:
    """Sends each alert as a plain-text e-mail through an SMTP relay.

    A password is only ever sent over STARTTLS: a login without it is refused here, when the
    settings are read, rather than sent in the clear."""

    name = "email"

    def __init__(
        self,
        host: str,
        port: int,
        sender: str,
        recipients: Sequence[str],
        *,
        starttls: bool = False,
        username: str | None = None,
        password: str | None = None,
        timeout: float = 10,
    ) -> None:
        _check_addresses(sender, recipients)
        if (username is None) != (password is None):
            raise ConfigError("the SMTP relay needs both a username and a password, or neither")
        if password is not None and not starttls:
            raise ConfigError("an SMTP password is only sent over STARTTLS: enable STARTTLS")
        if not 0 < port < 65536:
            raise ConfigError(f"SMTP port {port} is not a TCP port")
        self.host, self.port, self.timeout = host, port, timeout
        self.sender, self.recipients = sender, tuple(recipients)
        self._starttls, self._username, self._password = starttls, username, password

    def message_for(self, alert: Alert) -> EmailMessage:
        message = EmailMessage()
        message["Subject"] = alert_subject(alert)
        message["From"] = self.sender
        message["To"] = ", ".join(self.recipients)
        message["Date"] = formatdate(usegmt=True)
        message["Message-ID"] = make_msgid(domain=_domain_of(self.sender))
        message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies
        message[ALERT_ID_HEADER] = _one_line(alert.id)
        message.set_content(alert_body(alert))
        return message

    def deliver(self, alert: Alert) -> None:
        message = self.message_for(alert)
        try:
            self._send(message)
        except (smtplib.SMTPException, OSError) as exc:
            raise AlertDeliveryError(self.name, type(exc).__name__) from exc

    def _send(self, message: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
            if self._starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self._username is not None and self._password is not None:
                smtp.login(self._username, self._password)
            smtp.send_message(message, from_addr=self.sender, to_addrs=list(self.recipients))


def _check_addresses(sender: str, recipients: Sequence[str]) -> None:
    if isinstance(recipients, str):
        raise ConfigError("alert recipients must be a list of addresses, not one string")
    if not recipients:
        raise ConfigError("an alert e-mail needs at least one recipient")
    for address in (sender, *recipients):
        if "@" not in address or _one_line(address) != address:
            raise ConfigError("an alert e-mail address is malformed (it needs an @, one line)")


# -- the webhook --------------------------------------------------------------------------


def webhook_signature(body: bytes, secret: str) -> str:
    """The ``X-Carevault-Signature`` value: ``sha256=`` and the hex HMAC-SHA256 of ``body``.

    A receiver recomputes it over the raw body and compares with ``hmac.compare_digest``; the
    body holds the alert's id and time, so a replayed delivery is recognisable."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def webhook_body(alert: Alert) -> bytes:
    return orjson.dumps(alert.as_dict(), option=orjson.OPT_SORT_KEYS, default=str)


class WebhookNotifier:
    """POSTs each alert's JSON to ``url``, signed with ``secret``; any non-2xx is a failure."""

    name = "webhook"

    def __init__(self, url: str, secret: str, *, timeout: float = WEBHOOK_TIMEOUT_SECONDS) -> None:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ConfigError("the alert webhook URL must be an http:// or https:// URL")
        if not secret:
            raise ConfigError("the alert webhook needs a secret to sign its deliveries")
        self.url, self.timeout = url, timeout
        self._secret = secret

    def deliver(self, alert: Alert) -> None:
        body = webhook_body(alert)
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "carevault-guard",
            SIGNATURE_HEADER: webhook_signature(body, self._secret),
            ALERT_ID_HEADER: _one_line(alert.id),
        }
        try:
            response = httpx2.post(self.url, content=body, headers=headers, timeout=self.timeout)
        except httpx2.HTTPError as exc:
            raise AlertDeliveryError(self.name, type(exc).__name__) from exc
        if not response.is_success:
            raise AlertDeliveryError(self.name, f"HTTP {response.status_code}")


# -- in the background ---------------------------------------------------------------------


def _alert_fields(alert: Alert) -> dict[str, str]:
    """What a log line may say about an alert: never its message nor its numbers."""
    return {"alert_id": alert.id, "kind": alert.kind, "action": alert.action}


def _reason(exc: Exception) -> str:
    return exc.reason if isinstance(exc, AlertDeliveryError) else type(exc).__name__


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int
    backoff_seconds: float

    def delay_after(self, attempt: int) -> float:
        """Seconds to wait after failed attempt ``attempt`` (1-based): doubling, capped."""
        return min(self.backoff_seconds * 2.0 ** (attempt - 1), _MAX_BACKOFF_SECONDS)


class _ChannelWorker:
    """One channel's queue and daemon thread: a slow or dead channel delays no other."""

    def __init__(self, channel: AlertChannel, retry: RetryPolicy, max_queue: int) -> None:
        self.channel = channel
        self._retry = retry
        self._queue: deque[Alert] = deque()
        self._max_queue = max_queue
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None
        self._deadline: float | None = None  # set by close: monotonic time to give up at
        self._in_flight: Alert | None = None

    def submit(self, alert: Alert) -> None:
        with self._changed:
            if self._deadline is not None:
                self._log_dropped(alert, "closed")
                return
            if len(self._queue) >= self._max_queue:
                self._log_dropped(self._queue.popleft(), "queue_full")
            self._queue.append(alert)
            self._start_once()
            self._changed.notify()

    def _start_once(self) -> None:
        if self._thread is None:
            name = f"carevault-guard-{self.channel.name}"
            self._thread = threading.Thread(target=self._run, name=name, daemon=True)
            self._thread.start()

    def begin_close(self, deadline: float) -> None:
        with self._changed:
            self._deadline = deadline
            self._changed.notify_all()

    def join(self, deadline: float) -> None:
        if self._thread is not None:
            self._thread.join(max(0.0, deadline - time.monotonic()))
        with self._changed:
            if self._in_flight is not None:  # still being sent when the time ran out
                self._log_undelivered(self._in_flight, 0, "shutdown")
                self._in_flight = None  # reported: the worker, if it wakes, stays quiet
            while self._queue:
                self._log_undelivered(self._queue.popleft(), 0, "shutdown")

    def _run(self) -> None:
        while (alert := self._next()) is not None:
            if self._past_deadline():
                self._log_undelivered(alert, 0, "shutdown")
                continue
            self._deliver(alert)

    def _next(self) -> Alert | None:
        """The oldest queued alert, now in flight; None once closing and the queue is empty."""
        with self._changed:
            self._in_flight = None
            while not self._queue:
                if self._deadline is not None:
                    return None
                self._changed.wait()
            self._in_flight = self._queue.popleft()
            return self._in_flight

    def _deliver(self, alert: Alert) -> None:
        for attempt in range(1, self._retry.attempts + 1):
            reason = self._attempt(alert)
            if reason is None:
                _log.info(
                    "alert_delivered",
                    channel=self.channel.name,
                    attempt=attempt,
                    **_alert_fields(alert),
                )
                return
            if self._in_flight is not alert:  # close gave up on it, and said so
                return
            _log.warning(
                "alert_delivery_failed",
                channel=self.channel.name,
                attempt=attempt,
                error=reason,
                **_alert_fields(alert),
            )
            if attempt == self._retry.attempts or not self._pause(attempt):
                self._log_undelivered(alert, attempt, reason)
                return

    def _attempt(self, alert: Alert) -> str | None:
        """Deliver once: None if delivered, else the failure's loggable reason."""
        try:
            self.channel.deliver(alert)
        except Exception as exc:  # a daemon thread must outlive any channel's failure
            return _reason(exc)
        return None

    def _pause(self, attempt: int) -> bool:
        """Wait before the next attempt; False if close's deadline passes first."""
        wake_at = time.monotonic() + self._retry.delay_after(attempt)
        with self._changed:
            while (remaining := self._wake_at(wake_at) - time.monotonic()) > 0:
                self._changed.wait(remaining)
        return not self._past_deadline()

    def _wake_at(self, wake_at: float) -> float:
        return wake_at if self._deadline is None else min(wake_at, self._deadline)

    def _past_deadline(self) -> bool:
        return self._deadline is not None and time.monotonic() >= self._deadline

    def _log_dropped(self, alert: Alert, reason: str) -> None:
        _log.warning(
            "alert_dropped", channel=self.channel.name, reason=reason, **_alert_fields(alert)
        )

    def _log_undelivered(self, alert: Alert, attempts: int, reason: str) -> None:
        _log.error(
            "alert_undelivered",
            channel=self.channel.name,
            attempts=attempts,
            error=reason,
            **_alert_fields(alert),
        )


class BackgroundNotifier:
    """Delivers alerts on daemon threads (one per channel), retrying with exponential backoff.

    ``notify`` only appends to a bounded queue: when a channel's queue is full, its oldest
    alert is dropped with a warning. ``close(timeout)`` delivers what it can until the
    timeout, logs what is left as undelivered, and returns within the timeout."""

    def __init__(
        self,
        channels: Sequence[AlertChannel],
        *,
        attempts: int = 5,
        backoff_seconds: float = 1.0,
        max_queue: int = DEFAULT_QUEUE_SIZE,
    ) -> None:
        if not channels:
            raise ConfigError("a BackgroundNotifier needs at least one channel")
        if attempts < 1 or backoff_seconds < 0 or max_queue < 1:
            raise ConfigError("attempts and max_queue must be >= 1, backoff_seconds >= 0")
        retry = RetryPolicy(attempts=attempts, backoff_seconds=backoff_seconds)
        self._workers = [_ChannelWorker(channel, retry, max_queue) for channel in channels]

    def notify(self, alert: Alert) -> None:
        for worker in self._workers:
            try:
                worker.submit(alert)
            except Exception as exc:  # never into the request path
                _log.error(
                    "alert_notify_failed",
                    channel=worker.channel.name,
                    error=type(exc).__name__,
                    **_alert_fields(alert),
                )

    def close(self, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + max(0.0, timeout)
        for worker in self._workers:
            worker.begin_close(deadline)
        for worker in self._workers:
            worker.join(deadline)


class NoOpNotifier:
    """No channel is configured: alerts are only on the guard's own record."""

    def notify(self, alert: Alert) -> None:
        return None

    def close(self, timeout: float = 5.0) -> None:
        return None


def notifier_for(
    *,
    smtp_host: str | None = None,
    smtp_port: int = 25,
    smtp_from: str | None = None,
    alert_emails: Sequence[str] | None = None,
    smtp_starttls: bool = False,
    smtp_username: str | None = None,
    smtp_password: str | None = None,
    webhook_url: str | None = None,
    webhook_secret: str | None = None,
) -> AlertNotifier:
    """The notifier the settings ask for: a BackgroundNotifier over the configured channels,
    or a NoOpNotifier when none is. A channel configured by halves (a relay and no recipient,
    a URL and no secret) is a ConfigError: an alert that silently goes nowhere is worse."""
    channels: list[AlertChannel] = []
    if smtp_host is not None or smtp_from is not None or alert_emails:
        if smtp_host is None or smtp_from is None or not alert_emails:
            raise ConfigError(
                "alert e-mail needs guard_smtp_host, guard_smtp_from and guard_alert_emails"
            )
        channels.append(
            EmailNotifier(
                smtp_host,
                smtp_port,
                smtp_from,
                alert_emails,
                starttls=smtp_starttls,
                username=smtp_username,
                password=smtp_password,
            )
        )
    if webhook_url is not None or webhook_secret is not None:
        if webhook_url is None or not webhook_secret:
            raise ConfigError("the alert webhook needs guard_webhook_url and guard_webhook_secret")
        channels.append(WebhookNotifier(webhook_url, webhook_secret))
    return BackgroundNotifier(channels) if channels else NoOpNotifier()
