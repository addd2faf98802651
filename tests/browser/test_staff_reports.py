"""A report that a listing is wrong reaches the editor who fixes it: the Feedback officer hands it on.

Both people use only the keyboard (Tab to a control, Enter to use it, type to choose); each page
is checked with axe.
"""

from django.core import mail
from playwright.sync_api import expect

from coproduction.models import ListingReport
from localoffer.core.mail import emails_send_pending
from localoffer.staff.roles import FEEDBACK_OFFICER, LOCAL_OFFER_EDITOR
from tests.browser.conftest import assert_accessible, sign_in, tab_to
from tests.factories import make_service


def named(user, first_name, last_name):
    user.first_name, user.last_name, user.email = first_name, last_name, f"{first_name.lower()}@example.org"
    user.save()
    return user


def test_the_feedback_officer_hands_a_report_to_an_editor_who_finds_it_on_the_listing(site, page, browser):
    service = make_service("Example Play Scheme", phone="01632 960000")
    report = ListingReport.objects.create(
        reference="LO-2026-00123",
        service=service,
        problem="contact",
        description="The phone number is 01632 960111 now.",
        email="reporter@example.org",
    )
    editor_page = browser.new_context().new_page()
    editor = named(sign_in(editor_page, site + "/admin/", "edna", role=LOCAL_OFFER_EDITOR), "Edna", "Editor")
    expect(editor_page.get_by_role("heading", name="Dashboard")).to_be_visible()

    named(sign_in(page, site + "/admin/", "priya", role=FEEDBACK_OFFICER), "Priya", "Shah")
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    reports = page.locator(".lo-dashboard-panel", has=page.get_by_role("heading", name="Open listing problem reports"))
    expect(reports).to_contain_text("nobody has it yet")
    tab_to(page, reports.get_by_role("link", name="LO-2026-00123: Example Play Scheme"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Change listing problem report")).to_be_visible()
    assert_accessible(page)

    tab_to(page, page.get_by_label("Owner"))
    page.keyboard.type("Edna")
    expect(page.get_by_label("Owner")).to_have_value(str(editor.pk))
    tab_to(page, page.get_by_role("button", name="Save", exact=True))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Edna Editor has been emailed that LO-2026-00123 is theirs now.")).to_be_visible()
    assert_accessible(page)
    assert ListingReport.objects.get(pk=report.pk).owner == editor
    emails_send_pending()  # the mail worker's turn, as it runs beside the site
    assert [email.to for email in mail.outbox] == [["edna@example.org"]]

    page = editor_page
    page.reload()
    reports = page.locator(".lo-dashboard-panel", has=page.get_by_role("heading", name="Open listing problem reports"))
    expect(reports).to_contain_text("with you")
    tab_to(page, reports.get_by_role("link", name="LO-2026-00123: Example Play Scheme"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Change listing problem report")).to_be_visible()
    expect(page.get_by_text("reporter@example.org")).to_have_count(0)
    tab_to(page, page.get_by_role("link", name="Example Play Scheme", exact=True))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Change service")).to_be_visible()
    notice = page.get_by_role("region", name="1 open problem report about this listing")
    expect(notice).to_contain_text("The phone number is 01632 960111 now.")
    expect(notice).to_contain_text("with Edna Editor")
    assert_accessible(page)
    # The editor fixed the listing elsewhere; they close the report from here, seeing first who is told what.
    tab_to(page, notice.locator("a.lo-report-resolve"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("This report will be closed as corrected.")).to_be_visible()
    assert ListingReport.objects.get(pk=report.pk).resolved_at is None
    assert_accessible(page)
    tab_to(page, page.get_by_role("button", name="Yes, close it"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("1 report(s) marked as corrected")).to_be_visible()
    expect(page.get_by_role("heading", name="Change service")).to_be_visible()
    assert ListingReport.objects.get(pk=report.pk).resolved_at is not None


def test_the_searches_report_fits_a_phone_screen_and_a_search_is_dealt_with_by_keyboard(site, page):
    import datetime

    from services.models import SearchRecord
    from tests.factories import make_search_term

    make_search_term("autism", "ASD")
    today = datetime.date.today()
    for day in (today, today - datetime.timedelta(days=1)):  # a search reaches the report on its second day
        SearchRecord.objects.create(
            query="a very long search that somebody typed about meltdowns at bedtime", day=day, results=0
        )
    page.set_viewport_size({"width": 375, "height": 800})
    sign_in(page, site + "/admin/services/searchrecord/", "edna", role=LOCAL_OFFER_EDITOR)
    expect(page.get_by_text("of which 1 is still to do")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # the table scrolls in its own box
    assert_accessible(page)
    tab_to(page, page.get_by_role("link", name="Deal with it"))
    page.keyboard.press("Enter")
    tab_to(page, page.get_by_label("Add it to an existing search word"))
    page.keyboard.type("autism")
    tab_to(page, page.get_by_role("button", name="Add to this search word"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("of which 0 are still to do")).to_be_visible()
    assert_accessible(page)
