"""The staff dashboard on the admin home: a panel for each thing that needs someone's attention.

Each area adds one `Panel` to `PANELS`: a title, the permission a person needs to see it, the
dotted path of a function that returns a queryset of what needs attention, and where "see
all" goes; optionally how each item is named and what is noted beside it, both given the person
looking (so that names appear only for those who may see them). A person sees only the panels
their permissions allow.
"""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.module_loading import import_string

from coproduction import dashboard as coproduction
from coproduction.feedback import staff_name
from services.providers.changes import changes_waiting_summary

ITEMS_SHOWN = 5


@dataclass(frozen=True)
class Panel:
    """One box on the dashboard."""

    title: str
    permission: str
    items: str  # dotted path of a function, called with no arguments, returning a queryset
    see_all: tuple = ()  # (URL name, query string) of the admin list that shows every item
    note: callable = field(default=None)  # note(item, user=...): a short text beside each item, e.g. its due date
    label: callable = field(default=None)  # label(item, user=...): the item's link text; str(item) when not given
    summary: callable = field(default=None)  # summary(queryset): a sentence under the count, e.g. the oldest
    empty: str = "Nothing here."
    unit: tuple = ("item", "items")  # what is counted, singular and plural


def review_note(service, *, user):
    return f"due {service.review_due:%-d %b %Y}"


def changed_note(service, *, user):
    return f"changed {timezone.localtime(service.last_changed):%-d %b %Y, %H:%M}"


def feedback_due_note(item, *, user):
    return f"reply due {item.due_on:%-d %b %Y}" if item.due_on else ""


def received_note(obj, *, user):
    return f"received {timezone.localtime(obj.created_at):%-d %b %Y}"


def report_label(report, *, user):
    return f"{report.reference}: {report.service.name}"


def report_note(report, *, user):
    owner = "with you" if report.owner_id == user.pk else f"with {staff_name(report.owner)}" if report.owner else ""
    due = f"reply due {report.due_on:%-d %b %Y}" if report.due_on else ""
    return "; ".join(part for part in (report.get_problem_display().lower(), owner or "nobody has it yet", due) if part)


def change_label(change, *, user):
    return f"{change.title} ({change.organisation.name})"


def change_note(change, *, user):
    return f"sent {timezone.localtime(change.created_at):%-d %b %Y} by {change.proposed_by_name}"


def email_note(email, *, user):
    if email.status == "given up":
        return f"given up after {email.attempts} attempts: {email.last_error[:60]}"
    if email.attempts:
        next_try = timezone.localtime(email.next_attempt_at)
        return f"failed {email.attempts} time(s), next try {next_try:%H:%M}: {email.last_error[:60]}"
    return f"waiting since {timezone.localtime(email.created_at):%-d %b %Y, %H:%M}: is the mail worker running?"


PANELS = [
    Panel(
        title="Services overdue for review",
        permission="services.change_service",
        items="services.reviews.services_overdue",
        see_all=("admin:services_service_changelist", "review=overdue"),
        note=review_note,
        empty="No service is overdue for review.",
        unit=("service", "services"),
    ),
    Panel(
        title="Services due for review in the next 30 days",
        permission="services.change_service",
        items="services.reviews.services_due_soon",
        see_all=("admin:services_service_changelist", "review=soon"),
        note=review_note,
        empty="No service is due for review in the next 30 days.",
        unit=("service", "services"),
    ),
    Panel(
        title="Services changed in the last 7 days",
        permission="services.change_service",
        items="services.reviews.services_recently_changed",
        see_all=("admin:services_service_changelist", "review=changed"),
        note=changed_note,
        empty="No service has changed in the last 7 days.",
        unit=("service", "services"),
    ),
    Panel(
        title="Changes waiting for approval",
        permission="services.change_pendingchange",
        items="services.providers.changes.changes_waiting",
        see_all=("admin:services_pendingchange_changelist", "status__exact=waiting"),
        label=change_label,
        note=change_note,
        summary=changes_waiting_summary,
        empty="No provider's change is waiting for approval.",
        unit=("change waiting", "changes waiting"),
    ),
    Panel(
        title="New feedback",
        permission="coproduction.change_feedback",
        items="coproduction.dashboard.feedback_new",
        see_all=("admin:coproduction_feedback_changelist", "status__exact=new"),
        note=received_note,
        empty="No new feedback is waiting.",
        unit=("item", "items"),
    ),
    Panel(
        title="Feedback overdue for a reply",
        permission="coproduction.change_feedback",
        items="coproduction.dashboard.feedback_overdue",
        see_all=("admin:coproduction_feedback_changelist", "due=overdue"),
        note=feedback_due_note,
        empty="No feedback is overdue.",
        unit=("item", "items"),
    ),
    Panel(
        title="Open listing problem reports",
        permission="coproduction.view_listingreport",
        items="coproduction.dashboard.listing_reports_open",
        see_all=("admin:coproduction_listingreport_changelist", "status__in=new,in-progress"),
        label=report_label,
        note=report_note,
        empty="No open reports about listings.",
        unit=("report", "reports"),
    ),
    Panel(
        title="New interview-panel volunteers",
        permission="coproduction.view_panelvolunteer",
        items="coproduction.dashboard.volunteers_new",
        see_all=("admin:coproduction_panelvolunteer_changelist", "status__exact=new"),
        label=coproduction.volunteer_label,
        note=coproduction.volunteer_note,
        summary=coproduction.volunteers_summary,
        empty="No new volunteers are waiting to be contacted.",
        unit=("volunteer waiting", "volunteers waiting"),
    ),
    Panel(
        title="Pledges confirmed this month",
        permission="coproduction.view_pledge",
        items="coproduction.dashboard.pledges_this_month",
        see_all=("admin:coproduction_pledge_changelist", "status__exact=confirmed"),
        label=coproduction.pledge_label,
        note=coproduction.pledge_note,
        empty="No pledges confirmed yet this month.",
        unit=("pledge", "pledges"),
    ),
    Panel(
        title="Forum and event bookings this month",
        permission="coproduction.view_booking",
        items="coproduction.dashboard.bookings_this_month",
        see_all=("admin:coproduction_booking_changelist", ""),
        label=coproduction.booking_label,
        note=coproduction.booking_note,
        empty="No bookings yet this month.",
        unit=("booking", "bookings"),
    ),
    Panel(
        title="Emails waiting or failing",
        permission="localoffer.view_outboundemail",  # no role has it: the system owner's panel
        items="localoffer.mail.emails_needing_attention",
        see_all=("admin:localoffer_outboundemail_changelist", "status=unsent"),
        note=email_note,
        empty="Every email has been sent.",
        unit=("email", "emails"),
    ),
]


@dataclass
class PanelView:
    """A panel as one person sees it: how many, the first few with links, and a link to them all."""

    title: str
    count: int
    unit: str
    items: list  # (text, admin URL, note)
    see_all_url: str
    empty: str
    summary: str = ""


def _admin_change_url(obj):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def dashboard_panels(*, user, panels=None):
    """The panels this person may see, filled in."""
    shown = []
    for panel in PANELS if panels is None else panels:
        if not user.has_perm(panel.permission):
            continue
        queryset = import_string(panel.items)()
        first = list(queryset[:ITEMS_SHOWN])
        count = len(first) if len(first) < ITEMS_SHOWN else queryset.count()
        items = [
            (
                panel.label(obj, user=user) if panel.label else str(obj),
                _admin_change_url(obj),
                panel.note(obj, user=user) if panel.note else "",
            )
            for obj in first
        ]
        see_all_url = ""
        if panel.see_all:
            name, query = panel.see_all
            see_all_url = reverse(name) + (f"?{query}" if query else "")
        unit = panel.unit[0] if count == 1 else panel.unit[1]
        shown.append(
            PanelView(
                title=panel.title,
                count=count,
                unit=unit,
                items=items,
                see_all_url=see_all_url,
                empty=panel.empty,
                summary=panel.summary(queryset) if panel.summary and count else "",
            )
        )
    return shown
