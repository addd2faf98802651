"""A save held half done: a table taking no writes, locked from a second connection, while a save runs."""

import os
import threading
import time
import urllib.parse
from contextlib import contextmanager

import psycopg2
import pytest
from django.conf import settings
from django.db import connection


@contextmanager
def save_waiting_on(table, save):
    """Run `save` in a thread of its own (its own connection) while `table` takes no writes (reads go on); the
    block runs once the save waits for the table, and on leaving it the lock is let go and the save finishes."""
    name = settings.DATABASES["default"]["NAME"]
    url = urllib.parse.urlsplit(os.environ["DATABASE_URL"])._replace(path="/" + name).geturl()
    locker = psycopg2.connect(url)
    locker.cursor().execute(f"LOCK TABLE {table} IN SHARE MODE")

    def run():
        try:
            save()
        finally:
            connection.close()

    saving = threading.Thread(target=run, daemon=True)
    saving.start()
    try:
        for _ in range(200):
            with connection.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM pg_locks WHERE NOT granted")
                if cursor.fetchone()[0]:
                    break
            time.sleep(0.05)
        else:
            pytest.fail(f"the save never waited to write to {table}")
        yield
    finally:
        locker.rollback()
        locker.close()
        saving.join(30)
