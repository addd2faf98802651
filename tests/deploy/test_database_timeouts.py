"""A locked table does not take the site down: pages that need it give the 503 page, the rest still answer.

An app server runs as deployed (deploy/gunicorn.conf.py, localoffer.wsgi) on the test database, while a
second connection holds `services_service` locked, as a long migration or VACUUM FULL does.
"""

import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy"))
from stack import answers, free_ports, wait_for  # noqa: E402

pytestmark = [pytest.mark.stack, pytest.mark.django_db(transaction=True)]

TIMEOUT_MS = 2000
# Far longer than the timeout: on a server without one, a request waits until the lock is let go.
LOCK_HELD_SECONDS = 20


def database_url():
    name = settings.DATABASES["default"]["NAME"]
    return urllib.parse.urlsplit(os.environ["DATABASE_URL"])._replace(path="/" + name).geturl()


def app_server_start(log_path, *, timeout_ms=TIMEOUT_MS):
    """One gunicorn as the deploy recipe runs it, two workers of four threads, on the test database, its log in
    `log_path`; returns the process and its address once it listens."""
    (port,) = free_ports(1)
    env = {
        **os.environ,
        "DEBUG": "false",
        "HTTPS": "false",
        "SECRET_KEY": "timeouts-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "DATABASE_URL": database_url(),
        "DATABASE_STATEMENT_TIMEOUT_MS": str(timeout_ms),
        "GUNICORN_WORKERS": "2",
        "GUNICORN_THREADS": "4",
        "LOG_LEVEL": "WARNING",
        "SEARCH_INDEX_DIR": str(log_path.parent / "search-index"),  # the server's own, as on a machine of its own
    }
    env.pop("REDIS_URL", None)
    command = [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "deploy" / "gunicorn.conf.py"), "localoffer.wsgi",
               "--bind", f"127.0.0.1:{port}"]  # fmt: skip
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
    return process, f"http://127.0.0.1:{port}"


def workers_ready(log_path):
    """How many of the server's workers have said their search is ready."""
    return log_path.read_text().count("Worker ready")


@pytest.fixture
def app_server(tmp_path):
    """An app server (`app_server_start`) whose two workers have both made their search ready."""
    log = tmp_path / "gunicorn.log"
    process, url = app_server_start(log)
    try:
        wait_for(lambda: answers(f"{url}/healthz"), what="gunicorn", process=process)
        # Both workers, not just the first: one still building its search index would answer a search late.
        wait_for(lambda: workers_ready(log) >= 2, what="both gunicorn workers", process=process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture
def services_locked():
    """The services table locked in a second connection; `released` is set once the lock is let go."""
    connection = psycopg2.connect(database_url())
    cursor = connection.cursor()
    cursor.execute("LOCK TABLE services_service IN ACCESS EXCLUSIVE MODE")
    released = threading.Event()
    timer = threading.Timer(LOCK_HELD_SECONDS, lambda: (connection.rollback(), released.set()))
    timer.start()
    yield released
    timer.cancel()
    if not released.is_set():
        connection.rollback()
        released.set()
    connection.close()


def fetch(url):
    """(status, body, seconds) of a GET, whatever the status; waits at most a little longer than the lock is held."""
    began = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=LOCK_HELD_SECONDS + 10) as response:  # noqa: S310
            return response.status, response.read().decode(), time.monotonic() - began
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), time.monotonic() - began


def waiting_on_the_lock():
    """How many of the app server's queries wait for the services table's lock now."""
    with psycopg2.connect(database_url()) as connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0]


def test_on_a_locked_table_a_service_page_gives_the_503_page_and_searches_still_answer(app_server, services_locked):
    with ThreadPoolExecutor(max_workers=6) as pool:
        # More service pages at once than either worker has threads: they wait on the lock, and give up on it.
        # (Not searches: each worker built its search index before the lock, at start-up.)
        searches = [pool.submit(fetch, f"{app_server}/services/swim-club-{number}/") for number in range(5)]
        wait_for(lambda: waiting_on_the_lock() >= 1, what="the service pages waiting on the lock", seconds=10)
        status, body, seconds = fetch(f"{app_server}/accessibility/")
        assert status == 200 and "Accessibility" in body
        assert seconds < 1, f"a page that needs nothing from the locked table took {seconds:.1f} s"
        # A search answers from the index the worker built at start-up, so a long import does not stop it.
        status, body, seconds = fetch(f"{app_server}/services/?q=swimming")
        assert status == 200 and "swimming" in body
        assert seconds < 1, f"a search during the lock took {seconds:.1f} s"
        results = [search.result() for search in searches]
    assert not services_locked.is_set(), "the service pages answered only once the lock was let go"
    for status, body, seconds in results:
        assert status == 503
        assert "Sorry, the service is unavailable" in body
        # Within the timeout (and a margin for a busy machine), not when the lock was let go.
        assert seconds < TIMEOUT_MS / 1000 + 3, f"a service page waited {seconds:.1f} s for the 503 page"


def test_management_commands_keep_no_statement_timeout():
    """The mail worker, scheduled commands and migrations run through manage.py, without the web's limits."""
    code = "from django.db import connection; c = connection.cursor(); c.execute('SHOW statement_timeout'); " \
           "a = c.fetchone()[0]; c.execute('SHOW lock_timeout'); print(a, c.fetchone()[0])"  # fmt: skip
    env = {
        **os.environ,
        "SECRET_KEY": "x" * 50,
        "DATABASE_URL": database_url(),
        "DATABASE_STATEMENT_TIMEOUT_MS": "2000",
    }
    shown = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "--verbosity", "0", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.strip().splitlines()[-1].split() == ["0", "0"]


def test_a_starting_worker_answers_pages_while_its_search_index_waits_on_a_locked_table(tmp_path, services_locked):
    """Workers make their search index ready as they start (one builds it, several seconds for a large directory,
    while the other waits its turn to load what the first saves); meanwhile they answer every page that does not
    need it, here while the build waits on a long lock on the services table."""
    log = tmp_path / "gunicorn.log"
    # No statement timeout to speak of: each worker's build waits for the lock for as long as it is held.
    process, url = app_server_start(log, timeout_ms=60_000)
    try:
        wait_for(lambda: waiting_on_the_lock() >= 1, what="the index's build waiting on the lock")
        status, body, _ = fetch(f"{url}/accessibility/")
        assert status == 200 and "Accessibility" in body
        assert not services_locked.is_set(), "the page answered only once the lock was let go"
        assert workers_ready(log) == 0  # the builds are still waiting
        services_locked.wait()
        wait_for(lambda: workers_ready(log) >= 2, what="both gunicorn workers", process=process)
        status, body, _ = fetch(f"{url}/services/?q=swimming")
        assert status == 200 and "swimming" in body
    finally:
        process.terminate()
        process.wait(timeout=20)
