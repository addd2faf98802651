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
