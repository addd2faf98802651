"""The email outbox: saved before sending, retried when the mail server fails, never sent twice."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from localoffer.mail import email_queue, email_send, emails_purge_sent, emails_send_pending
from localoffer.models import OutboundEmail

pytestmark = pytest.mark.django_db

# Nothing listens on port 1: a real connection refusal, as when the mail server is down.
MAIL_SERVER_DOWN = {
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "EMAIL_HOST": "127.0.0.1",
    "EMAIL_PORT": 1,
}


def queue_one(**overrides):
    fields = {"to": "parent@example.org", "subject": "Confirm your pledge", "body": "Follow the link", **overrides}
    with transaction.atomic():
        return email_queue(**fields, purpose="test")


def test_queued_email_is_saved_and_sent_once_the_transaction_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = email_queue(to="parent@example.org", subject="Hello", body="Body", purpose="test")
    email.refresh_from_db()
    assert email.sent_at is not None
    assert email.attempts == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["parent@example.org"]
    assert mail.outbox[0].subject == "Hello"


def test_email_is_not_sent_when_the_transaction_rolls_back(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                email_queue(to="parent@example.org", subject="Hello", body="Body")
                raise ValueError("the form failed to save")
        except ValueError:
            pass
    assert OutboundEmail.objects.count() == 0
    assert mail.outbox == []


def test_mail_server_failure_keeps_the_email_and_the_retry_command_sends_it_later(
    settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = MAIL_SERVER_DOWN["EMAIL_BACKEND"]
    settings.EMAIL_HOST = MAIL_SERVER_DOWN["EMAIL_HOST"]
    settings.EMAIL_PORT = MAIL_SERVER_DOWN["EMAIL_PORT"]
    settings.EMAIL_TIMEOUT = 2
    with django_capture_on_commit_callbacks(execute=True):
        email = email_queue(to="carer@example.org", subject="Your booking", body="See you there")
    email.refresh_from_db()
    assert email.sent_at is None
    assert email.attempts == 1
    assert "ConnectionRefused" in email.last_error or "Errno" in email.last_error
    assert email.next_attempt_at > timezone.now()

    # The mail server comes back; the next cron run after the back-off sends it.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert emails_send_pending() == (0, 0)  # not due yet
    sent, failed = emails_send_pending(now=timezone.now() + timedelta(minutes=5))
    assert (sent, failed) == (1, 0)
    email.refresh_from_db()
    assert email.sent_at is not None
    assert email.attempts == 2
    assert [m.to for m in mail.outbox] == [["carer@example.org"]]


def test_retry_command_reports_what_it_did(capsys):
    OutboundEmail.objects.create(to="a@example.org", subject="S", body="B", next_attempt_at=timezone.now())
    call_command("send_pending_emails")
    assert "Sent 1 email(s); 0 failed" in capsys.readouterr().out
    call_command("send_pending_emails")
    assert "Sent 0 email(s)" in capsys.readouterr().out
    assert len(mail.outbox) == 1


def test_an_email_claimed_by_another_server_is_not_sent_twice():
    now = timezone.now()
    email = OutboundEmail.objects.create(
        to="a@example.org", subject="S", body="B", next_attempt_at=now, claimed_until=now + timedelta(minutes=1)
    )
    assert email_send(email_id=email.pk, now=now) is False
    assert mail.outbox == []


def test_emails_that_used_up_their_attempts_are_left_alone(settings):
    settings.EMAIL_MAX_ATTEMPTS = 3
    OutboundEmail.objects.create(to="a@example.org", subject="S", body="B", attempts=3, next_attempt_at=timezone.now())
    assert emails_send_pending() == (0, 0)


def test_sent_emails_are_purged_after_the_retention_period(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = {**settings.PERSONAL_DATA_RETENTION_DAYS, "sent_email": 30}
    now = timezone.now()
    old = OutboundEmail.objects.create(to="a@example.org", subject="S", body="B", sent_at=now - timedelta(days=31))
    recent = OutboundEmail.objects.create(to="b@example.org", subject="S", body="B", sent_at=now - timedelta(days=29))
    unsent = OutboundEmail.objects.create(to="c@example.org", subject="S", body="B")
    assert emails_purge_sent(now=now) == 1
    remaining = set(OutboundEmail.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, unsent.pk}
    assert old.pk not in remaining


def test_emails_given_up_on_are_purged_after_the_retention_period_too(settings):
    settings.EMAIL_MAX_ATTEMPTS = 3
    settings.PERSONAL_DATA_RETENTION_DAYS = {**settings.PERSONAL_DATA_RETENTION_DAYS, "sent_email": 30}
    now = timezone.now()
    OutboundEmail.objects.create(
        to="a@example.org", subject="S", body="B", attempts=3, last_attempt_at=now - timedelta(days=31)
    )
    still_trying = OutboundEmail.objects.create(
        to="b@example.org", subject="S", body="B", attempts=1, last_attempt_at=now - timedelta(days=31)
    )
    assert emails_purge_sent(now=now) == 1
    assert list(OutboundEmail.objects.values_list("pk", flat=True)) == [still_trying.pk]
