"""Site-wide pages: home, notices, information pages, glossary, news, site search, health check, errors."""

import logging
import string
import sys
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token

from localoffer import information, news, retention
from localoffer.models import GlossaryTerm, NewsItem
from localoffer.search import group_keys, group_search, site_search
from services.models import Category, Need

NEWS_PER_PAGE = 10

logger = logging.getLogger(__name__)


def home(request):
    """The front door: search, the main categories and areas of need, key advice and the pledge."""
    return render(
        request,
        "localoffer/home.html",
        {
            "categories": Category.objects.filter(parent=None),
            "needs": Need.objects.filter(parent=None),
        },
    )


def notice(request, template):
    """A statutory notice page (accessibility, privacy, cookies, contact)."""
    return render(request, f"localoffer/{template}.html")


def privacy(request):
    """The privacy notice, with retention periods read from the same rules the purge uses."""
    return render(request, "localoffer/privacy.html", {"retention": retention.RULES})


@never_cache
def healthz(request):
    """200 when the database answers, 503 when it does not; for load balancers and monitors."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def page_not_found(request, exception):
    """A 404 that helps a family find their way again."""
    return render(request, "404.html", status=404)


# How long to tell browsers and crawlers to wait after a 503: about as long as PostgreSQL takes to restart.
RETRY_AFTER_SECONDS = 30


@requires_csrf_token
def server_error(request):
    """A 500 that apologises and offers other ways to get help; it must not touch the database.

    When the error is the database not answering (PostgreSQL restarting, a network blip), it is a
    503 with Retry-After instead, saying to try again shortly: the form being sent was in a
    transaction, so nothing of it was saved, and the next request reconnects by itself. The Open
    Referral UK API answers in its own JSON error shape.
    """
    error = sys.exc_info()[1]
    if not isinstance(error, OperationalError | InterfaceError):
        return render(request, "500.html", status=500)
    logger.warning("The database did not answer %s %s: %s", request.method, request.path, error)
    if request.path.startswith("/api/"):
        message = "The service is unavailable for a moment. Try again shortly."
        response = JsonResponse({"status": 503, "message": message}, status=503)
    else:
        response = render(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def can_preview(user):
    """Staff signed in with their second factor see drafts on the public site, marked as drafts."""
    return user.is_active and user.is_staff and user.is_verified()


def information_index(request):
    """Information and advice: the top sections."""
    return render(
        request,
        "localoffer/information_index.html",
        {"sections": information.top_sections(), "index_crumbs": [("Home", "/"), ("Information and advice", "")]},
    )


def information_page(request, path):
    """One advice page, with breadcrumbs, a contents list when it is long, and the pages inside it.

    The public see it as kept (information.public_page); staff previewing drafts see it made afresh.
    """
    if can_preview(request.user):
        page, ancestors = information.page_at(path=path.strip("/"), include_drafts=True)
        if page is None:
            raise Http404("No such information page")
        context = information.page_context(page=page, ancestors=ancestors, include_drafts=True)
        return render(request, "localoffer/information_page.html", context)
    shown = information.public_page(path=path.strip("/"))
    if shown is None:
        raise Http404("No such information page")
    return render(request, "localoffer/information_page.html", shown)


def glossary(request):
    """The A to Z of SEND terms, one anchor per term."""
    terms = list(GlossaryTerm.objects.all())
    letters = {}
    for term in terms:
        letters.setdefault(term.letter, []).append(term)
    return render(
        request,
        "localoffer/glossary.html",
        {
            "letters": sorted(letters.items()),
            "alphabet": [(letter, letter in letters) for letter in string.ascii_uppercase],
            "glossary_crumbs": [("Home", "/"), ("Information and advice", reverse("information")), ("A to Z", "")],
        },
    )


def news_list(request):
    """News and updates, newest first, ten to a page."""
    page_obj = Paginator(NewsItem.objects.public(), NEWS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "localoffer/news_list.html",
        {"page_obj": page_obj, "items": page_obj.object_list, "news_crumbs": [("Home", "/"), ("News", "")]},
    )


def news_item(request, slug):
    """One news item; staff also see drafts and items dated in the future (the public see it as kept)."""
    if not can_preview(request.user):
        shown = news.public_item(slug=slug)
        if shown is None:
            raise Http404("No such news item")
        crumbs = [("Home", "/"), ("News", reverse("news")), (shown["item"]["title"], "")]
        return render(request, "localoffer/news_item.html", {**shown, "item_crumbs": crumbs})
    item = get_object_or_404(NewsItem.objects.all(), slug=slug)
    return render(
        request,
        "localoffer/news_item.html",
        {
            "item": item,
            "item_is_draft": not (item.published and item.published_on <= timezone.localdate()),
            "item_crumbs": [("Home", "/"), ("News", reverse("news")), (item.title, "")],
        },
    )


def search(request):
    """Search the whole site, results grouped by kind; or one kind, a page at a time (?group=...)."""
    text = request.GET.get("q", "")
    key = request.GET.get("group")
    context = {"hide_header_search": True}
    if key in group_keys():
        terms, group, page_obj = group_search(text=text, key=key, page=request.GET.get("page"))
        context.update(groups=[group], total=group.total, page_obj=page_obj, group=group)
        context["pagination_query"] = urlencode({"q": terms.text, "group": key})
        context["all_results_query"] = urlencode({"q": terms.text})
    else:
        terms, groups = site_search(text=text)
        context.update(groups=groups, total=sum(group.total for group in groups))
    context.update(query=terms.text, terms=terms)
    return render(request, "localoffer/search.html", context)


def robots_txt(request):
    """Let search engines in and point them at the sitemap; keep them out of search results and shortlists.

    The admin is not named here: its address may be set to something private (ADMIN_URL).
    """
    return render(request, "localoffer/robots.txt", content_type="text/plain")
