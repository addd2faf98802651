"""What families searched for and what they found: the words and daily counts only.

No address, session, account or time of day is kept: one row per search text per day, with how
many times it was made and how many services it found. Rows go after `search_records` days
(a year by default), as the privacy notice says. Each server adds its counts up in memory and
writes them in one statement every `SEARCH_RECORDS_FLUSH_SECONDS` (10), so a search costs no
database write of its own; a server that stops loses at most those seconds' counts.
"""

import threading
import time
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


_pending = {}
_pending_lock = threading.Lock()
_last_flush = [time.monotonic()]


def search_record(*, query, results, day=None):
    """Count one search for `query` today, with how many services it found; written with the next batch."""
    text = query_normalise(query)
    if not text:
        return
    key = (text, day or timezone.localdate())
    with _pending_lock:
        searches, _ = _pending.get(key, (0, 0))
        _pending[key] = (searches + 1, results)
        due = time.monotonic() - _last_flush[0] >= settings.SEARCH_RECORDS_FLUSH_SECONDS
    if due:
        search_records_flush()


def search_records_flush():
    """Write the counts waiting in this server's memory, in one statement."""
    with _pending_lock:
        rows = [(text, day, searches, results) for (text, day), (searches, results) in _pending.items()]
        _pending.clear()
        _last_flush[0] = time.monotonic()
    if not rows:
        return
    table = connection.ops.quote_name(SearchRecord._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (query, day, searches, results) VALUES (%s, %s, %s, %s) "  # noqa: S608 - table name only
            f"ON CONFLICT (query, day) DO UPDATE SET searches = {table}.searches + excluded.searches, "
            "results = excluded.results",
            rows,
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
