"""A question about a child who will not go to school finds the service for it, then the kinds of help staff
relate to it, the services made for those first."""

from urllib.parse import urlencode

import pytest

from services import taxonomy
from tests.factories import make_search_term, make_service
from tests.services.search_directory import names, search

pytestmark = pytest.mark.django_db


def test_the_service_named_for_a_related_kind_of_help_comes_before_one_mentioning_it_in_passing():
    taxonomy.taxonomy_load()
    make_service("School Worries Team", summary="Support for children with emotionally based school avoidance.")
    make_service("Activity Club", summary="Games and sport. Our leaders are trained in mental health first aid.")
    make_service("Parent Advice Line", summary="SENDIASS: the SEND information advice and support service.")
    make_service("Young Minds Team", summary="CAMHS: the child and adolescent mental health services.")

    found = names(search(urlencode({"q": "my son refuses to go to school"})))

    assert found == ["School Worries Team", "Parent Advice Line", "Young Minds Team", "Activity Club"]


def test_a_long_phrase_said_with_another_linking_word_is_still_the_vocabularys_phrase():
    make_search_term("emotionally based school avoidance", "tummy aches before school")
    make_search_term("hospital education", "too ill for school today")
    make_service("School Worries Team", summary="Support for children with emotionally based school avoidance.")
    make_service("Hospital Teaching", summary="Hospital education for children too ill to go to school.")
    make_service("After School Club", summary="Games every school day for children with tummy aches or not.")

    results = search(urlencode({"q": "tummy aches every school day"}))
    assert names(results)[0] == "School Worries Team"
    assert results.understood_line.startswith("Tummy aches every school · ")
    assert "too anxious for school" not in search(urlencode({"q": "too anxious for school today"})).understood_line
