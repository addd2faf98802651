"""Sign-in logs are kept 90 days and expired sessions are deleted, by purge_expired, as the privacy notice says."""

from datetime import timedelta
from io import StringIO

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

pytestmark = pytest.mark.django_db


def sign_in_record(model, *, days_ago, username, **fields):
    record = model.objects.create(
        user_agent="Firefox", ip_address="192.0.2.1", username=username, http_accept="*/*", path_info="/", **fields
    )
    model.objects.filter(pk=record.pk).update(attempt_time=timezone.now() - timedelta(days=days_ago))


def test_purge_expired_deletes_sign_in_logs_older_than_90_days_and_expired_sessions():
    sign_in_record(AccessLog, days_ago=91, username="old@example.org")
    sign_in_record(AccessLog, days_ago=89, username="recent@example.org")
    sign_in_record(AccessFailureLog, days_ago=120, username="old@example.org")
    sign_in_record(AccessFailureLog, days_ago=1, username="recent@example.org")
    sign_in_record(AccessAttempt, days_ago=100, username="old@example.org", get_data="", post_data="",
                   failures_since_start=3)  # fmt: skip
    expired, current = SessionStore(), SessionStore()
    expired["shortlist"], current["shortlist"] = ["a"], ["b"]
    expired.create()
    current.create()
    Session.objects.filter(pk=expired.session_key).update(expire_date=timezone.now() - timedelta(seconds=1))

    out = StringIO()
    call_command("purge_expired", stdout=out)

    assert list(AccessLog.objects.values_list("username", flat=True)) == ["recent@example.org"]
    assert list(AccessFailureLog.objects.values_list("username", flat=True)) == ["recent@example.org"]
    assert not AccessAttempt.objects.exists()
    assert list(Session.objects.values_list("session_key", flat=True)) == [current.session_key]
    assert "3 sign-in records deleted" in out.getvalue() and "1 expired sessions deleted" in out.getvalue()


def test_the_sign_in_log_period_is_a_setting(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = {**settings.PERSONAL_DATA_RETENTION_DAYS, "sign_in_logs": 7}
    sign_in_record(AccessLog, days_ago=8, username="old@example.org")
    call_command("purge_expired", stdout=StringIO())
    assert not AccessLog.objects.exists()


def test_the_privacy_notice_lists_the_sign_in_logs_and_sessions(client):
    html = client.get("/privacy/").content.decode()
    assert "Sign-in records for staff and provider accounts" in html and "90 days after the sign-in" in html
    assert "Until the session expires (30 days after your last visit)" in html
