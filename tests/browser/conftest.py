"""Playwright with Debian's Chromium against pytest-django's live server, plus an axe check."""

import os

import pytest
from axe_playwright_python.sync_playwright import Axe

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG22AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture
def site(live_server, page, settings):
    """The live site's address, with the page ready to visit it.

    The live server serves static files through Django's finders, which know the plain names
    but not the hashed ones, so the browser tests use whitenoise's plain compressed storage.
    """
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
    }
    page.set_default_timeout(10_000)
    return live_server.url


def assert_accessible(page):
    """No axe-core violations against WCAG 2.2 AA on the page as it is now."""
    result = Axe().run(page, options=WCAG22AA)
    assert result.violations_count == 0, result.generate_report()


PASSWORD = "a-long-staff-password-2026"


def tab_to(page, locator, limit=150):
    """Press Tab until the element has the focus, as someone using only a keyboard would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Could not reach {locator} with the Tab key")


def sign_in(page, url, username, *, role=None):
    """Sign in with a password and an authenticator code, arriving at `url`; a superuser unless `role` is given."""
    from django.contrib.auth.models import Group, Permission
    from django_otp.oath import totp

    from localoffer.staff.roles import roles_declared, roles_sync
    from tests.factories import make_staff

    user = make_staff(username, password=PASSWORD, superuser=role is None)
    if role:
        # Live-server tests empty the database after each test, the roles' groups with it.
        roles_sync(group_model=Group, permission_model=Permission, roles=roles_declared())
        user.groups.add(Group.objects.get(name=role))
    device = user.totpdevice_set.get()
    page.goto(url)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.keyboard.press("Enter")
    page.get_by_label("Code").fill(f"{totp(device.bin_key, step=device.step, t0=device.t0):06d}")
    page.keyboard.press("Enter")
    return user
