"""Each listing's own version, moved on by every change to anything shown with it.

A service's page, its open data record and its result card show the service, its organisation, its
places and their accessibility, its opening times, waits, steps and Local Offer answers, its categories
and needs (with their parents) and the services and advice pages it suggests while families wait. A
change to any of those makes a new version for exactly the listings that show it, in the same
transaction (services/listing_signals.py), so every app server sees it once it is committed and never before,
and renderings of every other listing stay kept (localoffer/core/rendered.py).
"""

import functools
import uuid

from django.db import connection
from django.db.models import OuterRef, Subquery
from django.db.models.expressions import RawSQL

from localoffer.core.prepared import prepared_rows
from services.models import ListingVersion, Service


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


@functools.cache
def version_by_slug_query():
    """The SQL of listing_version_by_slug's query, with SLUG_PLACEHOLDER for the slug."""
    services = with_versions(Service.objects.visible().filter(slug=SLUG_PLACEHOLDER)).order_by("pk")
    return services.values_list("pk", "version")[:1].query.sql_with_params()


def listing_version_by_slug(*, slug):
    """(id, version) of the visible service with this slug, or None when there is none: one small query,
    prepared once per connection on PostgreSQL (localoffer.core.prepared), as every service page asks it."""
    if connection.vendor != "postgresql":
        return with_versions(Service.objects.visible().filter(slug=slug)).values_list("pk", "version").first()
    rows = prepared_rows(
        name="listing_version_by_slug",
        query=version_by_slug_query,
        placeholder=SLUG_PLACEHOLDER,
        parameter_type="text",
        value=slug,
    )
    return tuple(rows[0].values()) if rows else None


def listing_version_by_id(*, pk):
    """(id, version) of the visible service with this id, or None when there is none: one small query."""
    return with_versions(Service.objects.visible().filter(pk=pk)).values_list("pk", "version").first()


ID_PLACEHOLDER = uuid.UUID(int=0)


@functools.cache
def public_version_by_id_query():
    """The SQL of public_listing_version's query, with ID_PLACEHOLDER for the id."""
    services = with_versions(Service.objects.exclude(status=Service.Status.DRAFT).filter(pk=ID_PLACEHOLDER))
    return services.order_by("pk").values_list("status", "version")[:1].query.sql_with_params()


def public_listing_version(*, pk):
    """(status, version) of the service with this id unless it is a draft (as the open data shows it), or None:
    one small query, prepared once per connection on PostgreSQL, as every open data record asks it."""
    if connection.vendor != "postgresql":
        services = Service.objects.exclude(status=Service.Status.DRAFT).filter(pk=pk)
        return with_versions(services).values_list("status", "version").first()
    rows = prepared_rows(
        name="public_listing_version",
        query=public_version_by_id_query,
        placeholder=ID_PLACEHOLDER,
        parameter_type="uuid",
        value=str(pk),
    )
    return tuple(rows[0].values()) if rows else None
