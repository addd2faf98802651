"""What the directory adds to the site search: services, and its vocabulary of families' own words."""

import re
from urllib.parse import urlencode

from localoffer.content.search import Result, ResultGroup
from services.models import SearchTerm, Service
from services.search import query_expand, search_index, service_ranking
from services.search.spelling import spelling_correct
from services.search.vocabulary import words_of


def directory_vocabulary_expansions(*, text):
    """Other names for the SEND words in the text, from the directory's search vocabulary (ASD -> autism)."""
    lowered = text.lower()
    return [
        phrase
        for group in query_expand(query=text)
        if len(group) > 1
        for phrase in group
        if phrase.lower() not in lowered
    ]


def search_services(*, terms, limit, offset=0):
    """Services in the directory that match, best first, with its own SEND vocabulary and ranking."""
    ranking = service_ranking(query=terms.text)
    wanted = ranking[offset : offset + limit]
    by_id = Service.objects.only("name", "slug", "summary").in_bulk(wanted)
    results = [
        Result(title=by_id[pk].name, url=by_id[pk].get_absolute_url(), summary=by_id[pk].summary)
        for pk in wanted
        if pk in by_id
    ]
    return results, len(ranking)


def directory_spelling_suggestion(*, text):
    """The words as the directory would correct them ("austim" is "autism"), or "" when none is."""
    correction = spelling_correct(words=words_of(text), index=search_index())
    return " ".join(correction.corrected) if correction.corrected != correction.typed else ""


def services_more_url(text):
    return f"/services/?{urlencode({'q': text})}"


def search_word_phrases():
    """Every search word and its other names: words a family finds explained by the directory."""
    phrases = []
    for term, others in SearchTerm.objects.values_list("term", "also_known_as"):
        phrases += [term, *re.split(r"[,\n;]", others)]
    return phrases


QUERY_EXPANDERS = [directory_vocabulary_expansions]
SPELLING_SUGGESTERS = [directory_spelling_suggestion]
RESULT_GROUPS = [
    ResultGroup(key="services", title="Services", search=search_services, more_url=services_more_url),
]
# Phrases the site explains, for the plain-English advice's check for unexplained jargon.
VOCABULARY = [search_word_phrases]
