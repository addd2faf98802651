"""The crisis panel in a real browser: first on the page in both search boxes, with and without JavaScript."""

from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible
from tests.factories import crisis_panel_seed, make_information_page, make_service


@pytest.fixture
def crisis_content(transactional_db):
    crisis_panel_seed()
    make_service("Open Door Counselling", summary="Counselling for young people who self-harm.")
    make_information_page(title="Worried about self-harm", summary="Signs of self-harm and who can help.")


@pytest.mark.parametrize("javascript", [False, True])
@pytest.mark.parametrize("address", ["/services/", "/search/"])
def test_the_crisis_panel_is_the_first_thing_in_the_page_and_accessible(
    site, browser, crisis_content, address, javascript
):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(site + address + "?" + urlencode({"q": "my teenager wants to kill himself, he has been self harming"}))
    panel = page.get_by_role("region", name="Urgent help")
    expect(panel).to_be_visible()
    expect(panel).to_contain_text("999")
    expect(panel).to_contain_text("First Response Hub")
    expect(panel.get_by_role("link", name="0800 652 0190")).to_have_attribute("href", "tel:08006520190")
    panel_top = panel.bounding_box()["y"]
    assert panel_top < page.locator("h1").bounding_box()["y"]
    for result in ("Open Door Counselling", "Worried about self-harm"):
        link = page.get_by_role("link", name=result)
        if link.count():
            assert panel_top < link.first.bounding_box()["y"]
    if javascript:  # axe runs as a script in the page; the markup it checks is the same without JavaScript
        assert_accessible(page)
    context.close()
