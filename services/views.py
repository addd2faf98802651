"""Pages of the SEND service directory: search and browse, category and need pages, services, the shortlist."""

import re
import uuid
from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from localoffer.content.easy_read import prefers_easy_read
from localoffer.content.information import top_sections
from localoffer.core.addresses import address
from localoffer.core.redirects import safe_next
from localoffer.core.views import PublicFormView
from services import shortlist as shortlists
from services.directory_version import directory_version
from services.forms import ShortlistEmailForm
from services.models import Category, Need, Service
from services.models.service import MAX_AGE
from services.search import SearchParams, directory_search, search_index, search_params_parse
from services.search.cache import fragment_carried
from services.search.quick import quick_age_pairs, quick_filters
from services.search.report import search_record
from services.search.results import words_matched
from services.search.results_html import results_html
from services.service_page import service_page, service_page_now


def search(request):
    """Search and browse every service: keyword, filters with counts, postcode distance, sort and pages."""
    return results_page(request, params=search_params_parse(data=request.GET))


def category(request, slug):
    """A category's page: its description and sub-categories, and the services in it."""
    term = get_object_or_404(Category.objects.select_related("parent"), slug=slug)
    return term_page(request, term=term, field="category", crumb=_("Categories"))


def need(request, slug):
    """An area of need's page: what it means, the specific needs under it, and the services for it."""
    term = get_object_or_404(Need.objects.select_related("parent"), slug=slug)
    return term_page(request, term=term, field="need", crumb=_("Areas of need"))


def term_page(request, *, term, field, crumb):
    params = search_params_parse(data=request.GET)
    chosen = getattr(params, field)
    if term.slug not in chosen:
        params = SearchParams(**{**params.__dict__, field: (term.slug, *chosen)})
    return results_page(request, params=params, term=term, field=field)


def results_page(request, *, params, term=None, field=None):
    """The results page; its main content comes from the search cache when this search was made recently."""

    # The kept page is keyed by the snapshot of the index that answers: while a fresh index is built beside the
    # searches (engine.build_beside) that is the one before, and a page made from it is not the new version's.
    index = search_index(version=directory_version())

    def fragment(words):
        results = directory_search(params=params, index=index, words=words)
        context = results_context(request, params=params, results=results, term=term, field=field)
        shown = context["params"]
        title = (
            term.name
            if term
            else (_("Services matching “%(words)s”") % {"words": shown.q} if shown.q else _("Find services"))
        )
        if results.page.paginator.num_pages > 1:
            title += f" (page {results.page.number} of {results.page.paginator.num_pages})"
        return {
            "html": results_html(**context),
            "title": ("Error: " if results.errors else "") + title,
            "total": results.total,
        }

    cached = fragment_carried(
        # What was typed wrongly is part of the page (its error summary), so it is part of the key too.
        # The date too: a result card says when its wait has grown old.
        parts=(
            "results",
            field,
            term and term.slug,
            params.query_pairs(page=True),
            sorted(params.errors.items()),
            timezone.localdate().isoformat(),
        ),
        index=index,
        words=lambda: words_matched(params=params, index=index),
        render=fragment,
    )
    if params.q and params.page == 1:
        search_record(query=params.q, results=cached["total"], index=index)
    crumbs = [(_("Home"), "/"), (_("Find services"), reverse("services:search") if term else None)]
    if term:
        if term.parent_id:
            crumbs.append((term.parent.name, term.parent.get_absolute_url()))
        crumbs.append((term.name, None))
    token = get_token(request)  # one masked token for the cards' forms and the page's own ("page useful")
    cached = {**cached, "html": result_shortlist_fill(request, html=cached["html"], token=token)}
    browse = {}
    if cached["total"] == 0:
        browse = {"browse_categories": Category.objects.filter(parent=None), "browse_advice": top_sections()}
    return render(
        request,
        "services/search.html",
        {**cached, **browse, "crumbs": crumbs, "term": term, "hide_header_search": True, "csrf_token": token},
    )


def results_context(request, *, params, results, term, field):
    """What the results' markup is made from (services/search/results_html.py): the search as the words were
    read (`results.params`: place and age read out of them, any spelling corrected) and the addresses that
    change it."""
    shown = results.params
    options = results.facets[field] if term else []
    return {
        "term_children": next((option.children for option in options if option.value == term.slug), []),
        "results": results,
        "params": shown,
        "term": term,
        "field": field,
        "clear_query": shown.query_string(
            category=(), need=(), age=None, cost=(), town=(), delivery=(), feature=(), wait=(), referral=False
        ),
        "exact_query": shown.query_string(q=results.corrected_from, exact=True) if results.corrected_from else "",
        "page_query": shown.query_string(),
        "quick_filters": quick_filters(params=shown),
        "quick_age_pairs": quick_age_pairs(params=shown),
        "quick_ages": range(MAX_AGE + 1),
        "shortlist_next": f"{request.path}?{urlencode(params.query_pairs(page=True))}",
    }


ON_SHORTLIST = re.compile(r"<!--on-shortlist:([0-9a-f-]{36})-->")


def result_shortlist_fill(request, *, html, token):
    """The kept results with this visitor's parts put in: the form token (`token`, from `get_token`), and which
    cards are on their shortlist."""
    token = format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)
    chosen = set(shortlists.shortlist_ids(session=request.session))
    note = '<p class="govuk-body-s govuk-!-margin-bottom-0">On <a class="govuk-link" href="{}">your shortlist</a></p>'
    on_list = format_html(note, address("services:shortlist"))

    def mark(match):
        return on_list if match.group(1) in chosen else ""

    return mark_safe(ON_SHORTLIST.sub(mark, html.replace("<!--csrf-->", token)))  # noqa: S308 (our own rendering)


def detail(request, slug):
    """One service: who it is for, what it offers, how to get it, where and when, and the Local Offer answers."""
    page = service_page(slug=slug)
    if page is None:
        raise Http404("No such service")
    page = service_page_now(page=page, at=timezone.localtime())
    translation = None
    if language := request.GET.get("lang"):
        translation = next((t for t in page.get("translations", []) if t["language"] == language), None)
        if translation is None:
            raise Http404("No such translation")
    return render(
        request,
        "services/detail.html",
        {
            "page": page,
            "service": {"pk": page["pk"], "name": page["name"], "summary": page["summary"]},
            "on_shortlist": page["pk"] in shortlists.shortlist_ids(session=request.session),
            "printed_from": request.build_absolute_uri(),
            # The page's own name is its heading; on a phone the crumbs then take one line.
            "crumbs": [(_("Home"), "/"), (_("Find services"), reverse("services:search"))],
            "easy_read_chosen": prefers_easy_read(request),
            "translation": translation,
            "translations": page.get("translations", []),
            "english": {"get_absolute_url": request.path},
        },
    )


class ShortlistView(PublicFormView):
    """The family's shortlist, printable as a clean list, and sent by email (rate limited, not kept) to anyone."""

    form_class = ShortlistEmailForm
    template_name = "services/shortlist.html"
    name = "shortlist-email"

    def services(self):
        return shortlists.shortlist_services(session=self.request.session)

    def share_link(self, services):
        token = shortlists.shortlist_link_token(ids=[service.pk for service in services])
        return self.request.build_absolute_uri(reverse("services:shortlist_shared", kwargs={"token": token}))

    def get_context_data(self, **kwargs):
        services = self.services()
        return {
            **kwargs,
            "services": services,
            "share_link": self.share_link(services) if services else "",
            "printed_from": self.request.build_absolute_uri(),
            "crumbs": [(_("Home"), "/"), (_("Find services"), reverse("services:search")), (_("Your shortlist"), None)],
        }

    def submit(self, form):
        services = self.services()
        if services:
            shortlists.shortlist_email(
                services=services,
                to=form.cleaned_data["email"],
                link=self.share_link(services),
                site_url=self.request.build_absolute_uri("/").rstrip("/"),
            )
        return {"count": len(services)}

    def done(self, data):
        if data.get("count"):
            messages.success(self.request, _("We are emailing the shortlist now. We have not kept the address."))
        return redirect("services:shortlist")


shortlist = ShortlistView.as_view()


def shortlist_shared(request, token):
    """A shortlist someone shared as a link: the same services, on any device, ready to keep."""
    ids = shortlists.shortlist_link_ids(token=token)
    if ids is None:
        raise Http404("That shortlist link is not right")
    if request.method == "POST":
        shortlists.shortlist_keep(session=request.session, ids=ids)
        messages.success(request, _("These services are now on your shortlist on this device."))
        return redirect("services:shortlist")
    return render(
        request,
        "services/shortlist.html",
        {
            "shared": True,
            "services": shortlists.shortlist_services_by_ids(ids=ids),
            "printed_from": request.build_absolute_uri(),
            "crumbs": [
                (_("Home"), "/"),
                (_("Find services"), reverse("services:search")),
                (_("A shared shortlist"), None),
            ],
        },
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
        messages.success(request, _("%(service)s is on your shortlist.") % {"service": service.name})
    return shortlist_reply(request, service=service, added=True, ids=ids)


@require_POST
def shortlist_remove(request):
    """Take a service off the shortlist."""
    service_id = posted_service_id(request)
    if service_id is None:
        raise Http404("No such service")
    ids = shortlists.shortlist_remove(session=request.session, service_id=service_id)
    service = Service.objects.visible().filter(pk=service_id).first()
    if not request.headers.get("Accept", "").startswith("application/json"):
        name = service.name if service else _("The service")
        messages.success(request, _("%(service)s is no longer on your shortlist.") % {"service": name})
    return shortlist_reply(request, service=service, added=False, ids=ids)
