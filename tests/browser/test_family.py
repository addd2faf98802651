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
