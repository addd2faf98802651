"""News: newest first, paginated, drafts and future items hidden, and the Atom feed."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.utils import timezone

from tests.factories import make_glossary_term, make_news_item, staff_sign_in

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


def test_news_lists_published_items_newest_first(client):
    make_news_item(title="Older news", published_on=days_ago(10))
    make_news_item(title="Newer news", published_on=days_ago(1))
    make_news_item(title="Draft news", published=False)
    make_news_item(title="Tomorrow's news", published_on=days_ago(-1))
    html = client.get("/news/").content.decode()
    assert html.index("Newer news") < html.index("Older news")
    assert "Draft news" not in html
    assert "Tomorrow's news" not in html
    assert 'type="application/atom+xml"' in html


def test_news_is_paginated_ten_to_a_page(client):
    for number in range(12):
        make_news_item(title=f"Item number {number:02d}", published_on=days_ago(number))
    first = client.get("/news/").content.decode()
    assert "Item number 00" in first and "Item number 09" in first
    assert "Item number 10" not in first
    assert 'href="?page=2"' in first
    second = client.get("/news/?page=2").content.decode()
    assert "Item number 11" in second and "Item number 00" not in second
    assert client.get("/news/?page=nonsense").status_code == 200
    assert client.get("/news/?page=999").status_code == 200


def test_news_item_page_shows_the_body_as_sanitised_markdown_with_glossary_terms(client):
    make_glossary_term(term="Ofsted")
    item = make_news_item(
        title="Inspection", slug="inspection", body="# Findings\n\nOfsted visited. <script>x</script>"
    )
    response = client.get("/news/inspection/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="govuk-heading-xl">Inspection</h1>' in html
    assert '<h2 id="section-findings">Findings</h2>' in html
    assert 'href="/glossary/#ofsted"' in html
    assert "<script>x</script>" not in html
    assert f'<meta name="description" content="{item.summary}">' in html


def test_draft_and_future_news_items_are_hidden_from_the_public_but_staff_can_preview(client):
    make_news_item(slug="draft", published=False)
    make_news_item(slug="future", published_on=days_ago(-3))
    assert client.get("/news/draft/").status_code == 404
    assert client.get("/news/future/").status_code == 404
    staff_sign_in(client, User.objects.create_user("editor", password="a-long-password-1234", is_staff=True))
    response = client.get("/news/draft/")
    assert response.status_code == 200
    assert "This is a draft" in response.content.decode()


def test_feed_is_atom_with_published_items_only(client):
    make_news_item(title="Visible news", slug="visible", summary="What changed.")
    make_news_item(title="Draft news", published=False)
    response = client.get("/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314  (our own response)
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Visible news"]
    assert entries[0].find(f"{ATOM}link").get("href").endswith("/news/visible/")
    assert entries[0].findtext(f"{ATOM}summary") == "What changed."


def test_a_news_item_cannot_take_the_feed_address():
    item = make_news_item(slug="feed-news")
    item.slug = "feed"
    with pytest.raises(ValidationError):
        item.full_clean()


def test_news_list_uses_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for number in range(15):
        make_news_item(title=f"Item {number}")
    with django_assert_max_num_queries(3):
        assert client.get("/news/?page=2").status_code == 200


def test_a_kept_news_item_reads_only_its_versions_and_an_edit_shows_at_once(client, django_assert_max_num_queries):
    item = make_news_item(title="New short breaks", slug="short-breaks", body="Apply by March.")
    client.get("/news/short-breaks/")
    with django_assert_max_num_queries(1):  # the news and glossary versions, read together
        assert "Apply by March." in client.get("/news/short-breaks/").content.decode()
    item.body = "Apply by April."
    item.save()
    assert "Apply by April." in client.get("/news/short-breaks/").content.decode()
    item.published = False
    item.save()
    assert client.get("/news/short-breaks/").status_code == 404
