"""What the content adds to the site search: information pages, news, and the glossary's other names."""

from localoffer.content.easy_read import matching_easy_read_pages
from localoffer.content.glossary import current_glossary
from localoffer.content.information import public_pages
from localoffer.content.models import GlossaryTerm, NewsItem, NewsTranslation, PageTranslation
from localoffer.content.search import Result, ResultGroup, ranked


def glossary_expansions(*, text):
    """The full names of glossary abbreviations in the text, and the abbreviations of full names."""
    glossary = current_glossary()
    expansions = []
    for entry in glossary.find_any_case(text):
        for name in (entry.term, entry.abbreviation):
            if name and name.lower() not in text.lower() and name not in expansions:
                expansions.append(name)
    return expansions


def search_information_pages(*, terms, limit, offset=0):
    """Published information pages that match, best first."""
    matches = ranked(public_pages(), terms=terms, fields=[("title", "A"), ("summary", "B"), ("body", "C")])
    total = matches.count()
    results = [
        Result(title=page.title, url=page.get_absolute_url(), summary=page.summary)
        for page in matches[offset : offset + limit]
    ]
    return results, total


def search_easy_read(*, terms, limit, offset=0):
    """Easy-read versions of public information pages that match, by title."""
    matches = matching_easy_read_pages(terms=terms, ranked=ranked)
    total = matches.count()
    results = [
        Result(
            title=f"{easy_read.title} (easy read)",
            url=easy_read.get_absolute_url(),
            summary=easy_read.introduction or easy_read.page.summary,
            meta="Easy read",
        )
        for easy_read in matches[offset : offset + limit]
    ]
    return results, total


def search_news(*, terms, limit, offset=0):
    """Published news items that match, best first."""
    matches = ranked(NewsItem.objects.public(), terms=terms, fields=[("title", "A"), ("summary", "B"), ("body", "C")])
    total = matches.count()
    results = [
        Result(
            title=item.title,
            url=item.get_absolute_url(),
            summary=item.summary,
            meta=f"{item.published_on:%-d %B %Y}",
        )
        for item in matches[offset : offset + limit]
    ]
    return results, total


def search_translations(*, terms, limit, offset=0):
    """Information pages and news items in other languages, made by people, that match: pages first."""
    shown = {"published": True, "made_by_person": True}
    fields = [("title", "A"), ("summary", "B"), ("body", "C")]
    pages = ranked(PageTranslation.objects.filter(**shown, page__in=public_pages()), terms=terms, fields=fields)
    news = ranked(
        NewsTranslation.objects.filter(**shown, item__in=NewsItem.objects.public()), terms=terms, fields=fields
    )
    pages_total = pages.count()
    total = pages_total + news.count()
    found = list(pages.select_related("page")[offset : offset + limit]) if offset < pages_total and limit else []
    if len(found) < limit and offset + limit > pages_total and total > pages_total:
        start = max(offset - pages_total, 0)
        found += list(news.select_related("item")[start : start + limit - len(found)])
    results = [
        Result(
            title=translation.title,
            url=translation.get_absolute_url(),
            summary=translation.summary,
            meta=translation.get_language_display(),
            lang=translation.language,
            direction=translation.direction,
        )
        for translation in found
    ]
    return results, total


def glossary_phrases():
    """Every glossary term, abbreviation and other name: words a family finds explained on the site."""
    phrases = []
    for term, abbreviation, aliases in GlossaryTerm.objects.values_list("term", "abbreviation", "aliases"):
        phrases += [term, abbreviation, *aliases.split(",")]
    return phrases


QUERY_EXPANDERS = [glossary_expansions]
RESULT_GROUPS = [
    ResultGroup(key="information", title="Information and advice", search=search_information_pages, order=10),
    ResultGroup(key="easy-read", title="Easy read", search=search_easy_read, order=15),
    ResultGroup(key="news", title="News", search=search_news, order=90),
    ResultGroup(key="other-languages", title="In other languages", search=search_translations, order=95),
]
# Phrases the site explains, for the plain-English advice's check for unexplained jargon.
VOCABULARY = [glossary_phrases]
