"""What every search reads, made ready when an app server's worker starts, not on a family's first search.

A worker that starts (at deploy, or when gunicorn replaces one) would otherwise build the directory's
index on its first search and load each English dictionary on the first search with a word the directory
does not use: a few hundred milliseconds that a family, and every request queued behind theirs, would
wait. deploy/gunicorn.conf.py calls `search_ready` in a thread of its own as the worker starts, so pages are
answered at once while it runs; a search that comes before the index is built waits for that build.
"""

import logging

from django.db import DatabaseError
from django.template.loader import get_template

from localoffer.content import crisis_reading
from services import search_privacy
from services.search import ranking, spelling
from services.search.reference import search_index
from services.search.report import words_always_kept

logger = logging.getLogger(__name__)

TEMPLATES = ("services/search.html",)


def search_ready():
    """Build this server's index of the directory (or load the one its server saved: search/snapshot.py), load
    the dictionaries, the crisis reading's weights and the templates a search reads, and find the services of
    every related kind of help; returns the index. The index comes first, so a search that comes meanwhile
    waits for this build rather than starting its own. Never raises for the database: when it cannot be read,
    the first search builds the index instead, as it would have (None)."""
    try:
        index = search_index()
    except DatabaseError:
        logger.warning("The search index was not built at start-up: the database could not be read")
        index = None
    spelling.english_words()
    crisis_reading.model_read()
    search_privacy.english_words()
    search_privacy.personal_names()
    for name in TEMPLATES:
        get_template(name)
    if index is not None:
        index_prepared(index)
    return index


def index_prepared(index):
    """Make now, for a fresh index, what its first searches would otherwise make: the words a search keeps,
    the words by length for spelling, and the services of every related kind of help."""
    words_always_kept(index)
    index.words_by_length  # noqa: B018 - made now, not on the first misspelt search
    kinds = {tuple(kind) for kinds in index.reference.related.values() for kind in kinds}
    for kind in sorted(kinds):
        ranking.kind_scores(index=index, group=list(kind))
        ranking.own_matches(index=index, group=list(kind))
