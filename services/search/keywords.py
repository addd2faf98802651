"""Keyword matching and relevance: PostgreSQL full-text search where there is one, a simple match on SQLite.

On PostgreSQL a trigger keeps each service's weighted, English-stemmed vector (name A, summary B,
description C) and ts_rank orders by it, so a word in the name counts most. "Did you mean" compares
the words typed with the directory's own vocabulary by trigram similarity (pg_trgm).
"""

import difflib
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, F, FloatField, Q, Value, When

from services.models import Service
from services.search.vocabulary import words_of

SIMILARITY_THRESHOLD = 0.25
MIN_SUGGESTION_LENGTH = 4


def uses_postgresql():
    return connection.vendor == "postgresql"


def keyword_filter(queryset, *, groups, term_ids=()):
    """Services matching every group, annotated with `rank` (higher is better).

    A service matches a group when its text has any of the group's phrases, or when it is in a category
    or need whose name does: `term_ids` holds, for each group, (category ids, need ids).
    """
    if not groups:
        return queryset.annotate(rank=Value(0.0, output_field=FloatField()))
    term_ids = list(term_ids) or [((), ())] * len(groups)
    postgresql = uses_postgresql()
    conditions = []
    for group, (category_ids, need_ids) in zip(groups, term_ids, strict=True):
        if postgresql:
            condition = Q(search_vector=group_query(group))
        else:
            condition = any_of(
                Q(name__icontains=p) | Q(summary__icontains=p) | Q(description__icontains=p) for p in group
            )
        if category_ids:
            condition |= Q(
                pk__in=Service.categories.through.objects.filter(category__in=category_ids).values("service")
            )
        if need_ids:
            condition |= Q(pk__in=Service.needs.through.objects.filter(need__in=need_ids).values("service"))
        conditions.append(condition)
    queryset = queryset.filter(reduce(lambda a, b: a & b, conditions))
    if postgresql:
        everything = reduce(lambda a, b: a | b, (group_query(group) for group in groups))
        return queryset.annotate(rank=SearchRank(F("search_vector"), everything))
    rank = reduce(
        lambda a, b: a + b,
        (
            Case(
                When(any_of(Q(name__icontains=p) for p in group), then=Value(1.0)),
                When(any_of(Q(summary__icontains=p) for p in group), then=Value(0.4)),
                When(any_of(Q(description__icontains=p) for p in group), then=Value(0.2)),
                default=Value(0.0),
                output_field=FloatField(),
            )
            for group in groups
        ),
    )
    return queryset.annotate(rank=rank)


def any_of(conditions):
    return reduce(lambda a, b: a | b, conditions)


def terms_matching(group, terms):
    """Ids of the terms (categories or needs) whose name contains any phrase of the group, with their children."""
    found = set()
    for term in terms.values():
        name = words_of(term.name)
        for phrase in group:
            wanted = phrase.split(" ")
            if any(name[i : i + len(wanted)] == wanted for i in range(len(name) - len(wanted) + 1)):
                found.add(term.id)
                found.update(child.id for child in term.children)
                break
    return found


def group_query(group):
    """One group as a tsquery: any of its phrases (multi-word ones as phrases), stemmed as English."""
    return reduce(
        lambda a, b: a | b,
        (SearchQuery(p, search_type="phrase" if " " in p else "plain", config="english") for p in group),
    )


def lexicon_words(phrases):
    """The distinct words worth suggesting, from the names and vocabulary phrases given."""
    return sorted({word for phrase in phrases for word in words_of(phrase) if len(word) >= MIN_SUGGESTION_LENGTH})


def spelling_suggestion(*, query, lexicon):
    """The query with each unknown word replaced by the closest known one, or None when nothing changes.

    `lexicon` is the list of known words (category and need names, the vocabulary).
    """
    words = words_of(query)
    known = set(lexicon)
    unknown = [word for word in words if word not in known and len(word) >= MIN_SUGGESTION_LENGTH and word.isalpha()]
    if not unknown or not lexicon:
        return None
    if uses_postgresql():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT typed, word FROM ("
                "  SELECT typed, word, row_number() OVER (PARTITION BY typed ORDER BY similarity(typed, word) DESC,"
                "  word) AS place FROM unnest(%s::text[]) AS typed, unnest(%s::text[]) AS word"
                "  WHERE similarity(typed, word) >= %s"
                ") AS best WHERE place = 1",
                [unknown, list(lexicon), SIMILARITY_THRESHOLD],
            )
            best = dict(cursor.fetchall())
    else:
        best = {}
        for word in unknown:
            close = difflib.get_close_matches(word, lexicon, n=1, cutoff=0.6)
            if close:
                best[word] = close[0]
    if not best:
        return None
    return " ".join(best.get(word, word) for word in words)
