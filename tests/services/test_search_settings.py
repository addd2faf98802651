"""The place a child goes each day, said as where something happens ("biting at nursery", "struggling at
secondary school"), gives the ages of the children there: help for that stage of life, not for older children."""

from urllib.parse import urlencode

import pytest

from services import taxonomy
from tests.factories import make_service
from tests.services.search_directory import names, search

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory():
    taxonomy.taxonomy_load()
    make_service("Early Years Inclusion", summary="Inclusion officers who help nurseries and childminders support "
                 "young children with SEND.", minimum_age=0, maximum_age=5)  # fmt: skip
    make_service("Teen Behaviour Group", summary="A group for parents of children whose behaviour is aggressive: "
                 "hitting, biting and lashing out.", minimum_age=8, maximum_age=18)  # fmt: skip
    make_service("School Behaviour Team", summary="Behaviour support for pupils who bite or hit others.",
                 minimum_age=4, maximum_age=18)  # fmt: skip
    make_service("Secondary Mentoring", summary="Mentors for pupils struggling with schoolwork.", minimum_age=11,
                 maximum_age=16)  # fmt: skip


def test_a_problem_at_nursery_finds_help_for_nursery_children_not_older_ones(directory):
    results = search(urlencode({"q": "my daughter keeps biting other kids at nursery"}))
    assert names(results)[0] == "Early Years Inclusion"
    assert "Teen Behaviour Group" not in names(results)
    assert "School Behaviour Team" not in names(results)
    assert ("Age", "2 to 3 years old") in [(heading, label) for heading, label, _ in results.active]
    assert "nursery" in results.params.q  # the setting is still searched for


def test_a_problem_at_secondary_school_reads_the_ages_of_secondary_pupils(directory):
    results = search(urlencode({"q": "struggling at secondary school"}))
    assert ("Age", "11 to 16 years old") in [(heading, label) for heading, label, _ in results.active]
    assert "Secondary Mentoring" in names(results)


def test_asking_for_a_nursery_itself_reads_no_age(directory):
    results = search(urlencode({"q": "nursery for a child with SEND"}))
    assert results.params.age is None
    assert names(results)[0] == "Early Years Inclusion"
