"""Which information pages the public may see, how a page finds its place in the tree, and its page as shown."""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse

from localoffer.content.glossary import VERSION_KEY as GLOSSARY_VERSION_KEY
from localoffer.content.markdown import render_markdown
from localoffer.content.models import CrisisPanel, EasyReadPage, InformationPage, PageTranslation
from localoffer.core.rendered import rendered_cached, shared_version_changed, shared_versions, version_key

VERSION = "information-pages"
CONTENTS_LIST_MIN_HEADINGS = 3


def public_pages():
    """Published pages none of whose sections is a draft (a draft section hides everything in it)."""
    hidden_paths = InformationPage.objects.filter(published=False).values_list("path", flat=True)
    hidden_below = Q()
    for path in hidden_paths:
        hidden_below |= Q(path__startswith=f"{path}/")
    return InformationPage.objects.filter(published=True).exclude(hidden_below)


def top_sections():
    """The top sections of Information and advice, in the order staff set."""
    return InformationPage.objects.filter(parent=None, published=True)


def page_at(*, path, include_drafts=False):
    """The page at a path with its sections above it (top first), or None when there is none to show.

    Staff previewing (include_drafts) see drafts; everyone else sees a page only when it and
    every section above it are published.
    """
    if "\x00" in path:  # PostgreSQL refuses NUL in text; no page has one
        return None, []
    pages = {page.path: page for page in InformationPage.objects.filter(path__in=[path, *ancestor_paths(path)])}
    page = pages.get(path)
    if page is None:
        return None, []
    ancestors = [pages.get(ancestor) for ancestor in page.ancestor_paths()]
    if not include_drafts and (not page.published or not all(a and a.published for a in ancestors)):
        return None, []
    return page, ancestors


def ancestor_paths(path):
    """The paths above a path: "a/b/c" gives ["a", "a/b"]."""
    parts = path.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts))]


def children_of(*, page, include_drafts=False):
    """The pages directly inside a page, in order."""
    children = page.children.all()
    return children if include_drafts else children.filter(published=True)


def page_context(*, page, ancestors, include_drafts=False):
    """What the page's template needs: the rendered body, its contents list, the pages inside it, the sections."""
    document = render_markdown(page.body)
    return {
        "page": page,
        "easy_read": EasyReadPage.objects.filter(page=page, published=True).first(),
        "translations": list(PageTranslation.objects.filter(page=page, published=True, made_by_person=True)),
        "page_is_draft": not (page.published and all(ancestor.published for ancestor in ancestors)),
        "document": document,
        "contents": document.headings if len(document.headings) >= CONTENTS_LIST_MIN_HEADINGS else [],
        "children": children_of(page=page, include_drafts=include_drafts),
        "sections": top_sections(),
        "section_path": ancestors[0].path if ancestors else page.path,
        "crumbs": [
            ("Home", "/"),
            ("Information and advice", reverse("information")),
            *[(ancestor.title, ancestor.get_absolute_url()) for ancestor in ancestors],
            (page.title, ""),
        ],
    }


def public_page_render(*, path):
    """A public page's title, summary, breadcrumbs and main content as HTML; None when there is none to show."""
    page, ancestors = page_at(path=path)
    if page is None:
        return None
    context = page_context(page=page, ancestors=ancestors)
    return {
        "page": {"title": page.title, "summary": page.summary},
        "crumbs": context["crumbs"],
        "hreflang": [(t.language, t.get_absolute_url()) for t in context["translations"]],
        "main": render_to_string("content/includes/information_page.html", context),
    }


def public_page(*, path):
    """A public page as `public_page_render` gives it, kept until any information page or the glossary changes."""
    versions = shared_versions(version_key(VERSION), GLOSSARY_VERSION_KEY)
    if versions is None:
        return public_page_render(path=path)
    parts = ("information-page", *versions, path)
    return rendered_cached(parts=parts, render=lambda: public_page_render(path=path))


@receiver(post_save, sender=InformationPage)
@receiver(post_delete, sender=InformationPage)
@receiver(post_save, sender=CrisisPanel)  # every page's "Need help now?" shows it
def _information_page_saved(sender, **kwargs):
    shared_version_changed(VERSION)
