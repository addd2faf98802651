"""An easy-read page in a real browser: accessible, reached and used by keyboard, readable at 320 px."""

import pytest
from playwright.sync_api import expect

from localoffer.content.models import EasyReadPage, EasyReadPoint
from tests.browser.conftest import assert_accessible, tab_to
from tests.factories import make_information_page, make_service

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def easy_read():
    page = make_information_page(
        title="Short breaks", slug="short-breaks", summary="Time away for children.", body="Respite care."
    )
    easy_read = EasyReadPage.objects.create(page=page, title="Short breaks", introduction="Fun time away.")
    for order, (text, pictogram, alt) in enumerate(
        [
            ("A short break is time away from home for your child.", "child", "A child"),
            ("Your family gets a rest.", "family", "A family"),
            ("To ask about short breaks, call 01202 123456.", "phone", "A telephone"),
        ]
    ):
        EasyReadPoint.objects.create(easy_read=easy_read, order=order, text=text, pictogram=pictogram, alt_text=alt)
    return easy_read


def test_easy_read_page_is_reached_and_used_by_keyboard_and_passes_axe(site, page, easy_read):
    page.goto(site + "/information/short-breaks/")
    link = page.get_by_role("link", name="Easy read version")
    tab_to(page, link)
    page.keyboard.press("Enter")
    expect(page).to_have_url(site + "/information/short-breaks/easy-read/")
    expect(page.get_by_role("img", name="A telephone")).to_be_visible()
    # Every picture loads, none broken. The pictures are not lazy, so the page's load event waits for them; the
    # check is then read once (a polled check would be evaluated as a string, which the site's policy forbids).
    page.wait_for_load_state("load")
    assert page.evaluate("[...document.images].every(image => image.complete && image.naturalWidth > 0)")
    assert_accessible(page)

    choice = page.get_by_role("button", name="Show easy read where there is one")
    tab_to(page, choice)
    page.keyboard.press("Enter")
    expect(page).to_have_url(site + "/information/short-breaks/easy-read/")
    expect(page.get_by_role("button", name="Show full versions first")).to_be_visible()
    assert_accessible(page)

    full = page.get_by_role("link", name="Full version")
    tab_to(page, full)
    page.keyboard.press("Enter")
    expect(page).to_have_url(site + "/information/short-breaks/")


def test_easy_read_page_fits_a_320_pixel_screen(site, page, easy_read):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site + "/information/short-breaks/easy-read/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)


def test_service_page_shows_easy_read_summary_first_once_chosen_without_javascript(site, browser, easy_read):
    service = make_service(name="Play club", easy_read_summary="A club for children. It is free.")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(site + service.get_absolute_url())
    expect(page.get_by_text("It is free.")).to_have_count(0)
    page.get_by_role("button", name="Show easy read where there is one").click()
    expect(page.get_by_text("A club for children. It is free.")).to_be_visible()
    expect(page.get_by_role("button", name="Show full versions first")).to_be_visible()
    context.close()
