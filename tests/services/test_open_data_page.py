"""The open data page tells people what the API offers, and every page's footer links to it."""

import pytest

from tests.factories import make_search_term, make_service

pytestmark = pytest.mark.django_db


def test_footer_links_to_the_open_data_page(client):
    assert '<a class="govuk-footer__link" href="/open-data/">Open data</a>' in client.get("/").content.decode()


def test_open_data_page_explains_the_api_with_a_real_example(client):
    make_search_term("autism", "ASD, autistic")
    make_service("Autism Outreach", minimum_age=5, maximum_age=18)
    make_service("Swimming", minimum_age=5, maximum_age=18)
    page = client.get("/open-data/").content.decode()
    assert '<h1 class="govuk-heading-xl">Open data: the directory for other services</h1>' in page
    assert "http://testserver/api/oruk/services?search=autism&amp;minimum_age=5&amp;per_page=1" in page
    assert "Autism Outreach" in page
    assert "Swimming" not in page
    assert 'href="http://testserver/api/oruk/openapi.json"' in page
