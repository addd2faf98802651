"""Urgent help and impartial SEND advice wherever a worried family looks: home, contact and every advice page."""

import pytest

from localoffer.content.models import CrisisPanel
from tests.factories import make_information_page

pytestmark = pytest.mark.django_db

PAGES = ["/", "/contact/", "/information/", "/information/worried/"]


def help_box(html):
    start = html.index('class="lo-help-now"')
    return html[start : html.index("</aside>", start)]


@pytest.mark.parametrize("path", PAGES)
def test_help_now_gives_999_the_crisis_line_the_hub_and_sendiass(client, settings, path):
    settings.SENDIASS_PHONE = "01202 555 111"
    settings.SENDIASS_URL = "https://sendiass.example.org/"
    settings.RENDERED_CACHE_SECONDS = 0
    make_information_page(title="Worried", slug="worried")
    box = help_box(client.get(path).content.decode())
    assert "Need help now?" in box
    assert 'href="tel:999"' in box
    assert 'href="tel:08006520190">0800 652 0190</a>' in box
    assert "First Response Hub" in box
    assert "Impartial SEND advice" in box
    assert 'href="tel:01202555111">01202 555 111</a>' in box
    assert 'href="https://sendiass.example.org/"' in box


def test_a_crisis_number_staff_change_in_the_panel_is_the_one_every_help_box_gives(admin_client):
    make_information_page(title="Worried", slug="worried")
    for path in PAGES:  # each page seen once before the change, as on a site that has been up a while
        assert admin_client.get(path).status_code == 200
    panel = CrisisPanel.objects.get()
    body = panel.body.replace("[0800 652 0190](tel:08006520190)", "[0800 111 2222](tel:08001112222)")
    assert body != panel.body

    response = admin_client.post(
        f"/admin/localoffer/crisispanel/{panel.pk}/change/",
        {"heading": panel.heading, "body": body, "phrases": panel.phrases},
    )

    assert response.status_code == 302
    for path in PAGES:
        box = help_box(admin_client.get(path).content.decode())
        assert 'href="tel:08001112222">0800 111 2222</a>' in box, path
        assert "0800 652 0190" not in box, path


def test_the_home_page_has_one_search_box_and_a_line_to_help_near_the_top(client):
    html = client.get("/").content.decode()
    assert html.count('type="search"') == 1
    assert html.index('href="#help-now"') < html.index('id="home-search"')
