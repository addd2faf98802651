"""A new date, time or place, and an event on again after a cancellation, tell the people booked and update
the calendar feed; staff give events topics, shown on the event's page."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from coproduction.models import Booking
from localoffer.content.models import Topic
from tests.coproduction import test_event_cancelling as cancelling
from tests.coproduction.test_event_cancelling import change_url, event_form_data

pytestmark = pytest.mark.django_db

officer_client, full_event = cancelling.officer_client, cancelling.full_event  # the same fixtures


def feed_entry(client, title):
    calendar = Calendar.from_ical(client.get("/co-production/forums/calendar.ics").content)
    return next(entry for entry in calendar.walk("VEVENT") if str(entry["SUMMARY"]) == title)


def test_moving_an_event_emails_everyone_booked_or_waiting_and_the_feed_takes_the_new_time(
    officer_client, full_event, commit, client
):
    before = feed_entry(client, "Transport forum")
    later = timezone.localtime(full_event.starts_at) + datetime.timedelta(days=2)
    data = event_form_data(
        full_event,
        starts_at_0=later.date().isoformat(),
        starts_at_1="18:30",
        ends_at_0=later.date().isoformat(),
        ends_at_1="20:00",
        place="Kinson Hub, Bournemouth",
    )
    response = commit(officer_client.post, change_url(full_event), data, follow=True)
    assert "3 person(s) booked or waiting have been emailed what changed" in response.content.decode()
    assert sorted(message.to[0] for message in mail.outbox) == ["ann@example.org", "ben@example.org", "cat@example.org"]
    body = next(message.body for message in mail.outbox if message.to == ["ann@example.org"])
    assert {message.subject for message in mail.outbox} == {"Changed: Transport forum"}
    assert f"Now {later:%A %-d %B %Y}, 6:30pm to 8pm" in body
    assert "Now at Kinson Hub, Bournemouth (was Example Hall, Poole)" in body
    assert "Your place is kept" in body and "/co-production/forums/cancel/" in body
    after = feed_entry(client, "Transport forum")
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert str(after["LOCATION"]) == "Kinson Hub, Bournemouth"
    assert timezone.localtime(after.decoded("DTSTART")).strftime("%H:%M") == "18:30"
    assert str(after["UID"]) == str(before["UID"])


def test_saving_an_event_without_a_new_time_or_place_emails_nobody(officer_client, full_event, commit, client):
    sequence = int(feed_entry(client, "Transport forum")["SEQUENCE"])
    commit(officer_client.post, change_url(full_event), event_form_data(full_event, summary="A new summary."))
    assert mail.outbox == []
    assert int(feed_entry(client, "Transport forum")["SEQUENCE"]) == sequence


def test_unticking_cancelled_gives_bookings_back_tells_each_person_and_the_feed_says_confirmed(
    officer_client, full_event, commit, client
):
    cancel = event_form_data(full_event, cancelled="on", confirm_cancel="on", cancellation_note="The hall flooded.")
    commit(officer_client.post, change_url(full_event), cancel)
    cancelled = feed_entry(client, "Transport forum")
    assert str(cancelled["STATUS"]) == "CANCELLED"
    mail.outbox.clear()
    full_event.refresh_from_db()
    response = commit(officer_client.post, change_url(full_event), event_form_data(full_event), follow=True)
    assert "The event is on again: 3 person(s)" in response.content.decode()
    statuses = dict(full_event.bookings.values_list("email", "status"))
    assert statuses == {
        "ann@example.org": Booking.Status.BOOKED,
        "ben@example.org": Booking.Status.BOOKED,
        "cat@example.org": Booking.Status.WAITING,
        "dan@example.org": Booking.Status.CANCELLED,  # who cancelled before the event was is not booked again
    }
    told = {message.to[0]: message for message in mail.outbox}
    assert sorted(told) == ["ann@example.org", "ben@example.org", "cat@example.org"]
    assert told["ann@example.org"].subject == "On again: Transport forum"
    assert "You have your place back" in told["ann@example.org"].body
    assert "You are back on the waiting list" in told["cat@example.org"].body
    again = feed_entry(client, "Transport forum")
    assert str(again["STATUS"]) == "CONFIRMED"
    assert int(again["SEQUENCE"]) > int(cancelled["SEQUENCE"])
    page = client.get(full_event.get_absolute_url()).content.decode()
    assert "The hall flooded." not in page
    assert "Join the waiting list" in page  # both places are taken again


def test_staff_tick_an_events_topics_and_its_page_shows_them(officer_client, client):
    from tests import factories

    forum = factories.event(title="Health forum")
    health, training = Topic.objects.get(slug="health"), Topic.objects.get(slug="training")
    form = officer_client.get(change_url(forum)).content.decode()
    assert f'type="checkbox" name="topics" value="{health.pk}"' in form
    response = officer_client.post(change_url(forum), event_form_data(forum, topics=[health.pk, training.pk]))
    assert response.status_code == 302
    assert set(forum.topics.values_list("slug", flat=True)) == {"health", "training"}
    page = client.get(forum.get_absolute_url()).content.decode()
    assert "Topics</dt>" in page and "Health, Training" in page
