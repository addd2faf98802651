"""The open data page in a real browser: accessible and readable on a phone."""

import pytest

from tests.browser.conftest import assert_accessible
from tests.factories import make_service

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("width", [320, 1280])
def test_open_data_page_is_accessible_and_fits_the_screen(site, page, width):
    make_service("Autism Outreach", description="For autistic children.", minimum_age=5)
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site + "/open-data/")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    assert_accessible(page)


def test_open_data_is_reached_from_the_footer_by_keyboard(site, page):
    page.goto(site + "/")
    page.get_by_role("link", name="Open data").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(site + "/open-data/")
    assert page.get_by_role("heading", level=1).inner_text() == "Open data: the directory for other services"
