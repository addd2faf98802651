"""Search reads the kind of help asked for beside the needs, age and place, ranks by it first, and says
what it understood, each part removable."""

import re
from urllib.parse import urlencode

import pytest
from django.http import QueryDict
from django.urls import reverse

from services import taxonomy
from services.models import Location, SearchTerm, Service
from tests.factories import make_location, make_need, make_search_term, make_service
from tests.services.search_directory import names, page_text, search

pytestmark = pytest.mark.django_db


@pytest.fixture
def football():
    """Football and ADHD listings, with search words for both; football is marked as a kind of help."""
    make_search_term("football", "soccer, inclusive football", kind_of_help=True)
    make_search_term("ADHD", "attention deficit, hyperactive")
    make_need("ADHD")
    make_service("ADHD Nurse Clinic", summary="Medication reviews and advice about ADHD for children.")
    make_service("ADHD Parents Network", summary="Support and coffee mornings for parents of children with ADHD.")
    make_service("Saturday Club", summary="Football sessions for children of every ability.")
    make_service("Ability Football", summary="Inclusive football for children with ADHD and autism.")


def test_a_service_offering_the_kind_of_help_and_the_need_comes_first_then_the_kind_of_help_then_the_need(
    football,
):
    assert names(search("q=football+for+my+son+with+adhd")) == [
        "Ability Football", "Saturday Club", "ADHD Nurse Clinic", "ADHD Parents Network"
    ]  # fmt: skip


def test_staff_teach_which_search_words_name_a_kind_of_help(football):
    SearchTerm.objects.filter(term="football").update(kind_of_help=False)
    top = names(search("q=football+for+my+son+with+adhd"))
    assert top[0] == "Ability Football"
    assert top.index("Saturday Club") > top.index("ADHD Parents Network")  # a word like any other


def test_the_starting_vocabulary_marks_the_obvious_kinds_of_help():
    taxonomy.taxonomy_load()
    kinds = set(SearchTerm.objects.filter(kind_of_help=True).values_list("term", flat=True))
    assert {"swimming", "football", "nursery", "employment support", "counselling", "drama", "money"} <= kinds
    assert not kinds & {"autism", "ADHD", "anxiety", "hearing impairment", "dyspraxia"}


def test_a_service_matching_two_needs_outranks_those_matching_one():
    taxonomy.taxonomy_load()
    make_service("Deaf Children's Group", summary="Fun and friendship for deaf children.")
    make_service("Autism Family Group", summary="Coffee mornings for families of autistic children.")
    make_service("Deaf and Autistic Together", summary="A group for deaf children who are also autistic.")
    assert names(search("q=my+little+boy+is+deaf+and+autistic"))[0] == "Deaf and Autistic Together"


def test_a_word_without_its_plural_finds_the_vocabulary_phrase():
    taxonomy.taxonomy_load()
    make_service("Job Coaching", summary="Supported employment for autistic young people.")
    make_service("Autism Advice Line", summary="Advice about autism for families of autistic young people.")
    assert names(search("q=job+for+my+autistic+son"))[0] == "Job Coaching"


@pytest.mark.parametrize(
    ("typed", "age"), [("he's 19", 19), ("shes 12", 12), ("my son is 7", 7), ("she is nearly 5", 5)]
)
def test_an_age_said_in_a_sentence_is_read(typed, age):
    make_service("Youth Drama", summary="Drama club.", minimum_age=5, maximum_age=19)
    results = search(QueryDict.fromkeys(["q"], f"drama club {typed}").urlencode())
    assert results.params.age == age
    assert results.params.q == "drama club"


def test_a_number_of_hours_is_not_an_age():
    make_service("Sleep Clinic", summary="Sleep problems.")
    results = search(QueryDict.fromkeys(["q"], "he is 3 hours awake at night sleep").urlencode())
    assert results.params.age is None


def test_the_page_says_what_it_understood_and_each_part_can_be_taken_away(client, football):
    swim = make_service("Poole Football", summary="Football for children with ADHD.", minimum_age=5, maximum_age=12)
    make_location(service=swim, town=Location.Town.POOLE)
    make_service("Countywide Football", summary="Football.", coverage=Service.Coverage.AREA_WIDE)
    html = page_text(client, "/services/?" + urlencode({"q": "football for my 8 year old with ADHD in Poole"}))
    assert "We read your search as: <strong>Football · adhd · age 8 · Poole</strong>." in html
    links = {
        label: query
        for query, label in re.findall(
            r'href="/services/\?([^"]*)">Remove<span class="govuk-visually-hidden"> ([^<]*)</span>', html
        )
    }
    assert QueryDict(links["kind of help: football"].replace("&amp;", "&"))["q"] == "for my with adhd"
    assert QueryDict(links["need: adhd"].replace("&amp;", "&"))["q"] == "football for my with"
    without_place = QueryDict(links["where: Poole"].replace("&amp;", "&"))
    assert without_place.getlist("town") == []  # the countywide companion goes with the town
    assert without_place["age"] == "8"
    without_kind = page_text(client, "/services/?" + links["kind of help: football"].replace("&amp;", "&"))
    assert "We read your search as: <strong>Adhd · age 8 · Poole</strong>." in without_kind


def test_a_one_word_search_is_shown_as_typed(client, football):
    html = page_text(client, "/services/?q=football")
    assert "We read your search as" not in html
    assert 'Remove<span class="govuk-visually-hidden"> search: “football”</span>' in html


def test_staff_mark_a_search_word_as_naming_a_kind_of_help_in_the_admin(admin_client):
    term = make_search_term("climbing", "bouldering, climbing wall")
    response = admin_client.post(
        reverse("admin:services_searchterm_change", args=[term.pk]),
        {"term": "climbing", "also_known_as": "bouldering, climbing wall", "kind_of_help": "on"},
    )
    assert response.status_code == 302
    listed = admin_client.get(reverse("admin:services_searchterm_changelist") + "?kind_of_help__exact=1")
    assert "bouldering, climbing wall" in listed.content.decode()
    make_search_term("ADHD", "attention deficit")
    make_service("ADHD Clinic", summary="Advice about ADHD.")
    make_service("Rock Up", summary="Bouldering sessions for children.")
    make_service("Climb Together", summary="Climbing for children with ADHD.")
    assert names(search("q=climbing+for+my+son+with+adhd")) == ["Climb Together", "Rock Up", "ADHD Clinic"]


def test_a_part_said_twice_shows_once(client, football):
    html = page_text(client, "/services/?q=football+football+adhd")
    assert "We read your search as: <strong>Football · adhd</strong>." in html


def test_a_diagnosis_already_made_is_not_asked_for_the_help_wanted_comes_first():
    """ "since our son's diagnosis" says when the family's need began, not that they want a diagnosis: the dads'
    group asked for comes before the assessment services, with the standard vocabulary."""
    taxonomy.taxonomy_load()
    make_service("SEND Dads", summary="A group for dads and male carers of disabled children.")
    make_service("Neurodevelopmental Pathway", summary="Assessment and diagnosis for autism and ADHD.")
    make_service("Diagnosis Clinic", summary="Getting a diagnosis: assessments by a paediatrician.")
    for typed in ("anything for fathers since our sons diagnosis", "dads group since his diagnosis"):
        assert names(search(urlencode({"q": typed})))[0] == "SEND Dads", typed
    assert names(search(urlencode({"q": "waiting for a diagnosis"})))[0] != "SEND Dads"


def test_a_wheelchair_to_mend_finds_the_wheelchair_service_and_a_car_too_small_finds_money_help():
    """With the standard vocabulary: a wheelchair outgrown or broken is the wheelchair service's, before sport in a
    wheelchair; a car too small for one is Motability's, and where the directory has no Motability listing, the
    benefits advice that helps with it."""
    taxonomy.taxonomy_load()
    make_service("Wheelchair Multisport", summary="Wheelchair basketball and rugby for young wheelchair users.")
    make_service("Wheelchair Service", summary="Assessment, repairs and new chairs for children who use wheelchairs.")
    make_service("Benefits Advice", summary="Welfare rights and benefits advice for families of disabled children.")
    typed = "his wheelchair is too small now and one of the brakes has gone, who do i ring"
    assert names(search(urlencode({"q": typed})))[0] == "Wheelchair Service"
    typed = "our car is too small now he has a big wheelchair, is there any help to get a bigger one"
    assert "Benefits Advice" in names(search(urlencode({"q": typed})))


def test_a_sitter_is_the_sitting_service_of_short_breaks():
    taxonomy.taxonomy_load()
    make_service("Time Out Sitting", summary="Home sitting so parent carers get a few hours off.")
    make_service("Tube Feeding Team", summary="Nurses who train families in tube feeding.")
    typed = "a sitter who can do his tube feeds so me and my husband can go to a wedding"
    assert names(search(urlencode({"q": typed})))[0] == "Time Out Sitting"


def test_a_council_refusing_to_assess_finds_the_tribunal_advice_before_the_assessment_services():
    taxonomy.taxonomy_load()
    make_service("SEND Tribunal Clinic", summary="Help to appeal to the SEND tribunal about an EHC plan.")
    make_service("Neurodevelopmental Pathway", summary="Assessment and diagnosis for autism and ADHD.")
    typed = "council wont assess him for a plan, they say hes making progress. can i fight this"
    assert names(search(urlencode({"q": typed})))[0] == "SEND Tribunal Clinic"


def test_help_to_write_a_parents_views_for_the_plan_is_sendiass():
    taxonomy.taxonomy_load()
    make_service("SENDIASS", summary="Free, impartial information, advice and support about SEND for families.")
    make_service("Sitting Service", summary="A carer to sit with your child at home so you get a break.")
    typed = "someone to sit with me and help me write what i want to say for his school plan"
    assert names(search(urlencode({"q": typed})))[0] == "SENDIASS"


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("can my daughter go on the bus for free, and me with her, she has learning disabilities", "Bus Passes"),
        ("teach my son to use the bus", "Travel Buddies"),
    ],
)
def test_a_free_bus_is_a_bus_pass_and_learning_to_use_the_bus_is_travel_training(typed, first):
    taxonomy.taxonomy_load()
    make_service("Bus Passes", summary="Concessionary bus passes for disabled people, with a companion pass.")
    make_service("Travel Buddies", summary="Independent travel training for young people with SEND.")
    make_service("Learning Disability Nurses", summary="Nurses for children with learning disabilities.")
    assert names(search(urlencode({"q": typed})))[0] == first


def test_help_with_a_childs_talking_is_speech_and_language_therapy_not_talking_therapy():
    taxonomy.taxonomy_load()
    make_service("Speech and Language Therapy", summary="Therapists for children's speech, language and communication.")
    make_service("Talk It Out", summary="Talking therapies and counselling for young people.")
    assert names(search(urlencode({"q": "private help with his talking, the nhs waiting list is ages"})))[0] == (
        "Speech and Language Therapy"
    )
