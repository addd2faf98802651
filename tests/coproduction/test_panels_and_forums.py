"""Interview-panel volunteers, forums and events: registering, booking, waiting lists, purging."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from coproduction.events import event_book
from coproduction.models import Booking, PanelVolunteer
from tests import factories

pytestmark = pytest.mark.django_db

VOLUNTEER = {
    "name": "Sam Example",
    "email": "sam@example.org",
    "phone": "07700 900 982",
    "who": "young-person",
    "age_group": "16-19",
    "availability": ["evenings"],
    "online": "on",
    "access_needs": "A BSL interpreter",
}


def test_volunteering_saves_a_new_volunteer_and_says_what_happens_next(client, commit):
    response = commit(client.post, "/co-production/interview-panels/", VOLUNTEER, follow=True)
    html = response.content.decode()
    assert "Thank you for volunteering" in html and "What happens next" in html
    volunteer = PanelVolunteer.objects.get()
    assert volunteer.status == "new"
    assert volunteer.availability == ["evenings", "online"]
    assert volunteer.access_needs == "A BSL interpreter"
    assert mail.outbox[0].to == ["sam@example.org"]


def test_a_young_person_must_be_sixteen_to_twenty_five(client):
    response = client.post("/co-production/interview-panels/", {**VOLUNTEER, "age_group": "5-10"})
    assert "Young people joining panels must be 16 to 25" in response.content.decode()
    assert not PanelVolunteer.objects.exists()


def test_volunteer_form_checks_phone_and_required_answers(client):
    html = client.post("/co-production/interview-panels/", {"phone": "call me"}).content.decode()
    for message in ("Enter your full name", "Enter your email address", "Select who you are", "Select an age group",
                    "Select when you could take part", "Enter a phone number"):  # fmt: skip
        assert message in html


def test_forums_list_upcoming_events_and_drops_past_ones(client):
    factories.event(title="Coming soon forum")
    factories.event(title="Long gone forum", days=-10)
    factories.event(title="Draft forum", published=False)
    html = client.get("/co-production/forums/").content.decode()
    assert "Coming soon forum" in html
    assert "Long gone forum" not in html
    assert "Draft forum" not in html


def test_booking_a_place_and_then_the_waiting_list_when_full(client, commit):
    event = factories.event(capacity=1)
    url = event.get_absolute_url()
    response = commit(client.post, url, {"name": "First Booker", "email": "first@example.org"}, follow=True)
    assert "Place booked" in response.content.decode()
    page = client.get(url).content.decode()
    assert "Join the waiting list" in page
    response = commit(client.post, url, {"name": "Second Booker", "email": "second@example.org"}, follow=True)
    assert "You are on the waiting list" in response.content.decode()
    statuses = dict(Booking.objects.values_list("email", "status"))
    assert statuses == {"first@example.org": "booked", "second@example.org": "waiting"}
    assert "You have a place" in mail.outbox[0].body
    assert "waiting list" in mail.outbox[1].body


def test_booking_twice_makes_no_duplicate_and_reveals_nothing(client, commit):
    event = factories.event(capacity=5)
    factories.booking(event=event, email="taken@example.org", name="Real Person")
    response = commit(
        client.post, event.get_absolute_url(), {"name": "Other", "email": "TAKEN@example.org"}, follow=True
    )
    assert "Place booked" in response.content.decode()
    assert Booking.objects.count() == 1
    assert mail.outbox[0].to == ["taken@example.org"]
    assert "already have a booking" in mail.outbox[0].body


def test_a_cancelled_event_says_so_and_takes_no_bookings(client):
    event = factories.event(cancelled=True, cancellation_note="The venue flooded.")
    html = client.get(event.get_absolute_url()).content.decode()
    assert "This event has been cancelled." in html and "The venue flooded." in html
    assert "Book a place" not in html
    client.post(event.get_absolute_url(), {"name": "Late", "email": "late@example.org"})
    assert not Booking.objects.exists()
    assert "Cancelled" in client.get("/co-production/forums/").content.decode()


def test_the_last_place_goes_to_one_person_and_the_next_joins_the_waiting_list():
    event = factories.event(capacity=1)
    assert event_book(event=event, name="A", email="a@example.org") == "booked"
    assert event_book(event=event, name="B", email="b@example.org") == "waiting"


def test_unknown_event_is_a_404(client):
    assert client.get("/co-production/forums/no-such-event/").status_code == 404


def test_purge_deletes_old_bookings_and_stale_volunteers(settings):
    old_event = factories.event(days=-100)
    factories.booking(event=old_event)
    recent = factories.booking(event=factories.event(days=-10))
    stale = factories.volunteer()
    PanelVolunteer.objects.filter(pk=stale.pk).update(created_at=timezone.now() - timedelta(days=800))
    contacted = factories.volunteer()
    PanelVolunteer.objects.filter(pk=contacted.pk).update(
        created_at=timezone.now() - timedelta(days=800), last_contacted_at=timezone.now() - timedelta(days=10)
    )
    out = io.StringIO()
    call_command("purge_expired", stdout=out)
    assert list(Booking.objects.values_list("pk", flat=True)) == [recent.pk]
    assert list(PanelVolunteer.objects.values_list("pk", flat=True)) == [contacted.pk]
    assert "1 event bookings deleted" in out.getvalue()
    assert "1 interview panel volunteers deleted" in out.getvalue()


def test_cancelling_a_place_offers_it_to_the_first_on_the_waiting_list(client, commit):
    event = factories.event(capacity=1)
    booked = factories.booking(event=event)
    first = factories.booking(event=event, status="waiting", email="first@example.org")
    factories.booking(event=event, status="waiting", email="second@example.org")
    factories.staff_sign_in(client, factories.staff(role="Co-production officer"))
    commit(
        client.post,
        "/admin/coproduction/booking/",
        {"action": "cancel", "_selected_action": [booked.pk], "confirm": "yes"},
    )
    statuses = dict(Booking.objects.values_list("email", "status"))
    assert statuses[booked.email] == "cancelled"
    assert statuses["first@example.org"] == "booked"
    assert statuses["second@example.org"] == "waiting"
    assert [email.to for email in mail.outbox] == [[booked.email], [first.email]]
    assert "A place has come up" in mail.outbox[1].subject


def test_the_panels_form_asks_when_and_how_without_overlapping_options_and_its_button_says_what_it_does(client):
    html = client.get("/co-production/interview-panels/").content.decode()
    assert 'value="Register my interest"' in html
    assert 'value="Send"' not in html
    assert "During school hours only" not in html and "Online panels" not in html
    assert "I would rather take part online, by video call" in html
