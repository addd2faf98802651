"""Advice pages, the glossary, news and site search in a real browser: accessible, keyboard usable,
at 320 px and without JavaScript."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible
from tests.factories import make_glossary_term, make_information_page, make_news_item

pytestmark = pytest.mark.django_db(transaction=True)

BODY = """
Talk to your child's teacher first.

# At school

If you are still worried, ask to meet the SENCO. [Find services](/services/).

# Getting an assessment

You can ask for an EHC needs assessment. The SENCO can help.

# Independent advice

Ask SENDIASS for free advice.
"""


@pytest.fixture
def content():
    make_glossary_term(
        term="Special educational needs co-ordinator",
        abbreviation="SENCO",
        slug="senco",
        definition="The teacher who makes sure children with SEND get the right help.",
    )
    make_glossary_term(term="SEND information, advice and support service", abbreviation="SENDIASS")
    make_glossary_term(term="Education, health and care plan", abbreviation="EHC plan", aliases="EHCP")
    section = make_information_page(
        title="I am concerned about my child", slug="concerned-about-my-child", body=BODY, order=1
    )
    make_information_page(title="Talking to school", slug="talking-to-school", parent=section)
    make_information_page(title="Short breaks", slug="short-breaks", order=2, body="Clubs and activities.")
    for number in range(12):
        make_news_item(title=f"Update {number}", slug=f"update-{number}", body="An EHCP update for families.")


# Every kind of page is checked with axe and at 320 px by the crawl (test_crawl.py).


def test_glossary_definition_opens_and_closes_by_keyboard(site, page, content):
    page.goto(site + "/information/concerned-about-my-child/")
    term = page.get_by_role("button", name="SENCO")
    definition = page.get_by_text("The teacher who makes sure children with SEND get the right help.")
    expect(term).to_have_count(1)
    expect(definition).to_be_hidden()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "SENCO":
            break
    else:
        pytest.fail("Tabbing never reached the SENCO glossary term")
    expect(term).to_be_focused()
    expect(term).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    expect(definition).to_be_visible()
    expect(term).to_have_attribute("aria-expanded", "true")
    assert page.url.endswith("/information/concerned-about-my-child/")
    assert_accessible(page)
    page.keyboard.press("Space")
    expect(definition).to_be_hidden()
    page.keyboard.press("Space")
    expect(definition).to_be_visible()
    page.keyboard.press("Escape")
    expect(definition).to_be_hidden()
    expect(term).to_be_focused()


def test_glossary_terms_are_not_marked_inside_headings_or_links(site, page, content):
    page.goto(site + "/information/concerned-about-my-child/")
    expect(page.get_by_role("heading", name="At school")).to_be_visible()
    expect(page.locator("h2 .lo-term, a .lo-term")).to_have_count(0)
    expect(page.locator(".lo-term")).to_have_count(2)


def test_without_javascript_a_glossary_term_leads_to_its_definition(site, browser, content):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/information/concerned-about-my-child/")
    link = page.get_by_role("link", name="SENCO")
    expect(link).to_have_attribute("aria-describedby", page.locator(".lo-term__definition").first.get_attribute("id"))
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/glossary/#senco")
    expect(page.locator("#senco")).to_contain_text("The teacher who makes sure children with SEND get the right help.")
    context.close()


def test_contents_list_and_child_pages_work_by_keyboard(site, page, content):
    page.goto(site + "/information/concerned-about-my-child/")
    contents = page.get_by_role("navigation", name="Contents")
    contents.get_by_role("link", name="Independent advice").focus()
    page.keyboard.press("Enter")
    assert page.url.endswith("#section-independent-advice")
    page.get_by_role("link", name="Talking to school").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Talking to school")
    breadcrumbs = page.get_by_role("navigation", name="Breadcrumb")
    expect(breadcrumbs.get_by_role("link", name="I am concerned about my child")).to_be_visible()


def test_news_pages_through_and_opens_an_item(site, page, content):
    page.goto(site + "/news/")
    expect(page.get_by_role("link", name="Update 11")).to_be_visible()
    expect(page.get_by_role("link", name="Update 0", exact=True)).to_have_count(0)
    page.get_by_role("link", name="Next page").click()
    page.wait_for_url("**/news/?page=2")
    page.get_by_role("link", name="Update 0", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Update 0")
    expect(page.get_by_role("button", name="EHCP")).to_be_visible()


@pytest.mark.parametrize("width", [320, 1280])
def test_header_search_works_without_javascript(site, browser, content, width):
    context = browser.new_context(java_script_enabled=False, viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(site + "/information/")
    search = page.get_by_role("search", name="Site")
    search.get_by_label("Search this website").fill("ehcp")
    search.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search/?q=ehcp")
    expect(page.get_by_role("heading", name="News")).to_be_visible()
    expect(page.get_by_role("heading", name="Information and advice")).to_have_count(0)  # nothing matched
    expect(page.get_by_role("link", name="Update 0", exact=True)).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    context.close()


def test_search_page_searches_again_by_keyboard(site, page, content):
    page.goto(site + "/search/?q=ehcp")
    box = page.get_by_label("What are you looking for?")
    expect(box).to_have_value("ehcp")
    box.fill("short breaks")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=short+breaks")
    expect(page.get_by_role("link", name="Short breaks")).to_be_visible()
