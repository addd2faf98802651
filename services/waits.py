"""Waiting times: what the page says about them, providers' updates (published at once or held), and the daily record.

A wait is a fact the provider owns, so a provider's update is published at once and recorded in
the history under their name; an organisation whose waits staff prefer to check first has
`hold_waits_for_approval` set, and its providers' updates wait as a `WaitChange` instead. Either
way the change is listed on the editors' dashboard, as is a change staff make to waits in the admin.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from services.directory_version import directory_changed
from services.listing_versions import listings_changed
from services.models import Service, Wait, WaitChange, WaitDay
from services.reviews import add_months

WAIT_FIELDS = ["label", "amount", "unit", "note"]
WITHIN_DAYS = {"none": 0, "4-weeks": 28}  # the search filter's choices, in days at most
RECENT_CHANGE_DAYS = 14


def wait_stale_before(*, today):
    """A wait last updated before this date is old enough that the page tells families to ask."""
    return add_months(today, -settings.WAIT_STALE_MONTHS)


def waits_snapshot(service):
    """The service's waits as plain rows, in order."""
    return [{name: getattr(wait, name) for name in WAIT_FIELDS} for wait in service.waits.all()]


@transaction.atomic
def waits_replace(*, service, rows, by, updated_by, reason, today=None):
    """Make the service's waits exactly `rows` (in order), each saved with `by` and `reason` in its history.

    A wait whose text has not changed keeps its "last updated" date unless `updated_by` confirms it today.
    """
    today = today or timezone.localdate()
    existing = list(service.waits.all())
    for number, row in enumerate(rows):
        wait = existing[number] if number < len(existing) else Wait(service=service)
        for name in WAIT_FIELDS:
            setattr(wait, name, row.get(name) or ("" if name in ("label", "note") else None))
        if wait.unit == Wait.Unit.NONE:
            wait.amount = None
        wait.order = number
        wait.updated_on, wait.updated_by = today, updated_by
        wait._history_user, wait._change_reason = by, reason[:100]
        wait.save()
    for wait in existing[len(rows) :]:
        wait._history_user, wait._change_reason = by, reason[:100]
        wait.delete()
    # An update sends no signal: the listing's and the directory's versions move on here (the record shows when it
    # was last changed, and the open data list finds it by that), even when no wait was saved or deleted.
    Service.objects.filter(pk=service.pk).update(updated=timezone.now())
    directory_changed(services=[service.pk])
    listings_changed(services=Service.objects.filter(pk=service.pk))


@transaction.atomic
def provider_waits_update(*, account, service, rows, now=None):
    """A provider states the service's waits: published at once (or held, for some organisations); a WaitChange."""
    now = now or timezone.now()
    service = Service.objects.select_for_update().select_related("organisation").get(pk=service.pk)
    held = service.organisation.hold_waits_for_approval
    WaitChange.objects.filter(service=service, status=WaitChange.Status.WAITING).delete()
    change = WaitChange.objects.create(
        service=service,
        before=waits_snapshot(service),
        proposed=rows,
        status=WaitChange.Status.WAITING if held else WaitChange.Status.PUBLISHED,
        proposed_by=account.user,
        proposed_by_name=account.name,
        created_at=now,
    )
    if not held:
        waits_replace(
            service=service,
            rows=rows,
            by=account.user,
            updated_by=Wait.UpdatedBy.PROVIDER,
            reason=f"Waits updated by {account.name}",
            today=timezone.localdate(now),
        )
    return change


@transaction.atomic
def waits_staff_changed(*, service, before, by, now=None):
    """Staff changed the service's waits in the admin (already saved, in the history under their name): list
    the change on the editors' dashboard, as a provider's is. Returns the WaitChange, or None if nothing changed."""
    after = waits_snapshot(service)
    if after == before:
        return None
    name = by.get_full_name() or by.username
    return WaitChange.objects.create(
        service=service,
        before=before,
        proposed=after,
        status=WaitChange.Status.PUBLISHED,
        proposed_by=by,
        proposed_by_name=f"{name} (staff)",
        created_at=now or timezone.now(),
    )


@transaction.atomic
def wait_change_decide(*, change, by, approve, now=None):
    """Approve (publish) or turn down a provider's held change to waits; a change already decided stays as it is."""
    now = now or timezone.now()
    change = WaitChange.objects.select_for_update().get(pk=change.pk)
    if change.status != WaitChange.Status.WAITING:
        return change
    name = by.get_full_name() or by.username
    if approve:
        waits_replace(
            service=change.service,
            rows=change.proposed,
            by=by,
            updated_by=Wait.UpdatedBy.PROVIDER,
            reason=f"Waits proposed by {change.proposed_by_name}, approved by {name}",
            today=timezone.localdate(now),
        )
    change.status = WaitChange.Status.APPROVED if approve else WaitChange.Status.REJECTED
    change.decided_by_name, change.decided_at = name, now
    change.save()
    return change


def wait_changes_recent(*, now=None):
    """Providers' wait changes of the last two weeks and any still held: the editors' dashboard panel."""
    since = (now or timezone.now()) - datetime.timedelta(days=RECENT_CHANGE_DAYS)
    return WaitChange.objects.filter(Q(created_at__gte=since) | Q(status=WaitChange.Status.WAITING)).select_related(
        "service"
    )


@transaction.atomic
def waits_record_day(*, day=None):
    """Keep every visible service's waits as they stand on `day` (today); running it again that day replaces them."""
    day = day or timezone.localdate()
    WaitDay.objects.filter(day=day).delete()
    seen, rows = set(), []
    waits = Wait.objects.filter(service__status__in=Service.VISIBLE_STATUSES).order_by("service_id", "order", "pk")
    for wait in waits:
        key = (wait.service_id, wait.label)
        if key in seen:
            continue
        seen.add(key)
        rows.append(WaitDay(day=day, service_id=wait.service_id, label=wait.label, days=wait.days, text=wait.text))
    WaitDay.objects.bulk_create(rows)
    return len(rows)


def waits_latest_day():
    """The waits as last recorded, longest first: the dashboard's panel."""
    latest = WaitDay.objects.order_by("-day").values_list("day", flat=True).first()
    if latest is None:
        return WaitDay.objects.none()
    return WaitDay.objects.filter(day=latest).select_related("service").order_by("-days", "service__name")


def wait_day_earlier(*, record, days=90):
    """The same wait as recorded about `days` days before, or None."""
    return (
        WaitDay.objects.filter(
            service_id=record.service_id, label=record.label, day__lte=record.day - datetime.timedelta(days=days)
        )
        .order_by("-day")
        .first()
    )
