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
    page.goto(site + "/services/?q=ice+skating")  # nothing in the demo directory
    expect(page.get_by_role("heading", name="Browse services by category")).to_be_visible()
    page.get_by_role("link", name="I am concerned about my child").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("I am concerned about my child")
    assert_accessible(page)


def pdf_text(page):
    """The page as Chromium prints it (its print stylesheet), read back as text."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    return "\n".join(sheet.extract_text() for sheet in reader.pages)


def test_shortlist_from_a_results_card_without_javascript_then_emailed_and_opened_from_its_link(site, browser, demo):
    from django.core import mail

    from localoffer.core.mail import emails_send_pending
    from localoffer.core.models import OutboundEmail

    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    phone = context.new_page()
    phone.goto(site + "/services/?q=swimming")
    first = phone.locator(".lo-result").first
    name = first.locator("h3").inner_text()
    first.get_by_role("button", name=re.compile("^Add to shortlist")).click()
    expect(phone.get_by_text(f"{name} is on your shortlist.")).to_be_visible()
    assert "/services/?q=swimming#result-" in phone.url
    expect(phone.locator(".lo-result").first.get_by_role("link", name="your shortlist")).to_be_visible()
    second = phone.locator(".lo-result").nth(1)
    second_name = second.locator("h3").inner_text()
    second.get_by_role("button", name=re.compile("^Add to shortlist")).click()

    phone.goto(site + "/shortlist/")
    expect(phone.get_by_role("heading", name=name)).to_be_visible()
    phone.get_by_label("Email address").fill("grandma@example.org")
    phone.get_by_role("button", name="Email the shortlist").click()
    expect(phone.get_by_text("We are emailing the shortlist now")).to_be_visible()
    body = OutboundEmail.objects.get(to="grandma@example.org").body
    from services.models import Service

    for service in Service.objects.filter(name__in=[name, second_name]):
        assert service.name in body
        assert (service.phone or service.organisation.phone) in body
        for location in service.locations.all():
            assert ", ".join(location.full_address) in body
    emails_send_pending()
    assert mail.outbox[-1].to == ["grandma@example.org"]
    assert not OutboundEmail.objects.filter(to="grandma@example.org").exists()

    link = phone.locator(".lo-share-link a").get_attribute("href")
    context.close()
    other = browser.new_context(viewport=PHONE)  # another phone: no shared session
    elsewhere = other.new_page()
    elsewhere.goto(link)
    expect(elsewhere.get_by_role("heading", name="A shared shortlist")).to_be_visible()
    expect(elsewhere.get_by_role("heading", name=name)).to_be_visible()
    expect(elsewhere.get_by_role("heading", name=second_name)).to_be_visible()
    assert_accessible(elsewhere)
    elsewhere.get_by_role("button", name="Keep these on my shortlist").click()
    expect(elsewhere.get_by_role("heading", name="Your shortlist")).to_be_visible()
    expect(elsewhere.get_by_role("heading", name=second_name)).to_be_visible()
    assert_accessible(elsewhere)
    other.close()


def test_a_printed_service_page_and_shortlist_read_like_a_leaflet(site, page, demo):
    host = site.split("//")[1]
    web = "https://example.org/bay-leisure-trust/inclusive-swimming-lessons"
    page.goto(site + "/services/inclusive-swimming-lessons/")
    page.get_by_role("button", name=re.compile("^Add to shortlist")).click()
    # Printed once the page says it is on the shortlist: leaving before then may lose the adding.
    expect(page.get_by_role("button", name=re.compile("^Remove from shortlist"))).to_be_visible()
    text = pdf_text(page)
    squashed = re.sub(r"\s+", "", text)
    assert f"Printedfromhttp://{host}/services/inclusive-swimming-lessons/" in squashed
    assert "Call01632960173" in squashed
    assert web in squashed
    for shown in (text, squashed):
        assert "(tel:" not in shown and "(mailto:" not in shown and "(/" not in shown
    assert "Is this page useful?" not in text

    page.goto(site + "/shortlist/")
    text = pdf_text(page)
    squashed = re.sub(r"\s+", "", text)
    assert "Inclusive Swimming Lessons" in text
    assert f"Printedfromhttp://{host}/shortlist/" in squashed
    assert web in squashed
    assert squashed.count(web) == 1  # written once, not again in brackets
    assert "(tel:" not in squashed and "(mailto:" not in squashed and "(/" not in squashed
    assert "Is this page useful?" not in text
    # The whole width of the paper, not two thirds of it.
    page.emulate_media(media="print")
    widths = page.evaluate("() => [document.querySelector('.lo-shortlist').offsetWidth, document.body.offsetWidth]")
    assert widths[0] >= 0.9 * widths[1], widths


def test_advice_pages_make_phone_numbers_and_emails_tappable_and_glossary_terms_keep_the_sentence(site, browser, demo):
    from django.conf import settings

    context = browser.new_context(viewport=PHONE)
    phone = context.new_page()
    phone.goto(site + "/information/another-way/")
    prose = phone.locator(".lo-prose")
    digits = settings.CONTACT_PHONE.replace(" ", "")
    expect(prose.locator(f'a[href="tel:{digits}"]').first).to_have_text(settings.CONTACT_PHONE)
    expect(prose.locator(f'a[href="mailto:{settings.CONTACT_EMAIL}"]').first).to_be_visible()
    assert_accessible(phone)

    phone.goto(site + "/information/concerned-about-my-child/")
    term = phone.locator(".lo-prose .lo-term").first
    term.locator(".lo-term__link").click()
    definition = term.locator(".lo-term__definition")
    expect(definition).to_be_visible()
    # The definition sits in the line of text, and the sentence carries on right after it.
    same_line = term.evaluate(
        """term => {
            const definition = term.querySelector('.lo-term__definition');
            const rects = definition.getClientRects();
            const last = rects[rects.length - 1];
            let next = term.nextSibling;
            while (next && !(next.textContent || '').trim()) next = next.nextSibling;
            if (!next) return [getComputedStyle(definition).display, true];
            const range = document.createRange();
            if (next.nodeType === Node.TEXT_NODE) {
                const at = next.textContent.search(/\\S/);
                range.setStart(next, at);
                range.setEnd(next, at + 1);
            } else {
                range.selectNode(next);
            }
            const first = range.getClientRects()[0];
            return [getComputedStyle(definition).display, first.top < last.bottom && first.bottom > last.top];
        }"""
    )
    assert same_line == ["inline", True], same_line
    assert_accessible(phone)
    context.close()
