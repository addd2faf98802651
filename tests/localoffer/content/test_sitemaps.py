"""The sitemap and robots.txt that search engines read."""

import xml.etree.ElementTree as ET

import pytest
from django.test import override_settings

from tests.factories import make_information_page, make_news_item

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


@override_settings(SITE_URL="https://localoffer.example.org", ADMIN_URL="staff-only-place/")
def test_robots_txt_points_at_the_sitemap_without_naming_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: https://localoffer.example.org/sitemap.xml" in text
    assert "staff-only-place" not in text
    assert "Disallow: /search/" in text
