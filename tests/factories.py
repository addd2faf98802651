"""Plain functions that make test records with sensible defaults; pass what the test cares about."""

import itertools

from django.utils import timezone

from localoffer.models import GlossaryTerm, InformationPage, NewsItem

_numbers = itertools.count(1)


def make_information_page(*, title=None, slug=None, parent=None, published=True, **fields):
    """An information page (published unless told otherwise)."""
    number = next(_numbers)
    title = title or f"Advice page {number}"
    return InformationPage.objects.create(
        title=title,
        slug=slug or f"advice-page-{number}",
        parent=parent,
        published=published,
        summary=fields.pop("summary", f"A summary of {title}."),
        **fields,
    )


def make_glossary_term(*, term, abbreviation="", aliases="", definition=None, slug=None):
    """A glossary term; the slug comes from the term unless given."""
    from django.utils.text import slugify

    return GlossaryTerm.objects.create(
        term=term,
        slug=slug or slugify(term),
        abbreviation=abbreviation,
        aliases=aliases,
        definition=definition or f"What {term} means.",
    )


def make_news_item(*, title=None, slug=None, published=True, published_on=None, **fields):
    """A news item (published today unless told otherwise)."""
    number = next(_numbers)
    title = title or f"News item {number}"
    return NewsItem.objects.create(
        title=title,
        slug=slug or f"news-item-{number}",
        published=published,
        published_on=published_on or timezone.localdate(),
        summary=fields.pop("summary", f"A summary of {title}."),
        body=fields.pop("body", "Some news."),
        **fields,
    )
