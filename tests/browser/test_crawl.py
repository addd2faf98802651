"""The crawl of the demo site: every kind of page, form, confirmation and error passes the browser checks."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.test.signals import template_rendered

from localoffer.core.mail import emails_send_pending
from services.demo import DEMO_PROVIDER_EMAIL
from services.models import ProviderAccount
from services.printed.booklets import booklets_build_pending
from tests import factories
from tests.browser.crawl import VALID_TEXT, Crawl

TEMPLATES = Path(settings.BASE_DIR) / "templates"
# Pages no one reaches by following links and filling in forms: the server-error pages, and the
# answer to a page vote whose hidden fields were tampered with or that is over the rate limit.
UNREACHABLE = {"500.html", "503.html", "coproduction/page_vote_problem.html"}
NOT_PAGES = re.compile(r"^(admin|gds|includes|simple_history)/|/(includes|email|admin)/|\.txt$")


def public_page_templates():
    names = {str(path.relative_to(TEMPLATES)) for path in TEMPLATES.rglob("*.html")}
    return {name for name in names if not NOT_PAGES.search(name)} - UNREACHABLE


@pytest.fixture
def demo_site(transactional_db, settings):
    """The demo data, and room for the crawl to send each form several times."""
    settings.FORM_RATE_LIMIT = "1000/h"
    settings.PAGE_VOTE_RATE_LIMIT = "1000/h"
    factories.migration_data()
    call_command("seed_demo", stdout=io.StringIO())
    # The demo's provider signs in with the address the crawl types, so the crawl follows the emailed
    # link into the provider area.
    ProviderAccount.objects.filter(email=DEMO_PROVIDER_EMAIL).update(email=VALID_TEXT["email"])


class TemplateRecorder:
    """The live server runs in this process, so the templates it renders can be heard."""

    def __init__(self):
        self.rendered = set()
        self.since = set()
        template_rendered.connect(self.heard)

    def heard(self, sender, template, **kwargs):
        self.rendered.add(template.name)
        self.since.add(template.name)

    def __call__(self):
        since, self.since = self.since, set()
        return since

    def close(self):
        template_rendered.disconnect(self.heard)


class Inbox:
    """The addresses in emails the site has sent since last asked, and each with its token spoilt; the
    booklets asked for are made too, as the booklet worker would."""

    def __init__(self):
        self.read = 0

    def __call__(self):
        emails_send_pending()
        booklets_build_pending()
        addresses = []
        for message in mail.outbox[self.read :]:
            for url in re.findall(rf"{re.escape(settings.SITE_URL)}(/[^\s]*)", message.body):
                addresses += [url, re.sub(r"[^/]+/$", "not-a-real-token/", url)]
        self.read = len(mail.outbox)
        return addresses


def test_every_kind_of_page_passes_the_browser_checks(site, page, demo_site):
    recorder = TemplateRecorder()
    crawl = Crawl(page, site, templates_heard=recorder, after_submit=Inbox())
    try:
        assert not crawl.run(), crawl.report()
    finally:
        recorder.close()
    assert public_page_templates() <= recorder.rendered, "never reached: " + ", ".join(
        sorted(public_page_templates() - recorder.rendered)
    )


@pytest.mark.urls("tests.browser.broken_site")
def test_the_crawl_fails_on_a_broken_page_it_finds_by_following_a_link(site, page):
    crawl = Crawl(page, site)
    problems = [str(problem) for problem in crawl.run()]
    assert {"/", "/too-wide/"} <= set(crawl.checked)
    assert "/: a form (action /too-wide/) lacks novalidate" in problems
    assert "/too-wide/: has 0 h1 elements, not one" in problems
    assert "/too-wide/: has no title" in problems
    assert any(re.match(r"/too-wide/: scrolls sideways at 320 px: 6\d\d px wide \(table\)", p) for p in problems)
    assert any(p.startswith("/too-wide/: axe image-alt at 320 px") for p in problems)
    assert any(re.match(r"/too-wide/: 1 text element\(s\) not in the site's font: p in", p) for p in problems)
