"""Co-production events as iCalendar (.ics): one event to add to a calendar, and a feed of every public event.

An event keeps one UID for life, so a calendar app that subscribed to the feed updates it in
place; a cancelled event stays in the feed with STATUS:CANCELLED, and one on again is CONFIRMED
again. Each new date, time or place, each cancelling and each un-cancelling moves SEQUENCE on, which
is how calendar apps learn to take the new version.
"""

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from coproduction.models import Event

PRODUCT = "-//BCP Council//SEND Local Offer events//EN"
FEED_DAYS_BACK = 90  # the feed keeps recent events, so a calendar does not drop what was just attended


def event_uid(event):
    return f"event-{event.pk}@{settings.SITE_URL.split('://')[-1].split('/')[0] or 'localoffer'}"


def _calendar_event(event, *, now):
    entry = CalendarEvent()
    entry.add("uid", event_uid(event))
    entry.add("dtstamp", now)
    entry.add("dtstart", event.starts_at)
    entry.add("dtend", event.ends_at)
    entry.add("summary", event.title)
    entry.add("description", f"{event.summary}\n\n{settings.SITE_URL}{event.get_absolute_url()}")
    entry.add("location", event.where)
    entry.add("url", settings.SITE_URL + event.get_absolute_url())
    entry.add("created", event.created_at)
    entry.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    entry.add("sequence", event.sequence)
    return entry


def events_calendar(*, events, name="SEND Local Offer events", now=None):
    """The events as a calendar, as bytes to serve as text/calendar."""
    now = now or timezone.now()
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(_calendar_event(event, now=now))
    return calendar.to_ical()


def events_for_feed(*, now=None):
    """Every published event from FEED_DAYS_BACK days ago on, cancelled ones included."""
    now = now or timezone.now()
    return Event.objects.filter(published=True, ends_at__gte=now - timezone.timedelta(days=FEED_DAYS_BACK)).order_by(
        "starts_at"
    )
