"""The directory's panels on the staff dashboard: listings overdue or due for review, recently changed,
and providers' changes waiting for approval."""

from django.utils import timezone

from localoffer.staff.dashboard import Panel
from localoffer.staff.personal_data import personal_data_visible
from services.models import PendingChange
from services.providers.changes import changes_waiting, changes_waiting_summary
from services.reviews import services_due_soon, services_overdue, services_recently_changed
from services.waits import wait_changes_recent, wait_day_earlier, waits_latest_day


def review_note(service, *, user):
    return f"due {service.review_due:%-d %b %Y}"


def change_label(change, *, user):
    return f"{change.title} ({change.organisation.name})"


def change_note(change, *, user):
    by = change.proposed_by_name if personal_data_visible(user=user, model=PendingChange) else "a provider"
    return f"sent {timezone.localtime(change.created_at):%-d %b %Y} by {by}"


def changed_note(service, *, user):
    return f"changed {timezone.localtime(service.last_changed):%-d %b %Y, %H:%M}"


def wait_change_label(change, *, user):
    return f"{change.service.name}: {'; '.join(change.proposed_text)}"


def wait_change_note(change, *, user):
    when = timezone.localtime(change.created_at)
    return f"{change.get_status_display().lower()}, {when:%-d %b %Y} by {change.proposed_by_name}"


def wait_day_label(record, *, user):
    return f"{record.service.name}{': ' + record.label if record.label else ''}: {record.text}"


def wait_day_note(record, *, user):
    earlier = wait_day_earlier(record=record)
    return f"{earlier.text} on {earlier.day:%-d %b %Y}" if earlier else "no record three months before"


PANELS = [
    Panel(
        title="Services overdue for review",
        permission="services.view_service",  # the auditor sees them too
        items=services_overdue,
        see_all=("admin:services_service_changelist", "review=overdue"),
        note=review_note,
        empty="No service is overdue for review.",
        unit=("service", "services"),
    ),
    Panel(
        title="Services due for review in the next 30 days",
        permission="services.view_service",
        items=services_due_soon,
        see_all=("admin:services_service_changelist", "review=soon"),
        note=review_note,
        empty="No service is due for review in the next 30 days.",
        unit=("service", "services"),
    ),
    Panel(
        title="Services changed in the last 7 days",
        permission="services.change_service",
        items=services_recently_changed,
        see_all=("admin:services_service_changelist", "review=changed"),
        note=changed_note,
        empty="No service has changed in the last 7 days.",
        unit=("service", "services"),
    ),
    Panel(
        title="Changes waiting for approval",
        permission="services.change_pendingchange",
        items=changes_waiting,
        see_all=("admin:services_pendingchange_changelist", "status__exact=waiting"),
        label=change_label,
        note=change_note,
        summary=changes_waiting_summary,
        empty="No provider's change is waiting for approval.",
        unit=("change waiting", "changes waiting"),
    ),
    Panel(
        title="Waiting times changed by providers or staff in the last 14 days",
        permission="services.change_waitchange",
        items=wait_changes_recent,
        see_all=("admin:services_waitchange_changelist", ""),
        label=wait_change_label,
        note=wait_change_note,
        empty="No waiting time has changed in the last 14 days.",
        unit=("change to waits", "changes to waits"),
    ),
    Panel(
        title="Longest waits, and three months before",
        permission="services.view_waitday",
        items=waits_latest_day,
        see_all=("admin:services_waitday_changelist", ""),
        label=wait_day_label,
        note=wait_day_note,
        empty="No waits recorded yet: run manage.py record_waits daily.",
        unit=("wait recorded", "waits recorded"),
    ),
]
