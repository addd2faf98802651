"""Alerts for co-production events (forums, panels, training): new events, on a topic or any."""

from urllib.parse import parse_qs

from django.conf import settings
from django.utils import timezone

from coproduction.models import Event
from localoffer.core.alerts import TOPICS, AlertItem, AlertSource, topic_matches, topic_of


def events_collect(*, since, now):
    """Published events added since `since` that have not yet happened."""
    return list(Event.objects.filter(published=True, created_at__gt=since, ends_at__gte=now).order_by("starts_at"))


def events_alert_items(*, alert, collected):
    topic = topic_of(alert)
    items = []
    for event in collected:
        if not topic_matches(topic=topic, text=f"{event.title} {event.summary} {event.description}"):
            continue
        when = timezone.localtime(event.starts_at)
        status = "Cancelled. " if event.cancelled else ""
        items.append(
            AlertItem(
                title=event.title,
                url=settings.SITE_URL + event.get_absolute_url(),
                at=event.created_at,
                changes=[f"{status}{when:%A %-d %B %Y, %H:%M}, {event.where}: {event.summary}"],
            )
        )
    return items


def events_alert_describe(*, query):
    topic = parse_qs(query).get("topic", [""])[0]
    return f"events about {TOPICS[topic][0].lower()}" if topic in TOPICS else "all co-production events"


SOURCES = [
    AlertSource(
        kind="events",
        noun="events",
        collect=events_collect,
        items=events_alert_items,
        describe=events_alert_describe,
        back="/co-production/",
    )
]
