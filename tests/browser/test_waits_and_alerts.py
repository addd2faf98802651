"""Waits and email alerts in a real browser: the wait filter and subscribing, without JavaScript and by keyboard."""

import re

import pytest
from playwright.sync_api import expect

from localoffer.core.models import Alert, OutboundEmail
from tests.browser.conftest import assert_accessible, tab_to
from tests.factories import make_service, make_wait


@pytest.fixture
def waits(transactional_db):
    long = make_service("Autism assessment team", summary="Assessments for autism.")
    make_wait(service=long, amount=18, unit="months")
    none = make_service("Autism drop-in", summary="Come along, no referral.")
    make_wait(service=none, unit="none")
    soon = make_service("Autism speech group", summary="Speech groups.")
    make_wait(service=soon, amount=3, unit="weeks")
    make_service("Autism swim", summary="Swimming.")


def test_the_wait_filter_works_without_javascript(site, browser, waits):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/services/?q=autism")
    expect(page.get_by_text("Wait: about 18 months, updated")).to_be_visible()
    page.get_by_text("Filter results").click()
    page.locator("summary", has_text="Waiting time").click()
    page.get_by_role("checkbox", name=re.compile(r"^No waiting list")).check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_role("heading", name="1 service matching “autism”")).to_be_visible()
    expect(page.get_by_role("link", name="Autism drop-in")).to_be_visible()
    page.get_by_role("link", name="Remove wait: No waiting list").click()
    page.get_by_label("Sort by").select_option(label="Shortest wait")
    page.get_by_role("button", name="Sort", exact=True).click()
    # Waits for the sorted page: read at once, the list may still be the page before it.
    expect(page.locator(".lo-result h3")).to_have_text(
        ["Autism drop-in", "Autism speech group", "Autism assessment team", "Autism swim"]
    )
    context.close()


def test_the_wait_filter_works_by_keyboard_and_is_accessible(site, page, waits):
    page.goto(site + "/services/")
    page.locator("summary", has_text="Waiting time").focus()
    page.keyboard.press("Enter")
    page.get_by_label(re.compile(r"^Seen within 4 weeks")).focus()
    page.keyboard.press("Space")
    expect(page.get_by_label(re.compile(r"^Seen within 4 weeks"))).to_be_checked()
    page.get_by_role("button", name="Apply filters").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**wait=4-weeks*")
    expect(page.get_by_role("heading", name="2 services")).to_be_visible()
    assert_accessible(page)
    expect(page.get_by_role("link", name="Autism assessment team")).to_have_count(0)
    page.goto(site + "/services/autism-assessment-team/")
    expect(page.get_by_text("About 18 months")).to_be_visible()
    assert_accessible(page)


def _confirm_path():
    body = OutboundEmail.objects.get(purpose="alert-confirmation").body
    link = next(found for found in re.findall(r"https?://\S+", body) if "/alerts/confirm/" in found)
    return "/" + link.split("://", 1)[1].split("/", 1)[1]


def test_subscribing_to_a_search_works_without_javascript(site, browser, waits):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/services/?q=autism")
    page.get_by_role("link", name="Email me when services like these are added or change").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Email me when services like these are added or change")
    page.get_by_role("button", name="Email me").click()
    expect(page.get_by_text("Enter your email address").first).to_be_visible()
    page.get_by_label("Email address").fill("parent@example.org")
    page.get_by_label("Once a month").check()
    page.get_by_role("button", name="Email me").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    page.goto(site + _confirm_path())
    page.get_by_role("button", name="Start my alert").click()
    expect(page.get_by_role("heading", name="Your alert has started")).to_be_visible()
    alert = Alert.objects.get()
    assert (alert.frequency, alert.query) == ("monthly", "q=autism")
    assert alert.confirmed_at is not None
    context.close()


def test_subscribing_works_by_keyboard_and_is_accessible(site, page, waits):
    page.goto(site + "/services/?q=autism")
    link = page.get_by_role("link", name="Email me when services like these are added or change")
    tab_to(page, link, limit=400)
    page.keyboard.press("Enter")
    page.wait_for_url("**/alerts/?q=autism*")
    assert_accessible(page)
    page.get_by_label("Email address").focus()
    page.keyboard.type("parent@example.org")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Once a week")).to_be_focused()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Email me").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    assert_accessible(page)
    page.goto(site + _confirm_path())
    assert_accessible(page)
    page.get_by_role("button", name="Start my alert").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Your alert has started")).to_be_visible()
    page.get_by_role("link", name="See or stop your alerts").click()
    expect(page.get_by_role("heading", name="Your email alerts")).to_be_visible()
    assert_accessible(page)


@pytest.fixture
def topics(transactional_db):
    """The topics as the migration saves them (a transactional test empties the tables after each test)."""
    from localoffer.content.topics import topics_ensure

    topics_ensure()


def test_subscribing_to_news_by_topic_works_without_javascript(site, browser, topics):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/news/")
    page.get_by_role("link", name="Email me about news on the topics I choose").click()
    expect(page.get_by_role("group", name="Topics")).to_be_visible()
    expect(page.get_by_role("group", name="Areas of need")).to_be_visible()
    page.get_by_label("Health", exact=True).check()
    page.get_by_label("Sensory and/or physical needs").check()
    page.get_by_role("button", name="Email me").click()
    expect(page.get_by_text("Enter your email address").first).to_be_visible()
    expect(page.get_by_label("Health", exact=True)).to_be_checked()  # what was ticked is kept
    page.get_by_label("Email address").fill("parent@example.org")
    page.get_by_role("button", name="Email me").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    page.goto(site + _confirm_path())
    page.get_by_role("button", name="Start my alert").click()
    expect(page.get_by_role("heading", name="Your alert has started")).to_be_visible()
    alert = Alert.objects.get()
    assert (alert.kind, alert.query) == ("news", "topic=health&topic=sensory-and-physical")
    assert alert.description == "news about health or sensory and/or physical needs"
    context.close()


def test_subscribing_to_events_by_topic_works_by_keyboard_and_is_accessible(site, page, topics):
    page.goto(site + "/co-production/forums/")
    link = page.get_by_role("link", name="Email me about events on the topics I choose")
    tab_to(page, link, limit=200)
    page.keyboard.press("Enter")
    page.wait_for_url("**/alerts/?kind=events")
    assert_accessible(page)
    page.get_by_label("Email address").focus()
    page.keyboard.type("parent@example.org")
    training = page.get_by_label("Training", exact=True)
    tab_to(page, training, limit=30)
    page.keyboard.press("Space")
    expect(training).to_be_checked()
    page.get_by_role("button", name="Email me").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    assert_accessible(page)
    alert = Alert.objects.get()
    assert (alert.kind, alert.query, alert.frequency) == ("events", "topic=training", "weekly")
