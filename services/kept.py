"""Writing what is kept in the database beside the listings (service pages, open data records).

What is kept is made again from the listing whenever it is missing, so writing it must never hold up the family
whose visit made it: each write is a transaction of its own that waits neither for a lock another process holds
(the page is shown anyway) nor for the disk (a row lost in a crash is only made again), and a failure costs
only the keeping.
"""

import logging

from django.db import DatabaseError, connection, transaction

logger = logging.getLogger(__name__)

KEEP_LOCK_TIMEOUT_MS = 200
KEEPING_SETTINGS = f"SET LOCAL lock_timeout = '{KEEP_LOCK_TIMEOUT_MS}ms'; SET LOCAL synchronous_commit = off"


def kept_write(model, rows):
    """Insert these rows of a kept table, or replace those with the same primary key (give them in one order, so
    that two writers never wait for each other)."""
    if not rows:
        return
    fields = model._meta.concrete_fields
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute(KEEPING_SETTINGS)
            model.objects.bulk_create(
                rows,
                update_conflicts=True,
                unique_fields=[model._meta.pk.name],
                update_fields=[field.name for field in fields if not field.primary_key],
            )
    except DatabaseError:
        logger.warning("%s %s could not be kept", len(rows), model._meta.verbose_name_plural, exc_info=True)
