"""Fixtures every test shares: built static files and an empty cache; a private Redis for those that need one."""

import fcntl
import hashlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command

DATABASE_FIXTURES = {"db", "transactional_db", "live_server", "django_db_reset_sequences"}


@pytest.fixture(scope="session", autouse=True)
def collected_static():
    """Pages render with DEBUG off and hashed static names, as in production, so collect first.

    The processes of one parallel run (pytest -n) share STATIC_ROOT: the first collects, the others
    wait for it and then use what it collected rather than rewrite files another process is serving."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID", "")
    name = hashlib.sha256(str(settings.STATIC_ROOT).encode()).hexdigest()[:12]
    with (Path(tempfile.gettempdir()) / f"localoffer-collectstatic-{name}").open("a+") as done:
        fcntl.flock(done, fcntl.LOCK_EX)
        done.seek(0)
        if run and done.read() == run:
            return
        call_command("collectstatic", interactive=False, verbosity=0)
        done.seek(0)
        done.truncate()
        done.write(run)


@pytest.fixture(autouse=True)
def empty_cache(request, django_db_blocker):
    """Rate-limit counters live in the cache (a database table here); each test starts with none."""
    from localoffer.core import rendered

    rendered.resting_until = 0.0  # a shared cache that failed in an earlier test is asked again at once
    if request.node.get_closest_marker("django_db") or DATABASE_FIXTURES & set(request.fixturenames):
        with django_db_blocker.unblock():
            caches["counters"].clear()  # the shared cache and any counts kept in memory


@pytest.fixture(scope="session", autouse=True)
def no_search_snapshots():
    """Each test's database starts again from the same directory version, so a search index saved by one test
    would look current to the next: tests keep the index in memory, but those of search/snapshot.py. Set for the
    session, before any class's or module's fixtures build an index."""
    settings.SEARCH_INDEX_DIR = ""


@pytest.fixture(autouse=True)
def no_team_mailboxes(settings):
    """Tests start with no team mailboxes (STAFF_MAILBOXES), so each counts only the emails it is about;
    the tests of telling staff about new work set the mailboxes they need."""
    settings.STAFF_MAILBOXES = {}


@pytest.fixture
def admin_client(client, admin_user):
    """A superuser signed in to the admin with a second factor, as every staff member must be."""
    from tests.factories import staff_sign_in

    return staff_sign_in(client, admin_user)


@pytest.fixture
def staff_user(db):
    """A Local Offer editor, the role that keeps listings up to date (not a superuser)."""
    from localoffer.staff.roles import LOCAL_OFFER_EDITOR
    from tests.factories import make_staff

    return make_staff("officer", email="officer@example.org", role=LOCAL_OFFER_EDITOR)


@pytest.fixture
def staff_client(client, staff_user):
    """The test client, signed in to the admin as the editor `staff_user`, with a second factor."""
    from tests.factories import staff_sign_in

    return staff_sign_in(client, staff_user)


@pytest.fixture
def mail_server(settings):
    """A working mail server on a real socket, with Django's SMTP backend pointed at it."""
    from tests.smtp_servers import SMTPServer, smtp_settings

    with SMTPServer() as server:
        smtp_settings(settings, server)
        yield server


@pytest.fixture
def hanging_mail_server(settings):
    """A mail server that accepts connections and never answers, with EMAIL_TIMEOUT at its default 10 s."""
    from tests.smtp_servers import HangingSMTPServer, smtp_settings

    with HangingSMTPServer() as server:
        smtp_settings(settings, server, timeout=10)
        yield server


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_server():
    """A private redis-server on a free port, and a `stop()` that kills it as an outage would."""
    server = shutil.which("redis-server")
    if not server:
        pytest.fail("These tests need redis-server (Debian: apt-get install redis-server)")
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                process.kill()
                pytest.fail("redis-server did not start")
            time.sleep(0.05)

    def stop():
        process.kill()
        process.wait()

    process.stop = stop
    process.url = f"redis://127.0.0.1:{port}/0"
    yield process
    if process.poll() is None:
        stop()


@pytest.fixture
def redis_cache(redis_server, settings):
    """The site's caches on the private Redis, as production has them."""
    options = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
    caches_setting = {
        "default": {
            "BACKEND": "localoffer.core.redis_cache.RedisCache",
            "LOCATION": redis_server.url,
            "OPTIONS": options,
        },
        "counters": {"BACKEND": "localoffer.core.counters.FallbackCache", "LOCATION": "default"},
    }
    settings.CACHES = caches_setting  # through the settings fixture, so that it is undone in order
    caches["counters"].clear()
    yield redis_server
    caches["counters"].memory.clear()
