"""Alerts for news and co-production events by topic and area of need: sign up, then a digest of what is new
and what changed (an event moved, a new place, cancelled, on again), and nothing when nothing changed."""

import datetime
import re

import pytest
from django.utils import timezone

from coproduction import events
from coproduction.models import Event
from localoffer.content.models import NewsItem, Topic
from localoffer.core.alerts import alerts_send
from localoffer.core.models import Alert, OutboundEmail
from tests.factories import booking, event, make_news_item

pytestmark = pytest.mark.django_db

LONG_AGO = datetime.timedelta(days=60)


def confirmed_alert(*, kind, query, email):
    confirmed = timezone.now() - datetime.timedelta(days=8)
    return Alert.objects.create(
        email=email, kind=kind, query=query, description=query, frequency="weekly", token=f"token-{email}",
        created_at=confirmed, confirmed_at=confirmed, renewed_at=confirmed, last_sent_at=confirmed,
    )  # fmt: skip


def topics(*slugs):
    return Topic.objects.filter(slug__in=slugs)


def news_item(title, *slugs, days_ago=0, **fields):
    item = make_news_item(title=title, published_on=timezone.localdate() - datetime.timedelta(days=days_ago), **fields)
    item.topics.set(topics(*slugs))
    if days_ago:
        NewsItem.objects.filter(pk=item.pk).update(created_at=timezone.now() - LONG_AGO)
        NewsItem.history.filter(id=item.pk).update(history_date=timezone.now() - LONG_AGO)
    return item


def forum(title, *slugs, old=False, **fields):
    found = event(title=title, **fields)
    found.topics.set(topics(*slugs))
    if old:
        Event.objects.filter(pk=found.pk).update(created_at=timezone.now() - LONG_AGO)
        found.refresh_from_db()
    return found


def test_the_sign_up_form_offers_topics_and_areas_of_need_as_checkboxes(client):
    page = client.get("/alerts/?kind=news").content.decode()
    assert "<legend" in page and "Topics" in page and "Areas of need" in page
    assert re.search(r'type="checkbox"[^>]*name="topics_0"[^>]*value="health"', page)
    assert re.search(r'type="checkbox"[^>]*name="topics_1"[^>]*value="sensory-and-physical"', page)
    response = client.post(
        "/alerts/",
        {"kind": "news", "email": "n@example.org", "frequency": "monthly", "topics_0": ["health", "training"],
         "topics_1": "sensory-and-physical"},
    )  # fmt: skip
    assert response.status_code == 302
    alert = Alert.objects.get()
    assert alert.description == "news about health, training or sensory and/or physical needs"
    assert alert.frequency == "monthly" and alert.confirmed_at is None
    assert OutboundEmail.objects.get().purpose == "alert-confirmation"
    client.post("/alerts/", {"kind": "events", "email": "e@example.org", "frequency": "weekly"})
    assert Alert.objects.get(kind="events").description == "all co-production events"


def test_a_topic_that_is_not_on_the_list_is_explained_and_the_address_kept(client):
    response = client.post(
        "/alerts/", {"kind": "events", "email": "e@example.org", "frequency": "weekly", "topics_0": "knitting"}
    )
    page = response.content.decode()
    assert response.status_code == 200 and "Select a valid choice" in page
    assert 'value="e@example.org"' in page
    assert not Alert.objects.exists()


def test_news_alerts_list_new_and_changed_items_on_the_topics_chosen_with_what_changed():
    alert = confirmed_alert(kind="news", query="topic=health&topic=sensory-and-physical", email="n@example.org")
    anything = confirmed_alert(kind="news", query="", email="all@example.org")
    news_item("New hearing clinic opens", "sensory-and-physical")
    news_item("Transport changes", "education-and-ehc-plans")
    edited = news_item("Flu jabs at school", "health", days_ago=30, summary="Nasal spray for every child.")
    untouched = news_item("Summer play schemes", "health", days_ago=30)
    edited.summary = "Nasal spray for every child, now in October."
    edited.save()
    assert alerts_send() == (2, 2)
    body = OutboundEmail.objects.get(to=alert.email).body
    assert "New hearing clinic opens" in body and "Flu jabs at school" in body
    assert "Updated: summary" in body
    assert "Transport changes" not in body and untouched.title not in body
    headers = OutboundEmail.objects.get(to=alert.email).headers
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"/alerts/unsubscribe/{alert.token}/" in headers["List-Unsubscribe"]
    everything = OutboundEmail.objects.get(to=anything.email).body
    assert "Transport changes" in everything and "New hearing clinic opens" in everything


def test_event_alerts_say_an_event_moved_changed_place_was_cancelled_or_is_on_again():
    alert = confirmed_alert(kind="events", query="topic=training", email="e@example.org")
    moved = forum("SENCO training", "training", old=True)
    booking(event=moved, name="Ann", email="ann@example.org")
    before = Event.objects.get(pk=moved.pk)
    moved.starts_at += datetime.timedelta(days=1)
    moved.ends_at += datetime.timedelta(days=1)
    moved.place = "Kinson Hub"
    moved.save()
    events.event_changes_tell(event=moved, before=before)
    called_off = forum("EHCP workshop", "training", old=True)
    events.event_cancel(event=called_off, note="The trainer is ill.")
    back_on = forum("Makaton training", "training", old=True)
    events.event_cancel(event=back_on, note="The hall flooded.")
    Event.objects.filter(pk=back_on.pk).update(cancelled=False)
    events.event_reinstate(event=back_on)
    forum("Parent forum", "forums-and-co-production")
    forum("Quiet training", "training", old=True)  # nothing changed
    forum("New training day", "training")

    assert alerts_send() == (1, 1)
    body = OutboundEmail.objects.get(to=alert.email, purpose="alert-events").body
    when = timezone.localtime(moved.starts_at)
    assert f"Now {when:%A %-d %B %Y}" in body and "Now at Kinson Hub (was Example Hall, Poole)" in body
    assert "Cancelled: The trainer is ill." in body
    assert "Makaton training" in body and "On again" in body
    assert "New training day" in body and "New." in body
    assert "Parent forum" not in body and "Quiet training" not in body


def test_nothing_is_sent_when_no_news_or_event_changed():
    confirmed_alert(kind="news", query="", email="n@example.org")
    confirmed_alert(kind="events", query="", email="e@example.org")
    news_item("Old news", "health", days_ago=30)
    forum("Old forum", "training", old=True)
    assert alerts_send() == (2, 0)
    assert not OutboundEmail.objects.exists()
