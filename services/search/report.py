"""What families searched for and what they found: the words and daily counts only.

No address, session, account or time of day is kept: one row per search text per day, with how
many times it was made and how many services it found. Rows go after `search_records` days
(a year by default), as the privacy notice says.
"""

from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.db.models import Max, OuterRef, Subquery, Sum
from django.utils import timezone

from services.models import SearchRecord
from services.search.vocabulary import words_of

MAX_QUERY = 200


def query_normalise(text):
    """The words of a search, lower-case and tidy: how searches are counted together."""
    return " ".join(words_of(text))[:MAX_QUERY]


def search_record(*, query, results, day=None):
    """Count one search for `query` today, with how many services it found. One statement."""
    text = query_normalise(query)
    if not text:
        return
    table = connection.ops.quote_name(SearchRecord._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (query, day, searches, results) VALUES (%s, %s, 1, %s) "  # noqa: S608 - table name only
            f"ON CONFLICT (query, day) DO UPDATE SET searches = {table}.searches + 1, results = excluded.results",
            [text, day or timezone.localdate(), results],
        )


def searches_report(*, days, today=None):
    """The searches of the last `days` days: query, how often, and results the last time; none found first."""
    since = (today or timezone.localdate()) - timedelta(days=days - 1)
    latest = SearchRecord.objects.filter(query=OuterRef("query"), day__gte=since).order_by("-day")
    rows = (
        SearchRecord.objects.filter(day__gte=since)
        .values("query")
        .annotate(searches_made=Sum("searches"), last_day=Max("day"), found=Subquery(latest.values("results")[:1]))
        .order_by()
    )
    return sorted(rows, key=lambda row: (row["found"] != 0, -row["searches_made"], row["query"]))


def search_records_purge(*, now=None):
    """Delete the daily counts older than the retention period; returns how many rows went."""
    days = settings.PERSONAL_DATA_RETENTION_DAYS["search_records"]
    cutoff = (now or timezone.now()).date() - timedelta(days=days)
    deleted, _ = SearchRecord.objects.filter(day__lt=cutoff).delete()
    return deleted
