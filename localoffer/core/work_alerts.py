"""Telling staff that new work has arrived: each kind of work has a team mailbox (STAFF_MAILBOXES).

Apps call `work_arrived` as they save a new item (a complaint, a provider's change, a volunteer,
a booking, a problem report). With STAFF_ALERTS = "each" (the default) the team's mailbox gets
one email per item; with "digest" the item is noted and `send_work_digest`, run daily, sends each
mailbox one email listing what arrived since the last. Either way only a row is written in the
request (the outbox, or NewWork); the mail worker does the sending. The emails carry a reference
and a link to the admin, never the person's details.

It lives in localoffer.core so that both the directory (provider changes) and co-production
(feedback, volunteers, bookings, problem reports) can call it without importing each other.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from localoffer.core.mail import email_queue
from localoffer.core.models import NewWork, OutboundEmail

# The kinds of work, as STAFF_MAILBOXES names them, and how an email speaks of them.
KINDS = {
    "feedback": "Feedback and complaints",
    "provider-changes": "Provider changes waiting for approval",
    "volunteers": "Interview-panel volunteers",
    "bookings": "Bookings on forums and events",
    "problem-reports": "Listing problem reports",
}


def mailbox_for(kind):
    """The team mailbox for this kind of work, or "" when nobody is to be told."""
    if kind not in KINDS:
        raise ValueError(f"Unknown kind of work: {kind}")
    return settings.STAFF_MAILBOXES.get(kind, "")


def work_arrived(*, kind, title, admin_path, urgent=False):
    """Tell the kind's team mailbox that an item arrived: queue an email now, or note it for the digest.

    `title` names the item without personal data ("LO-2026-00042 (complaint)"); `admin_path` is
    where staff open it. An `urgent` item (words of crisis in what was sent) is emailed at once, marked
    urgent, even when the team takes a daily digest. Returns the queued email or the noted NewWork, or
    None when the kind has no mailbox.
    """
    to = mailbox_for(kind)
    if not to:
        return None
    link = settings.SITE_URL + admin_path
    if urgent:
        title = f"{title}: words of crisis, read it first"
        urgent = urgent_emails_recent(to=to) < URGENT_EMAILS_AN_HOUR  # past the cap, as any other item
    if settings.STAFF_ALERTS == "digest":
        noted = NewWork.objects.create(kind=kind, title=title[:200], link=link[:500])  # urgent ones too
        if not urgent:
            return noted
    return email_queue(
        to=to,
        subject=f"{'Urgent' if urgent else 'New'}: {title}"[:200],
        body=render_to_string(
            "core/email/new-work.txt", {"kind": KINDS[kind], "items": [{"title": title, "link": link}]}
        ),
        purpose=URGENT_PURPOSE if urgent else "staff-new-work",
    )


URGENT_PURPOSE = "staff-new-work-urgent"
# Urgent emails a team mailbox gets in an hour at most: someone sending words of crisis again and again from many
# addresses cannot flood it. Past it, an item is told as any other (at once, or in the digest), still marked.
URGENT_EMAILS_AN_HOUR = 10


def urgent_emails_recent(*, to):
    """How many urgent emails this mailbox was sent in the last hour (read from the outbox, not a cache)."""
    since = timezone.now() - timedelta(hours=1)
    return OutboundEmail.objects.filter(to=to, purpose=URGENT_PURPOSE, created_at__gte=since).count()


@transaction.atomic
def work_digest_send(*, now=None):
    """Send each team mailbox one email listing the items noted since its last digest; returns how many emails.

    Safe to run twice: the rows are locked and marked sent in the same transaction as the emails
    are queued, so a second run finds nothing new.
    """
    now = now or timezone.now()
    waiting = list(NewWork.objects.select_for_update(skip_locked=True).filter(digested_at=None))
    by_kind = {}
    for item in waiting:
        by_kind.setdefault(item.kind, []).append(item)
    sent = 0
    for kind, items in by_kind.items():
        to = mailbox_for(kind) if kind in KINDS else ""
        if to:
            email_queue(
                to=to,
                subject=f"{KINDS[kind]}: {len(items)} new since the last digest",
                body=render_to_string("core/email/new-work.txt", {"kind": KINDS[kind], "items": items}),
                purpose="staff-new-work-digest",
            )
            sent += 1
    NewWork.objects.filter(pk__in=[item.pk for item in waiting]).update(digested_at=now)
    return sent
