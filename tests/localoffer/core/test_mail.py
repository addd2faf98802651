"""The email outbox: saved in the request, sent by the mail worker, retried when the mail server fails, sent once."""

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from localoffer.core.mail import email_queue, emails_purge_sent, emails_send_pending, emails_work
from localoffer.core.models import OutboundEmail
from tests.smtp_servers import SMTPServer, smtp_settings

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[3]

# Nothing listens on port 1: a real connection refusal, as when the mail server is down.
MAIL_SERVER_DOWN = {
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "EMAIL_HOST": "127.0.0.1",
    "EMAIL_PORT": 1,
}


def queue_one(**overrides):
    fields = {"to": "parent@example.org", "subject": "Confirm your pledge", "body": "Follow the link", **overrides}
    with transaction.atomic():
        return email_queue(**fields, purpose="test")


def test_a_queued_email_waits_in_the_outbox_until_the_mail_worker_sends_it(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = queue_one(subject="Hello")
    assert mail.outbox == []
    assert email.status == "waiting"
    assert emails_send_pending() == (1, 0)
    email.refresh_from_db()
    assert email.status == "sent"
    assert email.attempts == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["parent@example.org"]
    assert mail.outbox[0].subject == "Hello"


def test_email_is_not_sent_when_the_transaction_rolls_back():
    try:
        with transaction.atomic():
            email_queue(to="parent@example.org", subject="Hello", body="Body")
            raise ValueError("the form failed to save")
    except ValueError:
        pass
    assert OutboundEmail.objects.count() == 0
    assert emails_send_pending() == (0, 0)
    assert mail.outbox == []


def test_mail_server_failure_keeps_the_email_and_the_worker_sends_it_later(settings):
    settings.EMAIL_BACKEND = MAIL_SERVER_DOWN["EMAIL_BACKEND"]
    settings.EMAIL_HOST = MAIL_SERVER_DOWN["EMAIL_HOST"]
    settings.EMAIL_PORT = MAIL_SERVER_DOWN["EMAIL_PORT"]
    settings.EMAIL_TIMEOUT = 2
    email = queue_one(to="carer@example.org", subject="Your booking")
    assert emails_send_pending() == (0, 1)
    email.refresh_from_db()
    assert email.status == "failed, will retry"
    assert email.attempts == 1
    assert "ConnectionRefused" in email.last_error or "Errno" in email.last_error
    assert email.next_attempt_at > timezone.now()

    # The mail server comes back; the worker's next look after the back-off sends it.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert emails_send_pending() == (0, 0)  # not due yet
    sent, failed = emails_send_pending(now=timezone.now() + timedelta(minutes=5))
    assert (sent, failed) == (1, 0)
    email.refresh_from_db()
    assert email.sent_at is not None
    assert email.attempts == 2
    assert [m.to for m in mail.outbox] == [["carer@example.org"]]


def test_retry_command_reports_what_it_did(capsys):
    OutboundEmail.objects.create(to="a@example.org", subject="S", body="B", next_attempt_at=timezone.now())
    call_command("send_pending_emails")
    assert "Sent 1 email(s); 0 failed" in capsys.readouterr().out
    call_command("send_pending_emails")
    assert "Sent 0 email(s)" in capsys.readouterr().out
    assert len(mail.outbox) == 1


def test_an_email_claimed_by_another_worker_is_not_sent_twice():
    now = timezone.now()
    OutboundEmail.objects.create(
        to="a@example.org", subject="S", body="B", next_attempt_at=now, claimed_until=now + timedelta(minutes=1)
    )
    assert emails_send_pending(now=now) == (0, 0)
    assert mail.outbox == []


def test_a_claim_left_by_a_worker_that_died_runs_out_and_the_email_is_sent():
    now = timezone.now()
    OutboundEmail.objects.create(
        to="a@example.org", subject="S", body="B", next_attempt_at=now, claimed_until=now - timedelta(seconds=1)
    )
    assert emails_send_pending(now=now) == (1, 0)
    assert len(mail.outbox) == 1


def test_emails_that_used_up_their_attempts_are_left_alone(settings):
    settings.EMAIL_MAX_ATTEMPTS = 3
    email = OutboundEmail.objects.create(
        to="a@example.org", subject="S", body="B", attempts=3, next_attempt_at=timezone.now()
    )
    assert emails_send_pending() == (0, 0)
    assert email.status == "given up"


def test_sent_emails_are_purged_after_the_retention_period(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = {**settings.PERSONAL_DATA_RETENTION_DAYS, "sent_email": 30}
    now = timezone.now()
    old = OutboundEmail.objects.create(to="a@example.org", subject="S", body="B", sent_at=now - timedelta(days=31))
    recent = OutboundEmail.objects.create(to="b@example.org", subject="S", body="B", sent_at=now - timedelta(days=29))
    unsent = OutboundEmail.objects.create(to="c@example.org", subject="S", body="B")
    assert emails_purge_sent(now=now) == 1
    remaining = set(OutboundEmail.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, unsent.pk}
    assert old.pk not in remaining


def test_emails_given_up_on_are_purged_after_the_retention_period_too(settings):
    settings.EMAIL_MAX_ATTEMPTS = 3
    settings.PERSONAL_DATA_RETENTION_DAYS = {**settings.PERSONAL_DATA_RETENTION_DAYS, "sent_email": 30}
    now = timezone.now()
    OutboundEmail.objects.create(
        to="a@example.org", subject="S", body="B", attempts=3, last_attempt_at=now - timedelta(days=31)
    )
    still_trying = OutboundEmail.objects.create(
        to="b@example.org", subject="S", body="B", attempts=1, last_attempt_at=now - timedelta(days=31)
    )
    assert emails_purge_sent(now=now) == 1
    assert list(OutboundEmail.objects.values_list("pk", flat=True)) == [still_trying.pk]


def wait_until(condition, *, seconds=30):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.05)


@pytest.mark.django_db(transaction=True)
def test_two_mail_workers_running_at_once_send_each_email_exactly_once(settings):
    with SMTPServer(delay=0.05) as server:  # a mail server that takes a moment, so the workers overlap
        smtp_settings(settings, server)
        for number in range(20):
            email_queue(to=f"parent{number}@example.org", subject=f"Email {number}", body="Hello", purpose="test")
        stop = threading.Event()
        both_connected = threading.Barrier(2)
        sent_by = {}

        def worker(name):
            try:
                connection.ensure_connection()  # each thread has its own database connection
                both_connected.wait()
                sent_by[name] = emails_work(stop=stop, poll_seconds=0.05)
            finally:
                connection.close()

        workers = [threading.Thread(target=worker, args=(name,)) for name in ("first", "second")]
        for thread in workers:
            thread.start()
        wait_until(lambda: not OutboundEmail.objects.filter(sent_at=None).exists())
        stop.set()
        for thread in workers:
            thread.join(timeout=10)
        received = sorted(message["To"] for message in server.messages)
    assert received == sorted(f"parent{number}@example.org" for number in range(20))
    assert set(OutboundEmail.objects.values_list("attempts", flat=True)) == {1}
    assert sent_by["first"] > 0 and sent_by["second"] > 0, sent_by  # both took part
    assert sent_by["first"] + sent_by["second"] == 20


@pytest.mark.django_db(transaction=True)
def test_the_mail_worker_waits_out_a_database_outage_and_carries_on(mail_server, caplog):
    database = connection.settings_dict
    saved = dict(database)
    stop = threading.Event()
    sent = []

    def worker():
        try:
            sent.append(emails_work(stop=stop, poll_seconds=0.05))
        finally:
            connection.close()

    database.update({"HOST": "127.0.0.1", "PORT": "1"})  # nothing listens there: the database is gone
    thread = threading.Thread(target=worker)
    thread.start()
    try:
        wait_until(lambda: "the database did not answer" in caplog.text)
    finally:
        database.update(saved)  # it is back
    queue_one(to="carer@example.org", subject="After the outage")
    wait_until(lambda: len(mail_server.messages) == 1)
    stop.set()
    thread.join(timeout=10)
    assert sent == [1]
    assert mail_server.messages[0]["Subject"] == "After the outage"


def database_url():
    """The test database's address, for a worker in a process of its own."""
    db = connection.settings_dict
    user = quote(db["USER"], safe="") + (":" + quote(db["PASSWORD"], safe="") if db["PASSWORD"] else "")
    host = quote(db["HOST"], safe="") + (f":{db['PORT']}" if db["PORT"] else "")
    return f"postgres://{user + '@' if user else ''}{host}/{db['NAME']}"


@pytest.mark.django_db(transaction=True)
def test_the_mail_worker_process_sends_emails_as_they_arrive_and_stops_cleanly_when_told(mail_server):
    env = {**os.environ, "DATABASE_URL": database_url(), "EMAIL_URL": f"smtp://127.0.0.1:{mail_server.port}"}
    worker = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "send_pending_emails", "--forever", "--interval", "0.2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        email = queue_one(to="carer@example.org", subject="Your booking")
        wait_until(lambda: OutboundEmail.objects.get(pk=email.pk).sent_at is not None)
        worker.send_signal(signal.SIGTERM)  # as systemd stops it
        output, _ = worker.communicate(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert worker.returncode == 0, output
    assert "Mail worker stopped after sending 1 email(s)." in output
    [message] = mail_server.messages
    assert (message["To"], message["Subject"]) == ("carer@example.org", "Your booking")


def test_on_sqlite_two_mail_workers_beside_each_other_send_each_email_exactly_once(tmp_path):
    """SQLite has no row locks: its transactions take the database's write lock as they begin instead."""
    with SMTPServer(delay=0.05) as server:
        database = tmp_path / "db.sqlite3"
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "EMAIL_URL": f"smtp://127.0.0.1:{server.port}"}

        def django(script):
            prelude = "import django\ndjango.setup()\n"
            done = subprocess.run(  # noqa: S603
                [sys.executable, "-c", prelude + script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
            )
            assert done.returncode == 0, done.stderr[-3000:]

        django("from django.core.management import call_command\ncall_command('migrate', verbosity=0)")
        command = [sys.executable, "manage.py", "send_pending_emails", "--forever", "--interval", "0.1"]
        workers = [
            subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # noqa: S603
            for _ in range(2)
        ]
        try:
            for worker in workers:
                assert "Mail worker started" in worker.stdout.readline()
            django(
                "from localoffer.core.mail import email_queue\n"
                "for n in range(20):\n"
                "    email_queue(to=f'parent{n}@example.org', subject=f'Email {n}', body='Hello')\n"
            )

            def unsent():
                with sqlite3.connect(database) as db:
                    return db.execute("SELECT count(*) FROM localoffer_outboundemail WHERE sent_at IS NULL").fetchone()[
                        0
                    ]

            wait_until(lambda: unsent() == 0, seconds=60)
            outputs = []
            for worker in workers:
                worker.send_signal(signal.SIGTERM)
                outputs.append(worker.communicate(timeout=30)[0])
        finally:
            for worker in workers:
                if worker.poll() is None:
                    worker.kill()
        received = sorted(message["To"] for message in server.messages)
    assert received == sorted(f"parent{number}@example.org" for number in range(20))
    assert "database is locked" not in "".join(outputs)
    sent_by = [int(re.search(r"stopped after sending (\d+) email", output).group(1)) for output in outputs]
    assert sum(sent_by) == 20, outputs
