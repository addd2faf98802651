"""For someone past the Local Offer's ages, a service whose ages start at 18 but which says it is for young adults
is not one that takes them: it ends at 25. A day centre is day opportunities for adults."""

import pytest
from django.http import QueryDict

from services import taxonomy
from services.models import Need
from tests.factories import make_service
from tests.services.search_directory import names, search

pytestmark = pytest.mark.django_db


def searched(typed):
    return names(search(QueryDict.fromkeys(["q"], typed).urlencode()))


def test_for_someone_of_30_a_service_for_young_adults_does_not_count_as_taking_adults():
    taxonomy.taxonomy_load()
    autism = Need.objects.get(slug="autism")
    make_service("Young Adults Autism Hub", summary="Autism support for young adults aged 18 to 25.", needs=[autism],
                 minimum_age=18, maximum_age=25)  # fmt: skip
    make_service("Open Door Activities", summary="Support and activities for disabled children and adults.",
                 needs=[autism])  # fmt: skip
    assert searched("autism support for my son, 30")[0] == "Open Door Activities"


def test_a_service_from_18_that_says_nothing_of_young_adults_still_takes_adults():
    taxonomy.taxonomy_load()
    make_service(
        "Day Opportunities",
        summary="Days out and activities for people with a learning disability.",
        description="Many young adults join us when they leave college.",
        minimum_age=18,
        maximum_age=25,
    )
    make_service("Learning Disability Club", summary="A club for children with a learning disability.")
    assert searched("learning disability support for my brother, 34,")[0] == "Day Opportunities"


def test_a_day_centre_finds_day_opportunities_for_adults():
    taxonomy.taxonomy_load()
    make_service("Learning Disability Assessment Centre", summary="Assessments for children and adults with a "
                 "learning disability.")  # fmt: skip
    make_service("Day Services", summary="Day opportunities for adults with a learning disability: art, cooking "
                 "and trips out.", minimum_age=18, maximum_age=25)  # fmt: skip
    assert searched("day centre for my brother, 34, learning disability")[0] == "Day Services"
