"""A service's page as everyone sees it, rendered once per directory version and kept (localoffer.core.rendered).

Everything on the page but the visitor's own shortlist button comes from the directory, so the
directory's version (which a glossary edit changes too, for the terms the page explains) and the date
(for "due to be checked") make its key: any edit anywhere makes a new key, and the page is rendered
afresh on its next visit, on every app server at once. A kept page costs one small query.
"""

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from localoffer.content.models import InformationPage
from localoffer.core.rendered import rendered_cached
from services.models import Service, ServiceTranslation
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
            Prefetch("translations", queryset=ServiceTranslation.objects.filter(published=True, made_by_person=True)),
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
        "translations": [translation_shown(translation=t) for t in service.translations.all()],
        "json_ld": service_json_ld(service=service),
        "before_actions": mark_safe(before),  # noqa: S308 (a rendered template)
        "after_actions": mark_safe(after),  # noqa: S308
    }


def translation_shown(*, translation):
    """A summary in another language as the page and its language chooser show it (plain values, kept with it)."""
    return {
        "language": translation.language,
        "direction": translation.direction,
        "get_language_display": translation.get_language_display(),
        "get_absolute_url": translation.get_absolute_url(),
        "summary": translation.summary,
        "demo": translation.demo,
    }


def service_page(*, slug, version):
    """The page's parts at this directory version: kept, or rendered now; None when there is no such service."""
    parts = ("service-page", version, timezone.localdate().isoformat(), slug)
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
