"""Keeping listings up to date: review dates, publishing and archiving, and reminders to organisations.

The Local Offer must be kept up to date by law. Every listing is due for review a set number
of months (`REVIEW_INTERVAL_MONTHS`) after its last review. Admin actions, the dashboard and
`manage.py send_review_reminders` all call these functions.
"""

import calendar
import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import DateTimeField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone

from localoffer.core.mail import email_queue
from services.models import LocalOfferAnswer, Location, OpeningTime, Organisation, ReviewCount, ReviewReminder, Service

DUE_SOON_DAYS = 30
RECENTLY_CHANGED_DAYS = 7
REMINDER_EVERY_DAYS = 7
NEVER = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)

WHAT_TO_CHECK = [
    "the name, summary and description say what the service offers today",
    "who it is for: ages, needs and who can use it",
    "how to get it: referrals, the steps families follow, costs and fees",
    "how long families wait from referral to a first appointment (or that there is no waiting list)",
    "where and when: places, opening times and term-time notes",
    "contact details: phone, email, website and a named contact",
    "the answers to the Local Offer questions",
]


def add_months(day, months):
    """The same day of the month `months` later, or the month's last day when it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def review_due_after(last_reviewed):
    """When a listing reviewed on `last_reviewed` is next due for review."""
    return add_months(last_reviewed, settings.REVIEW_INTERVAL_MONTHS)


def _save_with_history(*, service, by, fields, reason):
    service._history_user = by
    service._change_reason = reason
    service.save(update_fields=[*fields, "updated"])


@transaction.atomic
def service_mark_reviewed(*, service, by, on=None):
    """Record that `by` reviewed the listing on `on` (today by default); the next review falls due after."""
    on = on or timezone.localdate()
    service.last_reviewed = on
    service.review_due = review_due_after(on)
    _save_with_history(service=service, by=by, fields=["last_reviewed", "review_due"], reason="Marked as reviewed")
    return service


@transaction.atomic
def services_mark_reviewed(*, services, by, on=None):
    """Mark each listing reviewed; returns how many."""
    count = 0
    for service in services:
        service_mark_reviewed(service=service, by=by, on=on)
        count += 1
    return count


@transaction.atomic
def services_set_status(*, services, status, by):
    """Publish, archive or otherwise change the status of each listing; returns how many changed."""
    count = 0
    for service in services:
        if service.status != status:
            service.status = status
            label = Service.Status(status).label.split(" (")[0]
            _save_with_history(service=service, by=by, fields=["status"], reason=f"Status set to {label.lower()}")
            count += 1
    return count


def services_under_review():
    """Listings that must be kept up to date: every one that is not archived."""
    return Service.objects.exclude(status=Service.Status.ARCHIVED).select_related("organisation")


def services_overdue(*, today=None):
    """Listings whose review date has passed, the longest overdue first."""
    today = today or timezone.localdate()
    return services_under_review().filter(review_due__lt=today).order_by("review_due", "name")


def review_count_record(*, today=None):
    """Keep today's count of listings under review and how many are overdue (again today: the count is updated).

    Run daily (`manage.py record_review_count`); the Local Offer report reads these counts month by month.
    """
    today = today or timezone.localdate()
    listings = services_under_review().count()
    overdue = services_overdue(today=today).count()
    count, _ = ReviewCount.objects.update_or_create(day=today, defaults={"listings": listings, "overdue": overdue})
    return count


def services_due_soon(*, today=None, days=DUE_SOON_DAYS):
    """Listings due for review today or in the next `days` days, the soonest first."""
    today = today or timezone.localdate()
    return (
        services_under_review()
        .filter(review_due__gte=today, review_due__lte=today + datetime.timedelta(days=days))
        .order_by("review_due", "name")
    )


def services_recently_changed(*, now=None, days=RECENTLY_CHANGED_DAYS):
    """Listings people changed in the last `days` days, the latest first, archived ones included.

    A change counts when someone made it (a version with a person recorded): to the listing, its
    places, its opening times or its answers. Loading the demo data, or anything else that saves
    listings without a person, does not make a listing "changed". Each listing is annotated with
    `last_changed`, when a person last changed it.
    """
    now = now or timezone.now()
    since = now - datetime.timedelta(days=days)
    latest = []
    for model, link in ((Service, "id"), (Location, "service_id"), (OpeningTime, "service_id"),
                        (LocalOfferAnswer, "service_id")):  # fmt: skip
        by_people = model.history.filter(history_date__gte=since, history_user__isnull=False)
        latest.append(
            Coalesce(
                Subquery(
                    by_people.filter(**{link: OuterRef("pk")}).order_by("-history_date").values("history_date")[:1]
                ),
                Value(NEVER, output_field=DateTimeField()),
            )
        )
    return (
        Service.objects.annotate(last_changed=Greatest(*latest))
        .filter(last_changed__gte=since)
        .select_related("organisation")
        .order_by("-last_changed", "name")
    )


def services_needing_reminder(*, today=None):
    """Listings overdue or due within `REVIEW_REMINDER_DAYS_AHEAD` days: what reminders are about."""
    today = today or timezone.localdate()
    ahead = today + datetime.timedelta(days=settings.REVIEW_REMINDER_DAYS_AHEAD)
    return services_under_review().filter(review_due__lte=ahead).order_by("review_due", "name")


def reminder_body(*, organisation, services, today):
    """The plain-text email asking an organisation to review its listings."""
    lines = [
        f"Hello {organisation.name},",
        "",
        "The SEND Local Offer must be kept up to date for families. These listings of yours are due for review:",
        "",
    ]
    for service in services:
        when = "overdue since" if service.review_due < today else "due by"
        lines.append(f"- {service.name} ({when} {service.review_due:%-d %B %Y})")
        if service.is_visible:
            lines.append(f"  {settings.SITE_URL}{service.get_absolute_url()}")
        else:
            lines.append("  (not shown on the website at the moment)")
        waits = list(service.waits.all())
        for wait in waits:
            lines.append(f"  Wait stated{' for ' + wait.label if wait.label else ''}: {wait.text}, "
                         f"updated {wait.updated_on:%-d %B %Y}. Is it still right?")  # fmt: skip
        if not waits:
            lines.append("  No waiting time stated: please tell us how long families wait, or that there is none.")
    lines += ["", "For each listing, please check:", ""]
    lines += [f"- {item}" for item in WHAT_TO_CHECK]
    lines += [
        "",
        "Update your listings yourself, or tell us nothing has changed, in the provider area:",
        f"{settings.SITE_URL}{reverse('providers:home')}",
        "(Ask us for access if you have none yet.)",
        "",
        "Or reply to this email with anything that has changed, or to say that everything is still right, "
        "and we will update the listing and its review date.",
        "",
        "SEND Local Offer team",
        "Bournemouth, Christchurch and Poole Council",
    ]
    return "\n".join(lines)


@transaction.atomic
def organisation_remind(*, organisation_id, today, now):
    """Email one organisation about its listings due for review, unless it had a reminder in the last week.

    The organisation's row is locked first, so two runs at once never both send. Returns the
    reminder, or None when none was due.
    """
    organisation = Organisation.objects.select_for_update().get(pk=organisation_id)
    if not organisation.email:
        return None
    if organisation.reminders.filter(sent_at__gt=now - datetime.timedelta(days=REMINDER_EVERY_DAYS)).exists():
        return None
    services = list(services_needing_reminder(today=today).filter(organisation=organisation).prefetch_related("waits"))
    if not services:
        return None
    count = len(services)
    subject = f"Please review your {count} SEND Local Offer listing{'s' if count != 1 else ''}"
    email = email_queue(
        to=organisation.email,
        subject=subject,
        body=reminder_body(organisation=organisation, services=services, today=today),
        purpose="review-reminder",
        reply_to=settings.CONTACT_EMAIL,
    )
    reminder = ReviewReminder.objects.create(organisation=organisation, sent_at=now, to=organisation.email, email=email)
    reminder.services.set(services)
    return reminder


def review_reminders_send(*, today=None, now=None):
    """Remind every organisation with listings due for review. Returns (sent, without_email) counts.

    Safe to run daily and twice at once: each organisation gets at most one reminder a week.
    """
    now = now or timezone.now()
    today = today or timezone.localdate(now)
    due = services_needing_reminder(today=today).order_by()
    sent = without_email = 0
    for organisation_id in sorted(set(due.values_list("organisation", flat=True))):
        reminder = organisation_remind(organisation_id=organisation_id, today=today, now=now)
        if reminder is not None:
            sent += 1
        elif not Organisation.objects.filter(pk=organisation_id).exclude(email="").exists():
            without_email += 1
    return sent, without_email
