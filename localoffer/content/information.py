"""Which information pages the public may see, and how a page finds its place in the tree."""

from django.db.models import Q

from localoffer.content.models import InformationPage


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
