"""Each listing's own version, moved on by every change to anything shown with it.

A service's page, its open data record and its result card show the service, its organisation, its
places and their accessibility, its opening times, waits, steps and Local Offer answers, its categories
and needs (with their parents) and the services and advice pages it suggests while families wait. A
change to any of those makes a new version for exactly the listings that show it, in the same
transaction (services/listing_signals.py), so every app server sees it once it is committed and never before,
and renderings of every other listing stay kept (localoffer/core/rendered.py).
"""

import functools
import json
import threading
import uuid

from django.db import connection, transaction
from django.db.models import OuterRef, Subquery
from django.db.models.expressions import RawSQL
from django.db.models.functions import JSONObject

from localoffer.content.models import GlossaryVersion
from localoffer.core.prepared import prepared_rows
from services.models import KeptServicePage, KeptServiceRecord, ListingVersion, Service


def listings_changed(*, services):
    """A new version for every service in `services` (a queryset of services, or of their ids): two queries."""
    rows = services.values_list("pk", flat=True) if services.model is Service else services
    ids = {next(iter(row.values())) if isinstance(row, dict) else row for row in rows}
    if not ids:
        return
    token = uuid.uuid4()
    ListingVersion.objects.bulk_create(
        [ListingVersion(service_id=pk, token=token) for pk in sorted(ids)],  # one order: no deadlock
        update_conflicts=True,
        unique_fields=["service_id"],
        update_fields=["token"],
    )
    pages_keep_when_committed(ids=ids)


KEEP_AT_EDIT = 20  # listings whose pages an edit renders as it commits; after a larger change, as visited
pending = threading.local()


def pages_keep_when_committed(*, ids):
    """Once the change commits, render and keep the pages and open data records of the listings it touched (a
    few at most), so the first family to open one after an edit does not wait for it; a larger change (an
    import, a renamed category) leaves them to be made as they are asked for, or by `keep_service_pages`.

    Every change in a transaction adds to one set, rendered once as it commits: a save that moves a listing
    on several times renders its page once. A transaction that did not commit took its callback with it, so
    the set starts afresh with the next one.
    """
    waiting = connection.in_atomic_block and any(call[1] is pages_keep_pending for call in connection.run_on_commit)
    if not waiting:
        pending.ids = set()
    pending.ids.update(ids)
    if not waiting:
        transaction.on_commit(pages_keep_pending, robust=True)


def pages_keep_pending():
    from services.api import records_keep_for  # both need the listing's version: imported when used
    from services.service_page import pages_keep

    ids, pending.ids = pending.ids, set()
    if len(ids) <= KEEP_AT_EDIT:
        pages_keep(ids=ids)
        records_keep_for(ids=ids)


def with_versions(services):
    """These services with each one's version as `version` (None for one never changed)."""
    token = ListingVersion.objects.filter(service_id=OuterRef("pk")).values("token")
    return services.annotate(version=Subquery(token))


IDS_PLACEHOLDER = "listing:ids"


@functools.cache
def versions_by_ids_query():
    """The SQL of listing_versions's query, with IDS_PLACEHOLDER for the array of ids."""
    versions = ListingVersion.objects.filter(service_id__in=RawSQL("SELECT unnest(%s::uuid[])", [IDS_PLACEHOLDER]))
    return versions.values_list("service_id", "token").query.sql_with_params()


def listing_versions(*, ids):
    """{service id: its version} for these services, but for those never changed (whose version is None): one
    small query, prepared once per connection on PostgreSQL, as every page of the open data list asks it."""
    if connection.vendor != "postgresql":
        return dict(ListingVersion.objects.filter(service_id__in=ids).values_list("service_id", "token"))
    rows = prepared_rows(
        name="listing_versions_by_ids",
        query=versions_by_ids_query,
        placeholder=IDS_PLACEHOLDER,
        parameter_type="uuid[]",
        value="{" + ",".join(str(pk) for pk in ids) + "}",  # a PostgreSQL array literal
    )
    return {row["service_id"]: row["token"] for row in rows}


SLUG_PLACEHOLDER = "listing:slug"  # no slug has a colon


KEPT_PAGE_FIELDS = ("version", "made_from", "fresh_until", "parts")


def kept_page_of(services):
    """These services with the page kept for each (services/service_page.py) as `kept`: a JSON object of
    KEPT_PAGE_FIELDS, or None."""
    kept = KeptServicePage.objects.filter(service_id=OuterRef("pk"))
    return services.annotate(kept=Subquery(kept.values(row=JSONObject(**{name: name for name in KEPT_PAGE_FIELDS}))))


def with_glossary(services):
    """These services with the glossary's version in the database as `glossary` (what a kept page names)."""
    return services.annotate(glossary=Subquery(GlossaryVersion.objects.filter(pk=1).values("token")))


@functools.cache
def version_and_page_by_slug_query():
    """The SQL of listing_version_and_page's query, with SLUG_PLACEHOLDER for the slug."""
    services = with_glossary(kept_page_of(with_versions(Service.objects.visible().filter(slug=SLUG_PLACEHOLDER))))
    return services.order_by("pk").values_list("pk", "version", "glossary", "kept")[:1].query.sql_with_params()


def listing_version_and_page(*, slug):
    """(id, version, the glossary's version, kept page) of the visible service with this slug, or None when there
    is none: one query, as every service page asks it. The kept page is a dict of KEPT_PAGE_FIELDS (its version
    and its day as text), or None when none is kept."""
    if connection.vendor != "postgresql":
        services = with_glossary(kept_page_of(with_versions(Service.objects.visible().filter(slug=slug))))
        found = services.values_list("pk", "version", "glossary", "kept").first()
    else:
        rows = prepared_rows(
            name="listing_version_and_page_by_slug",
            query=version_and_page_by_slug_query,
            placeholder=SLUG_PLACEHOLDER,
            parameter_type="text",
            value=slug,
        )
        found = tuple(rows[0].values()) if rows else None
    if found is None:
        return None
    pk, version, glossary, kept = found
    return pk, version, glossary, json.loads(kept) if isinstance(kept, str) else kept


def listing_version_by_id(*, pk):
    """(id, version) of the visible service with this id, or None when there is none: one small query."""
    return with_versions(Service.objects.visible().filter(pk=pk)).values_list("pk", "version").first()


ID_PLACEHOLDER = uuid.UUID(int=0)


KEPT_RECORD_FIELDS = ("version", "made_from", "body", "updated")


def kept_record_of(services):
    """These services with the open data record kept for each (services/api.py) as `kept`: a JSON object of
    KEPT_RECORD_FIELDS, or None."""
    kept = KeptServiceRecord.objects.filter(service_id=OuterRef("pk"))
    return services.annotate(kept=Subquery(kept.values(row=JSONObject(**{name: name for name in KEPT_RECORD_FIELDS}))))


@functools.cache
def public_version_by_id_query():
    """The SQL of public_listing_version's query, with ID_PLACEHOLDER for the id."""
    services = Service.objects.exclude(status=Service.Status.DRAFT).filter(pk=ID_PLACEHOLDER)
    services = kept_record_of(with_versions(services))
    return services.order_by("pk").values_list("version", "kept")[:1].query.sql_with_params()


def public_listing_version(*, pk):
    """(version, kept record) of the service with this id unless it is a draft (as the open data shows it), or
    None: one query, prepared once per connection on PostgreSQL, as every open data record asks it. The kept
    record is a dict of KEPT_RECORD_FIELDS (its version and time as text), or None when none is kept."""
    if connection.vendor != "postgresql":
        services = kept_record_of(with_versions(Service.objects.exclude(status=Service.Status.DRAFT).filter(pk=pk)))
        found = services.values_list("version", "kept").first()
    else:
        rows = prepared_rows(
            name="public_listing_version_and_record",
            query=public_version_by_id_query,
            placeholder=ID_PLACEHOLDER,
            parameter_type="uuid",
            value=str(pk),
        )
        found = tuple(rows[0].values()) if rows else None
    if found is None:
        return None
    version, kept = found
    return version, json.loads(kept) if isinstance(kept, str) else kept
