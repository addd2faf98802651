"""The directory's version: one number that every change to a listing or the vocabulary moves on, and a
log of which listings each change touched.

Any change to a listing or a vocabulary adds one to a counter row in the same transaction
(`directory_changed`), so every server sees the new version as soon as the change is committed and
never before: its search index, its kept search results (`services/search/cache.py`), service pages,
booklets and API answers follow at once. The same transaction writes which services the change touched
(`DirectoryChange`), after it has taken the counter row, so the log's numbers are committed in order and
a server's search index can apply only the services changed since its own version
(`directory_changes_since`).
"""

import threading
from contextlib import contextmanager

from django.db import connection, transaction

from services.models import DirectoryChange, DirectoryVersion

KEEP_CHANGES = 20_000  # versions the log keeps; a server further behind than this builds its index afresh
PRUNE_EVERY = 1_000  # versions between prunings of the log


def directory_version():
    """The directory's current version, as committed (one small query, asked before every search)."""
    table = connection.ops.quote_name(DirectoryVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT token, number FROM {table} WHERE id = 1")  # noqa: S608 - table name only
        row = cursor.fetchone()
    return f"{row[0]}:{row[1]}" if row else "none"


def version_number(version):
    """The number part of a version from `directory_version` (0 for "none")."""
    _, _, number = version.partition(":")
    return int(number or 0)


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
    deferred.active, deferred.pending, deferred.services, deferred.everything = True, False, set(), False
    try:
        yield
    finally:
        deferred.active = False
    if deferred.pending:
        directory_changed(services=None if deferred.everything else deferred.services)


def directory_changed(services=None):
    """Count a change to the directory, in the current transaction (at the end of a deferring block).

    `services` are the ids of the services it touched (none: it touched no listing's search entry, such
    as a glossary term); None means it may touch them all (a category, need or the vocabulary).
    """
    if getattr(deferred, "active", False):
        deferred.pending = True
        if services is None:
            deferred.everything = True
        else:
            deferred.services.update(services)
        return
    # One transaction even for a save made outside one (a script's, a command's): a server that saw the new
    # version before its log was written would apply no change at it and never apply this one.
    with transaction.atomic(savepoint=False):
        number = version_next()
        if services is None:
            changes = [DirectoryChange(number=number, service=None)]
        else:
            changes = [DirectoryChange(number=number, service=pk) for pk in set(services)]
        DirectoryChange.objects.bulk_create(changes)
        if number % PRUNE_EVERY == 0:
            directory_changes_prune(number=number)


def version_next():
    """Add one to the version, holding its row until the transaction ends; returns the new number."""
    table = connection.ops.quote_name(DirectoryVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET number = number + 1 WHERE id = 1 RETURNING number")  # noqa: S608
        row = cursor.fetchone()
    if row:
        return row[0]
    version, _ = DirectoryVersion.objects.get_or_create(pk=1, defaults={"number": 1})
    return version.number


def directory_changes_prune(*, number, keep=KEEP_CHANGES):
    """Forget the log's changes more than `keep` versions before `number`."""
    through = number - keep
    if through > 0:
        DirectoryChange.objects.filter(number__lte=through).delete()
        DirectoryVersion.objects.filter(pk=1, pruned_through__lt=through).update(pruned_through=through)


def directory_changes_since(*, number):
    """The ids of the services changed after version `number`, or None when the log cannot say which
    (the whole directory changed, or the log was pruned past `number`). Two small queries."""
    pruned = DirectoryVersion.objects.filter(pk=1).values_list("pruned_through", flat=True).first() or 0
    if pruned > number:
        return None
    changed = set(DirectoryChange.objects.filter(number__gt=number).values_list("service", flat=True).distinct())
    return None if None in changed else changed
