"""Providers' changes held for approval: proposed, compared, approved (applied) or rejected with a reason.

Nothing a provider sends changes the public listing: it becomes a `PendingChange`. A Local
Offer editor approves it, which applies it in one transaction recorded in the history with both
names, or rejects it with a reason that is emailed to the provider. When the listing changed
after the provider began editing, approving needs the editor to say so, having seen both.
"""

import re

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from localoffer.core.mail import email_queue
from localoffer.core.words import shortened
from localoffer.core.work_alerts import work_arrived
from services.models import PendingChange, ProviderAccount, Service
from services.providers.listings import listing_apply, listing_snapshot, snapshot_texts, snapshots_compare
from services.reachability import snapshot_reachability_problems
from services.reviews import service_mark_reviewed
from services.signals import listing_change_approved

PROPOSED_BY = "Proposed by "
PROPOSED_BY_RE = re.compile(r"^Proposed by .*?, approved by ")


def reason_without_provider(reason):
    """A history entry's reason with the provider's name left out, for staff who may not see it."""
    return PROPOSED_BY_RE.sub("Proposed by a provider, approved by ", reason or "")


class ChangeConflict(Exception):
    """The listing changed after the provider began editing, and the editor has not chosen to overwrite it."""


class ChangeAlreadyDecided(Exception):
    """Someone else approved or rejected this change first."""


class ChangeUnreachable(Exception):
    """Approving would show a listing that a family has no way to reach; the messages say what is missing."""

    def __init__(self, problems):
        super().__init__(" ".join(problems.values()))
        self.problems = problems


class ChangeRefused(Exception):
    """What a provider sent cannot be held for approval; `problems` says why, {field name or None: message}."""

    def __init__(self, problems):
        super().__init__(" ".join(problems.values()))
        self.problems = problems


NOTHING_CHANGED = (
    "You have not changed anything. If the listing is still right, "
    "go back to your listings and choose 'Nothing has changed'"
)


def listing_edit_start(service):
    """Where a provider's edit of a listing (None: a new service) starts: (its waiting change, its snapshot).

    The snapshot is the waiting change's proposal when there is one, so each part saved adds to it;
    otherwise the listing as it is now.
    """
    if service is None:
        return None, {}
    waiting = PendingChange.objects.waiting().filter(service=service).first()
    return waiting, (waiting.proposed if waiting else listing_snapshot(service))


def listing_change_send(*, account, service, proposed, started, fixes_reports=()):
    """Hold what a provider sent (the whole listing, or it with one part changed) in the listing's waiting change.

    Refused (ChangeRefused) when a family could not reach the service as proposed, or when it changes
    nothing and no change is waiting. `started` is the listing as it was when they opened the form.
    """
    problems = snapshot_reachability_problems(proposed)
    if problems:
        raise ChangeRefused(problems)
    if service is not None:
        waiting = PendingChange.objects.waiting().filter(service=service).exists()
        if not waiting and not snapshots_compare(listing_snapshot(service), proposed):
            raise ChangeRefused({None: NOTHING_CHANGED})
    return change_propose(
        account=account, proposed=proposed, original=started, service=service, fixes_reports=fixes_reports
    )


def change_reachability_problems(change):
    """What stops a family reaching the listing as proposed, as {field: message}; empty when it may be approved."""
    return snapshot_reachability_problems(change.proposed)


def person_name(user):
    """A person's name as the history and emails give it."""
    if user is None:
        return ""
    account = ProviderAccount.objects.filter(user=user).first()
    return account.name if account else (user.get_full_name() or user.username)


def provider_services(account):
    """The listings this provider keeps: every service of their organisations."""
    return Service.objects.filter(organisation__in=account.organisations.all()).select_related("organisation")


def provider_changes(account):
    """Every change proposed for this provider's organisations, newest first."""
    return (
        PendingChange.objects.filter(organisation__in=account.organisations.all())
        .select_related("service", "organisation")
        .order_by("-created_at", "-pk")
    )


def changes_waiting():
    """Changes nobody has decided yet, the longest waiting first: the editors' queue."""
    return PendingChange.objects.waiting().select_related("service", "organisation").order_by("created_at", "pk")


def changes_waiting_summary(queryset):
    """The dashboard's sentence under the count: how long the oldest has waited."""
    oldest = queryset.order_by("created_at").first()
    if oldest is None:
        return ""
    return f"The oldest has waited since {timezone.localtime(oldest.created_at):%-d %B %Y}."


@transaction.atomic
def change_propose(*, account, proposed, original, service=None, fixes_reports=()):
    """Hold a provider's version of a listing (or a new service) for approval; returns the PendingChange.

    A listing has at most one change waiting: sending again replaces what it proposes and keeps
    when editing first began, so a conflict with staff edits made meanwhile is still seen.
    """
    organisation_id = proposed["organisation"]
    waiting = None
    if service is not None:
        waiting = PendingChange.objects.select_for_update().waiting().filter(service=service).first()
    arrived = waiting is None
    if waiting is None:
        waiting = PendingChange(service=service, is_new_service=service is None, original=original)
    waiting.organisation_id = organisation_id
    waiting.proposed = proposed
    waiting.fixes_reports = sorted({int(pk) for pk in fixes_reports})
    waiting.proposed_by = account.user
    waiting.proposed_by_name = account.name
    waiting.save()
    if arrived:
        name = service.name if service is not None else f"new service {proposed.get('name', '')}".strip()
        work_arrived(
            kind="provider-changes",
            title=f"A provider's change to {name}, waiting for approval",
            admin_path=reverse("admin:services_pendingchange_change", args=[waiting.pk]),
        )
    return waiting


def change_conflicts(change):
    """True when the listing is no longer what the provider started from."""
    if change.is_new_service or change.service is None:
        return False
    now = listing_snapshot(change.service)
    # A change begun before a part of the listing existed (its steps) is compared on the parts it knew.
    now = {key: value for key, value in now.items() if key in change.original}
    return now != change.original


def change_comparison(change):
    """What the editor compares: rows of (label, [texts]); columns named in `columns`.

    Two columns (now, proposed) normally; three (when they started, now, proposed) when the
    listing has changed since the provider began.
    """
    if change.is_new_service or change.service is None:
        rows = [(label, [text]) for label, text in snapshot_texts(change.proposed)]
        return {"columns": ["Proposed"], "rows": rows, "conflict": False}
    now = listing_snapshot(change.service) if change.is_waiting else change.original
    conflict = change.is_waiting and now != change.original
    if conflict:
        rows = snapshots_compare(change.original, now, change.proposed)
        columns = ["When they started editing", "On the website now", "Proposed"]
    else:
        rows = snapshots_compare(change.original, change.proposed)
        columns = ["Before", "Proposed"]
    return {"columns": columns, "rows": rows, "conflict": conflict}


def _lock_waiting(change):
    locked = PendingChange.objects.select_for_update().get(pk=change.pk)
    if not locked.is_waiting:
        raise ChangeAlreadyDecided
    return locked


def _email_provider(change, *, template, subject):
    if change.proposed_by is None:
        return
    account = ProviderAccount.objects.filter(user=change.proposed_by, removed_at=None).first()
    if account is None:
        return
    email_queue(
        to=account.email,
        subject=subject,
        body=render_to_string(
            template,
            {
                "change": change,
                "account": account,
                "area": settings.SITE_URL + reverse("providers:home"),
                "site_url": settings.SITE_URL,
            },
        ),
        purpose="provider-change-decided",
    )


def _newer_staff_edit(change):
    """The latest staff edit of the listing since the provider's change was first sent, or None."""
    return (
        change.service.history.filter(history_date__gt=change.created_at)
        .exclude(history_user=None)
        .exclude(history_user=change.proposed_by)
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
        .first()
    )


@transaction.atomic
def change_approve(*, change, by, overwrite=False, choices=None, now=None):
    """Apply a waiting change to the listing, in one transaction; returns the service.

    Recorded in the history as the approver's change, with the provider named in its reason.
    When the listing moved on since the provider began, `choices` ({part key: (choice, edited
    text)}, see `conflicts.py`) settles each clashing part, or `overwrite` takes the provider's
    version of all of them; a staff edit so replaced is named in the reason and kept on the change.
    Raises ChangeConflict when neither is given, ChangeUnreachable when a family could not reach
    the listing, and ChangeAlreadyDecided when someone else decided first.
    """
    from services.providers.conflicts import PROVIDER, conflict_parts, snapshot_settle

    now = now or timezone.now()
    change = _lock_waiting(change)
    if change.service_id:
        Service.objects.select_for_update().filter(pk=change.service_id).first()
    conflicted = change_conflicts(change)
    if conflicted and not overwrite and choices is None:
        raise ChangeConflict
    snapshot, replaced = change.proposed, []
    if conflicted:
        if choices is None:
            choices = {part.key: (PROVIDER, "") for part in conflict_parts(change)}
        snapshot, replaced = snapshot_settle(change=change, choices=choices)
    problems = snapshot_reachability_problems(snapshot)
    if problems:
        raise ChangeUnreachable(problems)
    rows = change_comparison(change)["rows"]
    approver = person_name(by)
    reason = f"{PROPOSED_BY}{change.proposed_by_name}, approved by {approver}"
    if replaced:
        newer = _newer_staff_edit(change)
        if newer is not None:
            who = person_name(newer.history_user)
            when = f"{timezone.localtime(newer.history_date):%-d %B %Y, %H:%M}"
            change.replaced_staff_edit = f"{who}'s edit of {when} (version {newer.history_id}): {', '.join(replaced)}"
            reason += f", over {who}'s edit of {when}"
        else:
            change.replaced_staff_edit = f"A staff edit made since the provider began: {', '.join(replaced)}"
    service = listing_apply(snapshot=snapshot, by=by, reason=shortened(reason), service=change.service, when=now)
    change.service = service
    change.status = PendingChange.Status.APPROVED
    change.decided_by, change.decided_by_name, change.decided_at = by, approver, now
    change.save()
    changed = [(label, values[0], values[-1]) for label, values in rows]
    listing_change_approved.send(
        sender=PendingChange, change=change, service=service, report_ids=change.fixes_reports, changes=changed
    )
    _email_provider(
        change,
        template="services/providers/email/approved.txt",
        subject=f"Your change to {service.name} is approved and on the website",
    )
    return service


@transaction.atomic
def change_reject(*, change, by, reason, now=None):
    """Turn a change down with a reason, which is emailed to the provider; the listing stays as it is."""
    now = now or timezone.now()
    change = _lock_waiting(change)
    change.status = PendingChange.Status.REJECTED
    change.reason = reason.strip()
    change.decided_by, change.decided_by_name, change.decided_at = by, person_name(by), now
    change.save()
    _email_provider(
        change,
        template="services/providers/email/rejected.txt",
        subject=f"Your change to {change.proposed.get('service', {}).get('name', 'a listing')} was not approved",
    )
    return change


@transaction.atomic
def listing_confirm_unchanged(*, service, account):
    """ "Nothing has changed": the provider confirms the listing as it is, which counts as its review."""
    return service_mark_reviewed(service=service, by=account.user)
