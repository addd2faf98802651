"""The site-wide pages in a real browser: accessible, keyboard usable, working without JavaScript."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible

# Every kind of page is checked with axe, at 320 px and for one h1 by the crawl (test_crawl.py).


@pytest.mark.parametrize("width", [320, 1280])
def test_home_page_fits_the_screen_without_sideways_scrolling(site, page, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site + "/")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    assert_accessible(page)


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content(site, page):
    page.goto(site + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_navigation_works_by_keyboard_alone(site, page):
    page.goto(site + "/")
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Information and advice":
            break
    else:
        pytest.fail("Tabbing never reached the Information and advice link")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Find services"
    page.keyboard.press("Enter")
    page.wait_for_url("**/services/**")


def test_footer_links_reach_the_notices_by_keyboard(site, page):
    page.goto(site + "/")
    page.get_by_role("link", name="Accessibility statement").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Accessibility statement")


def test_home_search_works_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/")
    page.get_by_label("Find a service").fill("autism")
    page.locator("#main-content").get_by_role("button", name="Search").click()
    page.wait_for_url("**/services/?q=autism")
    context.close()


def test_page_is_usable_at_200_percent_zoom(site, page):
    page.set_viewport_size({"width": 640, "height": 800})  # 1280 px at 200% zoom
    page.goto(site + "/")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    expect(page.get_by_role("button", name="Menu")).to_be_visible()
