"""Search reads families' sentences: contractions typed without their apostrophe are words, not typos;
possessives match however they are typed; closed listings rank below open ones; ages and places read
from the words."""

import pytest

from tests.factories import make_service
from tests.services.search_directory import page_text

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
