""" "Add to calendar" for each event, and a feed of every public event that calendar apps subscribe to."""

import pytest
from icalendar import Calendar

from tests.factories import event

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_an_event_page_offers_an_ics_file_with_the_event(client):
    forum = event(title="Autism parents forum", place="Poole Library")
    page = client.get(forum.get_absolute_url()).content.decode()
    assert f'href="/co-production/forums/{forum.slug}/calendar.ics"' in page
    calendar = parse(client.get(f"/co-production/forums/{forum.slug}/calendar.ics"))
    [entry] = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Autism parents forum"
    assert entry.decoded("DTSTART") == forum.starts_at.replace(microsecond=0)
    assert entry.decoded("DTEND") == forum.ends_at.replace(microsecond=0)
    assert str(entry["LOCATION"]) == "Poole Library"
    assert str(entry["STATUS"]) == "CONFIRMED"
    assert forum.get_absolute_url() in str(entry["URL"])


def test_the_feed_lists_every_public_event_with_cancelled_ones_marked_cancelled(client):
    on = event(title="Forum on")
    off = event(title="Forum off", cancelled=True, cancellation_note="The venue flooded.")
    event(title="Unpublished forum", published=False)
    forums = client.get("/co-production/forums/").content.decode()
    assert "webcal://" in forums and "/co-production/forums/calendar.ics" in forums
    calendar = parse(client.get("/co-production/forums/calendar.ics"))
    entries = {str(entry["SUMMARY"]): entry for entry in calendar.walk("VEVENT")}
    assert set(entries) == {"Forum on", "Forum off"}
    assert str(entries["Forum on"]["STATUS"]) == "CONFIRMED"
    assert str(entries["Forum off"]["STATUS"]) == "CANCELLED"
    assert entries["Forum off"]["UID"] != entries["Forum on"]["UID"]
    # The same event keeps its UID, so a subscribed calendar updates it rather than adding another.
    again = Calendar.from_ical(client.get("/co-production/forums/calendar.ics").content)
    assert {str(entry["UID"]) for entry in again.walk("VEVENT")} == {str(entry["UID"]) for entry in entries.values()}
    assert on.pk != off.pk


def test_an_unpublished_event_has_no_calendar_file(client):
    hidden = event(published=False)
    assert client.get(f"/co-production/forums/{hidden.slug}/calendar.ics").status_code == 404
