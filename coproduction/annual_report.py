"""The Local Offer report (SEND Regulations 2014, regulation 56): what people told us and what we did,
for any date range, in tables that print and download as CSV.

Every figure is a count, an average or public text ("You said, we did" as published, the words
families searched with): nothing names or could identify a person. Searches made fewer than
SEARCH_MINIMUM times in the range are left out, so a name typed once into the search box never
appears.
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Max, Min, Q, Sum
from django.http import HttpResponse
from django.utils import timezone

from coproduction.models import Booking, Event, Feedback, ListingReport, PanelVolunteer, Pledge, YouSaidWeDid
from localoffer.core.csv_safety import cell_escape
from services.models import ReviewCount, SearchRecord, WaitDay

SEARCH_MINIMUM = 2  # a search must have been made at least this often in the range to be shown
SEARCHES_SHOWN = 20


@dataclass
class Table:
    """One table of the report: it prints under its title and downloads as `<slug>.csv`."""

    slug: str
    title: str
    columns: list
    rows: list = field(default_factory=list)
    note: str = ""


def _moments(start, end):
    """The range as aware datetimes: from the start of `start` to the end of `end`, local time."""
    zone = timezone.get_current_timezone()
    return datetime.combine(start, time.min, zone), datetime.combine(end + timedelta(days=1), time.min, zone)


def _average_days(values):
    return f"{sum(values) / len(values):.1f}" if values else "-"


def feedback_by_kind(*, start, end, today):
    """Each kind of feedback: received, answered by the deadline, answered late, waiting (and of those overdue),
    and the average days to the first reply."""
    since, until = _moments(start, end)
    items = Feedback.objects.filter(created_at__gte=since, created_at__lt=until).annotate(first=Min("replies__sent_at"))
    rows = []
    for kind, label in Feedback.Kind.choices:
        of_kind = [item for item in items if item.kind == kind]
        on_time = late = waiting = overdue = 0
        days = []
        for item in of_kind:
            answered = item.first or item.replied_at
            if answered is None:
                waiting += 1
                overdue += bool(item.due_on and item.due_on < today and item.is_open)
                continue
            answered_on = timezone.localdate(answered)
            days.append((answered_on - timezone.localdate(item.created_at)).days)
            if item.due_on is None or answered_on <= item.due_on:
                on_time += 1
            else:
                late += 1
        rows.append([label, len(of_kind), on_time, late, waiting, overdue, _average_days(days)])
    rows.append(["All", *[sum(row[i] for row in rows) for i in range(1, 6)], _average_days_all(items)])
    return Table(
        "feedback-by-kind",
        "Feedback by kind, and time to answer against the deadline",
        [
            "Kind",
            "Received",
            "Answered by the deadline",
            "Answered late",
            "Not answered yet",
            "Of those, overdue",
            "Average days to first reply",
        ],  # fmt: skip
        rows,
        "The deadline is set when feedback arrives: 20 working days for a complaint.",
    )


def _average_days_all(items):
    days = [
        (timezone.localdate(item.first or item.replied_at) - timezone.localdate(item.created_at)).days
        for item in items
        if item.first or item.replied_at
    ]
    return _average_days(days)


def feedback_by_theme(*, start, end):
    """Feedback received in the range by the theme of the "You said, we did" entry that answers it."""
    since, until = _moments(start, end)
    items = Feedback.objects.filter(created_at__gte=since, created_at__lt=until)
    themed = (
        items.filter(you_said_we_did__isnull=False)
        .values("you_said_we_did__theme__name")
        .annotate(received=Count("pk", distinct=True))
        .order_by("-received", "you_said_we_did__theme__name")
    )
    rows = [[row["you_said_we_did__theme__name"], row["received"]] for row in themed]
    rows.append(["Not linked to a You said, we did entry", items.filter(you_said_we_did__isnull=True).count()])
    return Table("feedback-by-theme", "Feedback by theme", ["Theme", "Received"], rows)


def complaints_by_outcome(*, start, end):
    """Complaints received in the range by outcome; those not closed yet are counted apart."""
    since, until = _moments(start, end)
    complaints = Feedback.objects.filter(kind=Feedback.Kind.COMPLAINT, created_at__gte=since, created_at__lt=until)
    counts = dict(complaints.values_list("outcome").annotate(n=Count("pk")).order_by())
    rows = [[label, counts.get(value, 0)] for value, label in Feedback.Outcome.choices]
    rows.append(["No outcome recorded yet", counts.get("", 0)])
    return Table("complaints-by-outcome", "Complaints by outcome", ["Outcome", "Complaints"], rows)


def problem_reports(*, start, end):
    """Reports that a listing was wrong, by problem: received, fixed, average days to fix, still open."""
    since, until = _moments(start, end)
    reports = ListingReport.objects.filter(created_at__gte=since, created_at__lt=until)
    rows = []
    for problem, label in ListingReport.Problem.choices:
        of_kind = [report for report in reports if report.problem == problem]
        fixed = [report for report in of_kind if report.resolved_at]
        days = [(timezone.localdate(r.resolved_at) - timezone.localdate(r.created_at)).days for r in fixed]
        still_open = sum(1 for report in of_kind if report.is_open)
        rows.append([label, len(of_kind), len(fixed), _average_days(days), still_open])
    all_fixed = [r for r in reports if r.resolved_at]
    all_days = [(timezone.localdate(r.resolved_at) - timezone.localdate(r.created_at)).days for r in all_fixed]
    rows.append(["All", len(reports), len(all_fixed), _average_days(all_days), sum(1 for r in reports if r.is_open)])
    return Table(
        "problem-reports",
        "Reports that a listing was wrong, and time to fix",
        ["Problem", "Received", "Fixed", "Average days to fix", "Still open"],
        rows,
    )


def reviews_by_month(*, start, end):
    """Month by month from the daily counts: listings under review, overdue at the month's last count and at most."""
    counts = ReviewCount.objects.filter(day__gte=start, day__lte=end).order_by("day")
    months = {}
    for count in counts:
        months.setdefault((count.day.year, count.day.month), []).append(count)
    rows = []
    for (year, month), days in months.items():
        last = days[-1]
        on_time = last.listings - last.overdue
        share = f"{100 * on_time / last.listings:.0f}%" if last.listings else "-"
        rows.append(
            [
                date(year, month, 1).strftime("%B %Y"),
                len(days),
                last.listings,
                on_time,
                share,
                last.overdue,
                max(day.overdue for day in days),
            ]  # fmt: skip
        )
    return Table(
        "listings-reviewed",
        "Listings reviewed on time and overdue, each month",
        [
            "Month",
            "Days counted",
            "Listings",
            "Reviewed on time",
            "Share on time",
            "Overdue at the month's last count",
            "Most overdue on one day",
        ],  # fmt: skip
        rows,
        "From the daily count of listings overdue for review, kept since it began; months before it are not shown.",
    )


def searches(*, start, end, found_nothing):
    """The searches families made most often in the range; with `found_nothing`, those that found no service."""
    records = SearchRecord.objects.filter(day__gte=start, day__lte=end)
    if found_nothing:
        records = records.filter(results=0)
    rows = (
        records.values("query")
        .annotate(made=Sum("searches"), last_day=Max("day"))
        .filter(made__gte=SEARCH_MINIMUM)
        .order_by("-made", "query")[:SEARCHES_SHOWN]
    )
    if found_nothing:
        return Table(
            "searches-found-nothing",
            "Searches that found nothing",
            ["Search", "Times made"],
            [[row["query"], row["made"]] for row in rows],
            f"The {SEARCHES_SHOWN} made most often that found no service, made at least {SEARCH_MINIMUM} times.",
        )
    return Table(
        "searches-most-made",
        "What families searched for most",
        ["Search", "Times made"],
        [[row["query"], row["made"]] for row in rows],
        f"The {SEARCHES_SHOWN} made most often, each made at least {SEARCH_MINIMUM} times.",
    )


def taking_part(*, start, end):
    """Pledges confirmed, volunteers who signed up, events and bookings in the range."""
    since, until = _moments(start, end)
    events = Event.objects.filter(starts_at__gte=since, starts_at__lt=until)
    bookings = Booking.objects.filter(event__in=events).aggregate(
        booked=Count("pk", filter=Q(status=Booking.Status.BOOKED)),
        waiting=Count("pk", filter=Q(status=Booking.Status.WAITING)),
        cancelled=Count("pk", filter=Q(status=Booking.Status.CANCELLED)),
    )
    rows = [
        ["Pledges confirmed", Pledge.objects.filter(confirmed_at__gte=since, confirmed_at__lt=until).count()],
        ["Interview-panel volunteers who signed up",
         PanelVolunteer.objects.filter(created_at__gte=since, created_at__lt=until).count()],
        ["Forums and events held", events.filter(cancelled=False).count()],
        ["Forums and events cancelled", events.filter(cancelled=True).count()],
        ["Places booked on them", bookings["booked"]],
        ["Still on a waiting list", bookings["waiting"]],
        ["Bookings cancelled", bookings["cancelled"]],
    ]  # fmt: skip
    return Table(
        "taking-part",
        "Pledges, volunteers and bookings",
        ["What", "How many"],
        rows,
        "Volunteers and bookings are deleted after their retention period, so a range long past counts fewer.",
    )


def you_said_we_did(*, start, end):
    """The "You said, we did" entries published, dated in the range, as the public page shows them."""
    entries = YouSaidWeDid.objects.filter(published=True, date__gte=start, date__lte=end).select_related("theme")
    rows = [[e.date.isoformat(), e.theme.name, e.you_said, e.we_did] for e in entries.order_by("date", "pk")]
    columns = ["Date", "Theme", "You said", "We did"]
    return Table("you-said-we-did", "You said, we did: entries published", columns, rows)


def waits_by_service(*, start, end):
    """Each service's stated waits over the range, from the daily record: first, last, shortest and longest."""
    days = WaitDay.objects.filter(day__gte=start, day__lte=end).select_related("service").order_by("day")
    waits = {}
    for day in days:
        waits.setdefault((day.service.name, day.label), []).append(day)
    rows = []
    for (name, label), kept in sorted(waits.items()):
        shortest = min(kept, key=lambda day: day.days)
        longest = max(kept, key=lambda day: day.days)
        rows.append([name, label or "-", kept[0].text, kept[-1].text, shortest.text, longest.text, len(kept)])
    return Table(
        "waits",
        "Waiting times by service",
        ["Service", "Wait for", "At the start", "At the end", "Shortest", "Longest", "Days recorded"],
        rows,
        "From the daily record of the waits services state (first appointment after referral), kept since it began.",
    )


def report_build(*, start, end, today=None):
    """Every table of the report for the dates from `start` to `end`, both included, in the order it prints."""
    today = today or timezone.localdate()
    return [
        feedback_by_kind(start=start, end=end, today=today),
        feedback_by_theme(start=start, end=end),
        complaints_by_outcome(start=start, end=end),
        problem_reports(start=start, end=end),
        reviews_by_month(start=start, end=end),
        waits_by_service(start=start, end=end),
        searches(start=start, end=end, found_nothing=False),
        searches(start=start, end=end, found_nothing=True),
        taking_part(start=start, end=end),
        you_said_we_did(start=start, end=end),
    ]


def table_csv(*, table, start, end):
    """One table as a CSV download, each cell made safe for a spreadsheet."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([cell_escape(column) for column in table.columns])
    for row in table.rows:
        writer.writerow([cell_escape(cell) for cell in row])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    filename = f"local-offer-report-{table.slug}-{start.isoformat()}-to-{end.isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
