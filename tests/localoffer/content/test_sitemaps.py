"""The sitemap and robots.txt that search engines read."""

import xml.etree.ElementTree as ET

import pytest
from django.test import override_settings

from localoffer.content.models import NewsTranslation, PageTranslation
from services.models import Service, ServiceTranslation
from tests.factories import make_information_page, make_news_item, make_service

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    document = ET.fromstring(response.content)  # noqa: S314  (our own response)
    return [loc.text for loc in document.iter(f"{SITEMAP}loc")]


@override_settings(SITE_URL="https://localoffer.example.org")
def test_sitemap_lists_public_pages_news_and_notices_at_the_site_address(client):
    section = make_information_page(slug="short-breaks")
    make_information_page(slug="clubs", parent=section)
    make_information_page(slug="draft", published=False)
    make_news_item(slug="visible")
    make_news_item(slug="hidden", published=False)
    locations = sitemap_locations(client)
    for path in ["/", "/information/", "/glossary/", "/news/", "/accessibility/", "/contact/"]:
        assert f"https://localoffer.example.org{path}" in locations
    assert "https://localoffer.example.org/information/short-breaks/" in locations
    assert "https://localoffer.example.org/information/short-breaks/clubs/" in locations
    assert "https://localoffer.example.org/news/visible/" in locations
    assert not any("draft" in location or "hidden" in location for location in locations)


@override_settings(SITE_URL="https://localoffer.example.org")
def test_sitemap_lists_the_versions_people_made_in_other_languages_of_pages_news_and_services(client):
    page = make_information_page(slug="short-breaks")
    item = make_news_item(slug="new-clubs")
    service = make_service("Poole Play Club")
    closed = make_service("Old Club", status=Service.Status.ARCHIVED)
    words = {"made_by_person": True, "title": "Tytuł", "summary": "Streszczenie.", "body": "Treść."}
    PageTranslation.objects.create(page=page, language="pl", **words)
    PageTranslation.objects.create(page=page, language="ar", published=False, **words)
    NewsTranslation.objects.create(item=item, language="pl", **words)
    ServiceTranslation.objects.create(service=service, language="pl", summary="Klub.", made_by_person=True)
    ServiceTranslation.objects.create(service=closed, language="pl", summary="Klub.", made_by_person=True)
    ServiceTranslation.objects.create(service=service, language="ar", summary="نادي", made_by_person=False)
    locations = sitemap_locations(client)
    site = "https://localoffer.example.org"
    assert f"{site}/information/short-breaks/?lang=pl" in locations
    assert f"{site}/news/new-clubs/?lang=pl" in locations
    assert any(location.endswith(f"{service.get_absolute_url()}?lang=pl") for location in locations)
    assert f"{site}/information/short-breaks/" in locations
    assert not any(location.endswith("?lang=ar") for location in locations)
    assert not any(location.endswith(f"{closed.get_absolute_url()}?lang=pl") for location in locations)


@override_settings(SITE_URL="https://localoffer.example.org", ADMIN_URL="staff-only-place/")
def test_robots_txt_points_at_the_sitemap_without_naming_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: https://localoffer.example.org/sitemap.xml" in text
    assert "staff-only-place" not in text
    assert "Disallow: /search/" in text
