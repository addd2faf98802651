"""What a family sees first on a phone and a desktop: the key facts, help now, results, shortlist and paper."""

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests import factories
from tests.browser.conftest import assert_accessible

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
# Three demo listings of different shapes: one place with weekly times and fees; countywide by
# referral with a long organisation name; a phone line with a long name and no places.
SHAPES = (
    "inclusive-swimming-lessons",
    "autism-and-communication-outreach",
    "children-and-young-peoples-mental-health-crisis-line",
)


@pytest.fixture
def demo(transactional_db):
    factories.migration_data()
    call_command("seed_demo", stdout=io.StringIO())


def test_on_a_phone_the_key_facts_and_a_tap_to_call_link_are_on_the_first_screen(site, browser, demo):
    for javascript in (True, False):
        context = browser.new_context(java_script_enabled=javascript, viewport=PHONE)
        phone = context.new_page()
        for slug in SHAPES:
            phone.goto(f"{site}/services/{slug}/")
            facts = phone.locator(".lo-key-facts")
            expect(facts).to_be_visible()
            call = facts.locator('a[href^="tel:"]')
            expect(call).to_contain_text("Call ")
            box = call.bounding_box()
            assert box["y"] + box["height"] <= PHONE["height"], f"{slug}: call link ends at {box['y'] + box['height']}"
            for label in ("Contact", "For", "Cost", "Where", "When", "How"):
                expect(facts.locator("dt", has_text=label)).to_be_visible()
            if javascript and slug == SHAPES[0]:
                # A typical listing's key facts fit the first screen whole.
                bottom = facts.bounding_box()["y"] + facts.bounding_box()["height"]
                assert bottom <= PHONE["height"], f"key facts end at {bottom}"
                directions = facts.get_by_role("link", name=re.compile("^Get directions to ")).first
                expect(directions).to_have_attribute("href", re.compile(r"^https://www\.openstreetmap\.org/"))
                assert_accessible(phone)
        context.close()


def test_the_home_page_first_screen_leads_to_urgent_help_and_sendiass(site, browser, demo):
    for javascript in (True, False):
        for viewport in (PHONE, DESKTOP):
            context = browser.new_context(java_script_enabled=javascript, viewport=viewport)
            home = context.new_page()
            home.goto(site + "/")
            expect(home.locator('input[type="search"]')).to_have_count(1)
            if viewport is PHONE:
                urgent = home.get_by_role("link", name="Need help now?")
                sendiass = home.get_by_role("link", name="Impartial SEND advice (SENDIASS)")
            else:
                urgent = home.locator(".lo-help-now").get_by_role("link", name="999")
                sendiass = home.locator(".lo-help-now").get_by_role("link", name="find out about SENDIASS")
            for link in (urgent, sendiass):
                box = link.bounding_box()
                assert box["y"] + box["height"] <= viewport["height"], f"{link} ends at {box['y'] + box['height']}"
            if viewport is PHONE:
                urgent.click()
                expect(home.locator(".lo-help-now").get_by_role("link", name="999")).to_be_in_viewport()
                if javascript:
                    assert_accessible(home)
            context.close()


def test_contact_and_advice_pages_have_help_now_at_their_side(site, page, demo):
    for path in ("/contact/", "/information/concerned-about-my-child/"):
        page.goto(site + path)
        box = page.locator(".lo-help-now")
        expect(box.get_by_role("link", name="999")).to_have_attribute("href", "tel:999")
        expect(box.get_by_text("SENDIASS")).to_be_visible()
        assert_accessible(page)


def test_on_a_desktop_the_first_result_is_on_the_first_screen_and_filters_land_on_the_results(site, browser, demo):
    for javascript in (True, False):
        context = browser.new_context(java_script_enabled=javascript, viewport=DESKTOP)
        desktop = context.new_page()
        desktop.goto(site + "/services/?q=autism")
        first = desktop.locator(".lo-result").first.bounding_box()
        assert first["y"] + first["height"] <= DESKTOP["height"], f"first result ends at {first['y'] + first['height']}"
        desktop.locator("summary", has_text="Cost").click()
        desktop.get_by_role("checkbox", name=re.compile(r"^Free")).check()
        desktop.get_by_role("button", name="Apply filters").click()
        heading = desktop.locator("#results-heading")
        expect(heading).to_contain_text("matching “autism”")
        assert desktop.url.endswith("#results-heading")
        expect(heading).to_be_in_viewport()
        if javascript:
            expect(heading).to_be_focused()
            assert_accessible(desktop)
        context.close()


def test_on_a_phone_a_common_filter_is_one_tap(site, browser, demo):
    for javascript in (True, False):
        context = browser.new_context(java_script_enabled=javascript, viewport=PHONE)
        phone = context.new_page()
        phone.goto(site + "/services/?q=autism")
        total = phone.locator("#results-heading").inner_text()
        phone.locator(".lo-quick-filters").get_by_role("link", name="Poole").click()
        expect(phone.locator("#results-heading")).not_to_have_text(total)
        expect(phone.locator(".lo-active-filters")).to_contain_text("Poole")
        expect(phone.locator("#results-heading")).to_be_in_viewport()
        if javascript:
            phone.locator("#quick-age-select").select_option("7")
            expect(phone.locator(".lo-active-filters")).to_contain_text("7")
            expect(phone.locator(".lo-active-filters")).to_contain_text("Poole")
            assert_accessible(phone)
        context.close()


def test_an_empty_search_offers_categories_and_advice_to_browse(site, page, demo):
    page.goto(site + "/services/?q=dentist")
    expect(page.get_by_role("heading", name="Browse services by category")).to_be_visible()
    page.get_by_role("link", name="I am concerned about my child").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("I am concerned about my child")
    assert_accessible(page)
