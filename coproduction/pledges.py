"""The co-production pledge: sign, confirm by an emailed link, show on the wall, withdraw, purge.

Links in emails are signed with Django's signing module: a confirmation link works for
PLEDGE_CONFIRMATION_DAYS, a withdrawal link until the pledge is withdrawn. Signing again with an
address that already has a pledge never makes a second one and never tells the person at the
keyboard anything about it: the page is the same, and only the address's owner hears more.
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from coproduction.models import Pledge, PledgeLevel
from localoffer.core.mail import email_queue, emails_erase
from localoffer.core.retention import period_in_words

CONFIRM_SALT = "coproduction.pledge.confirm"
WITHDRAW_SALT = "coproduction.pledge.withdraw"
RESEND_AFTER = timedelta(minutes=10)


class LinkInvalid(Exception):
    """The link was altered, or the pledge it names no longer exists."""


class LinkExpired(Exception):
    """The confirmation link is older than PLEDGE_CONFIRMATION_DAYS."""


def pledge_link(*, pledge, action):
    """The full address of a signed confirm or withdraw link for this pledge."""
    salt = CONFIRM_SALT if action == "confirm" else WITHDRAW_SALT
    token = signing.dumps({"pledge": pledge.pk, "email": pledge.email.lower()}, salt=salt)
    return settings.SITE_URL + reverse(f"coproduction:pledge-{action}", kwargs={"token": token})


def pledge_from_token(*, token, action):
    """The pledge a signed link names; raises LinkInvalid or LinkExpired."""
    salt = CONFIRM_SALT if action == "confirm" else WITHDRAW_SALT
    max_age = timedelta(days=settings.PLEDGE_CONFIRMATION_DAYS) if action == "confirm" else None
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    except signing.BadSignature as error:
        raise LinkInvalid from error
    pledge = Pledge.objects.filter(pk=data.get("pledge")).first()
    if pledge is None:
        raise LinkInvalid
    if pledge.status != Pledge.Status.WITHDRAWN and pledge.email.lower() != data.get("email"):
        raise LinkInvalid
    return pledge


def pledge_periods():
    """How long a confirmation link works and how long an unconfirmed pledge is kept, in words, for pages and emails."""
    return {
        "link_works_for": period_in_words(settings.PLEDGE_CONFIRMATION_DAYS),
        "unconfirmed_kept_for": period_in_words(settings.PERSONAL_DATA_RETENTION_DAYS["unconfirmed_pledge"]),
    }


def _email_pledge(*, pledge, template, subject, now):
    context = {
        "pledge": pledge,
        "levels": list(pledge.levels.all()),
        "confirm_url": pledge_link(pledge=pledge, action="confirm"),
        "withdraw_url": pledge_link(pledge=pledge, action="withdraw"),
        **pledge_periods(),
        "wall_url": settings.SITE_URL + reverse("coproduction:pledge-wall"),
    }
    email_queue(
        to=pledge.email,
        subject=subject,
        body=render_to_string(f"coproduction/email/{template}.txt", context),
        purpose=f"pledge-{template}",
    )
    pledge.last_emailed_at = now
    pledge.save(update_fields=["last_emailed_at"])


@transaction.atomic
def pledge_sign(*, name, email, who, levels, organisation="", postcode_area="", show_on_wall, consent_to_contact):
    """Save a new unconfirmed pledge and email its confirmation link.

    When the address already has a pledge nothing new is saved: its owner is sent the link again
    (if unconfirmed) or told they have already pledged, at most once every ten minutes.
    Returns the pledge that the address holds.
    """
    now = timezone.now()
    existing = (
        Pledge.objects.select_for_update().filter(email__iexact=email).exclude(status=Pledge.Status.WITHDRAWN).first()
    )
    if existing is None:
        try:
            with transaction.atomic():
                pledge = Pledge.objects.create(
                    name=name,
                    email=email,
                    who=who,
                    organisation=organisation,
                    postcode_area=postcode_area.upper(),
                    show_on_wall=show_on_wall,
                    consent_to_contact=consent_to_contact,
                )
        except IntegrityError:  # signed at the same moment from another tab: treat as a repeat
            return Pledge.objects.filter(email__iexact=email).exclude(status=Pledge.Status.WITHDRAWN).get()
        pledge.levels.set(levels)
        _email_pledge(pledge=pledge, template="confirm", subject="Confirm your co-production pledge", now=now)
        return pledge
    if existing.last_emailed_at and now - existing.last_emailed_at < RESEND_AFTER:
        return existing
    if existing.status == Pledge.Status.UNCONFIRMED:
        _email_pledge(pledge=existing, template="confirm", subject="Confirm your co-production pledge", now=now)
    else:
        _email_pledge(pledge=existing, template="already", subject="You have already signed the pledge", now=now)
    return existing


@transaction.atomic
def pledge_confirm(*, pledge):
    """Mark the pledge confirmed (once); it then counts on the public wall. Returns True if it changed."""
    pledge = Pledge.objects.select_for_update().get(pk=pledge.pk)
    if pledge.status != Pledge.Status.UNCONFIRMED:
        return False
    pledge.status = Pledge.Status.CONFIRMED
    pledge.confirmed_at = timezone.now()
    pledge.save(update_fields=["status", "confirmed_at"])
    return True


@transaction.atomic
def pledge_withdraw(*, pledge):
    """Withdraw the pledge and erase everything that identifies the person, their emails included.

    Who they are, the levels and the dates stay, so the anonymous history of pledges stays right.
    """
    pledge = Pledge.objects.select_for_update().get(pk=pledge.pk)
    if pledge.status == Pledge.Status.WITHDRAWN:
        return False
    emails_erase(to=pledge.email, purpose_prefix="pledge-")
    pledge.status = Pledge.Status.WITHDRAWN
    pledge.withdrawn_at = timezone.now()
    pledge.name = pledge.email = pledge.organisation = pledge.postcode_area = ""
    pledge.show_on_wall = pledge.consent_to_contact = False
    pledge.save()
    return True


def pledge_wall(*, limit=200):
    """What the public wall shows: confirmed pledges in total and by level, and who agreed to be named."""
    confirmed = Q(pledges__status=Pledge.Status.CONFIRMED)
    levels = PledgeLevel.objects.annotate(confirmed=Count("pledges", filter=confirmed)).order_by("order", "name")
    named = (
        Pledge.objects.filter(status=Pledge.Status.CONFIRMED, show_on_wall=True)
        .order_by("-confirmed_at")
        .only("name", "who")[:limit]
    )
    return {
        "total": Pledge.objects.filter(status=Pledge.Status.CONFIRMED).count(),
        "levels": [level for level in levels if level.active or level.confirmed],
        "named": [{"first_name": pledge.first_name, "who": pledge.get_who_display()} for pledge in named],
    }


def pledges_purge_unconfirmed(*, now=None):
    """Delete pledges never confirmed within the retention period. Returns how many."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS["unconfirmed_pledge"])
    _, deleted = Pledge.objects.filter(status=Pledge.Status.UNCONFIRMED, created_at__lt=cutoff).delete()
    return deleted.get("coproduction.Pledge", 0)
