"""The content pages: notices, information pages, glossary, news, site search and robots.txt."""

import logging
import string
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.http import require_POST

from localoffer.content import easy_read, information, news, translations
from localoffer.content.crisis import crisis_panel_for
from localoffer.content.models import GlossaryTerm, NewsItem
from localoffer.content.search import group_keys, group_search, site_search, spelling_suggestion
from localoffer.core import retention
from localoffer.core.redirects import safe_next

NEWS_PER_PAGE = 10

logger = logging.getLogger(__name__)


def notice(request, template):
    """A statutory notice page (accessibility, privacy, cookies, contact)."""
    return render(request, f"content/{template}.html")


def privacy(request):
    """The privacy notice, with retention periods read from the same rules the purge uses."""
    return render(
        request,
        "content/privacy.html",
        {"retention": retention.retention_rules(), "search_report_min_days": settings.SEARCH_REPORT_MIN_DAYS},
    )


def can_preview(user):
    """Staff signed in with their second factor see drafts on the public site, marked as drafts."""
    return user.is_active and user.is_staff and user.is_verified()


def information_index(request):
    """Information and advice: the top sections."""
    return render(
        request,
        "content/information_index.html",
        {"main": easy_read.public_index(), "index_crumbs": [("Home", "/"), ("Information and advice", "")]},
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
        return render(request, "content/information_page.html", context)
    if language := request.GET.get("lang"):
        # The site's own words around the page (buttons, menus) in the page's language where a file has them.
        with translation.override(language):
            context = translations.public_translated_page(path=path.strip("/"), language=language)
            if context is None:
                raise Http404("No such translation")
            return render(request, "content/information_translation.html", context)
    shown = information.public_page(path=path.strip("/"))
    if shown is None:
        raise Http404("No such information page")
    return render(request, "content/information_page.html", shown)


def glossary(request):
    """The A to Z of SEND terms, one anchor per term."""
    terms = list(GlossaryTerm.objects.all())
    letters = {}
    for term in terms:
        letters.setdefault(term.letter, []).append(term)
    return render(
        request,
        "content/glossary.html",
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
        "content/news_list.html",
        {"page_obj": page_obj, "items": page_obj.object_list, "news_crumbs": [("Home", "/"), ("News", "")]},
    )


def news_item(request, slug):
    """One news item; staff also see drafts and items dated in the future (the public see it as kept)."""
    if language := request.GET.get("lang"):
        context = news.translated_item_context(slug=slug, language=language)
        if context is None:
            raise Http404("No such translation")
        crumbs = [("Home", "/"), ("News", reverse("news")), (context["translation"].title, None)]
        return render(request, "content/news_translation.html", {**context, "crumbs": crumbs})
    if not can_preview(request.user):
        shown = news.public_item(slug=slug)
        if shown is None:
            raise Http404("No such news item")
        crumbs = [("Home", "/"), ("News", reverse("news")), (shown["item"]["title"], "")]
        return render(request, "content/news_item.html", {**shown, "item_crumbs": crumbs})
    item = get_object_or_404(NewsItem.objects.all(), slug=slug)
    return render(
        request,
        "content/news_item.html",
        {
            "item": item,
            "page": item,
            "translations": news.news_translations_for(item=item),
            "item_is_draft": not (item.published and item.published_on <= timezone.localdate()),
            "item_crumbs": [("Home", "/"), ("News", reverse("news")), (item.title, "")],
        },
    )


def search(request):
    """Search the whole site, results grouped by kind; or one kind, a page at a time (?group=...).

    Words of crisis bring the crisis panel above everything else.
    """
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
    crisis = crisis_panel_for(text=terms.text, read=True)  # shown first, and never "corrected" to other words
    suggestion = "" if crisis else spelling_suggestion(text=terms.text)
    context.update(query=terms.text, terms=terms, suggestion=suggestion, crisis=crisis)
    return render(request, "content/search.html", context)


def robots_txt(request):
    """Let search engines in and point them at the sitemap; keep them out of search results and shortlists.

    The admin is not named here: its address may be set to something private (ADMIN_URL).
    """
    return render(request, "content/robots.txt", content_type="text/plain")


def information_easy_read(request, path):
    """The easy-read version of an advice page; staff previewing also see unpublished ones."""
    context = easy_read.easy_read_page_context(path=path.strip("/"), include_drafts=can_preview(request.user))
    if context is None:
        raise Http404("No easy-read version of this page")
    context["easy_read_chosen"] = easy_read.prefers_easy_read(request)
    return render(request, "content/easy_read_page.html", context)


@require_POST
def easy_read_choice(request):
    """Remember whether the family wants easy read first, then go back to the page they were on."""
    target = safe_next(request, request.POST.get("next", ""), reverse("home"))
    response = redirect(target)
    return easy_read.easy_read_choice_set(response=response, easy_read=request.POST.get("easy_read") == "1")
