"""Co-production in a real browser: the pledge from signing to withdrawal, panels, forums, the video."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from coproduction.models import HubPage, Pledge
from localoffer.core.mail import emails_send_pending
from tests import factories
from tests.browser.conftest import assert_accessible


@pytest.fixture(autouse=True)
def levels(transactional_db):
    """Live-server tests empty the database after each test, data migration's rows included."""
    factories.migration_data()


def sent_emails():
    """What the mail worker beside the site has sent by now (it runs here, in the test's thread)."""
    emails_send_pending()
    return mail.outbox


def emailed_link(action, index=-1):
    body = sent_emails()[index].body
    return re.search(rf"https?://[^\s]+(/co-production/pledge/{action}/[^\s]+/)", body).group(1)


# Every kind of co-production page, form and confirmation is checked with axe and at 320 px by
# the crawl (test_crawl.py).


def test_sign_confirm_see_the_wall_and_withdraw(site, page):
    page.goto(site + "/co-production/pledge/")
    page.get_by_role("button", name="Sign the pledge").click()
    expect(page).to_have_title(re.compile("^Error: Sign the co-production pledge"))
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Full name").fill("Robin Example")
    page.get_by_label("Email address").fill("robin@example.org")
    page.get_by_label("Parent or carer").check()
    page.get_by_label("Postcode area (optional)").fill("BH14")
    page.get_by_label("Strategic").check()
    page.get_by_label("Show my first name").check()
    page.get_by_role("button", name="Sign the pledge").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    assert_accessible(page)

    assert sent_emails()[-1].to == ["robin@example.org"]
    page.goto(site + emailed_link("confirm"))
    assert_accessible(page)
    page.get_by_role("button", name="Confirm my pledge").click()
    expect(page.get_by_role("heading", name="Pledge confirmed")).to_be_visible()

    page.get_by_role("link", name="list of people who have pledged").click()
    expect(page.locator("#pledge-total")).to_have_text("1")
    expect(page.get_by_text("Robin, parent or carer")).to_be_visible()
    expect(page.get_by_role("row", name="Strategic 1")).to_be_visible()

    page.goto(site + emailed_link("withdraw"))
    page.get_by_role("button", name="Withdraw my pledge").click()
    expect(page.get_by_role("heading", name="Pledge withdrawn")).to_be_visible()
    page.goto(site + "/co-production/pledge/who-has-pledged/")
    expect(page.locator("#pledge-total")).to_have_text("0")
    expect(page.get_by_text("Robin")).to_have_count(0)
    assert Pledge.objects.get().email == ""


def test_pledge_form_works_by_keyboard_alone(site, page):
    page.goto(site + "/co-production/pledge/")
    page.get_by_label("Full name").focus()
    page.keyboard.type("Kim Keys")
    page.keyboard.press("Tab")
    page.keyboard.type("kim@example.org")
    page.keyboard.press("Tab")  # into the "who are you" radios
    page.keyboard.press("Space")
    expect(page.get_by_label("Parent or carer")).to_be_checked()
    for _ in range(3):  # organisation, postcode area, first level
        page.keyboard.press("Tab")
    page.keyboard.press("Space")
    expect(page.get_by_label("Individual")).to_be_checked()
    page.get_by_role("button", name="Sign the pledge").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    assert Pledge.objects.filter(email="kim@example.org").exists()


def test_register_for_interview_panels(site, page):
    page.goto(site + "/co-production/interview-panels/")
    page.get_by_label("Full name").fill("Jo Example")
    page.get_by_label("Email address").fill("jo@example.org")
    page.get_by_label("Young person with SEND (16 to 25)", exact=True).check()
    page.get_by_label("16 to 19").check()
    page.get_by_label("Evenings").check()
    page.get_by_label("Access needs or support").fill("Step-free access, please 🙂")
    page.get_by_role("button", name="Register my interest").click()
    expect(page.get_by_role("heading", name="Thank you for volunteering")).to_be_visible()
    assert_accessible(page)
    assert sent_emails()[-1].to == ["jo@example.org"]


def test_book_a_place_then_join_the_waiting_list(site, page):
    event = factories.event(title="Transport forum", capacity=1)
    page.goto(site + "/co-production/forums/")
    page.get_by_role("link", name="Transport forum").click()
    expect(page.get_by_role("heading", level=1, name="Transport forum")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Full name").fill("First Person")
    page.get_by_label("Email address").fill("first@example.org")
    page.get_by_role("button", name="Book a place").click()
    expect(page.get_by_role("heading", name="Place booked")).to_be_visible()
    assert_accessible(page)

    page.goto(site + event.get_absolute_url())
    expect(page.get_by_role("heading", name="Join the waiting list")).to_be_visible()
    page.get_by_label("Full name").fill("Second Person")
    page.get_by_label("Email address").fill("second@example.org")
    page.get_by_role("button", name="Join the waiting list").click()
    expect(page.get_by_role("heading", name="You are on the waiting list")).to_be_visible()
    assert "waiting list" in sent_emails()[-1].body


def test_values_video_loads_from_youtube_nocookie_only_when_played(site, page):
    HubPage.objects.update(video_url="https://www.youtube.com/watch?v=abcDEF12345", video_transcript="Transcript words")
    requested = []
    page.route(re.compile(r"https://.*youtube.*"), lambda route: (requested.append(route.request.url), route.abort()))
    page.goto(site + "/co-production/")
    expect(page.get_by_text("Transcript words")).to_be_visible()
    expect(page.locator("iframe")).to_have_count(0)
    assert requested == []
    assert_accessible(page)
    page.get_by_role("button", name=re.compile("Play the video")).click()
    frame = page.locator("iframe.lo-video__frame")
    expect(frame).to_have_attribute("src", "https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1")
    assert all("youtube-nocookie.com" in url for url in requested)


def test_without_javascript_the_video_is_a_plain_link(site, browser):
    HubPage.objects.update(video_url="https://www.youtube.com/watch?v=abcDEF12345")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/co-production/")
    expect(page.get_by_role("link", name=re.compile("Watch the video"))).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Play the video"))).to_have_count(0)
    context.close()
