"""A parent cancels a booking from the link in its email, by keyboard: it works once, the waiting
list gets the place, and the link then says it is already cancelled. (Without JavaScript it is a
plain form; tests/coproduction/test_booking_cancel_link.py posts it.)"""

import re

from django.core import mail
from playwright.sync_api import expect

from coproduction import events
from coproduction.models import Booking
from localoffer.core.mail import emails_send_pending
from tests import factories
from tests.browser.conftest import assert_accessible, tab_to


def test_the_booking_email_cancel_link_works_once(site, page):
    event = factories.event(title="Transport forum", capacity=1)
    events.event_book(event=event, name="Ann", email="ann@example.org")
    events.event_book(event=event, name="Cat", email="cat@example.org")
    emails_send_pending()
    link = re.search(r"https?://\S+(/co-production/forums/cancel/\S+/)", mail.outbox[0].body).group(1)

    page.goto(site + link)
    expect(page.get_by_role("heading", name="Cancel your booking")).to_be_visible()
    expect(page.get_by_text("Transport forum")).to_be_visible()
    assert_accessible(page)
    tab_to(page, page.get_by_role("button", name="Cancel my place"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Booking cancelled")).to_be_visible()
    assert_accessible(page)
    assert dict(Booking.objects.values_list("email", "status")) == {
        "ann@example.org": "cancelled", "cat@example.org": "booked"
    }  # fmt: skip

    page.goto(site + link)
    expect(page.get_by_role("heading", name="Already cancelled")).to_be_visible()
    expect(page.get_by_role("button", name="Cancel my place")).to_have_count(0)
