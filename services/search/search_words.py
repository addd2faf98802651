"""Acting on what families searched for: a search that found too little becomes an everyday word of a term,
or is marked as dealt with, so that the searches report shows what is still to do."""

from django.db import transaction
from django.utils import timezone

from services.models import SearchDealtWith, SearchTerm
from services.models.taxonomy import split_phrases


class SearchWordError(Exception):
    """The word cannot be added as asked; the message says why, in words staff understand."""


@transaction.atomic
def search_mark_dealt_with(*, query, by, how=""):
    """Record that the search `query` has been dealt with, and how; marking it again updates the note."""
    record, _ = SearchDealtWith.objects.update_or_create(
        query=query, defaults={"how": how.strip()[:300], "by": by, "at": timezone.now()}
    )
    return record


@transaction.atomic
def search_word_add_to_term(*, query, term, by):
    """Add the search `query` as another way of saying the existing `term` (its name, any case); returns the term.

    A word the term already has is not added twice; either way the search is marked as dealt with.
    """
    found = SearchTerm.objects.select_for_update().filter(term__iexact=" ".join(term.split())).first()
    if found is None:
        raise SearchWordError(f"There is no search word “{term.strip()}”. Choose one from the list, or make a new one.")
    word = " ".join(query.split()).lower()
    if word not in found.phrases:
        found.also_known_as = ", ".join([*split_phrases(found.also_known_as), word])
        found.full_clean()
        found.save()
    search_mark_dealt_with(query=query, by=by, how=f"Added to the search word “{found.term}”")
    return found
