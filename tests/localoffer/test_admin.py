"""Staff editing pages, glossary terms and news in the admin."""

import pytest
from django.contrib.auth.models import User

from localoffer.models import InformationPage
from tests.factories import make_glossary_term, make_information_page, make_news_item, staff_sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, settings):
    staff_sign_in(client, User.objects.create_superuser("admin", "admin@example.org", "a-long-password-1234"))
    client.admin_root = f"/{settings.ADMIN_URL}"
    return client


def test_admin_lists_pages_as_a_tree_with_links_to_preview_them(admin_client):
    section = make_information_page(title="Short breaks", slug="short-breaks")
    make_information_page(title="Clubs", slug="clubs", parent=section, published=False)
    html = admin_client.get(f"{admin_client.admin_root}localoffer/informationpage/").content.decode()
    assert "— Clubs" in html
    assert 'href="/information/short-breaks/clubs/">Preview</a>' in html


def test_staff_add_a_page_inside_a_section(admin_client):
    section = make_information_page(title="Short breaks", slug="short-breaks")
    add_url = f"{admin_client.admin_root}localoffer/informationpage/add/"
    html = admin_client.get(add_url).content.decode()
    assert "# for a heading" in html
    response = admin_client.post(
        add_url,
        {
            "title": "Holiday clubs",
            "slug": "holiday-clubs",
            "parent": section.pk,
            "order": 1,
            "published": "on",
            "summary": "Clubs in the school holidays.",
            "body": "Fun for everyone.",
            "last_updated": "2026-01-05",
        },
    )
    assert response.status_code == 302
    assert InformationPage.objects.get(slug="holiday-clubs").path == "short-breaks/holiday-clubs"


@pytest.mark.parametrize("model", ["glossaryterm", "newsitem"])
def test_glossary_and_news_admin_pages_open(admin_client, model):
    make_glossary_term(term="Portage")
    make_news_item(title="An update")
    assert admin_client.get(f"{admin_client.admin_root}localoffer/{model}/").status_code == 200
    assert admin_client.get(f"{admin_client.admin_root}localoffer/{model}/add/").status_code == 200
