"""Two needs with help the vocabulary does not name: the question's own words for the help come before the
needs alone, so a holiday playscheme is not pushed down by services for both needs that offer no holiday care."""

from urllib.parse import urlencode

import pytest

from services import taxonomy
from tests.factories import make_service
from tests.services.search_directory import names, search

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory():
    taxonomy.taxonomy_load()
    make_service("Cerebral Palsy Families", summary="A support group for families of children with cerebral palsy "
                 "and learning disabilities.")  # fmt: skip
    make_service("Learning Disability Nurses", summary="Nurses for children with learning disabilities and "
                 "cerebral palsy, at home and at school.")  # fmt: skip
    make_service("Summer Holiday Playscheme", summary="Holiday care and play for disabled children in the summer "
                 "holidays, with one-to-one staff.")  # fmt: skip
    make_service("Ordinary Swimming", summary="Swimming lessons for all.")


def test_words_for_help_the_vocabulary_does_not_name_rank_first_with_two_needs(directory):
    found = names(search(urlencode({"q": "cerebral palsy and learning disability holiday care"})))
    assert found[0] == "Summer Holiday Playscheme"


def test_a_word_describing_the_child_is_not_the_help_asked_for(directory):
    make_service("Young Carers Group", summary="A weekly group for children who look after a parent.")
    found = names(search(urlencode({"q": "my young daughter has cerebral palsy and a learning disability"})))
    assert found.index("Cerebral Palsy Families") < found.index("Young Carers Group")
    assert found.index("Learning Disability Nurses") < found.index("Young Carers Group")
