"""The whole loop: staff invite a provider, who fixes a wrong phone number; an editor approves; the family hears.

The provider uses only the keyboard (Tab to a control, type, Enter or Space to use it), with and
without JavaScript; each of their pages is checked with axe.
"""

import re
import time
from unittest import mock

import pytest
from django.core import mail
from playwright.sync_api import expect

from coproduction.models import ListingReport
from localoffer.core.mail import emails_send_pending
from localoffer.staff.roles import LOCAL_OFFER_EDITOR
from services.models import PendingChange, Service
from services.providers import accounts
from services.providers.listings import listing_snapshot
from tests.browser.conftest import assert_accessible, sign_in, tab_to
from tests.factories import make_category, make_organisation, make_provider, make_service

LINK = re.compile(r"https?://\S+/provider/sign-in/link/\?link=\S+")


def a_listing(phone="01632 960000"):
    organisation = make_organisation(name="Example Charity")
    service = make_service(
        "Example Play Scheme", organisation=organisation, phone=phone, coverage=Service.Coverage.AREA_WIDE
    )
    service.categories.set([make_category("Play")])
    return service


def sent_to(address):
    emails_send_pending()  # the mail worker's turn, as it runs beside the site
    return [message for message in mail.outbox if message.to == [address]]


def reach(page, locator, *, javascript=True):
    """Move the keyboard focus to a control: by Tab with JavaScript; without it Playwright cannot read
    the focus (its evaluate needs the page's JavaScript), so the control is focused directly."""
    if javascript:
        tab_to(page, locator)
    else:
        locator.focus()


def signed_in_provider(browser, site, link, *, javascript=True):
    page = browser.new_context(java_script_enabled=javascript).new_page()
    page.set_default_timeout(10_000)
    page.goto(link.replace("http://127.0.0.1:8000", site))
    reach(page, page.get_by_role("button", name="Sign in"), javascript=javascript)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Your listings")).to_be_visible()
    return page


@pytest.mark.parametrize("javascript", [True, False], ids=["with-javascript", "without-javascript"])
def test_a_provider_fixes_a_phone_number_an_editor_approves_and_the_family_hears(site, page, browser, javascript):
    service = a_listing()
    ListingReport.objects.create(
        reference="LO-2026-00042", service=service, problem="contact", description="The phone number is wrong.",
        email="family@example.org", wants_reply=True,
    )  # fmt: skip

    # Staff invite the provider.
    sign_in(page, site + "/admin/services/provideraccount/add/", "edna", role=LOCAL_OFFER_EDITOR)
    page.get_by_label("Name").fill("Pat Provider")
    page.get_by_label("Email").fill("pat@example.org")
    page.get_by_label("Example Charity").check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Pat Provider has been invited")).to_be_visible()
    (invitation,) = sent_to("pat@example.org")

    # The provider signs in from the link in the email, and changes the phone number by keyboard.
    provider = signed_in_provider(browser, site, LINK.search(invitation.body).group(0), javascript=javascript)
    checked = assert_accessible if javascript else (lambda page: None)  # axe runs in the page's JavaScript
    expect(provider.get_by_text("The phone number is wrong.")).to_be_visible()
    expect(provider.get_by_text("family@example.org")).to_have_count(0)
    checked(provider)
    reach(provider, provider.get_by_role("link", name="Change Example Play Scheme"), javascript=javascript)
    provider.keyboard.press("Enter")
    expect(provider.get_by_role("heading", name="Change Example Play Scheme")).to_be_visible()
    checked(provider)

    # One part by itself: the contact details.
    reach(provider, provider.get_by_role("link", name="Contact details"), javascript=javascript)
    provider.keyboard.press("Enter")
    expect(provider.get_by_role("heading", name="Contact details")).to_be_visible()
    expect(provider.get_by_label("Youngest age")).to_have_count(0)
    checked(provider)
    reach(provider, provider.get_by_label("Phone number", exact=True), javascript=javascript)
    provider.keyboard.press("Control+A")
    provider.keyboard.type("01632 960111")
    reach(provider, provider.get_by_label("The phone number is wrong."), javascript=javascript)
    provider.keyboard.press("Space")
    reach(provider, provider.get_by_role("button", name="Save this part"), javascript=javascript)
    provider.keyboard.press("Enter")
    expect(provider.get_by_text("Contact details saved.")).to_be_visible()
    contact = provider.locator(".govuk-task-list__item", has=provider.get_by_role("link", name="Contact details"))
    who = provider.locator(".govuk-task-list__item", has=provider.get_by_role("link", name="Who it is for"))
    expect(contact).to_contain_text("Changed, waiting for the team")
    expect(who).to_contain_text("Not changed")
    checked(provider)

    # Then another part, added to the same waiting change.
    reach(provider, provider.get_by_role("link", name="Who it is for"), javascript=javascript)
    provider.keyboard.press("Enter")
    expect(provider.get_by_role("heading", name="Who it is for")).to_be_visible()
    expect(provider.get_by_label("Phone number", exact=True)).to_have_count(0)
    reach(provider, provider.get_by_label("Youngest age"), javascript=javascript)
    provider.keyboard.press("Control+A")
    provider.keyboard.type("5")
    reach(provider, provider.get_by_role("button", name="Save this part"), javascript=javascript)
    provider.keyboard.press("Enter")
    expect(provider.get_by_text("Who it is for saved.")).to_be_visible()
    expect(who).to_contain_text("Changed, waiting for the team")
    (change,) = PendingChange.objects.all()
    assert (change.proposed["service"]["phone"], change.proposed["service"]["minimum_age"]) == ("01632 960111", 5)
    reach(provider, provider.get_by_role("link", name="See the whole change"), javascript=javascript)
    provider.keyboard.press("Enter")
    expect(provider.get_by_text("Waiting for approval").first).to_be_visible()
    expect(provider.get_by_role("cell", name="01632 960111")).to_be_visible()
    checked(provider)

    # The public page still shows the old number.
    public = browser.new_context().new_page()
    public.goto(site + service.get_absolute_url())
    expect(public.get_by_text("01632 960000", exact=True)).to_be_visible()
    expect(public.get_by_text("01632 960111")).to_have_count(0)

    # An editor approves it from the dashboard.
    page.goto(site + "/admin/")
    waiting = page.locator(".lo-dashboard-panel", has=page.get_by_role("heading", name="Changes waiting for approval"))
    expect(waiting.locator(".lo-dashboard-number")).to_have_text("1")
    expect(waiting).to_contain_text("The oldest has waited since")
    waiting.get_by_role("link", name="Example Play Scheme (Example Charity)").click()
    expect(page.get_by_role("cell", name="01632 960111")).to_be_visible()
    expect(page.get_by_role("cell", name="01632 960000")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Approve").click()
    expect(page.get_by_text("Approved: Example Play Scheme")).to_be_visible()

    public.reload()
    expect(public.get_by_text("01632 960111", exact=True)).to_be_visible()
    (fixed,) = sent_to("family@example.org")
    assert "01632 960111" in fixed.body and "LO-2026-00042" in fixed.body
    provider.goto(site + "/provider/")
    expect(provider.get_by_role("cell", name="Approved")).to_be_visible()


def test_a_rejected_change_reaches_the_provider_with_its_reason(site, page, browser):
    service = a_listing()
    account = make_provider(organisations=[service.organisation], name="Pat Provider", email="pat@example.org")
    provider = signed_in_provider(browser, site, accounts.sign_in_link(account=account))
    provider.get_by_role("link", name="Change Example Play Scheme").click()
    provider.get_by_role("link", name="About the service").click()
    provider.get_by_label("Name of the service").fill("Play Scheme Plus")
    provider.get_by_role("button", name="Save this part").click()
    expect(provider.get_by_text("Changed, waiting for the team")).to_be_visible()

    sign_in(page, site + "/admin/services/pendingchange/", "edna", role=LOCAL_OFFER_EDITOR)
    page.get_by_role("link", name="Play Scheme Plus").click()
    page.get_by_label("Why is it not approved?").fill("Families know it by its old name.")
    page.get_by_role("button", name="Reject").click()
    expect(page.get_by_text("Not approved: Pat Provider is being emailed why.")).to_be_visible()
    (email,) = [m for m in sent_to("pat@example.org") if "not approved" in m.subject]
    assert "Families know it by its old name." in email.body
    provider.goto(site + "/provider/")
    provider.get_by_role("link", name="Play Scheme Plus").click()
    expect(provider.get_by_text("Families know it by its old name.")).to_be_visible()
    assert_accessible(provider)
    assert Service.objects.get(pk=service.pk).name == "Example Play Scheme"


def test_a_conflicting_change_is_settled_part_by_part_by_keyboard(site, page, browser):
    service = a_listing()
    account = make_provider(organisations=[service.organisation], name="Pat Provider", email="pat@example.org")
    provider = signed_in_provider(browser, site, accounts.sign_in_link(account=account))
    provider.get_by_role("link", name="Change Example Play Scheme").click()
    provider.get_by_role("link", name="Contact details").click()
    # A colleague's edit meanwhile: a new phone number and an email address.
    Service.objects.filter(pk=service.pk).update(phone="01632 960222", email="office@example.org")
    provider.get_by_label("Phone number", exact=True).fill("01632 960111")
    provider.get_by_role("button", name="Save this part").click()
    provider.get_by_role("link", name="About the service").click()
    provider.get_by_label("Summary").fill("Play for every child.")
    provider.get_by_role("button", name="Save this part").click()
    expect(provider.get_by_text("Changed, waiting for the team")).to_have_count(2)

    sign_in(page, site + f"/admin/services/service/{service.pk}/change/", "edna", role=LOCAL_OFFER_EDITOR)
    expect(page.get_by_text("A change from Pat Provider is waiting for approval")).to_be_visible(timeout=20_000)
    assert_accessible(page)
    tab_to(page, page.get_by_role("link", name="Review their change first"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("The listing has changed since Pat Provider began editing.")).to_be_visible()
    for number in ("01632 960000", "01632 960222", "01632 960111"):
        expect(page.locator("#comparison").get_by_role("cell", name=number)).to_be_visible()
    assert_accessible(page)

    phone = page.get_by_role("group", name="Phone")
    email = page.get_by_role("group", name="Email (they left it as it was)")
    expect(email.get_by_role("radio", name="Keep the website's")).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Approve"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Choose which phone to keep")).to_be_visible()
    assert_accessible(page)
    assert Service.objects.get(pk=service.pk).phone == "01632 960222"

    tab_to(page, phone.get_by_role("radio", name="Keep the website's"))
    page.keyboard.press("ArrowDown")  # the next option in the group: theirs
    expect(phone.get_by_role("radio", name="Take Pat Provider's")).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Approve"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Approved: Example Play Scheme")).to_be_visible()
    approved = Service.objects.get(pk=service.pk)
    assert (approved.phone, approved.email, approved.summary) == (
        "01632 960111",
        "office@example.org",
        "Play for every child.",
    )


def test_a_new_service_is_proposed_and_published_once_approved(site, page, browser):
    service = a_listing()
    account = make_provider(organisations=[service.organisation], name="Pat Provider", email="pat@example.org")
    provider = signed_in_provider(browser, site, accounts.sign_in_link(account=account))
    provider.get_by_role("link", name="Add a new service").click()
    expect(provider.get_by_role("heading", name="Add a new service")).to_be_visible()
    assert_accessible(provider)
    provider.get_by_role("button", name="Send for approval").click()
    expect(provider.get_by_text("There is a problem")).to_be_visible()
    assert_accessible(provider)
    provider.get_by_label("Name of the service").fill("Holiday Club")
    provider.get_by_label("Summary").fill("Play sessions in the school holidays.")
    provider.get_by_label("Description").fill("Games, crafts and outings for children with SEND.")
    provider.get_by_label("Play", exact=True).check()
    provider.get_by_role("button", name="Send for approval").click()
    expect(provider.get_by_text("A family would have no way to reach this service").first).to_be_visible()
    assert_accessible(provider)
    provider.get_by_label("Across the whole BCP area (countywide)").check()
    provider.get_by_label("Phone number", exact=True).fill("01632 960333")
    provider.get_by_role("button", name="Send for approval").click()
    expect(provider.get_by_role("heading", name="New service: Holiday Club")).to_be_visible()
    assert not Service.objects.filter(name="Holiday Club").exists()

    sign_in(page, site + "/admin/services/pendingchange/", "edna", role=LOCAL_OFFER_EDITOR)
    page.get_by_role("link", name="New service: Holiday Club").click()
    page.get_by_role("button", name="Approve").click()
    expect(page.get_by_text("Approved: Holiday Club")).to_be_visible()
    public = browser.new_context().new_page()
    public.goto(site + "/services/holiday-club/")
    expect(public.get_by_role("heading", name="Holiday Club")).to_be_visible()


def test_an_expired_and_a_used_link_do_not_sign_in(site, page):
    service = a_listing()
    account = make_provider(organisations=[service.organisation], name="Pat Provider", email="pat@example.org")
    with mock.patch("sesame.tokens_v2.time.time", return_value=time.time() - 16 * 60):
        expired = accounts.sign_in_link(account=account)
    page.goto(expired.replace("http://127.0.0.1:8000", site))
    expect(page.get_by_role("heading", name="This link has expired or has been used")).to_be_visible()
    assert_accessible(page)

    page.goto(site + "/provider/sign-in/")
    assert_accessible(page)
    page.get_by_label("Email address").fill("pat@example.org")
    page.get_by_role("button", name="Email me a link").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    (email,) = sent_to("pat@example.org")
    link = LINK.search(email.body).group(0).replace("http://127.0.0.1:8000", site)
    page.goto(link)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Your listings")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()
    page.goto(link)
    expect(page.get_by_role("heading", name="This link has expired or has been used")).to_be_visible()


def test_other_organisations_pages_are_not_found(site, browser):
    mine = a_listing()
    theirs = make_service("Their Club", organisation=make_organisation(name="Their Charity"))
    their_change = PendingChange.objects.create(
        service=theirs, organisation=theirs.organisation, proposed=listing_snapshot(theirs),
        original=listing_snapshot(theirs), proposed_by_name="Them",
    )  # fmt: skip
    account = make_provider(organisations=[mine.organisation], name="Pat Provider", email="pat@example.org")
    provider = signed_in_provider(browser, site, accounts.sign_in_link(account=account))
    expect(provider.get_by_text("Their Club")).to_have_count(0)
    for path in (f"/provider/listings/{theirs.pk}/", f"/provider/changes/{their_change.pk}/"):
        response = provider.goto(site + path)
        assert response.status == 404, path


def test_a_provider_types_9am_in_the_places_and_times_part_on_a_narrow_phone(site, browser):
    service = a_listing()
    account = make_provider(organisations=[service.organisation], name="Pat Provider", email="pat@example.org")
    provider = signed_in_provider(browser, site, accounts.sign_in_link(account=account))
    provider.set_viewport_size({"width": 320, "height": 640})
    provider.get_by_role("link", name="Change Example Play Scheme").click()
    expect(provider.get_by_role("heading", name="Change Example Play Scheme")).to_be_visible()
    assert provider.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(provider)
    provider.get_by_role("link", name="Places and times").click()
    expect(provider.get_by_role("heading", name="Places and times")).to_be_visible()
    assert provider.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(provider)
    row = provider.get_by_role("group", name="Add an opening time")
    row.get_by_label("Weekday").select_option(label="Tuesday")
    row.get_by_label("Opens").fill("9am")
    row.get_by_label("Closes").fill("5.30pm")
    provider.get_by_role("button", name="Save this part").click()
    expect(provider.get_by_text("Places and times saved.")).to_be_visible()
    (change,) = PendingChange.objects.all()
    times = [(time["weekday"], time["opens"], time["closes"]) for time in change.proposed["opening_times"]]
    assert times == [(1, "09:00", "17:30")]
    provider.get_by_role("link", name="Places and times").click()
    expect(provider.get_by_role("group", name="Opening time 1").get_by_label("Opens")).to_have_value("9am")


def test_nothing_has_changed_shows_the_listing_and_asks_before_marking_it_checked(site, browser):
    service = a_listing()
    Service.objects.filter(pk=service.pk).update(last_reviewed="2020-01-01", review_due="2021-01-01")
    account = make_provider(organisations=[service.organisation], name="Pat Provider", email="pat@example.org")
    provider = signed_in_provider(browser, site, accounts.sign_in_link(account=account))
    tab_to(provider, provider.get_by_role("button", name="Nothing has changed in Example Play Scheme"))
    provider.keyboard.press("Enter")
    expect(provider.get_by_role("heading", name="Is all of this still right?")).to_be_visible()
    expect(provider.get_by_text("01632 960000", exact=True)).to_be_visible()
    assert_accessible(provider)
    assert Service.objects.get(pk=service.pk).needs_review  # looking is not confirming
    tab_to(provider, provider.get_by_role("button", name="Yes, it is all still right"))
    provider.keyboard.press("Enter")
    expect(provider.get_by_text("Thank you. Example Play Scheme is marked as checked today")).to_be_visible()
    assert not Service.objects.get(pk=service.pk).needs_review
