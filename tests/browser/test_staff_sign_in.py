"""A council officer signs in to the admin with a password and an authenticator app, by keyboard."""

from django.contrib.auth import get_user_model
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

PASSWORD = "a-long-staff-password-2026"


def test_first_sign_in_sets_up_the_authenticator_and_reaches_the_admin(site, page):
    get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True, is_superuser=True)
    page.goto(site + "/admin/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Set up your authenticator app")).to_be_visible()
    expect(page.locator(".lo-qr svg")).to_be_visible()
    device = TOTPDevice.objects.get(user__username="editor")
    code = f"{totp(device.bin_key):06d}"
    page.get_by_label("Code from the app").fill(code)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Recovery codes")).to_be_visible()
    expect(page.locator(".lo-recovery-codes li")).to_have_count(10)
    page.get_by_role("link", name="I have saved my codes: continue").click()
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
