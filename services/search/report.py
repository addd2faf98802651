"""What families searched for and what they found: the words and daily counts only.

No address, session, account or time of day is kept: one row per search text per day, with how
many times it was made and how many services it found. Before a search is counted its text keeps
only words that cannot identify anyone (`services.search_privacy`), and the report shows a search
only once it was made on `SEARCH_REPORT_MIN_DAYS` different days, so a one-off sentence never
reaches staff. Rows go after `search_records` days (a year by default), as the privacy notice says.
Each server adds its counts up in memory and writes them every `SEARCH_RECORDS_FLUSH_SECONDS` (10)
in one statement per `FLUSH_ROWS` texts, so a search costs no database write of its own; a server
that stops loses at most those seconds' counts.
"""

import threading
import time
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.db.models import Count, Max, OuterRef, Subquery, Sum
from django.utils import timezone

from services.models import SearchRecord
from services.search.engine import directory_index
from services.search.params import TOWNS
from services.search.vocabulary import words_of
from services.search_privacy import NOT_KEPT, query_scrub

_always = [(None, frozenset())]  # (the reference data, its words), replaced whole


def words_always_kept(index):
    """The words any search may keep: the vocabulary's, the category, need and town names (one set for the
    reference data the index was built with, kept across the listings' edits, which do not change it)."""
    reference, words = _always[0]
    if reference is not index.reference:
        phrases = [phrase for entry in index.reference.vocabulary for phrase in entry]
        phrases += [term.name for term in index.reference.categories.values()]
        phrases += [term.name for term in index.reference.needs.values()]
        phrases += [*TOWNS.values()]
        words = frozenset(word for phrase in phrases for word in words_of(phrase))
        _always[0] = (index.reference, words)
    return words


def query_normalise(text, *, index=None):
    """What of a search is counted: only its words that cannot identify anyone, lower-case and tidy."""
    if not words_of(text):
        return ""
    if index is None:
        from services.search import reference_load

        index = directory_index(reference_load=reference_load)
    return query_scrub(text=text, always=words_always_kept(index), known=index.knows)


_pending = {}
_pending_lock = threading.Lock()
_last_flush = [time.monotonic()]


def search_record(*, query, results, day=None, index=None):
    """Count one search for `query` today, with how many services it found; written with the next batch.

    Only the words that cannot identify anyone are counted (`index`: the directory's, read when None).
    """
    text = query_normalise(query, index=index)
    if not text:
        return
    key = (text, day or timezone.localdate())
    with _pending_lock:
        searches, _ = _pending.get(key, (0, 0))
        _pending[key] = (searches + 1, results)
        due = time.monotonic() - _last_flush[0] >= settings.SEARCH_RECORDS_FLUSH_SECONDS
    if due:
        search_records_flush()


FLUSH_ROWS = 200  # rows a statement writes at most (four parameters each, within every database's limit)


def search_records_flush():
    """Write the counts waiting in this server's memory, in one statement per `FLUSH_ROWS` searches
    (one round trip each, not one per row: a busy server has hundreds waiting)."""
    with _pending_lock:
        rows = [(text, day, searches, results) for (text, day), (searches, results) in _pending.items()]
        _pending.clear()
        _last_flush[0] = time.monotonic()
    if not rows:
        return
    table = connection.ops.quote_name(SearchRecord._meta.db_table)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), FLUSH_ROWS):
            chunk = rows[start : start + FLUSH_ROWS]
            cursor.execute(
                f"INSERT INTO {table} (query, day, searches, results) VALUES "  # noqa: S608 - table name only
                + ", ".join(["(%s, %s, %s, %s)"] * len(chunk))
                + f" ON CONFLICT (query, day) DO UPDATE SET searches = {table}.searches + excluded.searches, "
                "results = excluded.results",
                [value for row in chunk for value in row],
            )


def searches_report(*, days, today=None):
    """The searches of the last `days` days made on at least `SEARCH_REPORT_MIN_DAYS` different days:
    query, how often, and results the last time; none found first."""
    since = (today or timezone.localdate()) - timedelta(days=days - 1)
    latest = SearchRecord.objects.filter(query=OuterRef("query"), day__gte=since).order_by("-day")
    rows = list(
        SearchRecord.objects.filter(day__gte=since)
        .values("query")
        .annotate(
            searches_made=Sum("searches"),
            last_day=Max("day"),
            days_made=Count("day"),
            found=Subquery(latest.values("results")[:1]),
        )
        .filter(days_made__gte=settings.SEARCH_REPORT_MIN_DAYS)
        .order_by()
    )
    for row in rows:
        row["kept"] = row["query"] != NOT_KEPT
    return sorted(rows, key=lambda row: (row["found"] != 0, -row["searches_made"], row["query"]))


def search_records_purge(*, now=None):
    """Delete the daily counts older than the retention period; returns how many rows went."""
    days = settings.PERSONAL_DATA_RETENTION_DAYS["search_records"]
    cutoff = (now or timezone.now()).date() - timedelta(days=days)
    deleted, _ = SearchRecord.objects.filter(day__lt=cutoff).delete()
    return deleted
