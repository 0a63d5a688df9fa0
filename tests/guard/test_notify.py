"""The guard's alerts reach the DPO through real components on loopback: an SMTP relay
(aiosmtpd), a webhook receiver (http.server). A relay that is down, a receiver that fails, a
channel that hangs: the request path is never held up, nothing raises into it, and the log
says which alert was lost, never what it said."""

from __future__ import annotations

import email
import email.policy
import hashlib
import hmac
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from structlog.testing import capture_logs

from carevault.errors import ConfigError
from carevault.guard._alerts import Alert
from carevault.guard._notify import (
    AlertChannel,
    AlertDeliveryError,
    BackgroundNotifier,
    EmailNotifier,
    NoOpNotifier,
    WebhookNotifier,
    alert_subject,
    notifier_for,
)

SECRET = "webhook-secret-for-tests"
SENDER = "guard@cabinet.example"
DPO = ["dpo@cabinet.example", "lead@cabinet.example"]


def frozen_alert(alert_id: str = "al-1") -> Alert:
    return Alert(
        id=alert_id,
        practice_id="pr-7",
        created_at=datetime(2026, 3, 2, 14, 3, 11, tzinfo=UTC),
        kind="honeytoken",
        action="freeze",
        message="dr.martin opened a decoy record no one is meant to read, and 412 patients "
        "in 10 minutes against a usual 35: the account is frozen.",
        account_id="acc-42",
        username="dr.martin",
        numbers={"honeytokens_opened": 1, "patients_10_min": 412, "usual_10_min": 35},
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


# -- an SMTP relay -------------------------------------------------------------------------


@dataclass
class Mailbox:
    port: int
    envelopes: list[Envelope] = field(default_factory=list)

    async def handle_DATA(  # noqa: N802 - the name aiosmtpd calls
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        self.envelopes.append(envelope)
        return "250 OK"

    def message(self, index: int = 0) -> EmailMessage:
        content = self.envelopes[index].content
        assert isinstance(content, bytes)
        parsed = email.message_from_bytes(content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@pytest.fixture
def relay() -> Iterator[Mailbox]:
    mailbox = Mailbox(port=free_port())
    controller = Controller(mailbox, hostname="127.0.0.1", port=mailbox.port)
    controller.start()
    try:
        yield mailbox
    finally:
        controller.stop()


# -- a webhook receiver --------------------------------------------------------------------


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes


class Receiver(ThreadingHTTPServer):
    """Answers each POST with the next status of ``statuses`` (200 once they run out)."""

    def __init__(self, statuses: list[int]) -> None:
        super().__init__(("127.0.0.1", 0), _ReceiverHandler)
        self.statuses = deque(statuses)
        self.requests: list[Received] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hooks/carevault"


class _ReceiverHandler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.requests.append(Received(dict(self.headers.items()), body))
        status = self.server.statuses.popleft() if self.server.statuses else 200
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        return None


def _receiving(statuses: list[int]) -> Iterator[Receiver]:
    receiver = Receiver(statuses)
    thread = threading.Thread(target=receiver.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        receiver.shutdown()
        receiver.server_close()
        thread.join(5)


@pytest.fixture
def webhook() -> Iterator[Receiver]:
    yield from _receiving([])


@pytest.fixture
def flaky_webhook() -> Iterator[Receiver]:
    yield from _receiving([500, 500])


# -- a relay that accepts the connection and never says a word -----------------------------


@dataclass
class SilentRelay:
    port: int
    accepted: threading.Event


@pytest.fixture
def silent_relay() -> Iterator[SilentRelay]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted = threading.Event()
    connections: list[socket.socket] = []

    def accept() -> None:
        connection, _ = listener.accept()
        connections.append(connection)
        accepted.set()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield SilentRelay(listener.getsockname()[1], accepted)
    finally:
        for connection in connections:
            connection.close()
        listener.close()


def quick(channel: AlertChannel, *, max_queue: int = 100) -> BackgroundNotifier:
    """A BackgroundNotifier that tries three times, 10 ms then 20 ms apart."""
    return BackgroundNotifier([channel], attempts=3, backoff_seconds=0.01, max_queue=max_queue)


def signature(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def events(
    logs: Sequence[MutableMapping[str, Any]], name: str, alert_id: str
) -> list[MutableMapping[str, Any]]:
    return [log for log in logs if log["event"] == name and log.get("alert_id") == alert_id]


# -- the e-mail ----------------------------------------------------------------------------


def test_the_dpo_receives_an_email_that_says_why_in_words_and_numbers(relay: Mailbox) -> None:
    alert = frozen_alert()
    EmailNotifier("127.0.0.1", relay.port, SENDER, DPO).deliver(alert)

    [envelope] = relay.envelopes
    assert envelope.mail_from == SENDER
    assert envelope.rcpt_tos == DPO
    message = relay.message()
    assert message["Subject"] == "[carevault] CRITICAL account frozen: dr.martin (honeytoken)"
    assert message["X-Carevault-Alert"] == "al-1"
    assert message["Auto-Submitted"] == "auto-generated"
    body = message.get_content()
    assert alert.message in body
    assert "412" in body and "35" in body and "patients_10_min" in body
    assert "2026-03-02 14:03:11 UTC" in body
    assert 'carevault guard unfreeze --practice pr-7 --username dr.martin --reason "..."' in body
    assert "names no patient" in body


def test_a_username_cannot_smuggle_headers_into_the_email(relay: Mailbox) -> None:
    alert = replace(frozen_alert(), username="x\r\nBcc: thief@elsewhere.example")
    EmailNotifier("127.0.0.1", relay.port, SENDER, DPO).deliver(alert)

    [envelope] = relay.envelopes
    assert envelope.rcpt_tos == DPO
    message = relay.message()
    assert message["Bcc"] is None
    assert "\n" not in message["Subject"]


def test_a_lockdown_without_an_account_names_the_practice() -> None:
    alert = replace(frozen_alert(), action="lockdown", kind="mass", username=None, account_id=None)
    assert alert_subject(alert) == "[carevault] CRITICAL practice locked down: practice pr-7 (mass)"


def test_an_unreachable_relay_is_one_error_naming_its_type() -> None:
    with pytest.raises(AlertDeliveryError) as raised:
        EmailNotifier("127.0.0.1", free_port(), SENDER, DPO, timeout=2).deliver(frozen_alert())
    assert raised.value.reason == "ConnectionRefusedError"


# -- the webhook ---------------------------------------------------------------------------


def test_the_webhook_receives_the_alert_signed(webhook: Receiver) -> None:
    alert = frozen_alert()
    WebhookNotifier(webhook.url, SECRET).deliver(alert)

    [request] = webhook.requests
    assert json.loads(request.body) == alert.as_dict()
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["X-Carevault-Alert"] == "al-1"
    sent = request.headers["X-Carevault-Signature"]
    assert hmac.compare_digest(sent, signature(request.body, SECRET))
    assert not hmac.compare_digest(sent, signature(request.body, "another-secret"))
    assert not hmac.compare_digest(sent, signature(request.body + b" ", SECRET))


def test_a_failing_webhook_is_retried_until_it_answers(flaky_webhook: Receiver) -> None:
    notifier = quick(WebhookNotifier(flaky_webhook.url, SECRET))
    with capture_logs() as logs:
        notifier.notify(frozen_alert("al-retry"))
        notifier.close(5)

    assert len(flaky_webhook.requests) == 3  # 500, 500, 200
    failures = events(logs, "alert_delivery_failed", "al-retry")
    assert [(log["attempt"], log["error"]) for log in failures] == [
        (1, "HTTP 500"),
        (2, "HTTP 500"),
    ]
    [delivered] = events(logs, "alert_delivered", "al-retry")
    assert delivered["attempt"] == 3 and delivered["channel"] == "webhook"
    assert events(logs, "alert_undelivered", "al-retry") == []


# -- in the background ---------------------------------------------------------------------


def test_an_unreachable_relay_never_reaches_the_request_path() -> None:
    alert = frozen_alert("al-lost")
    email_down = EmailNotifier("127.0.0.1", free_port(), SENDER, DPO, timeout=2)
    notifier = quick(email_down)
    with capture_logs() as logs:
        started = time.monotonic()
        notifier.notify(alert)
        assert time.monotonic() - started < 0.25
        notifier.close(2)
        assert time.monotonic() - started < 2.5

    [lost] = events(logs, "alert_undelivered", alert.id)
    assert lost["log_level"] == "error"
    assert lost["error"] == "ConnectionRefusedError" and lost["attempts"] == 3
    assert lost["kind"] == "honeytoken" and lost["action"] == "freeze"
    assert len(events(logs, "alert_delivery_failed", alert.id)) == 3
    said = repr([log for log in logs if log.get("alert_id") == alert.id])
    assert alert.message not in said
    assert "dr.martin" not in said and "412" not in said and "dpo@" not in said


def test_a_hung_channel_drops_the_oldest_and_close_keeps_its_timeout(
    silent_relay: SilentRelay,
) -> None:
    hung = EmailNotifier("127.0.0.1", silent_relay.port, SENDER, DPO, timeout=1)
    notifier = quick(hung, max_queue=2)
    with capture_logs() as logs:
        notifier.notify(frozen_alert("al-h1"))
        assert silent_relay.accepted.wait(2)  # al-h1 is in flight, waiting for a greeting
        started = time.monotonic()
        for alert_id in ("al-h2", "al-h3", "al-h4"):
            notifier.notify(frozen_alert(alert_id))
        assert time.monotonic() - started < 0.25
        notifier.close(0.3)
        assert time.monotonic() - started < 0.8

    [dropped] = [log for log in logs if log["event"] == "alert_dropped"]
    assert dropped["alert_id"] == "al-h2" and dropped["reason"] == "queue_full"
    assert dropped["log_level"] == "warning"
    shutdown = [log["alert_id"] for log in logs if log.get("error") == "shutdown"]
    assert sorted(shutdown) == ["al-h1", "al-h3", "al-h4"]


def test_notify_after_close_is_dropped_quietly(webhook: Receiver) -> None:
    notifier = quick(WebhookNotifier(webhook.url, SECRET))
    notifier.close(1)
    with capture_logs() as logs:
        notifier.notify(frozen_alert("al-late"))
    [dropped] = events(logs, "alert_dropped", "al-late")
    assert dropped["reason"] == "closed"
    assert webhook.requests == []


# -- from the settings ---------------------------------------------------------------------


def test_notifier_for_reaches_every_configured_channel(relay: Mailbox, webhook: Receiver) -> None:
    notifier = notifier_for(
        smtp_host="127.0.0.1",
        smtp_port=relay.port,
        smtp_from=SENDER,
        alert_emails=DPO,
        webhook_url=webhook.url,
        webhook_secret=SECRET,
    )
    assert isinstance(notifier, BackgroundNotifier)
    notifier.notify(frozen_alert("al-both"))
    notifier.close(5)

    assert relay.message()["X-Carevault-Alert"] == "al-both"
    assert [request.headers["X-Carevault-Alert"] for request in webhook.requests] == ["al-both"]


def test_notifier_for_nothing_configured_is_a_no_op() -> None:
    notifier = notifier_for()
    assert isinstance(notifier, NoOpNotifier)
    notifier.notify(frozen_alert())
    notifier.close(0)


@pytest.mark.parametrize(
    ("settings", "names"),
    [
        ({"smtp_host": "relay.example"}, "guard_smtp_from"),
        ({"smtp_host": "relay.example", "smtp_from": SENDER}, "guard_alert_emails"),
        ({"alert_emails": DPO}, "guard_smtp_host"),
        ({"webhook_url": "https://hooks.example/x"}, "guard_webhook_secret"),
        ({"webhook_secret": SECRET}, "guard_webhook_url"),
    ],
)
def test_a_channel_configured_by_halves_is_refused(settings: dict[str, Any], names: str) -> None:
    with pytest.raises(ConfigError, match=names):
        notifier_for(**settings)


@pytest.mark.parametrize(
    "make",
    [
        lambda: EmailNotifier("relay.example", 587, SENDER, []),
        lambda: EmailNotifier("relay.example", 587, SENDER, "dpo@cabinet.example"),
        lambda: EmailNotifier("relay.example", 587, "guard", DPO),
        lambda: EmailNotifier("relay.example", 587, SENDER, DPO, username="u", password="p"),
        lambda: EmailNotifier("relay.example", 587, SENDER, DPO, username="u"),
        lambda: WebhookNotifier("ftp://hooks.example/x", SECRET),
        lambda: WebhookNotifier("https://hooks.example/x", ""),
        lambda: BackgroundNotifier([]),
    ],
    ids=[
        "no-recipient",
        "recipients-as-one-string",
        "sender-without-at",
        "password-in-clear",
        "username-without-password",
        "webhook-not-http",
        "webhook-without-secret",
        "no-channel",
    ],
)
def test_unsafe_or_useless_settings_are_refused(make: Any) -> None:
    with pytest.raises(ConfigError):
        make()
