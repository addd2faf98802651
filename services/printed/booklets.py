"""Printed directories: a booklet of one part of the directory, as a PDF and a print view, made by the worker.

A request (`booklet_request`) only finds or queues a `Booklet` row for the part, the print size and
the directory's current version, so the web request answers at once; the booklet worker
(`manage.py build_booklets --forever`, beside the mail worker) claims queued rows one at a time with
`SELECT ... FOR UPDATE SKIP LOCKED`, renders the HTML and turns it into a PDF with WeasyPrint. A
booklet is kept until the directory changes: then the next request for that part makes a new one,
and booklets of older versions are deleted by the worker a day later.
"""

import dataclasses
import io
import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import InterfaceError, OperationalError, close_old_connections, transaction
from django.db.models import Prefetch, Q
from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from services.directory_version import directory_version
from services.models import Booklet, Category, Location, Need, OpeningTime, Service
from services.search import search_described, search_matching_ids, search_params_parse
from services.search.report import query_normalise
from services.search_privacy import NOT_KEPT

logger = logging.getLogger(__name__)

CLAIM_FOR = timedelta(minutes=10)
MAX_ATTEMPTS = 3
KEEP_OLD_VERSIONS = timedelta(days=1)
MAX_SEARCH_LENGTH = 1900  # a search's query string, within `Booklet.part`

# Age bands a family or an officer thinks in; a service is in a band when its ages overlap it.
AGE_BANDS = {
    "0-4": ("Early years (0 to 4)", 0, 4),
    "5-11": ("Primary school age (5 to 11)", 5, 11),
    "11-16": ("Secondary school age (11 to 16)", 11, 16),
    "16-25": ("Preparing for adulthood (16 to 25)", 16, 25),
}
TOWNS = {
    "bournemouth": "Bournemouth",
    "christchurch": "Christchurch",
    "poole": "Poole",
}


@dataclass(frozen=True)
class Part:
    """A part of the directory a booklet covers: `kind` is all, need, category, town, age or search.

    A search's `value` is its query string (keyword and filters), as the results page has it.
    """

    kind: str
    value: str
    title: str

    @property
    def key(self):
        return f"{self.kind}:{self.value}" if self.value else self.kind


def booklet_parts():
    """Every part of the directory one may choose, grouped for the form: [(group, [Part, ...]), ...]."""
    top = Q(parent=None)
    needs = [Part("need", need.slug, need.name) for need in Need.objects.filter(top).order_by("order", "name")]
    categories = [
        Part("category", category.slug, category.name)
        for category in Category.objects.filter(top).order_by("order", "name")
    ]
    return [
        ("The whole directory", [Part("all", "", "The whole directory")]),
        ("An area of need", needs),
        ("A kind of service", categories),
        ("A town (with services across the whole area)", [Part("town", k, v) for k, v in TOWNS.items()]),
        ("An age group", [Part("age", k, label) for k, (label, _, _) in AGE_BANDS.items()]),
    ]


PART_LABELS = {"need": "Area of need", "category": "Kind of service", "town": "Town", "age": "Age group"}


def booklet_part_choices():
    """The parts as (key, label) choices for a form, in the order of `booklet_parts`."""
    return [
        (part.key, f"{PART_LABELS[part.kind]}: {part.title}" if part.kind in PART_LABELS else part.title)
        for _, parts in booklet_parts()
        for part in parts
    ]


def booklet_stylesheet():
    """The booklet's stylesheet as the print view loads it (the PDF has the same one written in)."""
    return render_to_string(
        "services/booklets/booklet.css",
        {"contact_phone": settings.CONTACT_PHONE, "contact_email": settings.CONTACT_EMAIL},
    )


def booklet_search_part(*, query):
    """The part a search names (its query string, as on the results page): the services it finds; None if too long.

    What the family typed is kept only as far as it cannot name anyone (a name, a phone number, a full
    postcode go; see services/search_privacy.py), and a search's booklet is deleted when its retention period
    is up (`search_booklet`).

    Sort, postcode and page only order the results, so they are left out: the same search in another order
    is the same booklet. A search with no words and no filters is the whole directory.
    """
    params = search_params_parse(data=QueryDict(query or ""))
    if params.q:  # only the words that cannot identify anyone, as the searches report keeps them
        kept = query_normalise(params.q)
        params = dataclasses.replace(params, q="" if kept == NOT_KEPT else kept)
    value = params.query_string(sort="", postcode="")
    if not value:
        return Part("all", "", "The whole directory")
    if len(value) > MAX_SEARCH_LENGTH:
        return None
    title = f"Your search: {search_described(params=params)}"
    return Part("search", value, title if len(title) <= 200 else f"{title[:199]}…")


def booklet_part(*, key):
    """The part a key such as "need:autism" or "search:q=speech" names, or None when there is no such part."""
    if key.startswith("search:"):
        return booklet_search_part(query=key.removeprefix("search:"))
    for _, parts in booklet_parts():
        for part in parts:
            if part.key == key:
                return part
    return None


def part_services(*, part):
    """The visible services in a part of the directory (no particular order)."""
    services = Service.objects.visible()
    if part.kind == "need":
        services = services.filter(Q(needs__slug=part.value) | Q(needs__parent__slug=part.value))
    elif part.kind == "category":
        services = services.filter(Q(categories__slug=part.value) | Q(categories__parent__slug=part.value))
    elif part.kind == "town":
        services = services.filter(Q(locations__town=part.value) | Q(coverage=Service.Coverage.AREA_WIDE))
    elif part.kind == "age":
        _, youngest, oldest = AGE_BANDS[part.value]
        services = services.filter(minimum_age__lte=oldest, maximum_age__gte=youngest)
    elif part.kind == "search":
        found = search_matching_ids(params=search_params_parse(data=QueryDict(part.value)))
        services = services.filter(pk__in=found)
    return services.distinct()


def booklet_sections(*, part):
    """The booklet's sections: [(category, [service, ...]), ...] by the categories' order, services by name.

    A service appears once, under the first of its main categories, so the booklet stays short.
    """
    services = (
        part_services(part=part)
        .select_related("organisation")
        .prefetch_related(
            "categories__parent",
            "needs",
            Prefetch("locations", queryset=Location.objects.order_by("name")),
            Prefetch("opening_times", queryset=OpeningTime.objects.order_by("weekday", "opens")),
            "waits",
        )
        .order_by("name")
    )
    mains = {category.pk: category for category in Category.objects.filter(parent=None)}
    sections = {}
    for service in services:
        tops = [category.parent if category.parent_id else category for category in service.categories.all()]
        tops = sorted((mains.get(top.pk, top) for top in tops), key=lambda top: (top.order, top.name))
        section = tops[0] if tops else None
        sections.setdefault(section, []).append(service)
    return sorted(sections.items(), key=lambda item: (item[0] is None, item[0].order if item[0] else 0, str(item[0])))


def booklet_request(*, part, large_print):
    """The booklet for this part at the directory's current version: found, or queued for the worker now."""
    version = directory_version()
    booklet, _ = Booklet.objects.get_or_create(
        part=part.key, large_print=large_print, directory_version=version, defaults={"title": part.title}
    )
    if booklet.status == Booklet.Status.FAILED and booklet.attempts < MAX_ATTEMPTS:
        Booklet.objects.filter(pk=booklet.pk).update(status=Booklet.Status.QUEUED, claimed_until=None)
        booklet.status = Booklet.Status.QUEUED
    return booklet


def booklet_is_current(*, booklet):
    """True while the directory is as it was when the booklet was asked for."""
    return booklet.directory_version == directory_version()


def booklet_html(*, booklet, made_at, stylesheet=None):
    """The booklet as one HTML document: what the PDF is made from and, with its `stylesheet` linked rather
    than written in, the print view. Returns the HTML and how many services it holds."""
    part = booklet_part(key=booklet.part)
    sections = booklet_sections(part=part) if part else []
    services = [service for _, members in sections for service in members]
    context = {
        "booklet": booklet,
        "part": part,
        "sections": sections,
        "services_count": len(services),
        "index": sorted(services, key=lambda service: service.name.lower()),
        "made_at": made_at,
        "contact_phone": settings.CONTACT_PHONE,
        "contact_email": settings.CONTACT_EMAIL,
        "site_url": settings.SITE_URL,
        "stylesheet": stylesheet,
    }
    return render_to_string("services/booklets/booklet.html", context), len(services)


def booklet_pdf(*, html):
    """The PDF of a booklet's HTML and its number of pages (WeasyPrint; needs Debian's Pango libraries)."""
    from weasyprint import HTML  # imported here: only the booklet worker needs Pango

    document = HTML(string=html, base_url=settings.SITE_URL).render()
    buffer = io.BytesIO()
    document.write_pdf(buffer)
    return buffer.getvalue(), len(document.pages)


def booklet_claim_next(*, now):
    """Claim the next queued booklet for this worker, or None; one another worker holds is skipped."""
    claimable = Booklet.objects.filter(status=Booklet.Status.QUEUED).filter(
        Q(claimed_until=None) | Q(claimed_until__lt=now)
    )
    if not claimable.exists():
        return None
    with transaction.atomic():
        booklet = claimable.order_by("requested_at").select_for_update(skip_locked=True).first()
        if booklet is not None:
            Booklet.objects.filter(pk=booklet.pk).update(claimed_until=now + CLAIM_FOR)
    return booklet


def booklet_build(*, booklet, now=None):
    """Make a claimed booklet's HTML and PDF and store them; a failure is recorded and tried again. True when made."""
    now = now or timezone.now()
    attempts = booklet.attempts + 1
    try:
        html, count = booklet_html(booklet=booklet, made_at=now, stylesheet=reverse("printed:booklet-css"))
        pdf, pages = booklet_pdf(html=booklet_html(booklet=booklet, made_at=now)[0])
    except Exception as error:  # noqa: BLE001  (recorded on the row for staff, tried again)
        logger.exception("Booklet %s could not be made", booklet.pk)
        Booklet.objects.filter(pk=booklet.pk).update(
            attempts=attempts,
            claimed_until=None,
            last_error=f"{type(error).__name__}: {error}"[:2000],
            status=Booklet.Status.QUEUED if attempts < MAX_ATTEMPTS else Booklet.Status.FAILED,
        )
        return False
    Booklet.objects.filter(pk=booklet.pk).update(
        attempts=attempts,
        claimed_until=None,
        last_error="",
        status=Booklet.Status.READY,
        html=html,
        pdf=pdf,
        pages=pages,
        services_count=count,
        made_at=now,
    )
    return True


def booklets_purge_old(*, now=None):
    """Delete booklets of an older directory version a day after they were asked for, and booklets of a search
    once their retention period is up."""
    now = now or timezone.now()
    stale = Booklet.objects.exclude(directory_version=directory_version()).filter(
        requested_at__lt=now - KEEP_OLD_VERSIONS
    )
    deleted, _ = stale.delete()
    return deleted + search_booklets_purge(now=now)


def search_booklets_purge(*, now=None):
    """Delete booklets made from a search (they hold the words searched for) once the retention period is up."""
    days = settings.PERSONAL_DATA_RETENTION_DAYS["search_booklet"]
    since = (now or timezone.now()) - timedelta(days=days)
    deleted, _ = Booklet.objects.filter(part__startswith="search:", requested_at__lt=since).delete()
    return deleted


def booklets_build_pending(*, limit=50, stop=None):
    """Make every queued booklet, one claim at a time. Returns (made, failed)."""
    made = failed = 0
    while made + failed < limit and not (stop is not None and stop.is_set()):
        booklet = booklet_claim_next(now=timezone.now())
        if booklet is None:
            break
        if booklet_build(booklet=booklet):
            made += 1
        else:
            failed += 1
    return made, failed


def booklets_work(*, stop, poll_seconds=2.0):
    """The booklet worker: make booklets as they are asked for until `stop` is set; outlives a database restart."""
    total = 0
    while not stop.is_set():
        close_old_connections()
        try:
            made, failed = booklets_build_pending(stop=stop)
            if made or failed:
                booklets_purge_old()
        except (OperationalError, InterfaceError) as error:
            logger.warning("Booklet worker: the database did not answer (%s); trying again shortly", error)
            close_old_connections()
        else:
            total += made
            if made or failed:
                logger.info("Booklet worker: made %s booklet(s), %s failed", made, failed)
                continue
        stop.wait(poll_seconds)
    return total
