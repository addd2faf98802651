"""Bookings in the admin: staff add them by the public booking's rules, and cancel them with care."""

import pytest
from django.core import mail

from coproduction.models import Booking
from localoffer.staff.roles import COPRODUCTION_OFFICER, READ_ONLY_AUDITOR
from tests import factories

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/coproduction/booking/add/"


@pytest.fixture
def officer_client(client):
    return factories.staff_sign_in(client, factories.staff(role=COPRODUCTION_OFFICER))


def test_the_dashboard_offers_add_booking_and_its_page_answers(officer_client):
    event = factories.event(title="Transport forum")
    assert f'href="{ADD_URL}"' in officer_client.get("/admin/").content.decode()
    page = officer_client.get(ADD_URL)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Transport forum" in html and "no limit" in html
    assert 'name="status"' not in html  # the rules decide it
    assert event.bookings.count() == 0


def test_a_booking_added_by_staff_gets_a_place_and_an_email(officer_client, commit):
    event = factories.event(title="Transport forum", capacity=2)
    response = commit(
        officer_client.post,
        ADD_URL,
        {"event": event.pk, "name": "Bea Booker", "email": "bea@example.org", "access_needs": "Step-free access"},
        follow=True,
    )
    assert response.status_code == 200
    assert "Bea Booker has a place; we have emailed them the details." in response.content.decode()
    booking = Booking.objects.get()
    assert (booking.event, booking.status, booking.access_needs) == (event, "booked", "Step-free access")
    assert mail.outbox[0].to == ["bea@example.org"] and "Your place: Transport forum" in mail.outbox[0].subject


def test_a_booking_added_by_staff_for_a_full_event_joins_the_waiting_list(officer_client, commit):
    event = factories.event(title="Small forum", capacity=1)
    factories.booking(event=event)
    assert "full: waiting list" in officer_client.get(ADD_URL).content.decode()
    response = commit(
        officer_client.post, ADD_URL, {"event": event.pk, "name": "Wendy Wait", "email": "w@example.org"}, follow=True
    )
    assert "The event is full, so Wendy Wait is on the waiting list" in response.content.decode()
    assert Booking.objects.get(email="w@example.org").status == "waiting"
    assert "Waiting list: Small forum" in mail.outbox[0].subject


def test_an_address_that_has_booked_already_is_told_next_to_the_field(officer_client):
    event = factories.event()
    factories.booking(event=event, email="bea@example.org")
    response = officer_client.post(ADD_URL, {"event": event.pk, "name": "Bea", "email": "BEA@example.org"})
    assert response.status_code == 200
    assert "This email address already has a booking for this event." in response.content.decode()
    assert Booking.objects.count() == 1


def test_past_and_cancelled_events_cannot_be_booked_from_the_admin(officer_client):
    past = factories.event(days=-3, title="Last month's forum")
    cancelled = factories.event(cancelled=True, title="Flooded forum")
    html = officer_client.get(ADD_URL).content.decode()
    assert "Last month's forum" not in html and "Flooded forum" not in html
    for event in (past, cancelled):
        response = officer_client.post(ADD_URL, {"event": event.pk, "name": "Late", "email": "late@example.org"})
        assert response.status_code == 200
        assert "Select a valid choice" in response.content.decode()
    assert not Booking.objects.exists()


def test_nonsense_in_the_add_form_is_an_error_not_a_500(officer_client):
    for data in ({}, {"event": "x" * 40, "email": "not an email"}, {"event": "\x00", "name": "\x00"}):
        assert officer_client.post(ADD_URL, data).status_code == 200
    assert not Booking.objects.exists()


def test_staff_who_may_not_see_bookers_details_cannot_add_bookings(client):
    factories.event()
    auditor = factories.staff(role=READ_ONLY_AUDITOR)
    auditor.user_permissions.add(*factories.Permission.objects.filter(codename="add_booking"))
    factories.staff_sign_in(client, auditor)
    assert client.get(ADD_URL).status_code == 403
    assert f'href="{ADD_URL}"' not in client.get("/admin/").content.decode()


def test_the_events_page_links_to_its_bookings_and_to_adding_one(officer_client):
    event = factories.event(title="Transport forum", capacity=2)
    factories.booking(event=event, name="Bea Booker")
    factories.booking(event=event, name="Wendy Wait", status="waiting")
    other = factories.booking(event=factories.event(), name="Someone Else")

    html = officer_client.get(f"/admin/coproduction/event/{event.pk}/change/").content.decode()

    link = f"/admin/coproduction/booking/?event__id__exact={event.pk}"
    assert f'href="{link}">Its bookings: 1 booked, 1 waiting</a>' in html
    assert f'href="{ADD_URL}?event={event.pk}">Add a booking</a>' in html
    bookings = officer_client.get(link).content.decode()
    assert "Bea Booker" in bookings and "Wendy Wait" in bookings and other.name not in bookings
    add_page = officer_client.get(f"{ADD_URL}?event={event.pk}").content.decode()
    assert f'<option value="{event.pk}" selected>' in add_page

    listing = officer_client.get("/admin/coproduction/event/").content.decode()
    assert f'href="{link}&amp;status__exact=booked">1</a>' in listing


def test_a_past_events_page_links_to_its_bookings_but_offers_no_new_ones(officer_client):
    event = factories.event(days=-5)
    html = officer_client.get(f"/admin/coproduction/event/{event.pk}/change/").content.decode()
    assert "Its bookings: 0 booked, 0 waiting" in html and "Add a booking" not in html


def test_cancelling_from_the_list_asks_first_and_cancels_nothing_until_confirmed(officer_client):
    event = factories.event(title="Transport forum")
    one = factories.booking(event=event, name="Bea Booker")
    two = factories.booking(event=event, name="Bo Booker", status="waiting")
    response = officer_client.post(
        "/admin/coproduction/booking/", {"action": "cancel", "_selected_action": [one.pk, two.pk]}
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Cancel these bookings?" in html
    assert "Bea Booker: Transport forum" in html and "Bo Booker: Transport forum" in html
    assert "Yes, cancel them and email each person" in html
    assert set(Booking.objects.values_list("status", flat=True)) == {"booked", "waiting"}
    assert mail.outbox == []


def test_confirming_cancels_and_emails_each_cancelled_person(officer_client, commit):
    event = factories.event(title="Transport forum")
    one = factories.booking(event=event, name="Bea Booker", email="bea@example.org")
    two = factories.booking(event=event, name="Bo Booker", email="bo@example.org", status="waiting")
    gone = factories.booking(event=event, status="cancelled")
    response = commit(
        officer_client.post,
        "/admin/coproduction/booking/",
        {"action": "cancel", "_selected_action": [one.pk, two.pk, gone.pk], "confirm": "yes"},
        follow=True,
    )
    text = "Cancelled 2 booking(s) and emailed each person; 0 place(s) offered from the waiting list. 1 had"
    assert text in response.content.decode()
    assert set(Booking.objects.values_list("status", flat=True)) == {"cancelled"}
    emails = {email.to[0]: email for email in mail.outbox}
    assert set(emails) == {"bea@example.org", "bo@example.org"}
    assert emails["bea@example.org"].subject == "Booking cancelled: Transport forum"
    assert "Your place at Transport forum" in emails["bea@example.org"].body
    assert "no longer on the waiting list for Transport forum" in emails["bo@example.org"].body


def test_a_booking_is_cancelled_from_its_own_page_after_asking(officer_client, commit):
    booking = factories.booking(event=factories.event(title="Transport forum"), name="Bea Booker")
    page = officer_client.get(f"/admin/coproduction/booking/{booking.pk}/change/").content.decode()
    cancel_url = f"/admin/coproduction/booking/{booking.pk}/cancel/"
    assert f'href="{cancel_url}">Cancel this booking</a>' in page

    ask = officer_client.get(cancel_url).content.decode()
    assert "Cancel this booking?" in ask and "Yes, cancel it and email them" in ask
    assert Booking.objects.get().status == "booked"
    assert officer_client.post(cancel_url).status_code == 200  # no confirmation: asks again
    assert Booking.objects.get().status == "booked"

    response = commit(officer_client.post, cancel_url, {"confirm": "yes"}, follow=True)
    assert "Cancelled 1 booking(s) and emailed each person" in response.content.decode()
    assert Booking.objects.get().status == "cancelled" and len(mail.outbox) == 1
    assert (
        "Cancel this booking"
        not in officer_client.get(f"/admin/coproduction/booking/{booking.pk}/change/").content.decode()
    )
    again = officer_client.post(cancel_url, {"confirm": "yes"}, follow=True).content.decode()
    assert "This booking has been cancelled already." in again and len(mail.outbox) == 1


def test_staff_who_may_only_view_bookings_cannot_cancel_them(client):
    booking = factories.booking(event=factories.event())
    factories.staff_sign_in(client, factories.staff(role=READ_ONLY_AUDITOR))
    assert client.post(f"/admin/coproduction/booking/{booking.pk}/cancel/", {"confirm": "yes"}).status_code == 403
    assert client.get("/admin/coproduction/booking/x%00/cancel/").status_code == 404
    assert Booking.objects.get().status == "booked"
