"""Easy-read versions of information pages, and a family's choice to see easy read first.

An easy-read page is shown only when its full page is public; the choice is a cookie, no account.
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse

from localoffer.content.information import VERSION, page_at, public_pages, top_sections
from localoffer.content.models import EasyReadPage, EasyReadPoint
from localoffer.core.rendered import rendered_cached, shared_version_changed, shared_versions, version_key

COOKIE = "easy_read"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60


def public_easy_read_pages():
    """Published easy-read pages whose full page the public may see, by title."""
    return EasyReadPage.objects.filter(published=True, page__in=public_pages()).select_related("page")


def public_index_render():
    """Information and advice's own content: its top sections, the urgent help beside them and the pages with an
    easy-read version, as HTML."""
    context = {"sections": top_sections(), "easy_read_pages": public_easy_read_pages()}
    return render_to_string("content/includes/information_index.html", context)


def public_index():
    """Information and advice's content as `public_index_render` gives it, kept until any information page, easy-read
    page or the crisis panel changes (each moves the information pages' version)."""
    versions = shared_versions(version_key(VERSION))
    if versions is None:
        return public_index_render()
    return rendered_cached(parts=("information-index", *versions), render=public_index_render)


def easy_read_for(*, page):
    """The page's published easy-read version, or None."""
    return EasyReadPage.objects.filter(page=page, published=True).first()


def easy_read_page_context(*, path, include_drafts=False):
    """What the easy-read template needs, or None when there is no easy-read page to show at this path."""
    page, ancestors = page_at(path=path, include_drafts=include_drafts)
    if page is None:
        return None
    easy_read = EasyReadPage.objects.filter(page=page).first()
    if easy_read is None or not (easy_read.published or include_drafts):
        return None
    return {
        "easy_read": easy_read,
        "page": page,
        "points": list(easy_read.points.all()),
        "sections": top_sections(),
        "section_path": ancestors[0].path if ancestors else page.path,
        "crumbs": [
            ("Home", "/"),
            ("Information and advice", reverse("information")),
            *[(ancestor.title, ancestor.get_absolute_url()) for ancestor in ancestors],
            (page.title, page.get_absolute_url()),
            ("Easy read", ""),
        ],
    }


def pages_without_easy_read():
    """Published information pages that have no published easy-read version, in the tree's order."""
    return public_pages().exclude(easy_read__published=True).order_by("path")


def matching_easy_read_pages(*, terms, ranked):
    """Public easy-read pages whose title, introduction or any point matches the query, by title."""
    by_page = ranked(EasyReadPage.objects.all(), terms=terms, fields=[("title", "A"), ("introduction", "B")])
    by_point = ranked(EasyReadPoint.objects.all(), terms=terms, fields=[("text", "B")])
    return public_easy_read_pages().filter(
        Q(pk__in=by_page.order_by().values("pk")) | Q(pk__in=by_point.order_by().values("easy_read_id"))
    )


def prefers_easy_read(request):
    """True when the family has chosen to see easy read first."""
    return request.COOKIES.get(COOKIE) == "1"


def easy_read_choice_set(*, response, easy_read):
    """Remember the choice on the response: a year's cookie, or none at all when they choose the full versions."""
    if easy_read:
        response.set_cookie(COOKIE, "1", max_age=COOKIE_MAX_AGE, samesite="Lax", httponly=True)
    else:
        response.delete_cookie(COOKIE, samesite="Lax")
    return response


@receiver(post_save, sender=EasyReadPage)
@receiver(post_delete, sender=EasyReadPage)
@receiver(post_save, sender=EasyReadPoint)
@receiver(post_delete, sender=EasyReadPoint)
def _easy_read_saved(sender, **kwargs):
    """A full page links to its easy-read version, so kept full pages are made afresh."""
    shared_version_changed(VERSION)
