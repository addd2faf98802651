"""The results page: filters land on the results, quick filters are one tap, and an empty search offers a way on."""

import pytest

from services import taxonomy
from services.models import Category, Location, Service
from tests.factories import make_information_page, make_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_services():
    taxonomy.taxonomy_load()
    clubs = Category.objects.get(slug="clubs-and-youth-groups")
    make_service("Free Poole Club", categories=[clubs], cost=Service.Cost.FREE, towns=[Location.Town.POOLE])
    make_service("Paid Christchurch Club", categories=[clubs], cost=Service.Cost.PAID,
                 towns=[(Location.Town.CHRISTCHURCH, "BH23 1AA")])  # fmt: skip


def test_apply_filters_and_sort_come_back_at_the_results(client, two_services):
    html = client.get("/services/?q=club").content.decode()
    assert 'formaction="/services/#results-heading">Apply filters</button>' in html
    assert 'formaction="/services/#results-heading">Sort</button>' in html


def test_quick_filters_switch_one_filter_on_and_off_keeping_the_search(client, two_services):
    html = client.get("/services/?q=club").content.decode()
    assert 'href="/services/?q=club&amp;cost=free#results-heading">Free</a>' in html
    assert 'href="/services/?q=club&amp;town=poole#results-heading">Poole</a>' in html
    chosen = client.get("/services/?q=club&cost=free").content.decode()
    assert "1 service matching" in chosen
    assert 'href="/services/?q=club#results-heading"><span aria-hidden="true">✓ </span>Free' in chosen


def test_the_quick_age_list_keeps_the_rest_of_the_search(client, two_services):
    html = client.get("/services/?q=club&town=poole&age=7").content.decode()
    assert '<input type="hidden" name="q" value="club" form="quick-age">' in html
    assert '<input type="hidden" name="town" value="poole" form="quick-age">' in html
    assert 'name="age" value="7" form="quick-age"' not in html
    assert '<option value="7" selected>7</option>' in html


def test_an_empty_search_offers_the_categories_and_the_advice_pages(client, two_services):
    make_information_page(title="Short breaks", slug="short-breaks")
    html = client.get("/services/?q=dentist").content.decode()
    assert "0 services matching" in html
    assert "Browse services by category" in html
    for category in Category.objects.filter(parent=None):
        assert f'href="{category.get_absolute_url()}">{category.name}</a>' in html
    assert 'href="/information/short-breaks/">Short breaks</a>' in html
    assert "Browse services by category" not in client.get("/services/?q=club").content.decode()
