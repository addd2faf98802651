"""The conditions a family names, as they name them: "downs" is Down syndrome, not the word "down"."""

import re
from urllib.parse import urlencode

import pytest

from tests.factories import make_service
from tests.services.search_directory import names, page_text, search

pytestmark = pytest.mark.django_db


def read_as(client, typed):
    """The line saying how the search page read `typed`, and the parts it can take away, as a family sees them."""
    html = page_text(client, "/services/?" + urlencode({"q": typed}))
    line = re.search(r"We read your search as: <strong>(.*?)</strong>", html)
    parts = re.findall(r'Remove<span class="govuk-visually-hidden"> ([^<]*)</span>', html)
    return (line.group(1) if line else ""), parts


@pytest.fixture
def downs(vocabulary):
    make_service("Wind Down Yoga", summary="Yoga to calm down and relax after a busy school day.")
    make_service("Little Stars", summary="A weekly group for children with Down syndrome and their families.")
    make_service("Feeling Better", summary="Support for young people with low mood.")


@pytest.mark.parametrize("typed", ["downs", "Downs syndrome", "down's", "my son has downs"])
def test_downs_is_down_syndrome_not_the_word_down(downs, typed):
    assert names(search(urlencode({"q": typed}))) == ["Little Stars"]


def test_downs_is_read_as_down_syndrome_beside_what_is_wanted(downs, client):
    make_service("Splash Club", summary="Swimming lessons for children of every ability.")
    make_service("Little Stars Splash", summary="Swimming for children with Down syndrome.")
    line, parts = read_as(client, "swimming for my son with downs")
    assert line == "Swimming · downs"
    assert "about: downs" in parts
    assert names(search(urlencode({"q": "swimming for my son with downs"})))[:2] == [
        "Little Stars Splash",
        "Splash Club",
    ]


def test_ups_and_downs_are_a_mood_not_down_syndrome(downs):
    assert names(search(urlencode({"q": "my daughter has ups and downs"}))) == ["Feeling Better"]
