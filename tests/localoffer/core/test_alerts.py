"""Email alerts without an account: double opt-in, weekly digests of what changed, unsubscribe, retention."""

import datetime
import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from localoffer.content.models import Topic
from localoffer.core.alerts import alerts_purge, alerts_send
from localoffer.core.mail import emails_send_pending
from localoffer.core.models import Alert, OutboundEmail
from services.models import Service
from tests.factories import event, make_news_item, make_service

pytestmark = pytest.mark.django_db


def links(body):
    return re.findall(r"https?://\S+", body)


def backdate(service, when):
    Service.history.filter(id=service.pk).update(history_date=when)


def confirmed_alert(
    *, query="q=autism", kind="services", confirmed=None, frequency="weekly", email="parent@example.org"
):
    confirmed = confirmed or timezone.now() - datetime.timedelta(days=8)
    return Alert.objects.create(
        email=email, kind=kind, query=query, description=query, frequency=frequency,
        token=f"token-{Alert.objects.count()}-{email}", created_at=confirmed, confirmed_at=confirmed,
        renewed_at=confirmed, last_sent_at=confirmed,
    )  # fmt: skip


def test_subscribing_under_a_search_needs_the_emailed_link_to_start(client):
    make_service("Autism outreach")
    results = client.get("/services/", {"q": "autism"}).content.decode()
    assert "Email me when services like these are added or change" in results
    page = client.get("/alerts/", {"q": "autism"})
    assert "autism" in page.content.decode()
    response = client.post(
        "/alerts/", {"kind": "services", "query": "q=autism", "email": "parent@example.org", "frequency": "monthly"}
    )
    assert response.status_code == 302
    alert = Alert.objects.get()
    assert (alert.email, alert.frequency, alert.confirmed_at) == ("parent@example.org", "monthly", None)
    email = OutboundEmail.objects.get(purpose="alert-confirmation")
    confirm = next(link for link in links(email.body) if "/alerts/confirm/" in link)
    path = confirm.split("://", 1)[1].split("/", 1)[1]
    assert "Start my alert" in client.get(f"/{path}").content.decode()
    alert.refresh_from_db()
    assert alert.confirmed_at is None  # opening the link (or a mail scanner) is not enough
    assert client.post(f"/{path}").status_code == 200
    alert.refresh_from_db()
    assert alert.confirmed_at is not None


def test_a_bad_email_address_is_explained_and_kept(client):
    response = client.post(
        "/alerts/", {"kind": "services", "query": "q=autism", "email": "not-an-address", "frequency": "weekly"}
    )
    page = response.content.decode()
    assert "Enter an email address in the correct format" in page
    assert 'value="not-an-address"' in page
    assert not Alert.objects.exists()


def test_the_weekly_email_lists_only_new_and_changed_services_that_match_with_what_changed():
    long_ago = timezone.now() - datetime.timedelta(days=60)
    unchanged = make_service("Autism outreach")
    changed = make_service("Autism family groups", phone="01632 960000")
    backdate(unchanged, long_ago)
    backdate(changed, long_ago)
    alert = confirmed_alert()
    changed.phone = "01632 960999"
    changed.save()
    make_service("Autism parent course")
    make_service("Swimming lessons")

    looked, queued = alerts_send()
    assert (looked, queued) == (1, 1)
    email = OutboundEmail.objects.get(purpose="alert-services")
    assert "Autism family groups" in email.body and "Changed: phone" in email.body
    assert "Autism parent course" in email.body and "New in the directory" in email.body
    assert "Autism outreach" not in email.body and "Swimming" not in email.body
    unsubscribe = f"/alerts/unsubscribe/{alert.token}/"
    assert email.headers["List-Unsubscribe"].endswith(f"{unsubscribe}>")
    assert email.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    emails_send_pending()
    sent = mail.outbox[-1]
    assert sent.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe in sent.extra_headers["List-Unsubscribe"]


def test_nothing_is_sent_when_nothing_changed_and_nothing_before_the_week_is_up():
    service = make_service("Autism outreach")
    backdate(service, timezone.now() - datetime.timedelta(days=60))
    confirmed_alert()
    assert alerts_send() == (1, 0)
    assert not OutboundEmail.objects.exists()
    fresh = confirmed_alert(confirmed=timezone.now() - datetime.timedelta(days=2), email="other@example.org")
    make_service("Autism parent course")
    assert alerts_send() == (0, 0)  # the first alert moved on a week; the second's week is not up
    assert alerts_send(now=timezone.now() + datetime.timedelta(days=6)) == (1, 1)
    assert OutboundEmail.objects.get().to == fresh.email


def test_unsubscribe_by_the_link_and_by_the_one_click_post():
    alert = confirmed_alert()
    client = Client(enforce_csrf_checks=True)
    page = client.get(f"/alerts/unsubscribe/{alert.token}/").content.decode()
    assert "Stop this alert" in page
    assert Alert.objects.filter(pk=alert.pk).exists()
    # What a mail program sends for List-Unsubscribe-Post: no cookie, no CSRF token.
    response = client.post(f"/alerts/unsubscribe/{alert.token}/", {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Alert.objects.filter(pk=alert.pk).exists()
    again = client.post(f"/alerts/unsubscribe/{alert.token}/", {"List-Unsubscribe": "One-Click"})
    assert again.status_code == 200


def test_the_emailed_manage_link_shows_every_alert_and_stops_or_renews_them(client):
    first = confirmed_alert(email="parent@example.org")
    confirmed_alert(email="parent@example.org", query="q=adhd")
    confirmed_alert(email="someone@example.org")
    make_service("Autism parent course")
    alerts_send()
    body = OutboundEmail.objects.filter(to="parent@example.org").first().body
    manage = next(link for link in links(body) if "/alerts/manage/" in link)
    path = "/" + manage.split("://", 1)[1].split("/", 1)[1]
    page = client.get(path).content.decode()
    assert "q=adhd" in page and page.count("Stop<span") == 2
    assert f'href="/alerts/unsubscribe/{first.token}/"' in page
    client.post(f"/alerts/unsubscribe/{first.token}/")
    assert Alert.objects.filter(email="parent@example.org").count() == 1
    old = timezone.now() - datetime.timedelta(days=600)
    Alert.objects.update(renewed_at=old)
    client.post(path, {"action": "renew"})
    assert Alert.objects.get(email="parent@example.org").renewed_at > old
    client.post(path, {"action": "stop-all"})
    assert not Alert.objects.filter(email="parent@example.org").exists()
    assert Alert.objects.filter(email="someone@example.org").exists()
    assert client.get("/alerts/manage/not-a-token/").status_code == 400


def test_alerts_never_confirmed_go_after_seven_days_and_any_after_two_years_unless_renewed(client):
    now = timezone.now()
    Alert.objects.create(email="a@example.org", description="x", token="a", created_at=now - datetime.timedelta(days=8))
    Alert.objects.create(email="b@example.org", description="x", token="b", created_at=now - datetime.timedelta(days=6))
    confirmed_alert(confirmed=now - datetime.timedelta(days=731), email="c@example.org")
    kept = confirmed_alert(confirmed=now - datetime.timedelta(days=731), email="d@example.org")
    Alert.objects.filter(pk=kept.pk).update(renewed_at=now - datetime.timedelta(days=30))
    assert alerts_purge() == 2
    assert set(Alert.objects.values_list("email", flat=True)) == {"b@example.org", "d@example.org"}
    privacy = client.get("/privacy/").content.decode()
    assert "Email alerts" in privacy and "2 years" in privacy and "7 days" in privacy


def test_the_weekly_job_makes_the_same_queries_whatever_the_number_of_alerts():
    long_ago = timezone.now() - datetime.timedelta(days=60)
    for number in range(3):
        backdate(make_service(f"Autism service {number}"), long_ago)
    make_service("Autism parent course")

    def run(count):
        Alert.objects.all().delete()
        OutboundEmail.objects.all().delete()
        for number in range(count):
            confirmed_alert(email=f"p{number}@example.org", query="q=autism" if number % 2 else "q=parent")
            confirmed_alert(email=f"n{number}@example.org", kind="news", query="topic=health" if number % 2 else "")
            confirmed_alert(email=f"e{number}@example.org", kind="events", query="topic=training&topic=health")
        alerts_send()  # builds this server's search index, once
        Alert.objects.update(last_sent_at=timezone.now() - datetime.timedelta(days=8))
        with CaptureQueriesContext(connection) as queries:
            looked, queued = alerts_send()
        assert looked == queued == 3 * count
        return len(queries)

    news = make_news_item(title="Health checks for young people")
    news.topics.set(Topic.objects.filter(slug="health"))
    forum = event(title="Health training forum")
    forum.topics.set(Topic.objects.filter(slug__in=["health", "training"]))
    assert run(4) == run(40)
