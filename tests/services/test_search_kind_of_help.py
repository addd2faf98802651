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


# Listings of a directory, each (name, summary), and a family's words whose first result, with the standard
# vocabulary, must be the one named: what they say is what the vocabulary teaches the search.
LISTINGS = [
    ("SEND Dads", "A group for dads and male carers of disabled children."),
    ("Neurodevelopmental Pathway", "Assessment and diagnosis for autism and ADHD."),
    ("Wheelchair Multisport", "Wheelchair basketball and rugby for young wheelchair users."),
    ("Wheelchair Service", "Assessment, repairs and new chairs for children who use wheelchairs."),
    ("Benefits Advice", "Welfare rights and benefits advice for families of disabled children."),
    ("Time Out Sitting", "Home sitting so parent carers get a few hours off."),
    ("Tube Feeding Team", "Nurses who train families in tube feeding."),
    ("SEND Tribunal Clinic", "Help to appeal to the SEND tribunal about an EHC plan."),
    ("SENDIASS", "Free, impartial information, advice and support about SEND for families."),
    ("Bus Passes", "Concessionary bus passes for disabled people, with a companion pass."),
    ("Travel Buddies", "Independent travel training for young people with SEND."),
    ("Learning Disability Nurses", "Nurses for children with learning disabilities."),
    ("Speech and Language Therapy", "Therapists for children's speech, language and communication."),
    ("Talk It Out", "Talking therapies and counselling for young people."),
    ("Friday Youth Club", "Youth club for 11 to 19s with additional needs: games, music and trips."),
    ("Autism Parents Meet-up", "A monthly meet-up for parents of autistic children."),
]


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        # A diagnosis already made says when the need began, not that a diagnosis is wanted.
        ("anything for fathers since our sons diagnosis", "SEND Dads"),
        ("dads group since his diagnosis", "SEND Dads"),
        ("waiting for a diagnosis", "Neurodevelopmental Pathway"),
        # A wheelchair outgrown or broken is the wheelchair service's, before sport in a wheelchair.
        ("his wheelchair is too small now and one of the brakes has gone, who do i ring", "Wheelchair Service"),
        ("a sitter who can do his tube feeds so me and my husband can go to a wedding", "Time Out Sitting"),
        ("council wont assess him for a plan, they say hes making progress. can i fight this", "SEND Tribunal Clinic"),
        ("someone to sit with me and help me write what i want to say for his school plan", "SENDIASS"),
        ("can my daughter go on the bus for free, and me with her, she has learning disabilities", "Bus Passes"),
        ("teach my son to use the bus", "Travel Buddies"),
        ("private help with his talking, the nhs waiting list is ages", "Speech and Language Therapy"),
        # Somewhere to hang out is a youth club's, before a parents' meet-up that shares only the need.
        ("somewhere my autistic son can hang out in the evenings", "Friday Youth Club"),
    ],
)
def test_the_standard_vocabulary_takes_a_familys_words_to_the_help_they_describe(typed, first):
    taxonomy.taxonomy_load()
    for name, summary in LISTINGS:
        make_service(name, summary=summary)
    assert names(search(urlencode({"q": typed})))[0] == first


def test_a_car_too_small_for_a_wheelchair_finds_benefits_advice_where_no_motability_listing_exists():
    taxonomy.taxonomy_load()
    for name, summary in LISTINGS:
        make_service(name, summary=summary)
    typed = "our car is too small now he has a big wheelchair, is there any help to get a bigger one"
    assert "Benefits Advice" in names(search(urlencode({"q": typed})))[:3]
