"""Search and browse the SEND service directory.

Public functions:
- `search_params_parse(*, data)`: read a search from a query string, never raising.
- `directory_search(*, params, per_page=20)`: one page of results with counts for every filter.
- `service_ranking(*, query)`: ids of the services matching a keyword, best first (site search, the API).
- `query_expand(*, query, vocabulary=None)`: a query as groups of alternatives from the SEND vocabulary.

`results.py` runs a search and builds its page; `reference.py` reads the categories, needs, vocabulary
and crisis panel. Every search runs on this server's index of the directory (`engine.py`), the same on
SQLite and PostgreSQL; `ranking.py` scores the words (the kind of help first, then the needs), `understand.py`
reads place and age out of the text, `question.py` names the parts read for the page and `spelling.py` corrects
misspelt words.
"""

from services.search.params import SearchParams, search_params_parse
from services.search.reference import Reference, Term, reference_load, search_index
from services.search.results import (
    SearchResults,
    directory_search,
    keyword_queryset,
    search_described,
    search_matching_ids,
    service_ranking,
)
from services.search.vocabulary import query_expand, vocabulary_load

__all__ = [
    "Reference",
    "SearchParams",
    "SearchResults",
    "Term",
    "directory_search",
    "keyword_queryset",
    "query_expand",
    "reference_load",
    "search_described",
    "search_index",
    "search_matching_ids",
    "search_params_parse",
    "service_ranking",
    "vocabulary_load",
]
