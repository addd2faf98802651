"""The Local Offer report's figures on a known set of feedback, reports, reviews, searches and bookings."""

import csv
import io
from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone

from coproduction.annual_report import report_build
from coproduction.models import Feedback, FeedbackReply, ListingReport, Pledge
from localoffer.staff.roles import FEEDBACK_OFFICER
from services.models import ReviewCount, SearchRecord, Wait
from services.reviews import review_count_record
from services.waits import waits_record_day
from tests import factories

pytestmark = pytest.mark.django_db

START, END, TODAY = date(2026, 4, 1), date(2026, 6, 30), date(2026, 7, 10)


def at(day, hour=10):
    return timezone.make_aware(datetime.combine(day, datetime.min.time()).replace(hour=hour))


def received(item, day):
    type(item).objects.filter(pk=item.pk).update(created_at=at(day))
    item.refresh_from_db()
    return item


def reply(item, day):
    FeedbackReply.objects.create(feedback=item, text="Thank you.", sent_at=at(day))


@pytest.fixture
def known():
    """Three complaints, a compliment, a report fixed in 4 days, daily review counts, searches, a pledge."""
    on_time = received(factories.feedback(kind="complaint", due_on=date(2026, 5, 1), outcome="upheld",
                                          status="closed"), date(2026, 4, 2))  # fmt: skip
    reply(on_time, date(2026, 4, 8))  # 6 days, before the deadline
    late = received(factories.feedback(kind="complaint", due_on=date(2026, 5, 1), outcome="not-upheld"),
                    date(2026, 4, 3))  # fmt: skip
    reply(late, date(2026, 5, 13))  # 40 days, after it
    waiting = received(factories.feedback(kind="complaint", due_on=date(2026, 7, 1)), date(2026, 6, 2))
    received(factories.feedback(kind="compliment", due_on=date(2026, 7, 20)), date(2026, 6, 5))
    received(factories.feedback(kind="complaint", outcome="upheld"), date(2026, 3, 20))  # before the range
    factories.entry(theme="transport", published=True, date=date(2026, 5, 20),
                    you_said="The bus form was hard.", we_did="We made it shorter.").feedback.add(late)  # fmt: skip
    factories.entry(theme="transport", published=False, date=date(2026, 5, 21))

    service = factories.make_service("Harbour Swim Club")
    fixed = ListingReport.objects.create(reference="LO-2026-09001", service=service, problem="contact",
                                         description="Phone wrong", resolved_at=at(date(2026, 5, 5)),
                                         status="closed")  # fmt: skip
    received(fixed, date(2026, 5, 1))
    received(ListingReport.objects.create(reference="LO-2026-09002", service=service, problem="closed",
                                          description="Shut"), date(2026, 6, 1))  # fmt: skip

    for day, listings, overdue in ((date(2026, 4, 10), 100, 12), (date(2026, 4, 20), 100, 20),
                                   (date(2026, 4, 30), 101, 15), (date(2026, 5, 31), 102, 9)):  # fmt: skip
        ReviewCount.objects.create(day=day, listings=listings, overdue=overdue)

    for query, day, searches, results in (("autism", date(2026, 4, 4), 30, 12), ("autism", date(2026, 5, 4), 12, 12),
                                          ("dentist", date(2026, 5, 5), 7, 0), ("=cmd", date(2026, 5, 6), 3, 0),
                                          ("john smith", date(2026, 5, 7), 1, 0)):  # fmt: skip
        SearchRecord.objects.create(query=query, day=day, searches=searches, results=results)

    Pledge.objects.create(name="P", email="p@example.org", who="parent-carer", status="confirmed",
                          confirmed_at=at(date(2026, 5, 1)))  # fmt: skip
    event = factories.event(starts_at=at(date(2026, 5, 10)), ends_at=at(date(2026, 5, 10), 12))
    factories.booking(event=event)
    factories.booking(event=event, status="waiting")
    return waiting


def table(tables, slug):
    return next(t for t in tables if t.slug == slug)


def test_the_report_counts_feedback_by_kind_against_the_deadline(known):
    rows = {row[0]: row[1:] for row in table(report_build(start=START, end=END, today=TODAY), "feedback-by-kind").rows}
    # received, by the deadline, late, not answered, overdue, average days to first reply
    assert rows["Complaint"] == [3, 1, 1, 1, 1, "23.0"]
    assert rows["Compliment"] == [1, 0, 0, 1, 0, "-"]
    assert rows["All"] == [4, 1, 1, 2, 1, "23.0"]


def test_the_report_counts_themes_outcomes_and_problem_reports(known):
    tables = report_build(start=START, end=END, today=TODAY)
    assert table(tables, "feedback-by-theme").rows == [["Transport", 1], ["Not linked to a You said, we did entry", 3]]
    assert table(tables, "complaints-by-outcome").rows == [
        ["Upheld", 1], ["Partly upheld", 0], ["Not upheld", 1], ["No outcome recorded yet", 1]
    ]  # fmt: skip
    rows = {row[0]: row[1:] for row in table(tables, "problem-reports").rows}
    assert rows["The contact details are wrong"] == [1, 1, "4.0", 0]
    assert rows["The service has closed"] == [1, 0, "-", 1]
    assert rows["All"] == [2, 1, "4.0", 1]


def test_the_report_shows_reviews_month_by_month_from_the_daily_counts(known):
    rows = table(report_build(start=START, end=END, today=TODAY), "listings-reviewed").rows
    assert rows == [["April 2026", 3, 101, 86, "85%", 15, 20], ["May 2026", 1, 102, 93, "91%", 9, 9]]


def test_the_report_shows_each_services_waits_over_the_range_from_the_daily_record(known):
    clinic = factories.make_service("Harbour Autism Assessment")
    wait = factories.make_wait(service=clinic, amount=18, unit="months", label="autism assessment")
    for day, amount in (
        (date(2026, 3, 31), 24),
        (date(2026, 4, 1), 20),
        (date(2026, 5, 1), 12),
        (date(2026, 6, 30), 15),
    ):
        Wait.objects.filter(pk=wait.pk).update(amount=amount)
        waits_record_day(day=day)
    rows = table(report_build(start=START, end=END, today=TODAY), "waits").rows
    assert rows == [
        ["Harbour Autism Assessment", "autism assessment", "about 20 months", "about 15 months", "about 12 months",
         "about 20 months", 3],
    ]  # fmt: skip


def test_the_report_shows_searches_made_more_than_once_and_what_found_nothing(known):
    tables = report_build(start=START, end=END, today=TODAY)
    assert table(tables, "searches-most-made").rows == [["autism", 42], ["dentist", 7], ["=cmd", 3]]
    assert table(tables, "searches-found-nothing").rows == [["dentist", 7], ["=cmd", 3]]  # "john smith": once


def test_the_report_counts_taking_part_and_lists_published_you_said_we_did(known):
    tables = report_build(start=START, end=END, today=TODAY)
    counts = dict(table(tables, "taking-part").rows)
    assert counts["Pledges confirmed"] == 1 and counts["Places booked on them"] == 1
    assert counts["Still on a waiting list"] == 1 and counts["Forums and events held"] == 1
    assert table(tables, "you-said-we-did").rows == [
        ["2026-05-20", "Transport", "The bus form was hard.", "We made it shorter."]
    ]


def test_the_report_page_and_its_csv_hold_no_personal_data_and_are_spreadsheet_safe(client, known):
    factories.staff_sign_in(client, factories.staff(role=FEEDBACK_OFFICER))
    url = "/admin/coproduction/feedback/local-offer-report/?start=2026-04-01&end=2026-06-30"
    html = client.get(url).content.decode()
    assert "From 1 April 2026 to 30 June 2026" in html and "Feedback by kind" in html
    for personal in (known.name, known.email, "p@example.org", "Booker", "john smith"):
        assert personal not in html
    response = client.get(url + "&csv=searches-found-nothing")
    assert response["Content-Type"].startswith("text/csv")
    assert list(csv.reader(io.StringIO(response.content.decode()))) == [
        ["Search", "Times made"], ["dentist", "7"], ["'=cmd", "3"]
    ]  # fmt: skip


def test_bad_dates_are_told_beside_the_field_and_keep_what_was_typed(client):
    factories.staff_sign_in(client, factories.staff(role=FEEDBACK_OFFICER))
    response = client.get("/admin/coproduction/feedback/local-offer-report/?start=2026-06-30&end=2026-04-01")
    html = response.content.decode()
    assert response.status_code == 200 and "The last day must be the same as or after the first day" in html
    assert 'value="2026-06-30"' in html
    nonsense = client.get("/admin/coproduction/feedback/local-offer-report/?start=x&end=&csv=nope")
    assert nonsense.status_code == 200 and "Enter a real date" in nonsense.content.decode()


def test_the_daily_count_records_listings_overdue_once_a_day(known):
    factories.make_service("Overdue Club", review_due=TODAY - timedelta(days=3))
    factories.make_service("Fresh Club", review_due=TODAY + timedelta(days=30))
    first = review_count_record(today=TODAY)
    again = review_count_record(today=TODAY)
    assert first.pk == again.pk and ReviewCount.objects.filter(day=TODAY).count() == 1
    assert again.overdue >= 1 and again.listings >= 3


def test_staff_without_feedback_access_cannot_see_the_report(client):
    from localoffer.staff.roles import LOCAL_OFFER_EDITOR

    factories.staff_sign_in(client, factories.staff(role=LOCAL_OFFER_EDITOR))
    assert client.get("/admin/coproduction/feedback/local-offer-report/").status_code == 403
    assert Feedback.objects.count() == 0
