"""Email alerts without an account: sign up, confirm by an emailed link, digests, unsubscribe, retention.

What an alert is about comes from the apps: each lists an `AlertSource` in `SOURCES` of its own
`alert_sources.py` (the directory: new and changed services matching a saved search; new and changed
news items and co-production events on the topics a family ticked, from the list staff keep, or on
any). The weekly job (`manage.py send_alerts`, daily from cron) finds every confirmed alert whose
week or month is up, asks its source once per run what is new or changed, and queues one email
per alert that has anything, in batches: nothing is sent when nothing changed, and the queries
made do not grow with the number of alerts in a batch.

Double opt-in, as the pledge: the confirmation link works for ALERT_CONFIRMATION_DAYS, and an
alert never confirmed is deleted after that. A confirmed alert is deleted two years after it was
confirmed or last renewed; the last emails before then ask the person to renew it.
"""

import datetime
import secrets
from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from localoffer.core.discovery import declared
from localoffer.core.mail import email_queue, emails_queue_many
from localoffer.core.models import Alert

CONFIRM_SALT = "localoffer.alert.confirm"
MANAGE_SALT = "localoffer.alert.manage"
PERIODS = {Alert.Frequency.WEEKLY: datetime.timedelta(days=7), Alert.Frequency.MONTHLY: datetime.timedelta(days=30)}
RENEW_WARNING = datetime.timedelta(days=45)  # emails in the last weeks of an alert ask for it to be renewed
BATCH = 1000


class LinkInvalid(Exception):
    """The link was altered, expired, or names an alert that no longer exists."""


@dataclass(frozen=True)
class AlertItem:
    """One thing an alert tells about: a new or changed service, a news item, an event; `at` is when."""

    title: str
    url: str
    at: datetime.datetime
    changes: list = field(default_factory=list)  # what changed, in words


@dataclass(frozen=True)
class AlertSource:
    """What one kind of alert is about: `collect(since=, now=)` once per run, then `items(alert=, collected=)`."""

    kind: str
    noun: str  # "services", "news", "events": the email's words
    collect: object
    items: object
    describe: object  # describe(query=) -> the saved search or topic in words
    back: str = "/"  # where the sign-up page links back to
    choices: object = None  # choices() -> [(heading, [(slug, name)])]: the topics a family may choose, if any


def alert_sources():
    return {source.kind: source for source in declared("alert_sources", "SOURCES")}


def _site(path):
    return settings.SITE_URL + path


def alert_links(alert):
    """The signed and tokened links an alert's emails carry."""
    return {
        "confirm_url": _site(reverse("alerts:confirm", kwargs={"token": signing.dumps(alert.pk, salt=CONFIRM_SALT)})),
        "manage_url": alert_manage_url(email=alert.email),
        "unsubscribe_url": _site(reverse("alerts:unsubscribe", kwargs={"token": alert.token})),
    }


def alert_manage_path(*, email):
    """The page listing every alert for this address, signed for it (its links go only to that address)."""
    token = signing.dumps(email.lower(), salt=MANAGE_SALT)
    return reverse("alerts:manage", kwargs={"token": token})


def alert_manage_url(*, email):
    return _site(alert_manage_path(email=email))


def unsubscribe_headers(url):
    """RFC 8058 one-click unsubscribe: mail programs POST `List-Unsubscribe=One-Click` to the link."""
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


@transaction.atomic
def alert_subscribe(*, email, kind, query, description, frequency, now=None):
    """Save an unconfirmed alert and email the link that confirms it; returns the alert."""
    now = now or timezone.now()
    alert = Alert.objects.create(
        email=email.strip(),
        kind=kind,
        query=query,
        description=description[:300],
        frequency=frequency,
        token=secrets.token_urlsafe(32),
        created_at=now,
    )
    links = alert_links(alert)
    email_queue(
        to=alert.email,
        subject="Confirm your SEND Local Offer email alert",
        body=render_to_string(
            "core/alerts/email/confirm.txt",
            {"alert": alert, **links, "days": settings.ALERT_CONFIRMATION_DAYS},
        ),
        purpose="alert-confirmation",
        headers=unsubscribe_headers(links["unsubscribe_url"]),
    )
    return alert


def alert_from_confirm_token(token):
    try:
        pk = signing.loads(token, salt=CONFIRM_SALT, max_age=datetime.timedelta(days=settings.ALERT_CONFIRMATION_DAYS))
    except signing.BadSignature as error:
        raise LinkInvalid from error
    alert = Alert.objects.filter(pk=pk).first()
    if alert is None:
        raise LinkInvalid
    return alert


@transaction.atomic
def alert_confirm(*, alert, now=None):
    """Start the alert; its first digest covers what changes from now on."""
    now = now or timezone.now()
    if alert.confirmed_at is None:
        alert.confirmed_at = alert.renewed_at = alert.last_sent_at = now
        alert.save(update_fields=["confirmed_at", "renewed_at", "last_sent_at"])
    return alert


def alerts_for_manage_token(token):
    """The address a manage link names (it has no expiry: it is only ever emailed to that address)."""
    try:
        return signing.loads(token, salt=MANAGE_SALT)
    except signing.BadSignature as error:
        raise LinkInvalid from error


def alert_unsubscribe(*, token):
    """Stop one alert by its token; True when there was one. Safe to repeat."""
    deleted, _ = Alert.objects.filter(token=token).delete()
    return bool(deleted)


def alerts_stop_all(*, email):
    deleted, _ = Alert.objects.filter(email__iexact=email).delete()
    return deleted


def alerts_renew(*, email, now=None):
    """Keep every confirmed alert of this address for another two years."""
    return Alert.objects.filter(email__iexact=email).exclude(confirmed_at=None).update(renewed_at=now or timezone.now())


def alert_expires(alert):
    return alert.renewed_at + datetime.timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS["alert"])


def alerts_purge(*, now=None):
    """Delete alerts never confirmed within the link's life, and any not renewed for the retention period."""
    now = now or timezone.now()
    unconfirmed = Q(confirmed_at=None, created_at__lt=now - datetime.timedelta(days=settings.ALERT_CONFIRMATION_DAYS))
    stale = Q(renewed_at__lt=now - datetime.timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS["alert"]))
    deleted, _ = Alert.objects.filter(unconfirmed | stale).delete()
    return deleted


def alerts_due(*, now):
    """Confirmed alerts whose week or month since the last digest is up, oldest first."""
    due = Q()
    for frequency, period in PERIODS.items():
        due |= Q(frequency=frequency, last_sent_at__lte=now - period)
    return Alert.objects.exclude(confirmed_at=None).filter(due).order_by("last_sent_at", "pk")


def _digest(alert, items, *, source, now):
    links = alert_links(alert)
    renew = alert_expires(alert) - now < RENEW_WARNING
    body = render_to_string(
        "core/alerts/email/digest.txt",
        {"alert": alert, "items": items, "noun": source.noun, "renew": renew, "expires": alert_expires(alert), **links},
    )
    count = len(items)
    return {
        "to": alert.email,
        "subject": f"{count} new or changed {source.noun if count != 1 else source.noun.rstrip('s')}: "
        f"{alert.description}"[:200],
        "body": body,
        "purpose": f"alert-{alert.kind}",
        "headers": unsubscribe_headers(links["unsubscribe_url"]),
    }


def alerts_send(*, now=None, batch=BATCH):
    """Queue the digests of every alert that is due; returns (alerts looked at, emails queued).

    Each source collects what changed once (over the longest period due); then each alert, in
    batches, is matched against it in memory. The batch's emails are saved in one query and its
    alerts moved on in one more, so the queries per alert stay the same however many there are.
    """
    now = now or timezone.now()
    sources = alert_sources()
    since = now - max(PERIODS.values()) - datetime.timedelta(days=7)
    collected = {}
    looked = queued = 0
    while True:
        with transaction.atomic():  # a second run at the same time takes other alerts, or none
            alerts = list(alerts_due(now=now).select_for_update(skip_locked=True)[:batch])
            if not alerts:
                break
            emails = []
            for alert in alerts:
                source = sources.get(alert.kind)
                if source is None:
                    continue
                if alert.kind not in collected:
                    collected[alert.kind] = source.collect(since=min(since, alert.last_sent_at), now=now)
                items = source.items(alert=alert, collected=collected[alert.kind])
                items = [item for item in items if item.at > alert.last_sent_at]
                if items:
                    emails.append(_digest(alert, items, source=source, now=now))
            emails_queue_many(emails)
            Alert.objects.filter(pk__in=[alert.pk for alert in alerts]).update(last_sent_at=now)
        looked += len(alerts)
        queued += len(emails)
    return looked, queued


def topics_of(*, query):
    """The topic slugs a news or event alert was saved with (none: any topic)."""
    from urllib.parse import parse_qs

    return sorted(set(parse_qs(query).get("topic", [])))


def topics_match(*, wanted, found):
    """True when an item with the topics `found` is one the alert wants (an alert with no topics wants all)."""
    return not wanted or bool(set(wanted) & set(found))


def topic_alert_items(*, alert, collected):
    """What a news or event alert lists: of the `collected` [(item, topic slugs, [(when, what)])], the items on
    its topics with something new since it was last sent, each with what is new (an item has a title and an
    address)."""
    wanted = topics_of(query=alert.query)
    items = []
    for item, topics, lines in collected:
        recent = [(when, what) for when, what in lines if when > alert.last_sent_at]
        if recent and topics_match(wanted=wanted, found=topics):
            items.append(
                AlertItem(
                    title=item.title,
                    url=settings.SITE_URL + item.get_absolute_url(),
                    at=max(when for when, _ in recent),
                    changes=list(dict.fromkeys(what for _, what in recent)),
                )
            )
    return items
