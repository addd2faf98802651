"""A feedback officer opens the Local Offer report from the dashboard by keyboard, chooses dates,
reads the tables (axe-clean), downloads one as CSV, and prints the page as a clean document."""

from datetime import datetime

from django.utils import timezone
from playwright.sync_api import expect

from coproduction.models import Feedback
from localoffer.staff.roles import FEEDBACK_OFFICER
from tests.browser.conftest import assert_accessible, sign_in, tab_to
from tests.factories import feedback


def test_officer_chooses_dates_reads_downloads_and_prints_the_report(site, page):
    complaint = feedback(kind="complaint", outcome="upheld", status="closed", name="Pat Jones")
    Feedback.objects.filter(pk=complaint.pk).update(created_at=timezone.make_aware(datetime(2026, 5, 4, 10)))
    sign_in(page, site + "/admin/", "officer", role=FEEDBACK_OFFICER)

    tab_to(page, page.get_by_role("link", name="Local Offer report"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Local Offer report")).to_be_visible()
    assert_accessible(page)

    # Reached by Tab; a date box's typing order follows the browser's locale, so its value is set as ISO.
    start = page.get_by_role("textbox", name="From", exact=True)
    end = page.get_by_role("textbox", name="To", exact=True)
    tab_to(page, start)
    start.fill("2026-04-01")
    tab_to(page, end)
    end.fill("2027-03-31")
    tab_to(page, page.get_by_role("button", name="Show the report"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="From 1 April 2026 to 31 March 2027")).to_be_visible()
    outcomes = page.locator("#complaints-by-outcome")
    expect(outcomes.get_by_role("row", name="Upheld 1")).to_be_visible()
    expect(page.get_by_text("Pat Jones")).to_have_count(0)
    assert_accessible(page)

    link = page.get_by_role("link", name="Download “Complaints by outcome” as CSV")
    tab_to(page, link)
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    with open(download.value.path(), encoding="utf-8") as csv_file:
        assert "Upheld,1" in csv_file.read()

    page.emulate_media(media="print")
    expect(page.locator(".lo-report-dates")).to_be_hidden()
    expect(page.locator("#header")).to_be_hidden()
    expect(outcomes).to_be_visible()
    assert page.pdf()  # Chromium lays the whole report out for paper
