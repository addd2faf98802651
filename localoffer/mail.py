"""The email outbox: every email is saved first, sent after, and retried until it goes.

Views and commands call `email_queue`; cron runs `manage.py send_pending_emails`, which calls
`emails_send_pending`. A row is claimed before sending, so two servers never send it twice.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from localoffer.models import OutboundEmail

logger = logging.getLogger(__name__)

CLAIM_FOR = timedelta(minutes=5)


def email_queue(*, to, subject, body, purpose="", reply_to=""):
    """Save an email and try to send it once the surrounding transaction has committed.

    The caller's own data is saved in the same transaction, so the email never refers to
    something that was rolled back, and a mail-server failure never loses the submission.
    """
    email = OutboundEmail.objects.create(
        to=to, subject=subject, body=body, purpose=purpose, reply_to=reply_to, next_attempt_at=timezone.now()
    )
    transaction.on_commit(lambda: email_send(email_id=email.pk))
    return email


def retry_delay(attempts):
    """Back off: 2, 4, 8 ... minutes after each failure, never more than six hours."""
    return timedelta(minutes=min(2**attempts, 360))


def email_send(*, email_id, now=None):
    """Try once to send one email; record the attempt. Returns True when it was sent.

    Mail-server errors are recorded on the row and logged, never raised, so a request that
    queued the email still succeeds.
    """
    now = now or timezone.now()
    claimed = (
        OutboundEmail.objects.filter(pk=email_id, sent_at=None)
        .filter(Q(claimed_until=None) | Q(claimed_until__lt=now))
        .update(claimed_until=now + CLAIM_FOR)
    )
    if not claimed:
        return False
    email = OutboundEmail.objects.get(pk=email_id)
    message = EmailMessage(
        subject=email.subject,
        body=email.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email.to],
        reply_to=[email.reply_to] if email.reply_to else None,
    )
    email.attempts += 1
    email.last_attempt_at = now
    email.claimed_until = None
    try:
        message.send()
    except Exception as error:  # noqa: BLE001  (any mail-server failure is recorded and retried)
        email.last_error = f"{type(error).__name__}: {error}"[:2000]
        email.next_attempt_at = now + retry_delay(email.attempts)
        logger.warning(
            "Email %s (%s) failed on attempt %s: %s", email.pk, email.purpose, email.attempts, email.last_error
        )
        email.save(update_fields=["attempts", "last_attempt_at", "claimed_until", "last_error", "next_attempt_at"])
        return False
    email.sent_at = now
    email.last_error = ""
    email.next_attempt_at = None
    email.save(
        update_fields=["attempts", "last_attempt_at", "claimed_until", "last_error", "next_attempt_at", "sent_at"]
    )
    return True


def emails_due(*, now=None):
    """Unsent emails whose next attempt is due and that have not used up their attempts."""
    now = now or timezone.now()
    return OutboundEmail.objects.filter(
        sent_at=None, attempts__lt=settings.EMAIL_MAX_ATTEMPTS, next_attempt_at__lte=now
    ).order_by("next_attempt_at")


def emails_send_pending(*, now=None, limit=500):
    """Send every email that is due. Returns (sent, failed) counts. Safe to run twice at once."""
    now = now or timezone.now()
    sent = failed = 0
    for email_id in list(emails_due(now=now).values_list("pk", flat=True)[:limit]):
        if email_send(email_id=email_id, now=now):
            sent += 1
        else:
            failed += 1
    return sent, failed


def emails_purge_sent(*, now=None):
    """Delete emails that were sent, or given up on, longer ago than the retention period: they hold personal data."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS["sent_email"])
    given_up = Q(sent_at=None, attempts__gte=settings.EMAIL_MAX_ATTEMPTS, last_attempt_at__lt=cutoff)
    deleted, _ = OutboundEmail.objects.filter(Q(sent_at__lt=cutoff) | given_up).delete()
    return deleted


def emails_erase(*, to, purpose_prefix):
    """Delete every email, sent or not, to this address for one purpose; for erasure on request."""
    if not to:
        return 0
    deleted, _ = OutboundEmail.objects.filter(to__iexact=to, purpose__startswith=purpose_prefix).delete()
    return deleted
