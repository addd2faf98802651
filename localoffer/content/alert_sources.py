"""Alerts for news: new news items, and items changed since, on the topics a family chose or any."""

import datetime

from django.db.models import Q
from django.utils import timezone

from localoffer.content.models import NewsItem
from localoffer.content.topics import topic_choices, topics_described
from localoffer.core.alerts import AlertSource, topic_alert_items, topics_of

# What a family would call a change to a news item, by field.
CHANGED_FIELDS = {"title": "title", "summary": "summary", "body": "text", "published_on": "date"}


def _appeared(item):
    """When an item appeared: the start of its day, or when it was saved if later."""
    start = timezone.make_aware(datetime.datetime.combine(item.published_on, datetime.time()))
    return max(start, item.created_at)


def _changes(*, since, now):
    """{item id: [(when, what changed)]} for items edited while published; a query, and one per item edited."""
    records = NewsItem.history.filter(history_type="~", history_date__gt=since, history_date__lte=now).order_by(
        "id", "history_date", "history_id"
    )
    found, previous = {}, {}
    for record in records:
        before = previous.get(record.id) or record.prev_record
        previous[record.id] = record
        if before is None or not before.published:
            continue
        fields = [CHANGED_FIELDS[name] for name in record.diff_against(before).changed_fields if name in CHANGED_FIELDS]
        if fields:
            found.setdefault(record.id, []).append((record.history_date, f"Updated: {', '.join(fields)}"))
    return found


def news_collect(*, since, now):
    """Public news items that appeared or changed since `since`: [(item, topic slugs, [(when, what)])]."""
    changes = _changes(since=since, now=now)
    items = NewsItem.objects.public().filter(Q(published_on__gte=timezone.localdate(since)) | Q(pk__in=list(changes)))
    found = []
    for item in items.prefetch_related("topics").order_by("published_on", "pk"):
        lines = list(changes.get(item.pk, []))
        appeared = _appeared(item)
        if appeared > since:
            lines.insert(0, (appeared, f"New, {item.published_on:%-d %B %Y}: {item.summary}"))
        if lines:
            found.append((item, {topic.slug for topic in item.topics.all()}, lines))
    return found


def news_alert_describe(*, query):
    return topics_described(slugs=topics_of(query=query), noun="news")


SOURCES = [
    AlertSource(
        kind="news",
        noun="news items",
        collect=news_collect,
        items=topic_alert_items,
        describe=news_alert_describe,
        back="/news/",
        choices=topic_choices,
    )
]
