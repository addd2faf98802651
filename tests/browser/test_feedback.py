"""Feedback in a real browser: each kind sent and its reference seen; page votes with and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from coproduction.models import Feedback, ListingReport, PageVote
from tests import factories
from tests.browser.conftest import assert_accessible


@pytest.fixture(autouse=True)
def levels(transactional_db):
    """Live-server tests empty the database after each test, data migration's rows included."""
    factories.migration_data()


# Every kind of feedback page and its error and confirmation states are checked with axe by the
# crawl (test_crawl.py).


def test_send_each_kind_of_feedback_and_see_its_reference(site, page):
    for kind in ("Compliment", "Complaint", "Suggestion", "Question"):
        page.goto(site + "/feedback/")
        page.get_by_label(kind, exact=True).check()
        page.get_by_label("The Local Offer website").check()
        page.get_by_label("Your feedback").fill(f"A {kind.lower()} with emoji 🎉 and <b>tags</b>")
        page.get_by_role("button", name="Send feedback").click()
        expect(page.get_by_role("heading", name="Feedback sent")).to_be_visible()
        reference = page.locator("#feedback-reference").inner_text()
        assert re.fullmatch(r"LO-\d{4}-\d{5}", reference)
        assert Feedback.objects.get(reference=reference).kind == kind.lower()
    assert_accessible(page)
    assert Feedback.objects.count() == 4


def test_feedback_errors_link_to_the_fields_and_keep_what_was_typed(site, page):
    page.goto(site + "/feedback/")
    page.get_by_label("Your feedback").fill("Kept text")
    page.get_by_role("button", name="Send feedback").click()
    expect(page).to_have_title(re.compile("^Error: Give feedback"))
    assert_accessible(page)
    page.get_by_role("link", name="Select what kind of feedback it is").click()
    expect(page.get_by_label("Compliment", exact=True)).to_be_focused()
    expect(page.get_by_label("Your feedback")).to_have_value("Kept text")


def test_character_count_tells_people_how_many_characters_are_left(site, page):
    page.goto(site + "/feedback/")
    page.get_by_label("Your feedback").fill("a" * 1990)
    expect(page.get_by_text("You have 10 characters remaining")).to_be_visible()


def test_feedback_form_works_by_keyboard_alone(site, page):
    page.goto(site + "/feedback/")
    page.get_by_label("Compliment", exact=True).focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # to the "what is it about" radios
    page.keyboard.press("Space")  # the website: the list of services stays hidden and out of the way
    page.keyboard.press("Tab")
    page.keyboard.type("Thank you for the new pages")
    page.get_by_role("button", name="Send feedback").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Feedback sent")).to_be_visible()


def test_the_list_of_services_appears_only_for_feedback_about_a_service(site, page):
    service = factories.make_service("Example Swim Club")
    page.goto(site + "/feedback/")
    services = page.get_by_label("Which service is it about?")
    expect(services).to_be_hidden()
    page.get_by_label("Complaint").check()
    page.get_by_label("A service listed on the Local Offer").check()
    expect(services).to_be_visible()
    page.get_by_label("Your feedback").fill("Nobody called me back.")
    page.get_by_role("button", name="Send feedback").click()
    expect(page).to_have_title(re.compile("^Error: Give feedback"))
    assert_accessible(page)
    page.get_by_role("link", name="Choose the service your feedback is about").click()
    expect(services).to_be_focused()
    services.select_option(label="Example Swim Club")
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_role("heading", name="Feedback sent")).to_be_visible()
    assert Feedback.objects.get().service == service


def test_without_javascript_the_list_of_services_is_shown(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/feedback/")
    expect(page.get_by_label("Which service is it about?")).to_be_visible()
    context.close()


def test_vote_inline_with_javascript(site, page):
    page.goto(site + "/privacy/")
    widget = page.locator('[data-module="lo-page-useful"]')
    widget.get_by_role("button", name=re.compile("^No")).click()
    comment = widget.get_by_label("What went wrong? (optional)")
    expect(comment).to_be_focused()
    assert_accessible(page)
    comment.fill("Could not find how long you keep things")
    widget.get_by_role("button", name="Send").click()
    expect(widget.get_by_role("status")).to_contain_text("Thank you for your feedback")
    assert page.url.endswith("/privacy/")  # answered in place
    vote = PageVote.objects.get()
    assert (vote.path, vote.useful, vote.comment) == ("/privacy/", False, "Could not find how long you keep things")


def test_a_comment_with_words_of_crisis_brings_the_crisis_help_first_inline(site, page):
    page.goto(site + "/privacy/")
    widget = page.locator('[data-module="lo-page-useful"]')
    widget.get_by_role("button", name=re.compile("^No")).click()
    widget.get_by_label("What went wrong? (optional)").fill("my daughter took an overdose last night who do i call")
    widget.get_by_role("button", name="Send").click()
    panel = widget.get_by_role("region", name="Urgent help")
    expect(panel).to_be_focused()  # read before the thanks
    expect(panel).to_contain_text("999")
    expect(widget.get_by_role("status")).to_contain_text("Thank you for your feedback")
    assert_accessible(page)


def test_feedback_with_words_of_crisis_shows_the_crisis_help_above_the_reference(site, page):
    page.goto(site + "/feedback/")
    page.get_by_label("Complaint", exact=True).check()
    page.get_by_label("The Local Offer website").check()
    page.get_by_label("Your feedback").fill("Nobody rings back and my son keeps saying he wants to die")
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_role("heading", name="Feedback sent")).to_be_visible()
    panel = page.get_by_role("region", name="Urgent help")
    expect(panel).to_contain_text("0800 652 0190")
    assert panel.bounding_box()["y"] < page.get_by_role("heading", name="Feedback sent").bounding_box()["y"]
    assert Feedback.objects.get().urgent
    assert_accessible(page)


def test_the_what_went_wrong_page_has_no_axe_violations(site, page):
    """The page people without JavaScript see after answering No (axe itself needs JavaScript)."""
    page.goto(site + "/privacy/")
    # A copy of the form has none of the script's listeners, so it posts as it would without JavaScript.
    page.locator(".lo-page-useful__vote").evaluate("form => form.replaceWith(form.cloneNode(true))")
    page.locator(".lo-page-useful__vote button[value=no]").click()
    expect(page.get_by_role("heading", name="Thank you: what went wrong?")).to_be_visible()
    assert_accessible(page)


def test_vote_yes_inline_with_javascript(site, page):
    page.goto(site + "/")
    page.get_by_role("button", name=re.compile("^Yes")).click()
    expect(page.get_by_role("status")).to_have_text("Thank you for your feedback.")
    assert PageVote.objects.get().useful is True


def test_vote_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/co-production/")
    page.get_by_role("button", name=re.compile("^No")).click()
    expect(page.get_by_role("heading", name="Thank you: what went wrong?")).to_be_visible()
    page.get_by_label("What went wrong?").fill("Too much text")
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("heading", name="Thank you for your feedback")).to_be_visible()
    page.get_by_role("link", name="Go back to the page you were reading").click()
    page.wait_for_url("**/co-production/")
    page.get_by_role("button", name=re.compile("^Yes")).click()
    expect(page.get_by_role("heading", name="Thank you for your feedback")).to_be_visible()
    context.close()
    assert sorted(PageVote.objects.values_list("useful", "comment")) == [(False, "Too much text"), (True, "")]


def test_report_a_problem_from_a_service_page(site, page):
    service = factories.make_service("Example Speech Service")
    page.goto(site + service.get_absolute_url())
    page.get_by_role("link", name="Report a problem with this listing").click()
    expect(page.get_by_role("heading", name="Report a problem with this listing")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("The contact details are wrong").check()
    page.get_by_label("Tell us more").fill("The phone number has changed to 01202 000 111")
    page.get_by_role("button", name="Send report").click()
    expect(page.get_by_role("heading", name="Problem reported")).to_be_visible()
    assert_accessible(page)
    reference = page.locator("#report-reference").inner_text()
    assert ListingReport.objects.get(reference=reference).service_id == service.pk
    page.get_by_role("link", name="Back to Example Speech Service").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Example Speech Service")
