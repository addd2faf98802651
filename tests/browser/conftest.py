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
