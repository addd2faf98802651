"""What the search understood from a question, in a real browser: the parts in a line, each removable by
a link, with and without JavaScript, by keyboard alone, at 320 px, axe-clean."""

import pytest
from playwright.sync_api import expect

from services import taxonomy
from services.models import Category, Location, Need
from tests.browser.conftest import assert_accessible, tab_to
from tests.factories import make_location, make_service

QUESTION = "swimming for my autistic son aged 8 in Bournemouth"


@pytest.fixture
def swimming(transactional_db):
    """Swimming and autism listings in Bournemouth, with the standard vocabulary."""
    taxonomy.taxonomy_load()
    autism = Need.objects.get(slug="autism")
    for name, summary, needs in [
        ("Quiet Swim", "Relaxed swimming lessons for autistic children.", [autism]),
        ("Family Swim", "Swimming for the whole family.", []),
        ("Autism Parents Network", "Coffee mornings for parents of autistic children.", [autism]),
    ]:
        service = make_service(name, summary=summary, needs=needs, minimum_age=4, maximum_age=16)
        make_location(service=service, town=Location.Town.BOURNEMOUTH)


@pytest.mark.parametrize("javascript", [True, False])
def test_the_parts_understood_show_and_each_can_be_removed(site, browser, page, swimming, javascript):
    context = browser.new_context(java_script_enabled=javascript, viewport={"width": 320, "height": 700})
    phone = context.new_page()
    phone.goto(site + "/services/")
    phone.get_by_label("Search by keyword").fill(QUESTION)
    phone.keyboard.press("Enter")
    line = phone.locator(".lo-understood")
    expect(line).to_contain_text("We read your search as: Swimming · autistic · age 8 · Bournemouth")
    expect(phone.locator(".lo-result").first).to_contain_text("Quiet Swim")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"the page is {width} px wide at 320 px"
    remove = phone.get_by_role("link", name="Remove kind of help: swimming")
    tab_to(phone, remove)
    phone.keyboard.press("Enter")
    expect(phone.get_by_label("Search by keyword")).to_have_value("for my autistic")
    expect(phone.locator(".lo-understood")).to_contain_text("Autistic · age 8 · Bournemouth")
    expect(phone.locator(".lo-result").first).to_contain_text("Autism Parents Network")
    phone.go_back()
    phone.get_by_role("link", name="Remove where: Bournemouth").click()
    expect(phone.locator(".lo-understood")).to_contain_text("Swimming · autistic · age 8")
    expect(phone.locator(".lo-active-filters")).not_to_contain_text("Countywide")  # it came with the town
    context.close()
    page.goto(site + "/services/?q=" + QUESTION.replace(" ", "+"))
    assert_accessible(page)


def test_a_sentence_with_nothing_recognised_offers_categories_and_advice(site, page, swimming):
    make_service("Calm Mornings", summary="Help for mornings that end in tears.",
                 categories=[Category.objects.get(slug="carers-support")])  # fmt: skip
    page.goto(site + "/services/?q=" + "she+cries+every+time+we+leave+the+house+in+the+morning")
    suggestions = page.locator(".lo-suggestions")
    expect(suggestions).to_contain_text("We could not tell what kind of help you are looking for")
    expect(suggestions.get_by_role("link", name="information and advice")).to_be_visible()
    assert_accessible(page)
