"""Closing the loop on listing problem reports: the listing's providers see them, the reporter hears back.

A report is shown to the providers of the listing it is about (what is wrong, never who said
so). When it is resolved, by a provider's change the council approved or by staff closing it,
a reporter who left an email and asked to hear back is told what changed, through the outbox.
The directory announces approved changes with the `listing_change_approved` signal (connected in
apps.py) and finds open reports in `provider_reports.py`.
"""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from coproduction.models import ListingReport
from localoffer.core.mail import email_queue
from services.providers.reports import OpenReport


def open_reports_for_providers(*, service_ids):
    """Open reports about these services, without the reporter's email: for the provider area."""
    reports = ListingReport.objects.open().filter(service_id__in=service_ids).order_by("created_at")
    return [
        OpenReport(
            id=report.pk,
            reference=report.reference,
            service_id=report.service_id,
            problem=report.get_problem_display(),
            description=report.description,
            received=report.created_at,
        )
        for report in reports
    ]


def _changes_in_words(changes):
    lines = []
    for label, before, after in changes:
        lines.append(f"{label}: now {after}" + (f" (it was {before})" if before and before != "Not answered" else ""))
    return lines


@transaction.atomic
def listing_report_resolve(*, report, changes, now=None):
    """Close a report as resolved and, when they asked to hear back, email the reporter what changed.

    `changes` are (label, before, after) rows in words. Resolving a report twice emails once.
    Returns True when an email was queued.
    """
    now = now or timezone.now()
    report = ListingReport.objects.select_for_update().get(pk=report.pk)
    if report.resolved_at is not None:
        return False
    report.resolved_at = now
    if report.is_open or report.status == ListingReport.Status.ANSWERED:
        report.status = ListingReport.Status.CLOSED
    report.closed_at = report.closed_at or now
    report.save(update_fields=["resolved_at", "status", "closed_at"])
    if not (report.wants_reply and report.email):
        return False
    email_queue(
        to=report.email,
        subject=f"The listing you reported has been corrected: {report.reference}",
        body=render_to_string(
            "coproduction/email/report-fixed.txt",
            {"item": report, "changes": _changes_in_words(changes), "site_url": settings.SITE_URL},
        ),
        purpose="feedback-report-fixed",
    )
    return True


def listing_change_approved(sender, *, change, service, report_ids, changes, **kwargs):
    """Receiver of the directory's signal: resolve the reports the approved change fixes."""
    for report in ListingReport.objects.filter(pk__in=report_ids, service=service).exclude(
        status=ListingReport.Status.CLOSED, resolved_at__isnull=False
    ):
        listing_report_resolve(report=report, changes=changes)


def listing_changes_since(report):
    """What staff changed in the listing's own fields since the report came in, as (label, before, after)."""
    service = report.service
    before = service.history.filter(history_date__lte=report.created_at).order_by("-history_date").first()
    now = service.history.order_by("-history_date").first()
    if before is None or now is None or before.pk == now.pk:
        return []
    delta = now.diff_against(before, excluded_fields=["updated", "last_reviewed", "review_due"])
    rows = []
    for field_change in delta.changes:
        field = service._meta.get_field(field_change.field)
        if field.many_to_many:
            continue
        label = str(field.verbose_name)
        rows.append((label[0].upper() + label[1:], str(field_change.old or ""), str(field_change.new or "")))
    return rows
