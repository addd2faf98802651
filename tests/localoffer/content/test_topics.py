"""Topics staff keep and give news items and events: chosen in the admin, shown on the page, in the demo."""

import io

import pytest
from django.core.management import call_command

from coproduction.models import Event
from localoffer.content.models import NewsItem, Topic
from localoffer.staff.roles import LOCAL_OFFER_EDITOR
from tests.factories import make_news_item, staff, staff_sign_in

pytestmark = pytest.mark.django_db


def test_the_first_topics_and_the_four_areas_of_need_are_there():
    assert list(Topic.objects.filter(kind="topic").values_list("name", flat=True)) == [
        "Education and EHC plans", "Health", "Short breaks and leisure", "Preparing for adulthood",
        "Forums and co-production", "Training",
    ]  # fmt: skip
    assert Topic.objects.filter(kind="need").count() == 4


def test_staff_tick_a_news_items_topics_and_its_page_shows_them(client):
    item = make_news_item(title="Short breaks this summer")
    staff_sign_in(client, staff(role=LOCAL_OFFER_EDITOR))
    url = f"/admin/localoffer/newsitem/{item.pk}/change/"
    form = client.get(url).content.decode()
    leisure = Topic.objects.get(slug="short-breaks-and-leisure")
    assert f'type="checkbox" name="topics" value="{leisure.pk}"' in form
    data = {
        "title": item.title, "slug": item.slug, "published_on": item.published_on.isoformat(), "published": "on",
        "summary": item.summary, "body": item.body, "topics": [leisure.pk],
    }  # fmt: skip
    assert client.post(url, data).status_code == 302
    client.logout()
    page = client.get(item.get_absolute_url()).content.decode()
    assert "Topics: Short breaks and leisure" in page


def test_staff_can_add_a_topic_for_alerts(client):
    staff_sign_in(client, staff(role=LOCAL_OFFER_EDITOR))
    response = client.post(
        "/admin/localoffer/topic/add/", {"name": "Transport", "slug": "transport", "kind": "topic", "order": 7}
    )
    assert response.status_code == 302
    assert "Transport" in client.get("/alerts/?kind=news").content.decode()


def test_the_demo_news_and_events_have_topics():
    call_command("seed_demo", stdout=io.StringIO())
    assert all(item.topics.exists() for item in NewsItem.objects.all())
    assert Event.objects.filter(topics__slug="forums-and-co-production").exists()
