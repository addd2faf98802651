"""A worker made ready at start-up (deploy/gunicorn.conf.py) answers its first searches from what it prepared."""

import pytest
from django.db import OperationalError
from django.http import QueryDict

from services import search_privacy
from services.search import directory_search, engine, search_index, search_params_parse, spelling
from services.search.ready import search_ready
from tests.factories import make_service


def first_search(query):
    return directory_search(params=search_params_parse(data=QueryDict(query)))


@pytest.mark.django_db
def test_a_worker_made_ready_finds_a_misspelt_service_from_the_index_and_dictionaries_it_prepared():
    make_service("Harbour Kayaking Club", summary="Paddling on Saturdays.")
    for loaded in (spelling.english_words, search_privacy.english_words, search_privacy.personal_names):
        loaded.cache_clear()
    prepared = search_ready()
    assert spelling.english_words.cache_info().currsize == 1
    assert search_privacy.english_words.cache_info().currsize == 1
    assert search_privacy.personal_names.cache_info().currsize == 1
    results = first_search("q=kayakking")
    assert results.params.q == "kayaking"
    assert [service.name for service in results.services] == ["Harbour Kayaking Club"]
    assert search_index() is prepared  # the first search did not build the index again


@pytest.mark.django_db
def test_a_worker_starts_when_the_database_cannot_be_read_and_its_first_search_builds_the_index(monkeypatch):
    make_service("Harbour Kayaking Club", summary="Paddling on Saturdays.")
    monkeypatch.setattr(engine, "_current", None)

    def refused(*args, **kwargs):
        raise OperationalError("the database is starting up")

    with monkeypatch.context() as patched:
        patched.setattr(engine, "index_brought_up_to", refused)
        assert search_ready() is None
    assert [service.name for service in first_search("q=kayaking").services] == ["Harbour Kayaking Club"]
