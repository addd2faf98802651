"""The Open Referral UK 3.0 read API under /api/oruk/, and the page that explains it to people.

Each view returns a plain dict; `open_data_endpoint` turns it into JSON with open CORS, caching
headers and an ETag, and answers bad parameters with a 400 and unknown ids with a 404, both in JSON.
"""

import dataclasses
import datetime
import functools
import hashlib
import json
import uuid

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import get_script_prefix, reverse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt

from localoffer.content.glossary import as_uuid
from localoffer.core import rendered
from localoffer.core.rendered import rendered_cached
from services.directory_version import directory_version
from services.kept import kept_write
from services.listing_versions import listing_versions, public_listing_version, with_versions
from services.models import KeptServiceRecord, Location, Service
from services.oruk import TAXONOMIES, records
from services.oruk.openapi import openapi_document
from services.oruk.queries import (
    ParameterError,
    boolean_parameter,
    ids_page_listed,
    ids_page_read,
    locations_filter,
    organisations_filter,
    organisations_public,
    page_read,
    services_filter,
    services_public,
    term_find,
    terms_all,
    terms_filter,
    text_parameter,
)
from services.service_page import services_with_everything

CACHE_CONTROL = "public, max-age=300"


def json_body(data):
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def json_response(data, *, status=200):
    """Compact JSON (a dict, or the bytes of one) that any web page may read."""
    body = data if isinstance(data, bytes) else json_body(data)
    response = HttpResponse(body, status=status, content_type="application/json")
    response["Access-Control-Allow-Origin"] = "*"
    return response


def error_response(status, message, *, parameter=None):
    """A JSON error: the status, what went wrong and, for a 400, which parameter."""
    data = {"status": status, "message": message}
    if parameter:
        data["parameter"] = parameter
    return json_response(data, status=status)


def open_data_endpoint(view=None, *, key=None, kept_by_view=False):
    """Serve the dict `view` returns (or a (dict or JSON bytes, last modified) pair) as cacheable, open JSON.

    The answer is kept under what `key(request, *args, **kwargs)` names (the directory's version when no
    `key` is given) and the address, unless the view keeps its own (`kept_by_view`).
    """
    if view is None:
        return functools.partial(open_data_endpoint, key=key, kept_by_view=kept_by_view)

    @csrf_exempt
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Max-Age"] = "86400"
            return response
        if request.method not in ("GET", "HEAD"):
            response = error_response(405, "This API is read-only: use GET.")
            response["Allow"] = "GET, HEAD, OPTIONS"
            return response
        try:
            render = functools.partial(answer_render, view, request, *args, **kwargs)
            if kept_by_view:
                body, modified = render()
            else:
                sources = (lambda: key(request, *args, **kwargs)) if key else (lambda: (directory_version(),))
                body, modified = answer_cached(request, sources, render)
        except ParameterError as error:
            return error_response(400, str(error), parameter=error.parameter)
        except Http404 as error:
            return error_response(404, str(error) or "There is no record with this id.")
        response = json_response(body)
        response["Cache-Control"] = CACHE_CONTROL
        response["ETag"] = '"' + hashlib.md5(response.content, usedforsecurity=False).hexdigest() + '"'
        last_modified = modified.timestamp() if modified else None
        if last_modified:
            response["Last-Modified"] = http_date(last_modified)
        conditional = get_conditional_response(
            request, etag=response["ETag"], last_modified=last_modified, response=response
        )
        if conditional is not response:
            conditional["Access-Control-Allow-Origin"] = "*"
            conditional["Cache-Control"] = CACHE_CONTROL
        return conditional

    return wrapper


def answer_render(view, request, *args, **kwargs):
    """The view's answer as JSON bytes, with its last-modified time (or None)."""
    result = view(request, *args, **kwargs)
    data, modified = result if isinstance(result, tuple) else (result, None)
    return (data if isinstance(data, bytes) else json_body(data)), modified


def answer_cached(request, sources, render):
    """Every answer is made from the directory alone: kept per version of its `sources()` and address, so
    the same question is answered once per version, on every app server (localoffer.core.rendered)."""
    if settings.RENDERED_CACHE_SECONDS <= 0:
        return render()
    return rendered_cached(parts=("oruk", *sources(), request.build_absolute_uri()), render=render)


def service_records(services):
    """The fully nested record of each of these services (`pk`, `version` pairs) as JSON bytes with its last
    change, in their order, leaving out any that is now a draft or gone.

    Each is kept in the database under its listing's version (KeptServiceRecord), for a page of the list and
    the record's own address alike, and read in one query, so a page makes only the records of listings that
    changed or that nothing has shown yet (all in one query), whether or not the shared cache answers."""
    wanted = {pk: as_uuid(version) for pk, version in services}
    if settings.RENDERED_CACHE_SECONDS <= 0:
        made = records_make(wanted)
        return [made[pk][1:] for pk in wanted if pk in made]
    made_from = record_made_from()
    rows = KeptServiceRecord.objects.filter(service_id__in=list(wanted)).values_list(
        "service_id", "version", "made_from", "body", "updated"
    )
    found = {
        pk: (body.encode(), updated)
        for pk, version, made, body, updated in rows
        if made == made_from and version == wanted.get(pk)
    }
    missing = {pk: version for pk, version in wanted.items() if pk not in found}
    if missing:
        made = records_make(missing)
        records_keep(made, made_from=made_from)
        found.update({pk: (body, updated) for pk, (_, body, updated) in made.items()})
    return [found[pk] for pk, _ in services if pk in found]


def kept_record_is_current(kept, *, version):
    """Whether a kept record (as public_listing_version reads it) was made from what is current now."""
    return kept is not None and kept["made_from"] == record_made_from() and as_uuid(kept["version"]) == as_uuid(version)


def record_made_from():
    """A fingerprint of what a record is made from besides its listing: the code, the language and the
    site's address (its links name it)."""
    made_from = (rendered.code_mark(), translation.get_language(), settings.SITE_URL, get_script_prefix())
    return hashlib.sha256(repr(made_from).encode()).hexdigest()[:32]


def records_make(versions):
    """{id: (version, record as JSON bytes, last change)} for the services but drafts among `versions` ({id: the
    listing's version, read before}: a record made now is never older than the version it is kept under)."""
    return {
        service.pk: (versions[service.pk], json_body(records.service_record(service)), service.updated)
        for service in services_with_everything(pks=list(versions))
    }


def records_keep(made, *, made_from):
    """Keep records just made (`records_make`; services/kept.py: a failure costs only the keeping)."""
    rows = [
        KeptServiceRecord(
            service_id=pk, version=as_uuid(version), made_from=made_from, body=body.decode(), updated=updated
        )
        for pk, (version, body, updated) in sorted(made.items())  # one order: no deadlock
    ]
    kept_write(KeptServiceRecord, rows)


def records_keep_for(*, ids):
    """Make and keep the records of these services (ids) that are not kept as they are now: as an edit commits."""
    versions = listing_versions(ids=list(ids))
    service_records([(pk, versions.get(pk)) for pk in ids])


def records_keep_all(*, chunk=200):
    """Make and keep the record of every service but drafts that is not kept as it is now, `chunk` at a time, and
    forget those of services now drafts or gone (`manage.py keep_service_pages`). Returns (records made, records
    already current, records forgotten)."""
    made_from = record_made_from()
    public = Service.objects.exclude(status=Service.Status.DRAFT)
    kept = KeptServiceRecord.objects.filter(service_id=OuterRef("pk"))
    rows = with_versions(public).annotate(
        kept_version=Subquery(kept.values("version")), kept_made_from=Subquery(kept.values("made_from"))
    )
    stale, current = [], 0
    for pk, version, kept_version, kept_made_from in rows.order_by("pk").values_list(
        "pk", "version", "kept_version", "kept_made_from"
    ):
        if kept_made_from == made_from and as_uuid(kept_version) == as_uuid(version):
            current += 1
        else:
            stale.append((pk, as_uuid(version)))
    for start in range(0, len(stale), chunk):
        records_keep(records_make(dict(stale[start : start + chunk])), made_from=made_from)
    forgotten, _ = KeptServiceRecord.objects.exclude(service_id__in=public.values("pk")).delete()
    return len(stale), current, forgotten


def page_json(page, contents):
    """The page's envelope around `contents` (records as JSON bytes), as JSON bytes: the same as
    json_body(page.envelope(records)) of those records, without serialising them again."""
    head = json_body({**page.envelope(contents), "contents": []})
    return head.removesuffix(b"[]}") + b"[" + b",".join(contents) + b"]}"


def versioned(page):
    """The page with each of its ids paired with its listing's version (one small query), as the key of a page's
    kept answer names them, read on every request: a listing's version may move after the directory's."""
    versions = listing_versions(ids=page.items)
    return dataclasses.replace(page, items=[(pk, versions.get(pk)) for pk in page.items])


def requested_page(request):
    """The request's page of fully nested services, with its members' versions: read once a request, as the
    key of its kept answer and the answer itself both need it. Which services the list holds (the filters'
    matches in their order) is read whole once per version of the directory on this server, which moves on with
    every change that could alter it, and each page is a slice of it (`ids_page_listed`): a client reading every
    page does not count and sort the directory again for each. A `search` is answered by the search index, which
    may be a version behind while it is built afresh, so it is read each time."""
    if not hasattr(request, "oruk_page"):
        if settings.RENDERED_CACHE_SECONDS <= 0 or text_parameter(request.GET, "search"):
            page = ids_page_read(request.GET, rows=services_filter(request.GET))
        else:
            page = ids_page_listed(request.GET, rows=services_filter(request.GET), version=directory_version())
        request.oruk_page = versioned(page)
    return request.oruk_page


def service_list_key(request):
    """A page of services is stale only when one of its members changed, came or went."""
    full = boolean_parameter(request.GET, "full", default=True)
    if not full or boolean_parameter(request.GET, "minimal", default=False):
        return (directory_version(),)
    page = requested_page(request)
    return ("services", page.total_items, tuple(page.items))


def id_read(text):
    """The UUID in the path; an id that is not a UUID cannot be one of ours, so it is a 404."""
    try:
        return uuid.UUID(text)
    except ValueError:
        raise Http404 from None


def api_root_url(request):
    """The API's own address, as the client reached it."""
    return request.build_absolute_uri(reverse("oruk:root"))


@open_data_endpoint
def root(request):
    """What the official validator reads first: the version, the profile and where our description is."""
    return records.api_details(openapi_url=request.build_absolute_uri(reverse("oruk:openapi")))


@open_data_endpoint
def openapi(request):
    """Our OpenAPI description: what we serve, with our parameters and limits."""
    return openapi_document(server_url=api_root_url(request).rstrip("/"), site_url=settings.SITE_URL)


@open_data_endpoint(key=service_list_key)
def service_list(request):
    """A page of services matching every filter given; fully nested unless full=false."""
    full = boolean_parameter(request.GET, "full", default=True)
    minimal = boolean_parameter(request.GET, "minimal", default=False)
    if full and not minimal:
        page = requested_page(request)
        return page_json(page, [body for body, _ in service_records(page.items)])
    services = services_filter(request.GET)
    if minimal:
        page = page_read(request.GET, rows=services.only("id", "updated"))
        return page.envelope(
            [{"id": str(service.id), "last_modified": records.timestamp(service.updated)} for service in page.items]
        )
    page = page_read(request.GET, rows=services.select_related("organisation"))
    return page.envelope([records.service_summary_record(service) for service in page.items])


@open_data_endpoint(kept_by_view=True)
def service_detail(request, id):
    """One fully nested service, kept per version of its listing as the list's pages keep it; drafts are as
    unknown as ids that never existed."""
    pk = id_read(id)
    found = public_listing_version(pk=pk)
    if found is None:
        raise Http404
    version, kept = found
    if settings.RENDERED_CACHE_SECONDS > 0 and kept_record_is_current(kept, version=version):
        return kept["body"].encode(), kept["updated"] and datetime.datetime.fromisoformat(kept["updated"])
    made = service_records([(pk, version)])
    if not made:
        raise Http404
    return made[0]


@open_data_endpoint
def taxonomy_list(request):
    """Our two taxonomies: categories and areas of need."""
    page = page_read(request.GET, rows=list(TAXONOMIES))
    return page.envelope([records.taxonomy_record(taxonomy) for taxonomy in page.items])


@open_data_endpoint
def taxonomy_detail(request, id):
    """One taxonomy with all its terms."""
    taxonomy_id = id_read(id)
    taxonomy = next((taxonomy for taxonomy in TAXONOMIES if taxonomy.id == taxonomy_id), None)
    if not taxonomy:
        raise Http404
    terms = [term for term in terms_all() if type(term) is taxonomy.model]
    return records.taxonomy_record(taxonomy, terms=terms)


@open_data_endpoint
def taxonomy_term_list(request):
    """Categories and needs, narrowed by taxonomy, parent, top level and search."""
    page = page_read(request.GET, rows=terms_filter(request.GET))
    return page.envelope([records.taxonomy_term_record(term) for term in page.items])


@open_data_endpoint
def taxonomy_term_detail(request, id):
    """One category or need."""
    term = term_find(id_read(id))
    if not term:
        raise Http404
    return records.taxonomy_term_record(term)


@open_data_endpoint
def organisation_list(request):
    """Organisations that run at least one public service."""
    page = page_read(request.GET, rows=organisations_filter(request.GET))
    return page.envelope([records.organisation_record(organisation) for organisation in page.items])


@open_data_endpoint
def organisation_detail(request, id):
    """One organisation with the id, name and status of each of its public services."""
    organisation = organisations_public().filter(open_referral_id=id_read(id)).first()
    if not organisation:
        raise Http404
    services = services_public().filter(organisation=organisation).order_by("name", "id")
    return records.organisation_record(organisation, services=services)


@open_data_endpoint
def service_at_location_list(request):
    """Places of the services that match the service filters."""
    page = page_read(request.GET, rows=locations_filter(request.GET))
    return page.envelope([records.service_at_location_record(location) for location in page.items])


@open_data_endpoint
def service_at_location_detail(request, id):
    """One place of a public service, with the service's one-to-one fields."""
    location = (
        Location.objects.filter(
            open_referral_service_at_location_id=id_read(id), service__in=services_public().values("pk")
        )
        .select_related("service__organisation")
        .prefetch_related("accessibility")
        .first()
    )
    if not location:
        raise Http404
    return records.service_at_location_record(location, with_service=True)


@open_data_endpoint
def not_found(request, *args, **kwargs):
    """Any other address under the API: a JSON 404, not the website's page."""
    raise Http404("There is nothing at this address. The API's description is at /api/oruk/openapi.json.")


EXAMPLE_QUERY = "search=autism&minimum_age=5&per_page=1"


def example_answer():
    """The real answer to EXAMPLE_QUERY, cut down to a few fields, for the open data page."""
    page = page_read(QueryDict(EXAMPLE_QUERY), rows=services_filter(QueryDict(EXAMPLE_QUERY)))
    shown = ("id", "name", "status", "minimum_age", "maximum_age", "last_modified")
    contents = []
    for service in page.items:
        record = records.service_summary_record(service)
        contents.append({key: record[key] for key in shown if key in record})
    envelope = page.envelope(contents)
    return json.dumps(
        {key: envelope[key] for key in ("total_items", "total_pages", "page_number", "contents")}, indent=2
    )


def open_data(request):
    """The page for people: what the API offers and how to use it."""
    context = {
        "api_url": api_root_url(request),
        "openapi_url": request.build_absolute_uri(reverse("oruk:openapi")),
        "example_query": EXAMPLE_QUERY,
        "example": example_answer(),
        "crumbs": [("Home", reverse("home")), ("Open data", None)],
    }
    return render(request, "services/open_data.html", context)
