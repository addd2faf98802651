"""For someone past the Local Offer's ages, the services that take adults come before children's services that
share only a need with the question, whether a listing says so or its ages start at 18."""

import re

import pytest
from django.http import QueryDict

from services import taxonomy
from services.models import Need
from tests.factories import make_service
from tests.services.search_directory import names, page_text, search

pytestmark = pytest.mark.django_db


def searched(typed):
    return names(search(QueryDict.fromkeys(["q"], typed).urlencode()))


def test_for_an_adult_a_service_taking_adults_outranks_a_childrens_service_sharing_the_need():
    taxonomy.taxonomy_load()
    autism = Need.objects.get(slug="autism")
    make_service("Autism Kids Club", summary="Support and games for autistic children.", needs=[autism])
    make_service("Open Door Activities", summary="Support and activities for disabled children and adults.")
    assert searched("autism support aged 26") == ["Open Door Activities", "Autism Kids Club"]
    assert searched("autism support aged 9") == ["Autism Kids Club", "Open Door Activities"]
    make_service("Splash Club", summary="Swimming lessons for autistic children.", needs=[autism])
    assert searched("swimming for my 30 year old son with autism")[0] == "Splash Club"  # the kind of help still first


def test_a_service_whose_ages_start_at_18_takes_adults_and_one_leading_to_adult_care_does_not():
    taxonomy.taxonomy_load()
    make_service("Learning Disability Transitions Team", minimum_age=14, maximum_age=25,
         summary="Helps young people with a learning disability plan the move to adult social care.")  # fmt: skip
    make_service("Day Opportunities", summary="Days out and activities for people with a learning disability.",
         minimum_age=18, maximum_age=25)  # fmt: skip
    assert searched("learning disability support for my brother, 34,")[0] == "Day Opportunities"


def test_adults_named_say_who_the_search_is_for_rather_than_what_it_is_for(client):
    taxonomy.taxonomy_load()
    learning = Need.objects.get(slug="learning-difficulties")
    dental = "Dental care for children and adults with a learning disability who cannot see a dentist."
    make_service("Special Care Dentistry", needs=[learning], summary=dental)
    make_service("Adult Day Centre", needs=[learning], minimum_age=18,
                 summary="Days out and activities for adults with a learning disability.")  # fmt: skip
    typed = "dentist for adult with learning disability who is scared"

    assert searched(typed)[0] == "Special Care Dentistry"
    html = page_text(client, "/services/?" + QueryDict.fromkeys(["q"], typed).urlencode())
    line = re.search(r"We read your search as: <strong>(.*?)</strong>", html).group(1)
    assert line.startswith("Dentist · learning disability · ") and line.endswith(" · adults")
