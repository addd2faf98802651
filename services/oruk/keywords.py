"""A plain keyword match for the API's `search` parameter, with the SEND vocabulary.

Every word typed must appear in a service's name, summary or description (PostgreSQL's English
full-text search, so "swimming" finds "swim"; a plain word-start match elsewhere), or in the name of
one of its categories or needs.
A SEND term or any of its other names (`SearchTerm`) counts as one word and matches all of them,
so "ASD" finds services that say "autism". `queries.services_search` is the one place that calls this.
"""

import re

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Q

from services.models import SearchTerm, Service

FIELDS = ("name", "summary", "description")
# English stop words (as PostgreSQL's full-text search ignores them): they narrow nothing, so they are dropped.
STOPWORDS = {
    "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves",
    "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them",
    "their", "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is",
    "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing",
    "a", "an", "the", "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for",
    "with", "about", "against", "between", "into", "through", "during", "before", "after", "above", "below", "to",
    "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "then", "once", "here",
    "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some",
    "such", "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very", "s", "t", "can", "will",
    "just", "don", "should", "now",
}  # fmt: skip


def search_groups(*, text):
    """What was typed as groups of alternatives: a SEND term with all its names, or one word of its own."""
    remaining = " " + " ".join(re.sub(r"[^\w']+", " ", text.lower()).split()) + " "
    vocabulary = [term.phrases for term in SearchTerm.objects.all()]
    by_phrase = sorted(
        ((phrase, phrases) for phrases in vocabulary for phrase in phrases), key=lambda item: -len(item[0])
    )
    groups = []
    for phrase, phrases in by_phrase:
        tidy = " ".join(re.sub(r"[^\w']+", " ", phrase).split())
        if tidy and f" {tidy} " in remaining:
            remaining = remaining.replace(f" {tidy} ", " ")
            groups.append(("whole", phrases))
    groups += [("prefix", [word]) for word in remaining.split() if word not in STOPWORDS]
    return groups


def services_matching(*, queryset, text):
    """The services in `queryset` that mention every word or SEND term in `text`."""
    postgresql = connection.vendor == "postgresql"
    boundary = r"\y" if postgresql else r"\b"
    for kind, phrases in search_groups(text=text):
        either = Q()
        for phrase in phrases:
            pattern = boundary + r"\s+".join(re.escape(word) for word in phrase.split())
            if kind == "whole":
                pattern += boundary
            if postgresql:
                either |= Q(search_vector=SearchQuery(phrase, search_type="phrase", config="english"))
            else:
                for field in FIELDS:
                    either |= Q(**{f"{field}__iregex": pattern})
            for links, term in ((Service.categories, "category"), (Service.needs, "need")):
                tagged = links.through.objects.filter(**{f"{term}__name__iregex": pattern})
                either |= Q(pk__in=tagged.values("service_id"))
        queryset = queryset.filter(either)
    return queryset
