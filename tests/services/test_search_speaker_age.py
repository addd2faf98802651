"""The age a carer gives as their own ("I'm 63 and still caring for my daughter") is not the age of the person
they care for: it filters nothing, and an older carer's search ranks the services for carers first."""

import re
from urllib.parse import urlencode

import pytest

from services.models import Location
from tests.factories import make_service
from tests.services.search_directory import names, page_text, search

pytestmark = pytest.mark.django_db

OLDER_CARER = "I'm 63 and still caring for my adult daughter in Poole"


@pytest.fixture
def caring(vocabulary):
    make_service("Continuing Care", summary="Caring for young people with complex health needs: nursing care "
                 "at home.", towns=[Location.Town.POOLE])  # fmt: skip
    make_service("Parent Carer Wellbeing", summary="Time for yourself, for parent carers who care for a son or "
                 "daughter of any age.", towns=[Location.Town.POOLE])  # fmt: skip
    make_service("Tots Carers Cafe", summary="A cafe for parents caring for toddlers.", minimum_age=0, maximum_age=4)


def test_an_older_carers_own_age_is_not_the_age_searched_for(caring, client):
    html = page_text(client, "/services/?" + urlencode({"q": OLDER_CARER}))
    line = re.search(r"We read your search as: <strong>(.*?)</strong>", html).group(1)
    assert line == "Caring · adults · Poole"
    assert "age 63" not in html and "age: 25 years old" not in html
    assert "and still" not in line.lower()
    results = search(urlencode({"q": OLDER_CARER}))
    assert results.params.age is None
    assert names(results)[0] == "Parent Carer Wellbeing"


def test_an_older_carers_search_ranks_the_services_for_carers_first(caring):
    results = search(urlencode({"q": "I am 63 and still caring for my daughter in Poole"}))
    assert results.params.age is None
    assert names(results)[0] == "Parent Carer Wellbeing"


@pytest.mark.parametrize(
    "typed", ["I am 70 and my son has autism", "im 58 caring for my husband", "I'm 40 and she has ADHD"]
)
def test_a_carers_own_age_said_beside_the_person_they_care_for_filters_nothing(vocabulary, client, typed):
    results = search(urlencode({"q": typed}))
    assert results.params.age is None
    assert not re.search(r"\d", results.params.q)
    html = page_text(client, "/services/?" + urlencode({"q": typed}))
    assert "cannot show services only for someone aged" not in html
    assert "We have read the place or age" not in html


def test_the_age_of_the_person_cared_for_is_still_read_beside_the_carers_own(vocabulary):
    results = search(urlencode({"q": "I'm 63 and my son is 30 needs a day centre"}))
    assert results.age_beyond == 30
    assert "63" not in results.params.q


@pytest.mark.parametrize(("typed", "age"), [("im 19 and need a job", 19), ("I'm 15 and my mum is disabled", 15)])
def test_a_young_persons_own_age_is_still_the_age_searched_for(vocabulary, typed, age):
    assert search(urlencode({"q": typed})).params.age == age
