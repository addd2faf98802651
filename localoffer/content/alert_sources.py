"""Alerts for news: new news items, on a topic (an area of need) or any."""

import datetime

from django.conf import settings
from django.utils import timezone

from localoffer.content.models import NewsItem
from localoffer.core.alerts import TOPICS, AlertItem, AlertSource, topic_matches, topic_of


def news_collect(*, since, now):
    """News items published since `since`, each with when it appeared (the start of its day, or when saved)."""
    items = NewsItem.objects.public().filter(published_on__gte=timezone.localdate(since))
    found = []
    for item in items.order_by("published_on", "pk"):
        start = timezone.make_aware(datetime.datetime.combine(item.published_on, datetime.time()))
        found.append((max(start, item.created_at), item))
    return found


def news_alert_items(*, alert, collected):
    topic = topic_of(alert)
    return [
        AlertItem(
            title=item.title,
            url=settings.SITE_URL + item.get_absolute_url(),
            at=at,
            changes=[f"{item.published_on:%-d %B %Y}: {item.summary}"],
        )
        for at, item in collected
        if topic_matches(topic=topic, text=f"{item.title} {item.summary} {item.body}")
    ]


def news_alert_describe(*, query):
    from urllib.parse import parse_qs

    topic = parse_qs(query).get("topic", [""])[0]
    return f"news about {TOPICS[topic][0].lower()}" if topic in TOPICS else "all news"


SOURCES = [
    AlertSource(
        kind="news",
        noun="news items",
        collect=news_collect,
        items=news_alert_items,
        describe=news_alert_describe,
        back="/news/",
    )
]
