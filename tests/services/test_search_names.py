"""A word too common in the directory's listings to find services on its own still says what a service is
when it is in the service's name."""

from urllib.parse import urlencode

import pytest

from services import taxonomy
from services.models import Need
from tests.factories import make_service
from tests.services.search_directory import names, search

pytestmark = pytest.mark.django_db


def test_a_common_word_in_a_services_name_ranks_it_above_services_mentioning_it_in_passing():
    taxonomy.taxonomy_load()
    autism = Need.objects.get(slug="autism")
    for number in range(50):
        make_service(f"Club {number}", summary="Games and crafts after school.")
    make_service("Inclusion Advisory Team", needs=[autism],
                 summary="Autism advice: teachers who visit schools to help them include autistic pupils.",
                 description="Autism training for school staff.")  # fmt: skip
    make_service("The Oaks School", needs=[autism], summary="A small day school for autistic children.")

    assert names(search(urlencode({"q": "autism school"})))[:2] == ["The Oaks School", "Inclusion Advisory Team"]
