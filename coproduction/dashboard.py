"""What co-production and feedback staff need to act on: this app's dashboard panels (`PANELS`), and how each reads.

Items are named only for staff who may see personal data; others read a neutral description
(who they are, when, which levels) with no name.
"""

from datetime import timedelta

from django.utils import timezone

from coproduction.feedback import staff_name
from coproduction.models import Booking, Feedback, ListingReport, PanelVolunteer, Pledge
from coproduction.panels import CONTACT_WITHIN_DAYS
from coproduction.roles import personal_data_visible
from localoffer.staff.dashboard import Panel

VOLUNTEER_WHO = {"parent-carer": "parent or carer", "young-person": "young person"}


def feedback_new():
    """Feedback nobody has picked up yet, oldest first."""
    return Feedback.objects.filter(status=Feedback.Status.NEW).order_by("created_at")


def feedback_urgent():
    """Open feedback sent with words of crisis in it, oldest first: to read before anything else."""
    return Feedback.objects.open().filter(urgent=True).order_by("created_at")


def listing_reports_urgent():
    """Open listing problem reports sent with words of crisis in them, oldest first."""
    return ListingReport.objects.open().filter(urgent=True).select_related("service").order_by("created_at")


def feedback_overdue(*, today=None):
    """Open feedback past its reply date, most overdue first."""
    return Feedback.objects.overdue(today=today).order_by("due_on")


def feedback_assigned(*, user):
    """Open feedback this person owns, the soonest due first."""
    return Feedback.objects.open().filter(owner=user).order_by("due_on", "created_at")


def listing_reports_assigned(*, user):
    """Open listing problem reports this person owns, the soonest due first."""
    return ListingReport.objects.open().filter(owner=user).select_related("service").order_by("due_on", "created_at")


def listing_reports_open():
    """Reports that a listing is wrong which nobody has finished with, the soonest due first."""
    return ListingReport.objects.open().select_related("service", "owner").order_by("due_on", "created_at")


def month_start(now=None):
    now = timezone.localtime(now)
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def pledges_this_month(*, now=None):
    """Pledges confirmed since the first of this month."""
    return (
        Pledge.objects.filter(status=Pledge.Status.CONFIRMED, confirmed_at__gte=month_start(now))
        .prefetch_related("levels")
        .order_by("-confirmed_at")
    )


def _day(moment):
    return f"{timezone.localtime(moment):%-d %b %Y}"


def pledge_label(pledge, *, user):
    """Their name and who they are, or, for staff who may not see names, who they are and when."""
    who = pledge.get_who_display().lower()
    if personal_data_visible(user=user, model=Pledge) and pledge.name:
        return f"{pledge.name} ({who}{f', {pledge.organisation}' if pledge.organisation else ''})"
    return f"A {who} who pledged on {_day(pledge.confirmed_at or pledge.created_at)}"


def pledge_note(pledge, *, user):
    levels = ", ".join(level.name for level in pledge.levels.all())
    when = f"confirmed {_day(pledge.confirmed_at)}; " if personal_data_visible(user=user, model=Pledge) else ""
    return f"{when}levels: {levels or 'none'}"


def volunteers_new():
    """Volunteers nobody has contacted yet, the longest waiting first."""
    return PanelVolunteer.objects.filter(status=PanelVolunteer.Status.NEW).order_by("created_at")


def waiting_days(volunteer, *, now=None):
    return (timezone.localdate(now) - timezone.localdate(volunteer.created_at)).days


def volunteer_label(volunteer, *, user):
    who = VOLUNTEER_WHO.get(volunteer.who, volunteer.get_who_display().lower())
    if personal_data_visible(user=user, model=PanelVolunteer):
        return f"{volunteer.name} ({who})"
    return f"A {who} who signed up on {_day(volunteer.created_at)}"


def volunteer_note(volunteer, *, user):
    days = waiting_days(volunteer)
    late = f": past the {CONTACT_WITHIN_DAYS // 7} weeks we promise" if days > CONTACT_WITHIN_DAYS else ""
    return f"waiting {days} day{'s' if days != 1 else ''}{late}"


def volunteers_summary(queryset):
    """How long the longest-waiting volunteer has waited, beside the promise made on the public page."""
    oldest = queryset.first()
    if oldest is None:
        return ""
    days = waiting_days(oldest)
    promise = f"The interview panels page promises contact within {CONTACT_WITHIN_DAYS // 7} weeks."
    late = queryset.filter(created_at__lt=timezone.now() - timedelta(days=CONTACT_WITHIN_DAYS)).count()
    overdue = f" {late} {'has' if late == 1 else 'have'} waited longer than that." if late else ""
    return f"The longest has waited {days} day{'s' if days != 1 else ''}. {promise}{overdue}"


def booking_label(booking, *, user):
    if personal_data_visible(user=user, model=Booking):
        return f"{booking.name}: {booking.event.title}"
    return f"A place on {booking.event.title}"


def booking_note(booking, *, user):
    return f"{booking.get_status_display().lower()}; received {_day(booking.created_at)}"


def bookings_this_month(*, now=None):
    """Forum and event places booked or waited for since the first of this month."""
    return (
        Booking.objects.exclude(status=Booking.Status.CANCELLED)
        .filter(created_at__gte=month_start(now))
        .select_related("event")
        .order_by("-created_at")
    )


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


PANELS = [
    Panel(
        title="Feedback with words of crisis: read first",
        permission="coproduction.change_feedback",
        items=feedback_urgent,
        see_all=("admin:coproduction_feedback_changelist", "urgent__exact=1&status__in=new,in-progress"),
        note=received_note,
        empty="No open feedback has words of crisis in it.",
        unit=("item", "items"),
    ),
    Panel(
        title="Problem reports with words of crisis: read first",
        permission="coproduction.change_listingreport",
        items=listing_reports_urgent,
        see_all=("admin:coproduction_listingreport_changelist", "urgent__exact=1&status__in=new,in-progress"),
        label=report_label,
        note=received_note,
        empty="No open problem report has words of crisis in it.",
        unit=("report", "reports"),
    ),
    Panel(
        title="Feedback assigned to me",
        permission="coproduction.change_feedback",
        items=feedback_assigned,
        for_user=True,
        see_all=("admin:coproduction_feedback_changelist", "owner=me&status__in=new,in-progress"),
        note=feedback_due_note,
        unit=("item", "items"),
    ),
    Panel(
        title="Problem reports assigned to me",
        permission="coproduction.change_listingreport",
        items=listing_reports_assigned,
        for_user=True,
        see_all=("admin:coproduction_listingreport_changelist", "owner=me&status__in=new,in-progress"),
        label=report_label,
        note=feedback_due_note,
        unit=("report", "reports"),
    ),
    Panel(
        title="New feedback",
        permission="coproduction.change_feedback",
        items=feedback_new,
        see_all=("admin:coproduction_feedback_changelist", "status__exact=new"),
        note=received_note,
        empty="No new feedback is waiting.",
        unit=("item", "items"),
    ),
    Panel(
        title="Feedback overdue for a reply",
        permission="coproduction.change_feedback",
        items=feedback_overdue,
        see_all=("admin:coproduction_feedback_changelist", "due=overdue"),
        note=feedback_due_note,
        empty="No feedback is overdue.",
        unit=("item", "items"),
    ),
    Panel(
        title="Open listing problem reports",
        permission="coproduction.view_listingreport",
        items=listing_reports_open,
        see_all=("admin:coproduction_listingreport_changelist", "status__in=new,in-progress"),
        label=report_label,
        note=report_note,
        empty="No open reports about listings.",
        unit=("report", "reports"),
    ),
    Panel(
        title="New interview-panel volunteers",
        permission="coproduction.view_panelvolunteer",
        items=volunteers_new,
        see_all=("admin:coproduction_panelvolunteer_changelist", "status__exact=new"),
        label=volunteer_label,
        note=volunteer_note,
        summary=volunteers_summary,
        empty="No new volunteers are waiting to be contacted.",
        unit=("volunteer waiting", "volunteers waiting"),
    ),
    Panel(
        title="Pledges confirmed this month",
        permission="coproduction.view_pledge",
        items=pledges_this_month,
        see_all=("admin:coproduction_pledge_changelist", "status__exact=confirmed"),
        label=pledge_label,
        note=pledge_note,
        empty="No pledges confirmed yet this month.",
        unit=("pledge", "pledges"),
    ),
    Panel(
        title="Forum and event bookings this month",
        permission="coproduction.view_booking",
        items=bookings_this_month,
        see_all=("admin:coproduction_booking_changelist", ""),
        label=booking_label,
        note=booking_note,
        empty="No bookings yet this month.",
        unit=("booking", "bookings"),
    ),
]
