"""A service's page as everyone sees it, rendered once per version of the listing and kept (localoffer.core.rendered).

Everything on the page but the visitor's own shortlist button comes from the listing, so the listing's
own version (services/listing_versions.py), the glossary's version (for the terms the page explains)
and the date (for "due to be checked") make its key: an edit to this listing, or to anything it shows,
makes a new key and the page is rendered afresh on its next visit, on every app server at once, while
every other listing's page stays kept. A kept page costs one small query.
"""

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from localoffer.content.glossary import VERSION_KEY as GLOSSARY_VERSION_KEY
from localoffer.content.models import InformationPage
from localoffer.core.rendered import rendered_cached, shared_versions
from services.listing_versions import listing_version_by_slug
from services.models import Service
from services.opening import opening_status, opening_times_plain, opening_week
from services.schema import service_json_ld

ACTIONS = "<!-- actions -->"
OPEN_NOW = "<!-- open-now -->"


def service_page_render(*, slug):
    """The page's parts for a visible service (a dict of plain strings), or None when there is none."""
    service = (
        Service.objects.visible()
        .select_related("organisation")
        .prefetch_related(
            "categories__parent",
            "needs__parent",
            "locations__accessibility",
            "opening_times",
            "answers__question",
            "waits",
            "steps",
            Prefetch("while_you_wait_services", queryset=Service.objects.visible().order_by("name")),
            Prefetch("while_you_wait_pages", queryset=InformationPage.objects.filter(published=True)),
        )
        .filter(slug=slug)
        .first()
    )
    if service is None:
        return None
    times = opening_times_plain(opening_times=service.opening_times.all())
    context = {"service": service, "week": opening_week(times=times), "today": timezone.localdate()}
    before, after = render_to_string("services/includes/service_detail.html", context).split(ACTIONS)
    return {
        "pk": str(service.pk),
        "opening_times": times,
        "name": service.name,
        "summary": service.summary,
        "easy_read_summary": service.easy_read_summary,
        "json_ld": service_json_ld(service=service),
        "before_actions": mark_safe(before),  # noqa: S308 (a rendered template)
        "after_actions": mark_safe(after),  # noqa: S308
    }


def service_page(*, slug):
    """The page's parts at the listing's version: kept, or rendered now; None when there is no such service."""
    found = listing_version_by_slug(slug=slug)
    if found is None:
        return None
    glossary = shared_versions(GLOSSARY_VERSION_KEY)
    if glossary is None:  # the shared cache is down: nothing may be kept
        return service_page_render(slug=slug)
    parts = ("service-page", *found, *glossary, timezone.localdate().isoformat(), slug)
    return rendered_cached(parts=parts, render=lambda: service_page_render(slug=slug))


def service_page_now(*, page, at):
    """The kept page with what changes by the hour filled in: whether the service is open at `at`."""
    status = opening_status(times=page.get("opening_times", []), at=at)
    line = ""
    if status:
        css = "lo-key-facts__status--open" if status.is_open else "lo-key-facts__status--closed"
        line = format_html('<strong class="lo-key-facts__status {}">{}</strong>', css, status.text)
    before = page["before_actions"].replace(OPEN_NOW, line)
    return {**page, "before_actions": mark_safe(before)}  # noqa: S308 (a rendered template and escaped text)
