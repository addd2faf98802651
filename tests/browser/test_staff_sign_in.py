"""A council officer signs in to the admin with a password and an authenticator app, by keyboard."""

from django.contrib.auth import get_user_model
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

PASSWORD = "a-long-staff-password-2026"


def test_first_sign_in_sets_up_the_authenticator_and_reaches_the_admin(site, page):
    from localoffer.staff.sign_in import setup_link_issue

    user = get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True, is_superuser=True)
    link = setup_link_issue(user=user)
    page.goto(site + "/" + link.split("://", 1)[1].split("/", 1)[1])
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Set up your authenticator app")).to_be_visible()
    expect(page.locator(".lo-qr svg")).to_be_visible()
    device = TOTPDevice.objects.get(user__username="editor", confirmed=False)
    code = f"{totp(device.bin_key):06d}"
    page.get_by_label("Code from the app").fill(code)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Recovery codes")).to_be_visible()
    expect(page.locator(".lo-recovery-codes li")).to_have_count(10)
    page.get_by_role("link", name="I have saved my codes: continue").click()
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()


def test_new_recovery_codes_can_be_copied_printed_and_downloaded(site, browser):
    from tests.browser.conftest import assert_accessible, sign_in

    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    sign_in(page, site + "/admin/", "codes")
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    page.get_by_role("link", name="Recovery codes").click()
    page.get_by_role("button", name="Make new recovery codes").click()
    codes = page.locator(".lo-recovery-codes li")
    expect(codes).to_have_count(10)
    assert_accessible(page)

    page.get_by_role("button", name="Copy the codes").click()
    expect(page.get_by_role("status")).to_have_text("The codes are copied. Paste them somewhere safe.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.split() == " ".join(codes.all_inner_texts()).split()
    expect(page.get_by_role("button", name="Print the codes")).to_be_visible()

    with page.expect_download() as download:
        page.get_by_role("button", name="Download as a text file").click()
    assert download.value.suggested_filename == "send-local-offer-recovery-codes.txt"
    text = download.value.path().read_text(encoding="utf-8")
    assert all(code in text for code in codes.all_inner_texts())
    context.close()


def test_without_javascript_the_codes_are_plain_text_and_still_download(site, browser):
    from tests.browser.conftest import sign_in

    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in(page, site + "/admin/", "nojs")
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    page.get_by_role("link", name="Recovery codes").click()
    page.get_by_role("button", name="Make new recovery codes").click()
    expect(page.locator(".lo-recovery-codes li")).to_have_count(10)
    expect(page.get_by_role("button", name="Copy the codes")).to_be_hidden()
    expect(page.get_by_role("button", name="Print the codes")).to_be_hidden()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download as a text file").click()
    assert "recovery codes" in download.value.path().read_text(encoding="utf-8")
    context.close()


def test_without_a_set_up_link_the_password_leads_to_an_accessible_page_that_says_what_to_do(site, page):
    from tests.browser.conftest import assert_accessible

    get_user_model().objects.create_user("newcomer", password=PASSWORD, is_staff=True)
    page.goto(site + "/admin/")
    page.get_by_label("Username").fill("newcomer")
    page.get_by_label("Password").fill(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="You need a set-up link")).to_be_visible()
    expect(page.locator(".lo-qr")).to_have_count(0)
    assert_accessible(page)
