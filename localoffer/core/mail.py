"""The email outbox: every email is saved in the request and sent by a worker, never in the request.

Views and commands call `email_queue`, which only adds a row to `OutboundEmail` inside the
caller's transaction: a form is answered at once even while the mail server hangs, and a form that
rolls back sends nothing. The mail worker, `manage.py send_pending_emails --forever` (`make run`
starts one; production runs it as a service, see README "Deploying"), calls `emails_work`, which
sends each email as it falls due and retries failures with a growing delay. Without `--forever`
the command sends what is due once and stops, for cron.

Why the outbox drained by a command, not a task queue such as django-tasks: the outbox already is
the queue. Its rows carry the attempts, the last error and the next try that staff see in the
admin, erasure deletes from it, and retrying needs nothing more; a task queue would add a second
table of jobs to keep in step with it, and a second way for an email to be lost or doubled.

Sent exactly once: a worker claims one email at a time in a short transaction with
`SELECT ... FOR UPDATE SKIP LOCKED` and marks it `claimed_until` a few minutes ahead, so other
workers skip it; any number of workers on any number of servers can run at once. The mail server
is spoken to outside any transaction and the result written straight after. SQLite has no row
locks, but its transactions take the database's write lock as they begin (settings.py:
`transaction_mode` IMMEDIATE), which serialises claims just as well. The one way an email goes
twice is a worker dying after the mail server took the email and before it was recorded: its
claim runs out and another worker sends it again.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import InterfaceError, OperationalError, close_old_connections, transaction
from django.db.models import Q
from django.utils import timezone

from localoffer.core.models import OutboundEmail
from localoffer.core.single_line import subject_line

logger = logging.getLogger(__name__)

# Longer than one send can take (each step with the mail server gives up after EMAIL_TIMEOUT).
CLAIM_FOR = timedelta(minutes=5)
# The worker sends within seconds; an email waiting longer than this means it is not running.
WAITING_TOO_LONG = timedelta(minutes=1)


def email_queue(*, to, subject, body, purpose="", reply_to="", headers=None, delete_when_sent=False):
    """Save an email for the mail worker to send; nothing here talks to the mail server.

    The caller's own data is saved in the same transaction, so the email never refers to
    something that was rolled back, and a mail-server failure never loses the submission.
    With `delete_when_sent`, the row goes as soon as the mail server takes the email.
    """
    return OutboundEmail.objects.create(
        to=to,
        subject=subject_line(subject),
        body=body,
        purpose=purpose,
        reply_to=reply_to,
        headers=headers or {},
        delete_when_sent=delete_when_sent,
        next_attempt_at=timezone.now(),
    )


def emails_queue_many(emails):
    """Save many emails in one query (each a dict of email_queue's arguments): for digests sent in batches."""
    now = timezone.now()
    return OutboundEmail.objects.bulk_create(
        [
            OutboundEmail(
                **{"headers": {}, "purpose": "", "reply_to": "", **email, "subject": subject_line(email["subject"])},
                next_attempt_at=now,
            )
            for email in emails
        ]
    )


def retry_delay(attempts):
    """Back off: 2, 4, 8 ... minutes after each failure, never more than six hours."""
    return timedelta(minutes=min(2**attempts, 360))


def emails_due(*, now=None):
    """Unsent emails whose next attempt is due and that have not used up their attempts."""
    now = now or timezone.now()
    return OutboundEmail.objects.filter(
        sent_at=None, attempts__lt=settings.EMAIL_MAX_ATTEMPTS, next_attempt_at__lte=now
    ).order_by("next_attempt_at", "pk")


def email_claim_next(*, now):
    """Claim the next due email for this worker, or None; an email another worker holds is skipped."""
    claimable = emails_due(now=now).filter(Q(claimed_until=None) | Q(claimed_until__lt=now))
    if not claimable.exists():  # an idle worker's look takes no lock (on SQLite, the database's)
        return None
    with transaction.atomic():
        email = claimable.select_for_update(skip_locked=True).first()
        if email is not None:
            email.claimed_until = now + CLAIM_FOR
            OutboundEmail.objects.filter(pk=email.pk).update(claimed_until=email.claimed_until)
    return email


def email_deliver(*, email, now):
    """Try once to send an email this worker has claimed; record the attempt. Returns True when sent.

    Mail-server errors are recorded on the row (and logged), never raised.
    """
    message = EmailMessage(
        subject=subject_line(email.subject),
        body=email.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email.to],
        reply_to=[email.reply_to] if email.reply_to else None,
        headers=email.headers or None,
    )
    attempts = email.attempts + 1
    try:
        message.send()
    except Exception as error:  # noqa: BLE001  (any mail-server failure is recorded and retried)
        last_error = f"{type(error).__name__}: {error}"[:2000]
        logger.warning("Email %s (%s) failed on attempt %s: %s", email.pk, email.purpose, attempts, last_error)
        # update(), not save(): an email erased while it was being sent stays erased.
        OutboundEmail.objects.filter(pk=email.pk).update(
            attempts=attempts,
            last_attempt_at=now,
            claimed_until=None,
            last_error=last_error,
            next_attempt_at=now + retry_delay(attempts),
        )
        return False
    if email.delete_when_sent:
        OutboundEmail.objects.filter(pk=email.pk).delete()
        return True
    OutboundEmail.objects.filter(pk=email.pk).update(
        attempts=attempts, last_attempt_at=now, claimed_until=None, last_error="", next_attempt_at=None, sent_at=now
    )
    return True


def emails_send_pending(*, now=None, limit=500, stop=None):
    """Send every email that is due, one claim at a time. Returns (sent, failed) counts.

    Safe to run in any number of processes at once. `stop` (a threading.Event) ends it early,
    between two emails.
    """
    sent = failed = 0
    while sent + failed < limit and not (stop is not None and stop.is_set()):
        at = now or timezone.now()
        email = email_claim_next(now=at)
        if email is None:
            break
        if email_deliver(email=email, now=at):
            sent += 1
        else:
            failed += 1
    return sent, failed


def emails_work(*, stop, poll_seconds=2.0):
    """The mail worker: send emails as they fall due until `stop` (a threading.Event) is set.

    Returns how many it sent. A database that stops answering is waited out and reconnected to,
    never fatal, so the worker outlives a PostgreSQL restart.
    """
    total = 0
    while not stop.is_set():
        close_old_connections()  # what a request's end does: drop a broken or too old connection
        try:
            sent, failed = emails_send_pending(stop=stop)
        except (OperationalError, InterfaceError) as error:
            logger.warning("Mail worker: the database did not answer (%s); trying again shortly", error)
            close_old_connections()
        else:
            total += sent
            if sent or failed:
                logger.info("Mail worker: sent %s email(s), %s failed (each is tried again later)", sent, failed)
                continue  # more may have arrived while sending
        stop.wait(poll_seconds)
    return total


EMAIL_STATUSES = {
    "waiting": "Waiting to be sent",
    "failing": "Failed, will retry",
    "given-up": "Given up",
    "unsent": "Not sent yet (any of the above)",
    "sent": "Sent",
}


def email_status_filter(status):
    """The condition for one of EMAIL_STATUSES, for the email log's filter."""
    unsent = Q(sent_at=None)
    given_up = Q(attempts__gte=settings.EMAIL_MAX_ATTEMPTS)
    return {
        "waiting": unsent & Q(attempts=0),
        "failing": unsent & Q(attempts__gt=0) & ~given_up,
        "given-up": unsent & given_up,
        "unsent": unsent,
        "sent": ~unsent,
    }[status]


def emails_needing_attention(*, now=None):
    """Unsent emails that failed at least once, or that have waited longer than the worker takes."""
    now = now or timezone.now()
    return OutboundEmail.objects.filter(
        Q(sent_at=None) & (Q(attempts__gt=0) | Q(created_at__lt=now - WAITING_TOO_LONG))
    ).order_by("created_at", "pk")


def emails_retry_now(*, emails, now=None):
    """Have the worker try these unsent emails at once; one given up on gets one more attempt.

    Returns how many were queued again. Nothing is sent here: the request never waits for the mail server.
    """
    now = now or timezone.now()
    unsent = emails.filter(sent_at=None)
    unsent.filter(attempts__gte=settings.EMAIL_MAX_ATTEMPTS).update(attempts=settings.EMAIL_MAX_ATTEMPTS - 1)
    return unsent.update(next_attempt_at=now)


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
