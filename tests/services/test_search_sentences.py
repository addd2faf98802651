"""Search reads families' sentences: contractions typed without their apostrophe are words, not typos;
possessives match however they are typed; closed listings rank below open ones; ages and places read
from the words."""

import datetime
from urllib.parse import urlencode

import pytest
from django.utils import timezone

from services.models import Service
from services.search import service_ranking
from tests.factories import make_glossary_term, make_information_page, make_search_term, make_service
from tests.services.search_directory import names, page_text, search

pytestmark = pytest.mark.django_db

CONTRACTIONS = [
    "arent", "isnt", "wont", "doesnt", "cant", "hasnt", "im", "didnt", "dont", "wasnt", "hes", "shes", "theyre",
    "ive", "couldnt", "wouldnt", "havent", "werent", "thats", "whats", "youre", "shouldnt",
]  # fmt: skip


@pytest.fixture
def near_words():
    """Listings using real words one or two letters away from each contraction ("parent" from "arent")."""
    make_service(
        "Parent Agent Rent Club",
        summary="Does want went haunt done dot there here theatre dive five could count would event harvest.",
        description="Decent cement that what hats she has hast ashes sees aim dim should shoulder sleeping.",
    )


@pytest.mark.parametrize("word", CONTRACTIONS)
def test_a_contraction_without_its_apostrophe_is_never_corrected_in_the_directory(client, near_words, word):
    html = page_text(client, f"/services/?q=my+son+{word}+sleeping")
    assert "Showing results for" not in html
    assert f"my son {word} sleeping" in html


@pytest.mark.parametrize("word", CONTRACTIONS)
def test_a_contraction_without_its_apostrophe_is_never_corrected_in_the_site_search(client, near_words, word):
    html = page_text(client, f"/search/?q={word}+sleeping")
    assert "Did you mean" not in html


def test_a_real_typo_beside_a_contraction_is_still_corrected(client, near_words):
    html = page_text(client, "/services/?q=parnet+arent")
    assert "Showing results for <strong>parent arent</strong>." in html


@pytest.mark.parametrize("typed", ["Carer's Allowance", "carers allowance", "carer's allowance", "Carer’s allowance"])
def test_a_possessive_is_found_however_it_is_typed(client, typed):
    make_service("Welfare Rights Team", summary="Free advice on Disability Living Allowance and Carer's Allowance.")
    make_service("Carers Coffee Club", summary="A friendly group for parent carers.")
    results = search(urlencode({"q": typed}))
    assert names(results)[0] == "Welfare Rights Team"
    assert "Welfare Rights Team" in page_text(client, "/services/?" + urlencode({"q": typed}))


def test_a_query_that_is_one_vocabulary_phrase_falls_back_to_its_words(client):
    make_search_term("carer's allowance", "allowance for carers")
    make_service(
        "Benefits Line", summary="Claiming an allowance if you look after a disabled child: we can help carers."
    )
    assert "Benefits Line" in page_text(client, "/services/?q=carers+allowance")


def test_a_temporarily_closed_service_ranks_below_an_open_one_that_matches_as_well():
    make_service("Aaron Respite", summary="Respite breaks.", status=Service.Status.TEMPORARILY_CLOSED)
    make_service("Zebra Respite", summary="Respite breaks.")
    assert names(search("q=respite")) == ["Zebra Respite", "Aaron Respite"]
    assert service_ranking(query="respite")[0] == Service.objects.get(name="Zebra Respite").pk


def test_a_listing_long_overdue_for_review_ranks_a_little_lower():
    long_ago = timezone.localdate() - datetime.timedelta(days=400)
    make_service("Aaron Swim", summary="Swimming lessons.", last_reviewed=long_ago, review_due=long_ago)
    make_service("Zebra Swim", summary="Swimming lessons.")
    make_service("Swimming", summary="Swimming for everyone.", last_reviewed=long_ago, review_due=long_ago)
    assert names(search("q=swimming")) == ["Swimming", "Zebra Swim", "Aaron Swim"]  # only a little lower


def test_site_search_shows_the_advice_page_before_services(client):
    make_glossary_term(term="Education, health and care plan", abbreviation="EHC plan", aliases="EHCP, EHC plans")
    make_information_page(title="Education, health and care plans", summary="What an EHC plan is and how to ask.")
    for number in range(3):
        make_service(f"EHCP Advice {number}", summary="Help with your EHCP.")
    html = page_text(client, "/search/?q=ehcp")
    assert html.index("Education, health and care plans</a>") < html.index("EHCP Advice 0")
