"""Staff changing the vocabulary of a large directory do not stop its searches while the index is built afresh.

A change to the vocabulary, a category or a need touches every listing's entry, so each server builds its
index afresh. At 50,000 services that takes 10 to 15 s; a directory whose last build took long enough
(`engine.BUILT_BESIDE_AFTER`, set to nothing here so the demo-sized directory counts) is built in a thread
beside the searches, which answer meanwhile from the index as it was. Here the build is held up by a long
import's lock on the services table, as in life, and the searches are asked for in a thread of their own, so
that a search held up by the build could not hold up the test.
"""

import os
import threading
import urllib.parse

import psycopg2
import pytest
from django.conf import settings
from django.http import QueryDict
from django.test import Client

from services.models import SearchTerm
from services.search import directory_search, engine, search_params_parse
from tests.factories import make_service

pytestmark = pytest.mark.django_db(transaction=True)

LOCK_HELD_SECONDS = 30  # far longer than a search from the index takes, and the build waits all of it


def names_found(query):
    return [service.name for service in directory_search(params=search_params_parse(data=QueryDict(query))).services]


def answered_in_a_thread(query, *, seconds=LOCK_HELD_SECONDS / 2):
    """The names a search finds, asked in another thread; None when it has not answered within `seconds`."""
    found = []

    def search():
        try:
            found.append(names_found(query))
        finally:
            from django.db import connection

            connection.close()

    thread = threading.Thread(target=search, daemon=True)
    thread.start()
    thread.join(seconds)
    return found[0] if found else None


@pytest.fixture
def services_locked():
    """Lock the services table from a second connection, as a long import does; call the result to let go."""
    name = settings.DATABASES["default"]["NAME"]
    url = urllib.parse.urlsplit(os.environ["DATABASE_URL"])._replace(path="/" + name).geturl()
    connection = psycopg2.connect(url)

    def lock():
        connection.cursor().execute("LOCK TABLE services_service IN ACCESS EXCLUSIVE MODE")
        return connection.rollback

    yield lock
    connection.rollback()
    connection.close()


@pytest.fixture
def large(monkeypatch):
    """Every build of this directory counts as taking long, as one of 50,000 services does."""
    monkeypatch.setattr(engine, "_current", None)
    monkeypatch.setattr(engine, "BUILT_BESIDE_AFTER", -1.0)
    yield
    engine.index_build_wait()


def test_after_a_vocabulary_change_searches_answer_from_the_index_as_it_was_until_the_fresh_one_is_built(
    large, services_locked
):
    make_service("Harbour Kayaking Club", summary="Paddling on Saturdays.")
    assert names_found("q=kayaking") == ["Harbour Kayaking Club"]
    assert names_found("q=canoeing") == []
    SearchTerm.objects.create(term="kayaking", also_known_as="canoeing, paddling")
    let_go = services_locked()

    # The fresh build waits for the lock; the searches do not wait for it.
    assert answered_in_a_thread("q=kayaking") == ["Harbour Kayaking Club"]
    assert answered_in_a_thread("q=canoeing") == [], "the new word is used only once the fresh index is built"
    assert engine._building is not None and engine._building.is_alive()

    let_go()
    engine.index_build_wait()
    assert names_found("q=canoeing") == ["Harbour Kayaking Club"]


def test_a_listing_edited_during_the_fresh_build_is_found_once_it_is_done(large, services_locked):
    club = make_service("Harbour Kayaking Club", summary="Paddling on Saturdays.")
    assert names_found("q=kayaking") == ["Harbour Kayaking Club"]
    SearchTerm.objects.create(term="kayaking", also_known_as="canoeing")
    let_go = services_locked()
    assert answered_in_a_thread("q=kayaking") == ["Harbour Kayaking Club"]  # the fresh build has started
    let_go()
    club.name = "Harbour Canoe and Kayak Club"
    club.save()
    engine.index_build_wait()
    assert names_found("q=canoe") == ["Harbour Canoe and Kayak Club"]


def test_a_results_page_answered_during_the_fresh_build_is_not_kept_as_the_new_version(large, services_locked):
    """A page made from the index as it was is kept as that index's, not as the changed directory's: once the
    fresh index is in, the same search is answered from it, not from the page kept meanwhile."""
    make_service("Harbour Kayaking Club", summary="Paddling on Saturdays.")
    assert names_found("q=kayaking") == ["Harbour Kayaking Club"]
    SearchTerm.objects.create(term="kayaking", also_known_as="canoeing")
    let_go = services_locked()
    page = []

    def ask():
        try:
            page.append(Client().get("/services/?q=canoeing").content.decode())
        finally:
            from django.db import connection

            connection.close()

    thread = threading.Thread(target=ask, daemon=True)
    thread.start()
    thread.join(LOCK_HELD_SECONDS / 2)
    assert page and "Harbour Kayaking Club" not in page[0], "the index as it was does not know the new word"
    let_go()
    engine.index_build_wait()
    assert "Harbour Kayaking Club" in Client().get("/services/?q=canoeing").content.decode()


def test_a_fresh_build_that_fails_leaves_searches_answering_and_is_tried_again(large, monkeypatch):
    make_service("Harbour Kayaking Club", summary="Paddling on Saturdays.")
    assert names_found("q=kayaking") == ["Harbour Kayaking Club"]
    SearchTerm.objects.create(term="kayaking", also_known_as="canoeing")
    built = engine.index_built

    def refused(**kwargs):
        raise psycopg2.OperationalError("the database is restarting")

    monkeypatch.setattr(engine, "index_built", refused)
    assert names_found("q=kayaking") == ["Harbour Kayaking Club"]
    engine.index_build_wait()
    assert names_found("q=canoeing") == [], "a search while the build could not be made uses the index before"

    monkeypatch.setattr(engine, "index_built", built)
    monkeypatch.setattr(engine, "FAILED_BUILD_PAUSE", 0.0)
    names_found("q=kayaking")  # starts the build again
    engine.index_build_wait()
    assert names_found("q=canoeing") == ["Harbour Kayaking Club"]


def test_a_small_directory_is_built_afresh_before_the_next_search_answers(monkeypatch):
    monkeypatch.setattr(engine, "_current", None)
    make_service("Harbour Kayaking Club", summary="Paddling on Saturdays.")
    assert names_found("q=kayaking") == ["Harbour Kayaking Club"]
    SearchTerm.objects.create(term="kayaking", also_known_as="canoeing")
    assert names_found("q=canoeing") == ["Harbour Kayaking Club"]
    assert engine._building is None
