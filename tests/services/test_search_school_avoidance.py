"""A question about a child who will not go to school finds the service for it, then the kinds of help staff
relate to it, the services made for those first."""

from urllib.parse import urlencode

import pytest

from services import taxonomy
from tests.factories import make_service
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
