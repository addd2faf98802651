"""The link in a booking's email cancels it once: the place goes to the waiting list, as when staff cancel."""

import re

import pytest
from django.core import mail

from coproduction import events
from coproduction.models import Booking
from tests import factories

pytestmark = pytest.mark.django_db


def cancel_path(message):
    url = re.search(r"https?://\S+/co-production/forums/cancel/\S+/", message.body).group(0)
    return url[url.index("/co-production/") :]


def test_the_booking_email_cancel_link_works_once_and_offers_the_place_on(client, commit):
    event = factories.event(title="Transport forum", capacity=1)
    commit(events.event_book, event=event, name="Ann", email="ann@example.org")
    commit(events.event_book, event=event, name="Cat", email="cat@example.org")
    booked_email, waiting_email = mail.outbox
    assert "cancel your place" in booked_email.body and "waiting list" in waiting_email.body
    link = cancel_path(booked_email)
    mail.outbox.clear()

    page = client.get(link)
    assert page.status_code == 200 and "Cancel my place" in page.content.decode()
    assert Booking.objects.get(email="ann@example.org").status == "booked"  # looking at it changes nothing

    done = commit(client.post, link)
    assert "Your booking for Transport forum is cancelled" in done.content.decode()
    assert Booking.objects.get(email="ann@example.org").status == "cancelled"
    assert Booking.objects.get(email="cat@example.org").status == "booked"
    assert {message.to[0]: message.subject for message in mail.outbox} == {
        "ann@example.org": "Booking cancelled: Transport forum",
        "cat@example.org": "A place has come up: Transport forum",
    }
    mail.outbox.clear()

    again = commit(client.post, link)
    assert again.status_code == 200
    assert "This booking for Transport forum has already been cancelled" in again.content.decode()
    assert "already been cancelled" in client.get(link).content.decode()
    assert mail.outbox == []
    assert Booking.objects.get(email="cat@example.org").status == "booked"


def test_the_waiting_list_email_link_takes_the_name_off_the_list(client, commit):
    event = factories.event(capacity=1)
    factories.booking(event=event)
    commit(events.event_book, event=event, name="Cat", email="cat@example.org")
    link = cancel_path(mail.outbox[0])
    assert "Cancel my waiting-list place" in client.get(link).content.decode()
    commit(client.post, link)
    assert Booking.objects.get(email="cat@example.org").status == "cancelled"


def test_an_altered_link_cancels_nothing(client, commit):
    event = factories.event()
    commit(events.event_book, event=event, name="Ann", email="ann@example.org")
    link = cancel_path(mail.outbox[0])
    response = client.post(link[:-3] + "xx/")
    assert response.status_code == 404 and "This link does not work" in response.content.decode()
    assert Booking.objects.get().status == "booked"
