"""Urgent help and impartial SEND advice wherever a worried family looks: home, contact and every advice page."""

import pytest

from tests.factories import make_information_page

pytestmark = pytest.mark.django_db


def help_box(html):
    start = html.index('class="lo-help-now"')
    return html[start : html.index("</aside>", start)]


@pytest.mark.parametrize("path", ["/", "/contact/", "/information/", "/information/worried/"])
def test_help_now_gives_999_the_crisis_line_the_hub_and_sendiass(client, settings, path):
    settings.FIRST_RESPONSE_HUB_PHONE = "01202 555 000"
    settings.SENDIASS_PHONE = "01202 555 111"
    settings.SENDIASS_URL = "https://sendiass.example.org/"
    settings.RENDERED_CACHE_SECONDS = 0
    make_information_page(title="Worried", slug="worried")
    box = help_box(client.get(path).content.decode())
    assert "Need help now?" in box
    assert 'href="tel:999"' in box
    assert 'href="tel:08006520190">0800 652 0190</a>' in box
    assert 'href="tel:01202555000">01202 555 000</a>' in box
    assert "Impartial SEND advice" in box
    assert 'href="tel:01202555111">01202 555 111</a>' in box
    assert 'href="https://sendiass.example.org/"' in box


def test_the_home_page_has_one_search_box_and_a_line_to_help_near_the_top(client):
    html = client.get("/").content.decode()
    assert html.count('type="search"') == 1
    assert html.index('href="#help-now"') < html.index('id="home-search"')
