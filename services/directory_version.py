"""The directory's version: one number that every change to a listing or the vocabulary moves on.

Any change to a listing or a vocabulary adds one to a counter row in the same transaction
(`directory_changed`), so every server sees the new version as soon as the change is committed and
never before: its search index, its kept search results (`services/search/cache.py`), service pages,
booklets and API answers follow at once.
"""

import threading
from contextlib import contextmanager

from django.db import connection
from django.db.models import F

from services.models import DirectoryVersion


def directory_version():
    """The directory's current version, as committed (one small query, asked before every search)."""
    table = connection.ops.quote_name(DirectoryVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT token, number FROM {table} WHERE id = 1")  # noqa: S608 - table name only
        row = cursor.fetchone()
    return f"{row[0]}:{row[1]}" if row else "none"


deferred = threading.local()


@contextmanager
def directory_changes_deferred():
    """Count every change made in this block once, as it ends, rather than as each is made.

    Counting a change locks the one version row until the transaction commits, so every other change
    to the directory waits for it. A long piece of work (a CSV import) made in one transaction does its
    counting last, just before it commits, and holds only the rows it writes meanwhile.
    """
    if getattr(deferred, "active", False):
        yield
        return
    deferred.active, deferred.pending = True, False
    try:
        yield
    finally:
        deferred.active = False
    if deferred.pending:
        directory_changed()


def directory_changed():
    """Count a change to the directory, in the current transaction (at the end of a deferring block)."""
    if getattr(deferred, "active", False):
        deferred.pending = True
        return
    if not DirectoryVersion.objects.filter(pk=1).update(number=F("number") + 1):
        DirectoryVersion.objects.get_or_create(pk=1, defaults={"number": 1})
