"""A Local Offer editor signs in with a second factor, reviews an overdue listing and sees the dashboard change.

Everything is done from the keyboard: Tab to a control, Enter to use it.
"""

import datetime

from django.utils import timezone
from django_otp.oath import totp
from playwright.sync_api import expect

from localoffer.staff.roles import LOCAL_OFFER_EDITOR
from tests.browser.conftest import PASSWORD, assert_accessible, sign_in, tab_to
from tests.factories import make_service, make_staff


def test_editor_marks_an_overdue_listing_reviewed_and_the_dashboard_changes(site, page):
    editor = make_staff("editor", password=PASSWORD, role=LOCAL_OFFER_EDITOR)
    device = editor.totpdevice_set.get()
    make_service("Harbour Swim Club", review_due=timezone.localdate() - datetime.timedelta(days=3))

    page.goto(site + "/admin/")
    tab_to(page, page.get_by_label("Username"))
    page.keyboard.type("editor")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Enter your code")).to_be_visible()
    page.keyboard.type(f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    overdue = page.locator(".lo-dashboard-panel", has=page.get_by_role("heading", name="Services overdue for review"))
    expect(overdue.locator(".lo-dashboard-number")).to_have_text("1")
    assert_accessible(page)

    tab_to(page, overdue.get_by_role("link", name="Harbour Swim Club"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Change service")).to_be_visible()
    assert_accessible(page)

    tab_to(page, page.get_by_role("button", name="Mark as reviewed today"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("“Harbour Swim Club” marked as reviewed today")).to_be_visible()

    tab_to(page, page.get_by_role("link", name="Home", exact=True))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    expect(overdue.locator(".lo-dashboard-number")).to_have_text("0")
    expect(overdue.get_by_text("No service is overdue for review.")).to_be_visible()
    changed = page.locator(".lo-dashboard-panel", has=page.get_by_role("heading", name="Services changed in the last"))
    expect(changed.get_by_role("link", name="Harbour Swim Club")).to_be_visible()


def test_reviewing_a_listing_works_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    service = make_service("Harbour Swim Club", review_due=timezone.localdate() - datetime.timedelta(days=3))
    sign_in(page, site + f"/admin/services/service/{service.pk}/change/", "nojs")
    page.get_by_role("button", name="Mark as reviewed today").click()
    expect(page.get_by_text("“Harbour Swim Club” marked as reviewed today")).to_be_visible()
    page.goto(site + "/admin/")
    expect(page.get_by_text("No service is overdue for review.")).to_be_visible()
    context.close()


def test_import_page_is_accessible_and_explains_a_bad_file(site, page, tmp_path):
    sign_in(page, site + "/admin/services/service/import/", "importer")

    expect(page.get_by_role("heading", name="Import services from CSV")).to_be_visible()
    assert_accessible(page)
    bad = tmp_path / "services.csv"
    bad.write_bytes("slug,name,organisation\nswim,Café,x\n".encode("cp1252"))
    page.get_by_label("CSV file").set_input_files(bad)
    tab_to(page, page.get_by_role("button", name="Check the file"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert")).to_contain_text("not saved as UTF-8")
    assert page.title().startswith("Error: ")
    assert_accessible(page)
