"""Operations: settings from the environment, the health check, production checks, database outages."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "a-long-random-production-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "localoffer.bcpcouncil.gov.uk",
    "SITE_URL": "https://localoffer.bcpcouncil.gov.uk",
    "HTTPS": "",
}


def manage(*args, env):
    """Run manage.py in a fresh process, so settings are read from this environment alone."""
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "HTTPS", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**base, **env}, capture_output=True, text=True, timeout=60
    )


def test_site_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = manage("check", env={"DEBUG": "false", "SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_site_starts_with_a_development_key_when_debug_is_on():
    result = manage("check", env={"DEBUG": "true", "SECRET_KEY": ""})
    assert result.returncode == 0, result.stderr


def test_deploy_check_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_health_check_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_health_check_answers_503_when_the_database_does_not():
    """A real unreachable database (nothing listens on port 1), in a process of its own."""
    script = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/healthz', HTTP_HOST='localhost'); print('RESULT', r.status_code, r.content.decode())"
    )
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/nothing",
        "DJANGO_SETTINGS_MODULE": "localoffer.settings",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert 'RESULT 503 {"status": "error", "database": "unavailable"}' in result.stdout, result.stdout + result.stderr
    assert "Health check: the database did not answer" in result.stdout  # logged for the operators


@pytest.mark.django_db
def test_the_health_check_is_about_the_site_not_the_mail_server(client, hanging_mail_server):
    from localoffer.core.mail import email_queue

    email_queue(to="parent@example.org", subject="Waiting", body="B")
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert hanging_mail_server.connections == 0


# A database outage, for real: the site's own connection is pointed at a port where nothing listens,
# or killed by PostgreSQL itself, as when the server restarts. These tests run in transaction=True
# mode, because the test's usual wrapping transaction would die with the connection.


@pytest.fixture
def served_client():
    """The test client as gunicorn would serve each request: connections checked and tidied at the start
    and end of each request (the test client leaves that out), and errors answered with the error page."""
    from django.db import close_old_connections
    from django.test import Client

    client = Client(raise_request_exception=False)

    def request(method, path, data=None):
        close_old_connections()  # request_started
        response = getattr(client, method)(path, data or {})
        close_old_connections()  # request_finished
        return response

    client.get_page = lambda path: request("get", path)
    client.post_form = lambda path, data: request("post", path, data)
    return client


@pytest.fixture
def database(transactional_db):
    """The site's database connection, with a switch for where it connects; put back afterwards."""
    from django.db import connection

    saved = dict(connection.settings_dict)
    yield connection
    connection.close()
    connection.settings_dict.update(saved)


def database_unreachable(connection):
    connection.close()
    connection.settings_dict.update({"HOST": "127.0.0.1", "PORT": "1"})  # nothing listens on port 1


def test_while_the_database_is_unreachable_pages_get_the_friendly_503_and_the_site_recovers_by_itself(
    served_client, database, settings
):
    from tests.factories import make_service

    make_service("Harbour Swim Club", slug="harbour-swim-club")
    saved = dict(database.settings_dict)
    assert served_client.get_page("/services/harbour-swim-club/").status_code == 200

    database_unreachable(database)
    for path in ("/services/harbour-swim-club/", "/", "/information/"):
        response = served_client.get_page(path)
        assert response.status_code == 503, path
        html = response.content.decode()
        assert "Sorry, the service is unavailable" in html
        assert "Try again in a minute or two" in html
        assert settings.CONTACT_PHONE in html and settings.CONTACT_EMAIL in html
        assert "Traceback" not in html and "OperationalError" not in html
        assert response["Retry-After"] == "30"
        assert "no-store" in response["Cache-Control"]
    api = served_client.get_page("/api/oruk/services")
    assert api.status_code == 503
    assert api.json()["status"] == 503 and api["Retry-After"] == "30"

    database.settings_dict.update(saved)  # the database is back: no restart, same process and thread
    response = served_client.get_page("/services/harbour-swim-club/")
    assert response.status_code == 200
    assert "Harbour Swim Club" in response.content.decode()


def terminate(connection):
    """Have PostgreSQL end this connection from its side, as it does to every connection when it restarts."""
    import psycopg2

    backend = connection.connection.info.backend_pid
    with psycopg2.connect(**connection.get_connection_params()) as other, other.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [backend])
    other.close()


def test_a_connection_postgresql_dropped_is_replaced_before_the_next_request_uses_it(served_client, database):
    from tests.factories import make_service

    make_service("Harbour Swim Club", slug="harbour-swim-club")
    database.settings_dict["CONN_MAX_AGE"] = 60  # kept between requests, as in production
    assert served_client.get_page("/services/harbour-swim-club/").status_code == 200
    kept = database.connection.info.backend_pid
    assert served_client.get_page("/services/harbour-swim-club/").status_code == 200
    assert database.connection.info.backend_pid == kept  # the same connection served both

    terminate(database)
    # CONN_HEALTH_CHECKS: the kept connection is checked before use, found dead and replaced.
    response = served_client.get_page("/services/harbour-swim-club/")
    assert response.status_code == 200
    assert "Harbour Swim Club" in response.content.decode()


def test_a_form_whose_database_dies_half_way_saves_nothing_and_can_be_sent_again(served_client, database):
    from django.db.models.signals import post_save

    from coproduction.models import Feedback
    from localoffer.core.models import OutboundEmail

    form = {"kind": "complaint", "about": "send", "message": "Nobody called me back.", "who": "parent-carer",
            "name": "Pat", "email": "pat@example.org"}  # fmt: skip

    def database_dies(sender, instance, **kwargs):
        terminate(database)  # after the feedback row, before its email and the commit

    post_save.connect(database_dies, sender=Feedback)
    try:
        response = served_client.post_form("/feedback/", form)
    finally:
        post_save.disconnect(database_dies, sender=Feedback)
    assert response.status_code == 503
    assert "Go back and send it again" in response.content.decode()
    assert Feedback.objects.count() == 0
    assert OutboundEmail.objects.count() == 0

    response = served_client.post_form("/feedback/", form)
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert OutboundEmail.objects.get().subject == f"We have received your feedback: {feedback.reference}"
