"""A condition a family names is read as the area of need it is filed under (cerebral palsy: physical disability),
and "downs" as Down syndrome, not as the word "down"."""

import re
from urllib.parse import urlencode

import pytest

from services.models import Need
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


@pytest.fixture
def swimming(vocabulary):
    physical = Need.objects.get(slug="physical-disability")
    autism = Need.objects.get(slug="autism")
    make_service("Splash Club", summary="Swimming lessons for children of every ability.", needs=[autism])
    make_service("Water Wheelers", summary="Swimming sessions with hoists and helpers.", needs=[physical])
    make_service("Wheelchair Basketball", summary="Basketball for wheelchair users.", needs=[physical])


@pytest.mark.parametrize("condition", ["cerebral palsy", "CP", "spina bifida", "muscular dystrophy"])
def test_a_condition_is_read_as_the_need_it_is_filed_under(swimming, client, condition):
    typed = f"swimming for my son with {condition}"
    line, parts = read_as(client, typed)
    assert line == f"Swimming · {condition.lower()}"
    assert f"need: {condition.lower()}" in parts
    assert names(search(urlencode({"q": typed})))[:2] == ["Water Wheelers", "Splash Club"]


def test_a_condition_finds_the_services_for_its_need_after_those_naming_it(swimming):
    make_service("CP Parents Group", summary="Meet other parents of children with cerebral palsy.")
    found = names(search(urlencode({"q": "my son has cerebral palsy"})))
    assert found[0] == "CP Parents Group"
    assert sorted(found[1:]) == ["Water Wheelers", "Wheelchair Basketball"]


@pytest.mark.parametrize("typed", ["help him calm down", "how to calm her down after school", "settle down at night"])
def test_down_in_calm_down_is_not_down_syndrome(downs, typed):
    found = names(search(urlencode({"q": typed})))
    assert "Little Stars" not in found


@pytest.mark.parametrize("typed", ["my daughter is feeling down", "he has been down all the time"])
def test_feeling_down_is_a_low_mood_not_down_syndrome(downs, typed):
    found = names(search(urlencode({"q": typed})))
    assert found[:1] == ["Feeling Better"] and "Little Stars" not in found


@pytest.fixture
def medical(vocabulary):
    medical = Need.objects.get(slug="complex-medical-needs")
    learning = Need.objects.get(slug="learning-difficulties")
    make_service("Splash Club", summary="Swimming lessons for children of every ability.")
    make_service("Hospital Swim", summary="Swimming sessions with a nurse on hand.", needs=[medical])
    make_service("Steady Steps Swim", summary="Small swimming groups at a gentle pace.", needs=[learning])


@pytest.mark.parametrize(
    ("condition", "first"),
    [("epilepsy", "Hospital Swim"), ("diabetes", "Hospital Swim"), ("global developmental delay", "Steady Steps Swim")],
)
def test_a_medical_or_developmental_condition_is_read_as_its_need(medical, client, condition, first):
    typed = f"swimming for my son with {condition}"
    line, parts = read_as(client, typed)
    assert line == f"Swimming · {condition}"
    assert f"need: {condition}" in parts
    assert names(search(urlencode({"q": typed})))[0] == first


@pytest.mark.parametrize("typed", ["feeling a bit down", "my daughter seems down", "hes been down lately"])
def test_down_said_of_a_mood_is_low_mood(downs, typed):
    assert names(search(urlencode({"q": typed})))[:1] == ["Feeling Better"]


def test_down_beside_what_is_wanted_still_finds_down_syndrome_services(downs):
    assert names(search(urlencode({"q": "down group"})))[:1] == ["Little Stars"]
