"""A request for a thing the vocabulary has no word for ("gymnastics for my autistic daughter") is read from the
sentence: the words it opens with are the kind of help wanted, ranked before the need, and the page says so."""

import re
from urllib.parse import urlencode

import pytest
from django.http import QueryDict

from services import taxonomy
from services.search.ranking import MIN_SERVICES_FOR_SHARES
from services.search.vocabulary import query_expand
from tests.factories import make_service
from tests.services.search_directory import names, page_text, search

pytestmark = pytest.mark.django_db


@pytest.fixture
def gymnastics():
    """Gymnastics with and without autism, and autism services offering no gymnastics, with the standard
    vocabulary (which knows autism but not gymnastics)."""
    taxonomy.taxonomy_load()
    make_service("Vale Gymnastics", summary="Gymnastics classes for every child, beginners welcome.")
    make_service("Autism Advice Line", summary="Advice by phone for families of autistic children.")
    make_service("Tumblers", summary="Relaxed gymnastics for autistic children, in small groups.")
    make_service("Autism Parents Network", summary="Coffee mornings for parents of autistic children.")


@pytest.mark.parametrize(
    "typed",
    [
        "gymnastics for my autistic daughter",
        "is there any gymnastics for autistic kids",
        "my autistic son wants to do gymnastics",
        "autism gymnastics",
        "where can my autistic son do gymnastics",
    ],
)
def test_a_thing_the_vocabulary_does_not_know_comes_before_the_need_alone(gymnastics, typed):
    found = names(search(urlencode({"q": typed})))
    assert found[:2] == ["Tumblers", "Vale Gymnastics"]
    assert set(found[2:]) == {"Autism Advice Line", "Autism Parents Network"}


def test_words_saying_how_good_or_how_much_are_not_read_as_the_thing_wanted(gymnastics):
    results = search(urlencode({"q": "really good gymnastics for my autistic daughter"}))
    assert results.understood_line.startswith("Gymnastics · autistic")


def test_what_someone_does_is_not_read_as_a_thing_wanted():
    taxonomy.taxonomy_load()
    make_service("Autism Family Support", summary="Support at home for autistic children and their families.")
    make_service("Tumble Dryer Grants", summary="Grants for washing machines and tumble dryers for families.")
    found = names(search(urlencode({"q": "my autistic son hides behind the tumble dryer"})))
    assert found.index("Autism Family Support") < found.index("Tumble Dryer Grants")


def test_a_sentence_opening_with_keeps_is_not_read_as_asking_for_a_thing_and_contractions_are_not_searched():
    taxonomy.taxonomy_load()
    make_service("Behaviour Support Team", summary="Positive behaviour support for autistic children who run off, "
                 "climb out or hurt themselves.")  # fmt: skip
    make_service("Keeps Memory Boxes", summary="Memory boxes that keeps a child's first things safe, at any age.")
    results = search(urlencode({"q": "keeps climbing out the window at night, hes autistic"}))
    assert names(results)[0] == "Behaviour Support Team"
    assert not results.understood_line.startswith("Keeps")
    assert "hes" not in results.understood_line.split()


def test_a_word_most_services_use_counts_less_than_the_need():
    taxonomy.taxonomy_load()
    make_service("Learning Disability Nurses", summary="Nurses for children with learning disabilities.")
    make_service("Family Support Hub", summary="Support for families, support for parents, support at home.")
    for number in range(MIN_SERVICES_FOR_SHARES):
        make_service(f"Drop-in {number}", summary="Friendly support for parents.")
    found = names(search(urlencode({"q": "support for my son with learning disabilities"})))
    assert found[0] == "Learning Disability Nurses"


def test_the_page_says_the_thing_wanted_is_the_kind_of_help_and_it_can_be_taken_away(client, gymnastics):
    html = page_text(client, "/services/?" + urlencode({"q": "gymnastics for my autistic daughter"}))
    assert "We read your search as: <strong>Gymnastics · autistic</strong>." in html
    links = {
        label: query
        for query, label in re.findall(
            r'href="/services/\?([^"]*)">Remove<span class="govuk-visually-hidden"> ([^<]*)</span>', html
        )
    }
    assert QueryDict(links["kind of help: gymnastics"].replace("&amp;", "&"))["q"] == "for my autistic daughter"


def test_in_a_small_directory_a_thing_most_services_offer_still_comes_before_the_need_alone():
    taxonomy.taxonomy_load()
    make_service("Autism Advice Line", summary="Autism advice for families of autistic children, about autism.")
    make_service("Vale Gymnastics", summary="Gymnastics for every child.")
    make_service("Town Gymnastics", summary="Gymnastics on Saturdays.")
    found = names(search(urlencode({"q": "gymnastics for my autistic son"})))
    assert found[-1] == "Autism Advice Line"


def test_keep_fit_is_a_thing_wanted_and_a_search_of_words_never_searched_alone_still_searches_them():
    taxonomy.taxonomy_load()
    make_service("Keep Fit Club", summary="Keep fit classes for autistic adults and young people.")
    make_service("Autism Advice Line", summary="Advice by phone for families of autistic children.")
    results = search(urlencode({"q": "keep fit classes for autistic adults"}))
    assert names(results)[0] == "Keep Fit Club"
    assert results.understood_line.startswith("Keep fit classes")
    assert query_expand(query="whats up", vocabulary=[]) == [["whats"]]


@pytest.mark.parametrize(
    "typed", ["things for my autistic son in the holidays", "somewhere my autistic son can go", "anything autistic"]
)
def test_a_word_for_any_thing_at_all_is_not_read_as_the_thing_wanted(gymnastics, typed):
    make_service("Things Bank", summary="A bank of things: pushchairs, cots and toys, for any family.")
    results = search(urlencode({"q": typed}))
    assert not re.match(r"(Things|Go|Anything)\b", results.understood_line)
    assert "Things Bank" not in names(results)[:2]
