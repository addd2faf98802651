"""Alerts for co-production events (forums, panels, training): new events, and events that moved, changed
place, were cancelled or are on again, on the topics a family chose or any."""

from django.db.models import Prefetch, Q
from django.utils import timezone

from coproduction.models import Event, EventChange
from localoffer.content.topics import topic_choices, topics_described
from localoffer.core.alerts import AlertSource, topic_alert_items, topics_of


def events_collect(*, since, now):
    """Published events still to come that were added or changed since `since`: [(event, topics, [(when, what)])]."""
    recent = EventChange.objects.filter(at__gt=since, at__lte=now).order_by("at", "pk")
    events = (
        Event.objects.filter(published=True, ends_at__gte=now)
        .filter(Q(created_at__gt=since) | Q(changes__at__gt=since, changes__at__lte=now))
        .distinct()
        .prefetch_related("topics", Prefetch("changes", queryset=recent, to_attr="recent_changes"))
        .order_by("starts_at")
    )
    found = []
    for event in events:
        lines = [(change.at, change.what) for change in event.recent_changes]
        if event.created_at > since:
            when = timezone.localtime(event.starts_at)
            status = "Cancelled. " if event.cancelled else ""
            what = f"New. {status}{when:%A %-d %B %Y, %H:%M}, {event.where}: {event.summary}"
            lines.insert(0, (event.created_at, what))
        found.append((event, {topic.slug for topic in event.topics.all()}, lines))
    return found


def events_alert_describe(*, query):
    return topics_described(slugs=topics_of(query=query), noun="co-production events")


SOURCES = [
    AlertSource(
        kind="events",
        noun="events",
        collect=events_collect,
        items=topic_alert_items,
        describe=events_alert_describe,
        back="/co-production/",
        choices=topic_choices,
    )
]
