"""Site search (/search/): every kind of result the installed apps offer, grouped by kind.

Each app lists what it adds in its own `site_search.py`: `RESULT_GROUPS`, one `ResultGroup` per
kind of result (a function that takes the expanded query and returns its matches), and
`QUERY_EXPANDERS`, functions that know other names for SEND words, so that "EHCP" also finds
"education, health and care plan" (the glossary's abbreviations; the directory's vocabulary), and
`SPELLING_SUGGESTERS`, functions that offer a correction of a misspelt query.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Q

from localoffer.core.discovery import declared

MAX_QUERY_LENGTH = 200
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")  # PostgreSQL refuses NUL in text


@dataclass(frozen=True)
class SearchQueryTerms:
    """What the person typed, and the other names of the SEND words in it."""

    text: str
    expansions: tuple = ()

    @property
    def phrases(self):
        return (self.text, *self.expansions)


@dataclass
class Result:
    title: str
    url: str
    summary: str
    meta: str = ""
    lang: str = ""  # a result in another language: its language code and direction
    direction: str = "ltr"


@dataclass
class GroupResults:
    """One kind of result for a query: its heading, the first matches and how many there are."""

    key: str
    title: str
    results: list = field(default_factory=list)
    total: int = 0
    more_url: str = ""


@dataclass(frozen=True)
class ResultGroup:
    """One kind of thing the site search finds. `search(terms=..., limit=..., offset=...)` returns (results, total)."""

    key: str
    title: str
    search: object
    more_url: object = None  # a function of the query text, for "see all N" when a section has its own search
    order: int = 50  # lower first: advice that explains a word comes before the services that use it


def query_expanders():
    """Every installed app's `QUERY_EXPANDERS`, from its site_search.py: functions of the text typed."""
    return declared("site_search", "QUERY_EXPANDERS")


def spelling_suggestion(*, text):
    """What the first app that knows better would correct the words to, from its site_search.py's
    `SPELLING_SUGGESTERS` ("austim" is "autism"); "" when none would."""
    for suggest in declared("site_search", "SPELLING_SUGGESTERS"):
        if suggestion := suggest(text=text):
            return suggestion
    return ""


def result_groups():
    """Every installed app's `RESULT_GROUPS`, from its site_search.py, by their `order` (then INSTALLED_APPS
    order): "ehcp" shows the advice page on EHC plans before the services that mention one."""
    return sorted(declared("site_search", "RESULT_GROUPS"), key=lambda group: group.order)


def expand_query(*, text):
    """Tidy what was typed and add the other names of any SEND words in it."""
    text = " ".join(CONTROL_CHARACTERS.sub(" ", text or "").split())[:MAX_QUERY_LENGTH]
    expansions = []
    if text:
        for expander in query_expanders():
            for phrase in expander(text=text):
                if phrase not in expansions:
                    expansions.append(phrase)
    return SearchQueryTerms(text=text, expansions=tuple(expansions))


def ranked(queryset, *, terms, fields):
    """Rank a queryset against the query: weighted full-text search on PostgreSQL, plain matching elsewhere.

    Every word typed must appear (PostgreSQL's web-search syntax, so "quotes" and -minus work), or any
    expansion as a whole phrase. `fields` are (field name, weight) pairs, most important first.
    """
    if connection.vendor == "postgresql":
        vector = None
        for name, weight in fields:
            part = SearchVector(name, weight=weight, config="english")
            vector = part if vector is None else vector + part
        query = SearchQuery(terms.text, search_type="websearch", config="english")
        for phrase in terms.expansions:
            query |= SearchQuery(phrase, search_type="phrase", config="english")
        return (
            queryset.annotate(search_document=vector, search_rank=SearchRank(vector, query))
            .filter(search_document=query)
            .order_by("-search_rank", "pk")
        )
    matches = Q()
    for words in [re.findall(r"\w+", terms.text), *[[phrase] for phrase in terms.expansions]]:
        every_word = Q()
        for word in words:
            any_field = Q()
            for name, _weight in fields:
                any_field |= Q(**{f"{name}__icontains": word})
            every_word &= any_field
        matches |= every_word
    return queryset.filter(matches).order_by("pk")


def site_search(*, text, limit=10):
    """Search every kind of result: the expanded query and one GroupResults per kind, in order.

    Where a kind has more results than shown, `more_url` leads to all of them: the kind's own
    search when it has one, otherwise this search narrowed to that kind.
    """
    terms = expand_query(text=text)
    if not terms.text:
        return terms, []
    groups = []
    for group in result_groups():
        results, total = group.search(terms=terms, limit=limit, offset=0)
        more_url = ""
        if total > len(results):
            more_url = (
                group.more_url(terms.text) if group.more_url else "?" + urlencode({"q": terms.text, "group": group.key})
            )
        groups.append(GroupResults(key=group.key, title=group.title, results=results, total=total, more_url=more_url))
    return terms, groups


def group_search(*, text, key, page=1, per_page=10):
    """One kind of result, a page at a time: the expanded query, its GroupResults and a Page for the pagination."""
    group = next(group for group in result_groups() if group.key == key)
    terms = expand_query(text=text)
    if not terms.text:
        return terms, GroupResults(key=group.key, title=group.title), Paginator([], per_page).get_page(1)
    _none, total = group.search(terms=terms, limit=0, offset=0)
    page_obj = Paginator(range(total), per_page).get_page(page)
    results, total = group.search(terms=terms, limit=per_page, offset=max(page_obj.start_index() - 1, 0))
    return terms, GroupResults(key=group.key, title=group.title, results=results, total=total), page_obj


def group_keys():
    """The kinds of result someone can narrow a search to."""
    return [group.key for group in result_groups()]
