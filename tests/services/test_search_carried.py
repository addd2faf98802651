"""A kept search page is carried past the edits that do not touch it (services/search/cache.py): an edit to a
listing the search does not find leaves the page as it was, kept; an edit to one it finds, or one that brings a
listing in, makes it again. Whatever is carried is what rendering the page again gives."""

import random
import re
import time
from types import SimpleNamespace

import pytest
from django.http import QueryDict

from services import views
from services.models import Service
from services.search import answers, cache, directory_search, search_params_parse
from tests.factories import make_category, make_service
from tests.services.search_directory import page_text
from tests.services.test_search_incremental import SEARCHES, directory_made, edit_one

pytestmark = pytest.mark.django_db


@pytest.fixture
def carried(monkeypatch, settings):
    """Answers carried across edits in a directory of a few services, as in a large one (search/answers.py), and
    search pages kept; returns the list of searches rendered afresh, which grows by one for each."""
    monkeypatch.setattr(answers, "CHANGED_SHARE", 1.0)
    monkeypatch.setattr(answers, "CARRIED_FROM_SIZE", 0)
    settings.SEARCH_CACHE_SECONDS = 300
    rendered = []

    def counted(**kwargs):
        rendered.append(kwargs["params"].query_pairs(page=True))
        return directory_search(**kwargs)

    monkeypatch.setattr(views, "directory_search", counted)
    return rendered


@pytest.fixture
def directory(db):
    health = make_category("Health")
    return {
        "swim": make_service("Splash Swimming", summary="Swimming lessons for disabled children."),
        "pool": make_service("Poole Pool Sessions", summary="Quiet swimming sessions.", categories=[health]),
        "club": make_service("Harbour Club", summary="A youth club on Fridays.", categories=[health]),
        "chat": make_service("Chatterbox", summary="Speech and language drop-in."),
    }


def saved(service, **changes):
    for name, value in changes.items():
        setattr(service, name, value)
    service.save()


def test_a_search_page_is_carried_past_an_edit_to_a_listing_it_does_not_find(client, carried, directory):
    first = page_text(client, "/services/?q=swimming")
    assert "Splash Swimming" in first and "Harbour Club" not in first
    assert len(carried) == 1
    saved(directory["club"], summary="A youth club on Fridays and Saturdays.")
    again = page_text(client, "/services/?q=swimming")
    assert len(carried) == 1  # not made again
    assert "Splash Swimming" in again and "2 services" in again


def test_a_search_page_is_made_again_when_a_listing_it_finds_changes(client, carried, directory):
    assert "Splash Swimming" in page_text(client, "/services/?q=swimming")
    saved(directory["swim"], name="Splash Swim School")
    again = page_text(client, "/services/?q=swimming")
    assert len(carried) == 2
    assert "Splash Swim School" in again and "Splash Swimming" not in again


def test_a_search_page_is_made_again_when_an_edit_brings_a_listing_in(client, carried, directory):
    assert "2 services" in page_text(client, "/services/?q=swimming")
    saved(directory["club"], summary="A youth club on Fridays, with swimming once a month.")
    again = page_text(client, "/services/?q=swimming")
    assert "3 services" in again and "Harbour Club" in again


def test_a_search_page_is_made_again_when_a_listing_it_finds_is_taken_down_or_closed(client, carried, directory):
    assert "Poole Pool Sessions" in page_text(client, "/services/?q=swimming")
    saved(directory["pool"], status=Service.Status.TEMPORARILY_CLOSED)
    assert "Temporarily closed" in page_text(client, "/services/?q=swimming")
    saved(directory["pool"], status=Service.Status.DRAFT)
    again = page_text(client, "/services/?q=swimming")
    assert "Poole Pool Sessions" not in again and "1 service" in again


def test_a_page_is_made_again_when_a_listing_it_finds_changes_though_no_score_moves(client, carried, directory):
    """Two words no listing has together but one: its score is the same whatever the index's statistics (a count
    of the words matched, and a share of the best), so only the listing's being changed says the page is stale."""
    page = page_text(client, "/services/?q=harbour+fridays")
    assert "Harbour Club" in page and "Temporarily closed" not in page
    saved(directory["club"], status=Service.Status.TEMPORARILY_CLOSED)
    assert "Temporarily closed" in page_text(client, "/services/?q=harbour+fridays")
    assert len(carried) == 2
    saved(directory["club"], cost=Service.Cost.PAID)
    page = page_text(client, "/services/?q=harbour+fridays&cost=free")
    assert "No services match your search" in page
    saved(directory["club"], cost=Service.Cost.FREE)
    assert "Harbour Club" in page_text(client, "/services/?q=harbour+fridays&cost=free")


def test_a_filter_count_follows_an_edit_to_a_listing_the_words_find(client, carried, directory):
    """The counts beside each filter are of the services the words find, whatever the filters chosen."""
    page = page_text(client, "/services/?q=swimming&category=health")
    assert "Poole Pool Sessions" in page and "Splash Swimming" not in page
    saved(directory["swim"], summary="Swimming lessons for disabled children, run with the health visitors.")
    directory["swim"].categories.add(directory["pool"].categories.get())
    again = page_text(client, "/services/?q=swimming&category=health")
    assert "Splash Swimming" in again and "2 services" in again


def test_a_page_is_made_again_when_a_category_is_renamed(client, carried, directory):
    """A change to a category (or a need, or the vocabulary) builds a new index: no page of the old one is carried."""
    assert "Health" in page_text(client, "/services/?q=swimming")
    category = directory["pool"].categories.get()
    category.name = "Health and wellbeing"
    category.save()
    assert "Health and wellbeing" in page_text(client, "/services/?q=swimming")
    assert len(carried) == 2


def test_a_page_is_never_carried_past_the_seconds_it_may_be_kept_for_after_it_was_made(
    client, carried, directory, monkeypatch, settings
):
    """A page holds the words typed: carried or not, it is kept no longer than SEARCH_CACHE_SECONDS."""
    settings.SEARCH_CACHE_SECONDS = 60
    page_text(client, "/services/?q=swimming")
    saved(directory["club"], summary="A youth club on Fridays and Saturdays.")
    page_text(client, "/services/?q=swimming")
    assert len(carried) == 1  # carried past the edit
    later = time.time() + 61
    monkeypatch.setattr(cache, "time", SimpleNamespace(time=lambda: later))
    saved(directory["club"], summary="A youth club on Fridays, Saturdays and Sundays.")
    assert "Splash Swimming" in page_text(client, "/services/?q=swimming")
    assert len(carried) == 2  # made again: the page kept was made over a minute before


def test_a_page_without_words_is_made_again_after_any_edit(client, carried, directory):
    page_text(client, "/services/?category=health")
    saved(directory["chat"], summary="Speech and language drop-in on Tuesdays.")
    page_text(client, "/services/?category=health")
    assert len(carried) == 2  # it counts every service, so any edit may change it


def test_pages_carried_across_random_edits_are_what_rendering_them_again_gives(client, carried, settings):
    """After each batch of random edits (names, words, status, deletes, new services, places, categories and
    needs, waits, ages), every search of a set is asked with keeping on, then rendered again with it off: the same
    page, and some were carried."""
    rng = random.Random(26)
    organisations = directory_made(rng, organisations=3, services=30)
    searches = [f"/services/?{query}" for query in SEARCHES] + ["/services/?q=autism&page=2", "/services/?q=club+art"]

    def page(url):
        html = page_text(client, url)
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)

    for url in searches:
        page(url)
    asked = 0
    for _ in range(8):
        for _ in range(rng.randrange(1, 3)):
            edit_one(rng, organisations)
        for url in searches:
            kept = page(url)
            asked += 1
            settings.SEARCH_CACHE_SECONDS = 0
            assert kept == page(url), url
            settings.SEARCH_CACHE_SECONDS = 300
    made_again_with_keeping_on = len(carried) - len(searches) - asked  # each rendered with keeping off is counted
    assert 0 < made_again_with_keeping_on < asked  # some carried, some made again


def test_a_search_with_words_finds_the_same_services_scored_the_same_on_a_new_snapshot_when_no_edit_touches_it(
    carried, directory
):
    from services.search.reference import search_index
    from services.search.results import words_matched

    params = search_params_parse(data=QueryDict("q=swimming"))
    before = words_matched(params=params, index=search_index())
    saved(directory["chat"], summary="Speech and language drop-in on Tuesdays.")
    after_unrelated = words_matched(params=params, index=search_index())
    saved(directory["pool"], summary="Quiet swimming sessions on Sundays.")
    after_found = words_matched(params=params, index=search_index())
    assert before.signature == after_unrelated.signature
    assert after_found.signature != before.signature  # its scores moved with its words
    assert words_matched(params=search_params_parse(data=QueryDict("")), index=search_index()).signature is None
