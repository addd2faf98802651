"""Pages of the SEND service directory: search and browse, category and need pages, services, the shortlist."""

import uuid

from django.contrib import messages
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_POST

from localoffer.content.easy_read import prefers_easy_read
from localoffer.core.redirects import safe_next
from services import shortlist as shortlists
from services.models import Category, Need, Service
from services.search import SearchParams, directory_search, search_params_parse
from services.search.cache import directory_version, fragment_cached
from services.search.report import search_record
from services.service_page import service_page


def search(request):
    """Search and browse every service: keyword, filters with counts, postcode distance, sort and pages."""
    return results_page(request, params=search_params_parse(data=request.GET))


def category(request, slug):
    """A category's page: its description and sub-categories, and the services in it."""
    term = get_object_or_404(Category.objects.select_related("parent"), slug=slug)
    return term_page(request, term=term, field="category", crumb="Categories")


def need(request, slug):
    """An area of need's page: what it means, the specific needs under it, and the services for it."""
    term = get_object_or_404(Need.objects.select_related("parent"), slug=slug)
    return term_page(request, term=term, field="need", crumb="Areas of need")


def term_page(request, *, term, field, crumb):
    params = search_params_parse(data=request.GET)
    chosen = getattr(params, field)
    if term.slug not in chosen:
        params = SearchParams(**{**params.__dict__, field: (term.slug, *chosen)})
    return results_page(request, params=params, term=term, field=field)


def results_page(request, *, params, term=None, field=None):
    """The results page; its main content comes from the search cache when this search was made recently."""

    version = directory_version()

    def fragment():
        results = directory_search(params=params, version=version)
        shown = results.params  # with place and age read out of the words, and any spelling corrected
        options = results.facets[field] if term else []
        context = {
            "term_children": next((option.children for option in options if option.value == term.slug), []),
            "results": results,
            "params": shown,
            "term": term,
            "field": field,
            "clear_query": shown.query_string(
                category=(), need=(), age=None, cost=(), town=(), delivery=(), feature=(), referral=False
            ),
            "exact_query": shown.query_string(q=results.corrected_from, exact=True) if results.corrected_from else "",
            "page_query": shown.query_string(),
        }
        title = term.name if term else (f"Services matching “{shown.q}”" if shown.q else "Find services")
        if results.page.paginator.num_pages > 1:
            title += f" (page {results.page.number} of {results.page.paginator.num_pages})"
        return {
            "html": render_to_string("services/includes/results.html", context),
            "title": ("Error: " if results.errors else "") + title,
            "total": results.total,
        }

    cached = fragment_cached(
        # What was typed wrongly is part of the page (its error summary), so it is part of the key too.
        parts=("results", field, term and term.slug, params.query_pairs(page=True), sorted(params.errors.items())),
        render=fragment,
        version=version,
    )
    if params.q and params.page == 1:
        search_record(query=params.q, results=cached["total"])
    crumbs = [("Home", "/"), ("Find services", reverse("services:search") if term else None)]
    if term:
        if term.parent_id:
            crumbs.append((term.parent.name, term.parent.get_absolute_url()))
        crumbs.append((term.name, None))
    return render(
        request, "services/search.html", {**cached, "crumbs": crumbs, "term": term, "hide_header_search": True}
    )


def detail(request, slug):
    """One service: who it is for, what it offers, how to get it, where and when, and the Local Offer answers."""
    page = service_page(slug=slug, version=directory_version())
    if page is None:
        raise Http404("No such service")
    return render(
        request,
        "services/detail.html",
        {
            "page": page,
            "service": {"pk": page["pk"], "name": page["name"], "summary": page["summary"]},
            "on_shortlist": page["pk"] in shortlists.shortlist_ids(session=request.session),
            "easy_read_chosen": prefers_easy_read(request),
            "crumbs": [("Home", "/"), ("Find services", reverse("services:search")), (page["name"], None)],
        },
    )


def shortlist(request):
    """The family's shortlist, printable as a clean list to take to an appointment."""
    services = shortlists.shortlist_services(session=request.session)
    return render(
        request,
        "services/shortlist.html",
        {
            "services": services,
            "crumbs": [("Home", "/"), ("Find services", reverse("services:search")), ("Your shortlist", None)],
        },  # fmt: skip
    )


def posted_service_id(request):
    try:
        return uuid.UUID(str(request.POST.get("service", "")))
    except ValueError:
        return None


def back_to(request, fallback):
    """Where to go after a shortlist button: the page it was pressed on, if that is on this site."""
    return safe_next(request, request.POST.get("next", ""), fallback)


def shortlist_reply(request, *, service, added, ids):
    if request.headers.get("Accept", "").startswith("application/json"):
        return JsonResponse({"on_shortlist": added, "count": len(ids)})
    return redirect(back_to(request, service.get_absolute_url() if service else reverse("services:shortlist")))


@require_POST
def shortlist_add(request):
    """Add a service to the shortlist (a plain form post; the page's script sends it in the background)."""
    service_id = posted_service_id(request)
    service = Service.objects.visible().filter(pk=service_id).first() if service_id else None
    if service is None:
        raise Http404("No such service")
    ids = shortlists.shortlist_add(session=request.session, service=service)
    if not request.headers.get("Accept", "").startswith("application/json"):
        messages.success(request, f"{service.name} is on your shortlist.")
    return shortlist_reply(request, service=service, added=True, ids=ids)


@require_POST
def shortlist_remove(request):
    """Take a service off the shortlist."""
    service_id = posted_service_id(request)
    if service_id is None:
        raise Http404("No such service")
    ids = shortlists.shortlist_remove(session=request.session, service_id=service_id)
    service = Service.objects.filter(pk=service_id).first()
    if not request.headers.get("Accept", "").startswith("application/json"):
        messages.success(request, f"{service.name if service else 'The service'} is no longer on your shortlist.")
    return shortlist_reply(request, service=service, added=False, ids=ids)
