"""What a family does with JavaScript off, where the other browser tests use it: an advice page's
phone numbers, and cancelling a booking from its email."""

import io
import re

from django.conf import settings
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import expect

from coproduction import events
from coproduction.models import Booking
from localoffer.core.mail import emails_send_pending
from tests import factories


def test_advice_page_phone_numbers_and_emails_are_links_without_javascript(site, browser, transactional_db):
    factories.migration_data()
    call_command("seed_demo", stdout=io.StringIO())
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 812})
    phone = context.new_page()
    phone.goto(site + "/information/another-way/")
    prose = phone.locator(".lo-prose")
    digits = settings.CONTACT_PHONE.replace(" ", "")
    expect(prose.locator(f'a[href="tel:{digits}"]').first).to_have_text(settings.CONTACT_PHONE)
    expect(prose.locator(f'a[href="mailto:{settings.CONTACT_EMAIL}"]').first).to_be_visible()
    context.close()


def test_the_booking_email_cancel_link_works_once_without_javascript(site, browser):
    event = factories.event(title="Transport forum", capacity=1)
    events.event_book(event=event, name="Ann", email="ann@example.org")
    events.event_book(event=event, name="Cat", email="cat@example.org")
    emails_send_pending()
    link = re.search(r"https?://\S+(/co-production/forums/cancel/\S+/)", mail.outbox[0].body).group(1)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + link)
    page.get_by_role("button", name="Cancel my place").click()
    expect(page.get_by_role("heading", name="Booking cancelled")).to_be_visible()
    assert dict(Booking.objects.values_list("email", "status")) == {
        "ann@example.org": "cancelled", "cat@example.org": "booked"
    }  # fmt: skip
    page.goto(site + link)
    expect(page.get_by_role("heading", name="Already cancelled")).to_be_visible()
    expect(page.get_by_role("button", name="Cancel my place")).to_have_count(0)
    context.close()
