"""The directory in a real browser: search, filter, open a service, shortlist, print; accessible by keyboard."""

import re

import pytest
from playwright.sync_api import expect

from services import taxonomy
from services.models import Category, Location, Need, Service
from tests.browser.conftest import assert_accessible
from tests.factories import make_answer, make_location, make_opening_time, make_service


@pytest.fixture
def directory(transactional_db):
    """A small directory: autism and hearing services in two towns, one countywide, one closed."""
    taxonomy.taxonomy_load()
    autism = Need.objects.get(slug="autism")
    hearing = Need.objects.get(slug="hearing")
    clubs = Category.objects.get(slug="clubs-and-youth-groups")
    therapy = Category.objects.get(slug="speech-and-language-therapy")
    swim = make_service(
        "Shell Cove Sensory Swim", summary="Quiet swimming for autistic children.", categories=[clubs],
        needs=[autism], minimum_age=4, maximum_age=16, cost=Service.Cost.PAID, fees="£4", phone="01632 960 100",
        description="## What happens\n\nWarm water and fewer people.",
    )  # fmt: skip
    make_location(service=swim, town=Location.Town.CHRISTCHURCH, postcode="BH23 1AA", name="Harbour Pool")
    make_opening_time(service=swim, weekday=5, opens="10:00", closes="12:00")
    make_answer(service=swim, answer="All staff have **autism awareness** training.")
    talk = make_service("Chatterbox Speech Drop-in", summary="Speech and language advice.", categories=[therapy],
                        needs=[autism], minimum_age=0, maximum_age=11)  # fmt: skip
    make_location(service=talk, town=Location.Town.POOLE, postcode="BH15 1AA")
    make_service("Wavelength Deaf Youth Group", summary="A youth group for deaf young people.", categories=[clubs],
                 needs=[hearing], minimum_age=10, maximum_age=21, coverage=Service.Coverage.AREA_WIDE)  # fmt: skip
    make_service("Closed Club", summary="A club for autistic teenagers.", categories=[clubs], needs=[autism],
                 status=Service.Status.TEMPORARILY_CLOSED, status_note="Reopens soon.")  # fmt: skip
    return swim


# Every kind of directory page is checked with axe and at 320 px by the crawl (test_crawl.py).


def test_on_a_phone_the_first_result_is_within_a_screen_and_a_half(site, browser, directory):
    for javascript in (True, False):
        context = browser.new_context(java_script_enabled=javascript, viewport={"width": 375, "height": 812})
        phone = context.new_page()
        phone.goto(site + "/services/?q=autism")
        expect(phone.get_by_text("Filter results")).to_be_visible()
        expect(phone.get_by_role("button", name="Apply filters")).to_be_hidden()
        top = phone.locator(".lo-result").first.bounding_box()["y"]
        assert top <= 1.5 * 812, f"first result {top} px down (JavaScript {javascript})"
        phone.get_by_text("Filter results").click()
        expect(phone.get_by_role("button", name="Apply filters")).to_be_visible()
        context.close()


def test_skip_to_results_passes_the_filters_by_keyboard(site, page, directory):
    page.goto(site + "/services/?q=autism")
    page.get_by_role("button", name="Search", exact=True).focus()
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to results")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("#results-heading")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Remove search: “autism”")).to_be_focused()


def test_search_filter_open_a_service_shortlist_it_and_print(site, page, directory):
    page.goto(site + "/")
    page.get_by_label("Find a service").fill("ASD")
    page.get_by_role("main").get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", name="3 services matching “ASD”")).to_be_visible()

    page.get_by_label("Child or young person's age").select_option("7")
    page.locator("summary", has_text="Cost").click()
    page.get_by_role("checkbox", name=re.compile(r"^Paid")).check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_role("heading", name="1 service matching “ASD”")).to_be_visible()
    expect(page.get_by_text("Cost: Paid")).to_be_visible()

    page.get_by_role("link", name="Shell Cove Sensory Swim").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Shell Cove Sensory Swim")
    page.get_by_role("button", name="Add to shortlist").click()
    expect(page.get_by_role("status")).to_contain_text("on your shortlist (1)")
    expect(page.get_by_role("button", name="Remove from shortlist")).to_be_visible()

    page.goto(site + "/shortlist/")
    expect(page.get_by_role("heading", name="Shell Cove Sensory Swim")).to_be_visible()
    expect(page.get_by_role("button", name="Print your shortlist")).to_be_visible()
    assert_accessible(page)
    page.emulate_media(media="print")
    expect(page.get_by_text("Printed from")).to_be_visible()
    expect(page.get_by_role("button", name="Print your shortlist")).to_be_hidden()
    expect(page.locator(".govuk-service-navigation")).to_be_hidden()
    expect(page.get_by_text("Harbour Pool")).to_be_visible()


def test_search_and_filters_work_by_keyboard_alone(site, page, directory):
    page.goto(site + "/services/")
    page.get_by_label("Search by keyword").focus()
    page.keyboard.type("swim")
    page.keyboard.press("Enter")
    page.wait_for_url("**/services/?q=swim*")
    expect(page.get_by_role("heading", name="1 service matching “swim”")).to_be_visible()

    page.goto(site + "/services/")
    page.locator("summary", has_text="Area of need").focus()
    page.keyboard.press("Enter")
    page.get_by_label("Autism").focus()
    page.keyboard.press("Space")
    expect(page.get_by_label("Autism")).to_be_checked()
    page.get_by_role("button", name="Apply filters").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**need=autism*")
    expect(page.get_by_role("heading", name="3 services")).to_be_visible()

    page.get_by_role("link", name="Shell Cove Sensory Swim").focus()
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Add to shortlist").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Remove from shortlist")).to_be_focused()


def test_whole_journey_works_without_javascript(site, browser, directory):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/services/?q=autism")
    page.locator("summary", has_text="Cost").click()
    page.get_by_role("checkbox", name=re.compile(r"^Paid")).check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_role("heading", name="1 service matching “autism”")).to_be_visible()
    page.get_by_role("link", name="Remove cost: Paid").click()
    expect(page.get_by_role("heading", name="3 services matching “autism”")).to_be_visible()

    page.get_by_label("Near a postcode (optional)").fill("BH23")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page.locator(".lo-result").first).to_contain_text("miles away")

    page.get_by_role("link", name="Shell Cove Sensory Swim").click()
    page.get_by_role("button", name="Add to shortlist").click()
    expect(page.get_by_text("Shell Cove Sensory Swim is on your shortlist.")).to_be_visible()
    page.goto(site + "/shortlist/")
    expect(page.get_by_role("heading", name="Shell Cove Sensory Swim")).to_be_visible()
    expect(page.get_by_role("button", name="Print your shortlist")).to_be_hidden()
    page.get_by_role("button", name="Remove from shortlist").click()
    expect(page.get_by_text("Your shortlist is empty.")).to_be_visible()
    context.close()


def test_service_page_prints_without_navigation_or_buttons(site, page, directory):
    page.goto(site + "/services/shell-cove-sensory-swim/")
    page.emulate_media(media="print")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("button", name="Add to shortlist")).to_be_hidden()
    expect(page.locator(".govuk-breadcrumbs")).to_be_hidden()
    expect(page.get_by_text("01632 960 100").first).to_be_visible()


def accessible_with_javascript_too(page, url):
    """axe runs as a script, so a page reached without JavaScript is checked again in a normal browser."""
    page.goto(url)
    assert_accessible(page)


def test_a_misspelt_search_is_corrected_without_javascript_and_can_be_searched_as_typed(site, browser, page, directory):
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(site + "/services/")
    plain.get_by_label("Search by keyword").fill("austim")
    plain.get_by_role("button", name="Search", exact=True).click()
    expect(plain.get_by_text("Showing results for autism.")).to_be_visible()
    expect(plain.get_by_role("link", name="Shell Cove Sensory Swim")).to_be_visible()
    accessible_with_javascript_too(page, plain.url)
    plain.get_by_role("link", name="austim").click()
    expect(plain.get_by_role("heading", name="0 services matching “austim”")).to_be_visible()
    expect(plain.get_by_text("Showing results for")).to_have_count(0)
    accessible_with_javascript_too(page, plain.url)
    context.close()


def test_an_everyday_phrase_finds_the_service_and_its_place_and_age_show_as_filters(site, browser, page, directory):
    make_service("Night Owls Sleep Clinic", summary="A sleep clinic for children with additional needs.",
                 minimum_age=2, maximum_age=18, coverage=Service.Coverage.AREA_WIDE)  # fmt: skip
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(site + "/services/")
    plain.get_by_label("Search by keyword").fill("my son can't sleep, he is 7 years old")
    plain.keyboard.press("Enter")
    expect(plain.get_by_role("link", name="Night Owls Sleep Clinic")).to_be_visible()
    expect(plain.locator(".lo-active-filters")).to_contain_text("Age: 7 years old")
    accessible_with_javascript_too(page, plain.url)
    plain.get_by_role("link", name="Remove age: 7 years old").click()
    expect(plain.locator(".lo-active-filters")).not_to_contain_text("Age:")
    expect(plain.get_by_role("link", name="Night Owls Sleep Clinic")).to_be_visible()
    context.close()
