"""A service's page as everyone sees it, rendered once per version of the listing and kept in the database.

Everything on the page but the visitor's own shortlist button (and whether the service is open now) comes
from the listing, so the page is kept with what it was made from: the listing's own version
(services/listing_versions.py), the code, the language and the glossary (for the terms the page explains),
and the first day it would read differently with nothing edited (a check falling due, a wait growing old).
An edit to this listing, or to anything it shows, makes a new version, so the page is rendered afresh on its
next visit (or as the edit commits), on every app server at once, while every other listing's page stays
kept. The query that finds the listing reads its kept page, so a first visit costs one query.
"""

import datetime
import functools
import hashlib
import json
import uuid

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.db import DEFAULT_DB_ALIAS, connection, models
from django.db.models import Func, OuterRef, Prefetch, Subquery
from django.db.models.base import ModelState
from django.db.models.expressions import RawSQL
from django.db.models.functions import JSONObject
from django.db.models.signals import post_init, pre_init
from django.urls import get_script_prefix
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from localoffer.content.glossary import as_uuid, glossary_at_least, glossary_token, glossary_version
from localoffer.content.models import InformationPage
from localoffer.core import rendered
from localoffer.core.prepared import prepared_rows
from localoffer.core.rendered import rendered_cached
from services.kept import kept_write
from services.listing_versions import listing_version_and_page, with_versions
from services.models import (
    AccessibilityFeature,
    AccessStep,
    Category,
    KeptServicePage,
    LocalOfferAnswer,
    LocalOfferQuestion,
    Location,
    Need,
    OpeningTime,
    Organisation,
    Service,
    ServiceTranslation,
    Wait,
)
from services.opening import opening_status, opening_times_plain, opening_week
from services.reviews import add_months
from services.schema import service_json_ld
from services.service_detail import ACTIONS, OPEN_NOW, service_detail_html


def json_fields(model, prefix=""):
    """Every stored field of `model` (reached through `prefix`) as JSONObject arguments."""
    return {field.attname: f"{prefix}{field.attname}" for field in model._meta.concrete_fields}


# How a value read from JSON becomes what the ORM gives for each common type of field, the first that
# matches (a date and time field is a date field too); None: JSON gives it as it is (str, bool, int).
JSON_READERS = (
    ((models.CharField, models.TextField, models.BooleanField, models.IntegerField), None),
    (models.UUIDField, uuid.UUID),
    (models.DateTimeField, datetime.datetime.fromisoformat),
    (models.DateField, datetime.date.fromisoformat),
    (models.TimeField, datetime.time.fromisoformat),
    (models.FloatField, float),
)


def json_reader(field):
    """How a value of `field` read from JSON becomes its Python value (None: as it is); a field of any other
    type is read by its own `to_python`."""
    if isinstance(field, models.ForeignKey):
        return json_reader(field.target_field)
    if isinstance(field, models.DecimalField):
        return lambda value: field.to_python(str(value))
    return next((read for types, read in JSON_READERS if isinstance(field, types)), field.to_python)


@functools.cache
def json_readers(model):
    """(attname, reader) for every stored field of `model`, in the order its constructor takes them."""
    return tuple((field.attname, json_reader(field)) for field in model._meta.concrete_fields)


def from_json(model, row):
    """A model instance from the JSON object of its fields (as json_fields named them).

    Made as Model.from_db makes one, but with its fields written straight into it rather than through the
    constructor (a page of open data records makes a thousand of these), unless something listens for models
    being made.
    """
    values = {}
    for attname, read in json_readers(model):
        value = row[attname]
        values[attname] = value if read is None or value is None else read(value)
    listened = pre_init.receivers or post_init.receivers  # for any model: asked first, as it costs nothing
    if listened and (pre_init.has_listeners(model) or post_init.has_listeners(model)):
        return model.from_db(DEFAULT_DB_ALIAS, None, list(values.values()))
    instance = model.__new__(model)
    instance.__dict__.update(values)
    instance._state = ModelState()
    instance._state.adding = False
    instance._state.db = DEFAULT_DB_ALIAS  # where the listing query runs
    return instance


def json_array(rows):
    """A subquery's rows (each one JSON object) as one JSON array, which the database driver reads in one go
    rather than as an array of JSON texts to read one by one."""
    return Func(ArraySubquery(rows), function="array_to_json", output_field=models.JSONField())


def related_rows(queryset, **nested):
    """The rows of `queryset` (in its model's order) as one JSON array of objects, for one annotation."""
    model = queryset.model
    rows = queryset.order_by(*model._meta.ordering).values(row=JSONObject(**json_fields(model), **nested))
    return json_array(rows)


def terms_of(model, through):
    """A service's categories or needs, each with its parent."""
    return related_rows(
        model.objects.filter(
            pk__in=through.objects.filter(service_id=OuterRef(OuterRef("pk"))).values(f"{model._meta.model_name}_id")
        ),
        parent=JSONObject(**json_fields(model, "parent__")),
    )


LISTING_PARTS = {
    "categories": lambda: terms_of(Category, Service.categories.through),
    "needs": lambda: terms_of(Need, Service.needs.through),
    "locations": lambda: related_rows(
        Location.objects.filter(service=OuterRef("pk")),
        accessibility=related_rows(AccessibilityFeature.objects.filter(locations=OuterRef("pk"))),
    ),
    "opening_times": lambda: related_rows(OpeningTime.objects.filter(service=OuterRef("pk"))),
    "answers": lambda: related_rows(
        LocalOfferAnswer.objects.filter(service=OuterRef("pk")),
        question=JSONObject(**json_fields(LocalOfferQuestion, "question__")),
    ),
    "waits": lambda: related_rows(Wait.objects.filter(service=OuterRef("pk"))),
    "steps": lambda: related_rows(AccessStep.objects.filter(service=OuterRef("pk"))),
    "while_you_wait_services": lambda: json_array(
        Service.objects.visible()
        .filter(
            pk__in=Service.while_you_wait_services.through.objects.filter(from_service=OuterRef(OuterRef("pk"))).values(
                "to_service_id"
            )
        )
        .order_by("name")
        .values(row=JSONObject(**json_fields(Service)))
    ),
    "translations": lambda: related_rows(
        ServiceTranslation.objects.filter(service=OuterRef("pk"), published=True, made_by_person=True)
    ),
    "while_you_wait_pages": lambda: related_rows(
        InformationPage.objects.filter(
            published=True,
            pk__in=Service.while_you_wait_pages.through.objects.filter(service=OuterRef(OuterRef("pk"))).values(
                "informationpage_id"
            ),
        )
    ),
}
RECORD_PARTS = ("categories", "needs", "locations", "opening_times", "waits")  # what an open data record shows
RELATED_MODELS = {
    "categories": Category, "needs": Need, "locations": Location, "opening_times": OpeningTime,
    "answers": LocalOfferAnswer, "waits": Wait, "steps": AccessStep, "while_you_wait_services": Service,
    "while_you_wait_pages": InformationPage, "translations": ServiceTranslation,
}  # fmt: skip


def related_instance(name, row, service):
    """One related row of the listing as its model instance, with what it brings along."""
    instance = from_json(RELATED_MODELS[name], row)
    if "parent" in row and row["parent"]["id"] is not None:
        instance.parent = from_json(type(instance), row["parent"])
    if "question" in row:
        instance.question = from_json(LocalOfferQuestion, row["question"])
    if "accessibility" in row:
        features = [from_json(AccessibilityFeature, feature) for feature in row["accessibility"]]
        instance._prefetched_objects_cache = {"accessibility": features}
    if hasattr(instance, "service_id") and name not in ("while_you_wait_pages",):
        instance.service = service
    return instance


PLACEHOLDERS = {"slug": "listing:slug", "pk": uuid.UUID(int=0), "pks": "listing:ids"}  # where the slug or ids go
PARAMETER_TYPES = {"slug": "text", "pk": "uuid", "pks": "uuid[]"}


def listing_filter(by):
    """The filter that finds a listing by its slug, by its id, or several by their ids (an array)."""
    if by == "pks":
        return {"pk__in": RawSQL("SELECT unnest(%s::uuid[])", [PLACEHOLDERS[by]])}
    return {by: PLACEHOLDERS[by]}


@functools.cache
def listing_query(*, by, public):
    """The SQL that reads a service (`public`: any but a draft, with the parts its open data record shows;
    else a visible one, with everything its page shows) in one row, found `by` its slug or id (or rows, by
    ids), with its parameters.

    Putting a query this size together through the ORM takes longer than running it, so it is done once.
    """
    columns = {
        "_service": JSONObject(**json_fields(Service)),
        "_organisation": JSONObject(**json_fields(Organisation, "organisation__")),
        **{f"_{name}": make() for name, make in LISTING_PARTS.items() if not public or name in RECORD_PARTS},
    }
    services = Service.objects.exclude(status=Service.Status.DRAFT) if public else Service.objects.visible()
    query = services.filter(**listing_filter(by)).values(**columns).query
    return query.sql_with_params()


def listing_rows(*, by, value, public):
    """The listing query's rows for this slug or id, or these ids (an array), as dicts of their columns."""
    return prepared_rows(
        name=f"listing_by_{by}_{'public' if public else 'visible'}",
        query=lambda: listing_query(by=by, public=public),
        placeholder=PLACEHOLDERS[by],
        parameter_type=PARAMETER_TYPES[by],
        value=value,
    )


def json_read(value):
    return json.loads(value) if isinstance(value, str) else value


def service_with_everything(*, slug=None, pk=None, public=False):
    """The visible service with this slug and everything its page shows (or, `public`, any but a draft with this
    id and what its open data record shows), in one query; None when there is none."""
    by, value = ("slug", slug) if pk is None else ("pk", pk)
    if connection.vendor != "postgresql":
        return service_prefetched(by=by, value=value, public=public)
    rows = listing_rows(by=by, value=str(value), public=public)
    return service_from_row(rows[0]) if rows else None


def services_with_everything(*, pks):
    """The services with these ids but drafts, as the open data shows them, each with everything its record
    shows, in one query (in no particular order).

    One service is read by its id rather than in an array of ids: PostgreSQL plans a statement that takes an
    array afresh on every run (it cannot tell how many ids will come), which for one record took longer than
    running it, while the statement for one id is planned once per connection."""
    if connection.vendor != "postgresql":
        return list(prefetched(Service.objects.exclude(status=Service.Status.DRAFT)).filter(pk__in=pks))
    if len(pks) == 1:
        service = service_with_everything(pk=pks[0], public=True)
        return [service] if service else []
    ids = "{" + ",".join(str(uuid.UUID(str(pk))) for pk in pks) + "}"  # a PostgreSQL array literal
    return [service_from_row(row) for row in listing_rows(by="pks", value=ids, public=True)]


def service_from_row(row):
    """A service and everything with it, from a row of the listing query."""
    service = from_json(Service, json_read(row["_service"]))
    service.organisation = from_json(Organisation, json_read(row["_organisation"]))
    service._prefetched_objects_cache = {
        name: [related_instance(name, json_read(item), service) for item in row[f"_{name}"] or ()]
        for name in LISTING_PARTS
        if f"_{name}" in row
    }
    return service


def service_prefetched(*, by, value, public):
    """The same service and the same parts through the ORM's prefetching, in a query a part: for a database
    without PostgreSQL's arrays (SQLite, as `make run` uses)."""
    services = Service.objects.exclude(status=Service.Status.DRAFT) if public else Service.objects.visible()
    return prefetched(services).filter(**{by: value}).first()


def prefetched(services):
    """`services` with the same parts as the listing query, through the ORM's prefetching."""
    return services.select_related("organisation").prefetch_related(
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


# The related rows the page's main content shows, read from the service once each rather than at every mention.
LISTING_SHOWN = ("waits", "locations", "answers", "steps", "needs", "opening_times", "categories")


def service_page_render(*, slug):
    """The page's parts for a visible service (a dict of plain strings), or None when there is none."""
    service = service_with_everything(slug=slug)
    if service is None:
        return None
    today = timezone.localdate()
    times = opening_times_plain(opening_times=service.opening_times.all())
    listing = {name: list(getattr(service, name).all()) for name in LISTING_SHOWN}
    before, after = service_detail_html(service=service, listing=listing, week=opening_week(times=times)).split(ACTIONS)
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
        "fresh_until": (day := fresh_until(service=service, waits=listing["waits"], today=today)) and day.isoformat(),
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


KEEP_DAYS = 7  # the longest a page is kept unchanged; `keep_service_pages` each night renders those due
SAFE_PARTS = ("before_actions", "after_actions", "json_ld")  # markup, marked safe again when read back


def service_page(*, slug):
    """The page's parts at the listing's version: kept, or rendered now (and kept); None when there is no such
    service.

    In the site's own language the page is kept in the database (KeptServicePage) and read in the query that
    finds the listing, with the glossary's version, so a family's first visit to a page costs that one query,
    whether or not anyone asked for it before and whether or not the shared cache answers; it is rendered afresh
    only when the listing, the code, the glossary, a setting it reads or the day it reads by has moved on. In
    other languages it is kept in the shared cache under the same versions.
    """
    found = listing_version_and_page(slug=slug)
    if found is None:
        return None
    pk, version, glossary_at, kept = found  # the glossary's version in the database
    if settings.RENDERED_CACHE_SECONDS <= 0:
        return service_page_render(slug=slug)
    today = timezone.localdate()
    if (translation.get_language() or settings.LANGUAGE_CODE) != settings.LANGUAGE_CODE:
        glossary = glossary_version()  # read once a request: the page's markdown uses the same
        if glossary is None:  # the shared cache is down: nothing may be kept in it
            return service_page_render(slug=slug)
        parts = ("service-page", pk, version, glossary, today.isoformat(), slug)
        return rendered_cached(parts=parts, render=lambda: service_page_render(slug=slug))
    made_from = page_made_from(glossary=glossary_at)
    if kept_is_current(kept, version=version, made_from=made_from, today=today):
        parts = json_read(kept["parts"])  # JSON within JSON: read once on PostgreSQL, twice on SQLite
        return {**parts, **{name: mark_safe(parts[name]) for name in SAFE_PARTS}}  # noqa: S308 (kept as rendered)
    glossary_at_least(as_uuid(glossary_at))  # rendered with the glossary it is kept under, or a newer one
    page = service_page_render(slug=slug)
    if page is not None:
        page_keep(pk=pk, version=version, made_from=made_from, page=page)
    return page


def page_made_from(*, glossary):
    """A fingerprint of what a page is made from besides its listing: the code, the language of the site's own
    words, the glossary's version in the database, and the settings the page reads."""
    made_from = (
        rendered.code_mark(),
        translation.get_language() or settings.LANGUAGE_CODE,
        str(as_uuid(glossary)),
        # The settings the page reads: its address in the JSON-LD, and when a wait is old enough to say so.
        settings.SITE_URL,
        get_script_prefix(),
        settings.WAIT_STALE_MONTHS,
    )
    return hashlib.sha256(repr(made_from).encode()).hexdigest()[:32]


def kept_is_current(kept, *, version, made_from, today):
    """Whether a kept page (as listing_version_and_page reads it) was made from what is current now."""
    return (
        kept is not None
        and as_uuid(kept["version"]) == as_uuid(version)
        and kept["made_from"] == made_from
        and (kept["fresh_until"] is None or today.isoformat() < kept["fresh_until"])
    )


def page_keep(*, pk, version, made_from, page):
    """Keep a page just rendered (services/kept.py: a failure costs only the keeping)."""
    fresh = page["fresh_until"] and datetime.date.fromisoformat(page["fresh_until"])
    row = KeptServicePage(
        service_id=as_uuid(pk), version=as_uuid(version), made_from=made_from, fresh_until=fresh, parts=page
    )
    kept_write(KeptServicePage, [row])


def pages_keep(*, ids):
    """Render and keep the pages of these services (ids) that are visible and not kept as they are now."""
    for slug in Service.objects.visible().filter(pk__in=ids).values_list("slug", flat=True):
        service_page(slug=slug)


def pages_keep_all():
    """Render and keep every visible service's page that is not kept as it is now, and forget the pages of
    services no longer visible: after a deploy (new code), a glossary change, or each night (for the pages whose
    day has come). Returns (pages rendered, pages already current, pages forgotten)."""
    today = timezone.localdate()
    made_from = page_made_from(glossary=glossary_token())
    kept = KeptServicePage.objects.filter(service_id=OuterRef("pk"))
    services = with_versions(Service.objects.visible()).annotate(
        **{f"kept_{name}": Subquery(kept.values(name)) for name in ("version", "made_from", "fresh_until")}
    )
    rendered = current = 0
    rows = services.order_by("pk").values_list("slug", "version", "kept_version", "kept_made_from", "kept_fresh_until")
    for slug, version, kept_version, kept_made_from, fresh in rows.iterator(chunk_size=2000):
        found = {"version": kept_version, "made_from": kept_made_from, "fresh_until": fresh and fresh.isoformat()}
        if kept_made_from is not None and kept_is_current(found, version=version, made_from=made_from, today=today):
            current += 1
        else:
            service_page(slug=slug)
            rendered += 1
    forgotten, _ = KeptServicePage.objects.exclude(service_id__in=Service.objects.visible().values("pk")).delete()
    return rendered, current, forgotten


def fresh_until(*, service, waits, today):
    """The first day on which the page of `service` with these waits would read differently with nothing
    edited (its check falls due; a wait grows old enough to say so, or its month gains its year), and at the
    latest KEEP_DAYS from today, so that nothing kept outlives a week."""
    days = [today + datetime.timedelta(days=KEEP_DAYS)]
    days += [service.review_due + datetime.timedelta(days=1)] if service.review_due >= today else []
    for wait in waits:
        if not wait.is_stale(today=today):
            day = max(today, add_months(wait.updated_on, settings.WAIT_STALE_MONTHS) - datetime.timedelta(days=4))
            while not wait.is_stale(today=day):
                day += datetime.timedelta(days=1)
            days.append(day)
        elif wait.updated_on.year == today.year:
            days.append(datetime.date(today.year + 1, 1, 1))
    return min(days)


def service_page_now(*, page, at):
    """The kept page with what changes by the hour filled in: whether the service is open at `at`."""
    status = opening_status(times=page.get("opening_times", []), at=at)
    line = ""
    if status:
        css = "lo-key-facts__status--open" if status.is_open else "lo-key-facts__status--closed"
        line = format_html('<strong class="lo-key-facts__status {}">{}</strong>', css, status.text)
    before = page["before_actions"].replace(OPEN_NOW, line)
    return {**page, "before_actions": mark_safe(before)}  # noqa: S308 (a rendered template and escaped text)
