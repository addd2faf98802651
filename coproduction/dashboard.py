"""What co-production and feedback staff need to act on, for the dashboard's panels."""

from django.utils import timezone

from coproduction.models import Booking, Feedback, ListingReport, Pledge

OPEN = [Feedback.Status.NEW, Feedback.Status.IN_PROGRESS]


def feedback_new():
    """Feedback nobody has picked up yet, oldest first."""
    return Feedback.objects.filter(status=Feedback.Status.NEW).order_by("created_at")


def feedback_overdue(*, today=None):
    """Open feedback past its reply date, most overdue first."""
    today = today or timezone.localdate()
    return Feedback.objects.filter(status__in=OPEN, due_on__lt=today).order_by("due_on")


def listing_reports_open():
    """Reports that a listing is wrong which nobody has finished with, the soonest due first."""
    return (
        ListingReport.objects.filter(status__in=OPEN)
        .select_related("service", "owner")
        .order_by("due_on", "created_at")
    )


def month_start(now=None):
    now = timezone.localtime(now)
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def pledges_this_month(*, now=None):
    """Pledges confirmed since the first of this month."""
    return Pledge.objects.filter(status=Pledge.Status.CONFIRMED, confirmed_at__gte=month_start(now)).order_by(
        "-confirmed_at"
    )


def bookings_this_month(*, now=None):
    """Forum and event places booked or waited for since the first of this month."""
    return (
        Booking.objects.exclude(status=Booking.Status.CANCELLED)
        .filter(created_at__gte=month_start(now))
        .select_related("event")
        .order_by("-created_at")
    )
