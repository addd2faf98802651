"""Which services match a search and how well: the query as families typed it, scored by the index.

Every meaningful word counts on its own (a service matching any of them is found), and a service
matching more of them, in more important fields, or the whole phrase, ranks higher. Each word or
phrase the SEND vocabulary knows also finds its other names, a little below the words as typed.
"""

import tantivy

from services.search.vocabulary import query_expand

EXPANSION_BOOST = 0.6  # another name for a word, from the vocabulary, counts a little less than the word typed
PHRASE_BOOST = 1.5  # the words typed, together and in order
TIE_BREAKER = 0.3  # a service matching several names for one thing gains a little, not several times
COMMON_SHARE = 0.5  # a word in more than half the services only ranks; it finds nothing on its own
MIN_SERVICES_FOR_SHARES = 50  # in a smaller directory, how many services use a word says little about it


def group_query(index, group):
    """Any of a group's phrases: the first as typed, the rest other names for it.

    The group counts less the more services use its word, across all fields: "support" in a name
    must not outrank "autism" in a description.
    """
    queries = [index.phrase_query(group[0])]
    queries += [
        index.phrase_query(phrase, EXPANSION_BOOST)
        for phrase in group[1:]
        if " " in phrase
        or index.size < MIN_SERVICES_FOR_SHARES
        or index.document_share(phrase) <= COMMON_SHARE  # "children" finds everything
    ]
    queries = [query for query in queries if query is not None]
    if not queries:
        return None
    query = queries[0] if len(queries) == 1 else tantivy.Query.disjunction_max_query(queries, TIE_BREAKER)
    if " " in group[0] or index.size < MIN_SERVICES_FOR_SHARES:
        return query
    return tantivy.Query.boost_query(query, max(1.0 - index.document_share(group[0]), 0.05) ** 2)


def ranked_matches(*, index, words):
    """{position in the index: score} for the services matching `words`; empty when none do."""
    groups = query_expand(query=list(words), table=index.phrases)
    if not groups:
        return {}
    deciding = [
        group
        for group in groups
        if len(group) > 1
        or " " in group[0]
        or index.size < MIN_SERVICES_FOR_SHARES
        or index.document_share(group[0]) <= COMMON_SHARE
    ]
    must_rank_only = [group for group in groups if group not in deciding] if deciding else []
    clauses = []
    for group in deciding or groups:
        if (query := group_query(index, group)) is not None:
            clauses.append((tantivy.Occur.Should, query))
    if len(words) >= 2 and (phrase := index.phrase_query(" ".join(words), PHRASE_BOOST)) is not None:
        clauses.append((tantivy.Occur.Should, phrase))
    if not clauses:
        return {}
    matches = index.search(tantivy.Query.boolean_query(clauses))
    if not matches:
        return {}
    if must_rank_only:
        extra = [(tantivy.Occur.Should, q) for group in must_rank_only if (q := group_query(index, group))]
        for position, score in (index.search(tantivy.Query.boolean_query(extra)) if extra else {}).items():
            if position in matches:
                matches[position] += score
    best = max(matches.values())
    for position in index.names.get(" ".join(words), ()):
        if position in matches:
            matches[position] += best  # the service whose name is the query comes first
    return matches
