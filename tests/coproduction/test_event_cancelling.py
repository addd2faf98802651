"""Cancelling or deleting an event, or deleting bookings, tells each person booked or waiting."""

import pytest
from django.core import mail
from django.utils import timezone

from coproduction.models import Booking, Event
from localoffer.core.models import OutboundEmail
from localoffer.staff.roles import COPRODUCTION_OFFICER
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer_client(client):
    return factories.staff_sign_in(client, factories.staff(role=COPRODUCTION_OFFICER))


def event_form_data(event, **changes):
    """What the event's admin page posts for it as it is, with `changes` on top."""
    starts, ends = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)
    data = {
        "title": event.title, "slug": event.slug, "summary": event.summary, "description": event.description,
        "starts_at_0": starts.date().isoformat(), "starts_at_1": starts.strftime("%H:%M"),
        "ends_at_0": ends.date().isoformat(), "ends_at_1": ends.strftime("%H:%M"),
        "place": event.place, "audience": event.audience, "capacity": event.capacity or "",
        "published": "on", "cancellation_note": event.cancellation_note,
        "bookings-TOTAL_FORMS": 0, "bookings-INITIAL_FORMS": 0,
    }  # fmt: skip
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


@pytest.fixture
def full_event():
    event = factories.event(title="Transport forum", capacity=2)
    factories.booking(event=event, name="Ann", email="ann@example.org")
    factories.booking(event=event, name="Ben", email="ben@example.org")
    factories.booking(event=event, name="Cat", email="cat@example.org", status=Booking.Status.WAITING)
    factories.booking(event=event, name="Dan", email="dan@example.org", status=Booking.Status.CANCELLED)
    return event


def change_url(event):
    return f"/admin/coproduction/event/{event.pk}/change/"


def test_the_event_page_says_how_many_people_cancelling_would_tell(officer_client, full_event):
    html = officer_client.get(change_url(full_event)).content.decode()
    assert "Cancelling emails 3 people (2 booked, 1 on the waiting list)" in html
    assert "Yes, email them that it is cancelled" in html


def test_ticking_cancelled_asks_first_and_changes_nothing_until_confirmed(officer_client, full_event):
    response = officer_client.post(
        change_url(full_event), event_form_data(full_event, cancelled="on", cancellation_note="The hall flooded.")
    )
    assert response.status_code == 200
    assert "Cancelling emails 3 people (2 booked, 1 on the waiting list). Tick to confirm" in response.content.decode()
    full_event.refresh_from_db()
    assert not full_event.cancelled
    assert full_event.bookings.filter(status="cancelled").count() == 1
    assert not OutboundEmail.objects.exists()


def test_cancelling_without_a_note_for_families_is_refused(officer_client, full_event):
    data = event_form_data(full_event, cancelled="on", confirm_cancel="on")
    response = officer_client.post(change_url(full_event), data)
    assert "Write a note for the 3 people booked or waiting" in response.content.decode()
    assert not Event.objects.get(pk=full_event.pk).cancelled


def test_cancelling_an_event_with_two_booked_and_one_waiting_emails_three_people(officer_client, full_event, commit):
    response = commit(
        officer_client.post,
        change_url(full_event),
        event_form_data(full_event, cancelled="on", confirm_cancel="on", cancellation_note="The hall flooded."),
        follow=True,
    )
    assert response.status_code == 200
    assert "3 person(s) booked or waiting have been emailed" in response.content.decode()
    full_event.refresh_from_db()
    assert full_event.cancelled and full_event.cancellation_note == "The hall flooded."
    assert set(full_event.bookings.values_list("status", flat=True)) == {"cancelled"}
    assert sorted(message.to[0] for message in mail.outbox) == ["ann@example.org", "ben@example.org", "cat@example.org"]
    assert all(message.subject == "Cancelled: Transport forum" for message in mail.outbox)
    assert all("The hall flooded." in message.body for message in mail.outbox)
    assert "waiting list has been cancelled" in next(m.body for m in mail.outbox if m.to == ["cat@example.org"])


def test_an_event_nobody_booked_is_cancelled_without_asking(officer_client):
    event = factories.event()
    officer_client.post(change_url(event), event_form_data(event, cancelled="on"))
    assert Event.objects.get(pk=event.pk).cancelled
    assert not OutboundEmail.objects.exists()


def test_deleting_an_event_says_who_will_be_told_then_emails_each_of_them(officer_client, full_event, commit):
    delete_url = f"/admin/coproduction/event/{full_event.pk}/delete/"
    page = officer_client.get(delete_url).content.decode()
    assert "3 people (2 booked, 1 on the waiting list) will be emailed that the event is cancelled" in page
    commit(officer_client.post, delete_url, {"post": "yes"})
    assert not Event.objects.filter(pk=full_event.pk).exists()
    assert sorted(message.to[0] for message in mail.outbox) == ["ann@example.org", "ben@example.org", "cat@example.org"]


def test_deleting_events_in_bulk_says_who_will_be_told_then_emails_each_of_them(officer_client, full_event, commit):
    other = factories.event(title="Sports day")
    factories.booking(event=other, email="eve@example.org")
    data = {"action": "delete_selected", "_selected_action": [full_event.pk, other.pk]}
    page = officer_client.post("/admin/coproduction/event/", data).content.decode()
    assert "4 people (3 booked, 1 on the waiting list) will be emailed" in page
    commit(officer_client.post, "/admin/coproduction/event/", {**data, "post": "yes"})
    assert not Event.objects.exists()
    assert len(mail.outbox) == 4


def test_deleting_a_booking_tells_the_person_and_offers_the_place_on(officer_client, full_event, commit):
    ann = full_event.bookings.get(name="Ann")
    data = {"action": "delete_selected", "_selected_action": [ann.pk]}
    page = officer_client.post("/admin/coproduction/booking/", data).content.decode()
    assert "1 person (1 booked, 0 on the waiting list) will be emailed" in page
    commit(officer_client.post, "/admin/coproduction/booking/", {**data, "post": "yes"})
    assert not Booking.objects.filter(pk=ann.pk).exists()
    assert full_event.bookings.get(name="Cat").status == "booked"
    assert {message.to[0]: message.subject for message in mail.outbox} == {
        "ann@example.org": "Booking cancelled: Transport forum",
        "cat@example.org": "A place has come up: Transport forum",
    }


def test_staff_preview_then_email_everyone_booked_through_the_outbox(officer_client, full_event, commit):
    change = officer_client.get(change_url(full_event)).content.decode()
    email_url = f"/admin/coproduction/event/{full_event.pk}/email-booked/"
    assert f'href="{email_url}"' in change
    data = {"subject": "How to join", "text": "Join at https://meet.example.org/forum from 6.50pm."}
    preview = officer_client.post(email_url, {**data, "preview": "1"}).content.decode()
    assert "Check your message before it is sent" in preview and "https://meet.example.org/forum" in preview
    assert "each of the 2 people booked" in preview
    assert not OutboundEmail.objects.exists()
    response = commit(officer_client.post, email_url, {**data, "send": "1"}, follow=True)
    assert "Your message is being emailed to 2 person(s) booked." in response.content.decode()
    assert sorted(message.to[0] for message in mail.outbox) == ["ann@example.org", "ben@example.org"]
    ann = next(message for message in mail.outbox if message.to == ["ann@example.org"])
    assert ann.subject == "How to join: Transport forum"
    assert ann.body.startswith("Hello Ann,") and "https://meet.example.org/forum" in ann.body


def test_an_empty_message_is_refused_beside_the_field(officer_client, full_event):
    url = f"/admin/coproduction/event/{full_event.pk}/email-booked/"
    response = officer_client.post(url, {"subject": "", "text": ""})
    html = response.content.decode()
    assert response.status_code == 200 and "Write your message" in html and "Write a subject" in html
    assert not OutboundEmail.objects.exists()
