"""Sentences that tell what is happening (who it is for, how much, where) find the help for what is
happening: the words around it do not outrank it."""

from urllib.parse import urlencode

import pytest

from services.models import Category
from services.search.vocabulary import query_expand
from tests.factories import make_search_term, make_service
from tests.services.search_directory import names, search

pytestmark = pytest.mark.django_db


def test_a_word_for_who_it_is_for_finds_nothing_by_itself_even_when_the_vocabulary_knows_it(vocabulary):
    make_service("Calm Kids", summary="A calming group for kids who worry.")
    make_service("Creative Art Club", summary="An art club for disabled children.")
    make_service("Level Up Gaming Club", summary="A gaming club for autistic young people.")

    results = search(urlencode({"q": "kids clubs"}))

    assert names(results) == ["Creative Art Club", "Level Up Gaming Club"]
    assert "kids" not in results.understood_line.lower()


def test_a_word_saying_how_much_does_not_hide_the_phrase_around_it(vocabulary):
    make_service("Talking Books", summary="Talking books: only a few words on each page, really.")
    make_service("Chatter Drop-in", summary="Advice for parents worried about speech delay.")

    found = names(search(urlencode({"q": "my 4 year old isnt really talking yet only a few words"})))

    assert found[0] == "Chatter Drop-in"  # "isnt talking yet" is a speech delay
    assert "Talking Books" in found  # still found, after


def test_a_service_saying_up_front_that_it_offers_the_kind_of_help_outranks_one_mentioning_it_further_down(
    vocabulary,
):
    make_service(
        "Autistic Youth Club",
        summary="A youth club for autistic young people.",
        description="Each week we play games, go on trips and do arts and crafts.",
    )
    make_service("Creative Corner", summary="Art classes for autistic children and their brothers and sisters.")

    found = names(search(urlencode({"q": "art classes for my autistic son"})))

    assert found == ["Creative Corner", "Autistic Youth Club"]


def test_a_place_said_in_the_words_ranks_first_the_services_there_among_those_offering_the_help(vocabulary):
    make_service("Friday Youth Club", summary="A Friday night club for disabled young people.")
    make_service(
        "Teen Nights",
        summary="A youth club for teenagers with SEND.",
        description="Youth club nights at the Oakbridge community centre.",
    )
    make_service("Oakbridge Library", summary="Books and computers.")

    found = names(search(urlencode({"q": "youth club in oakbridge"})))

    assert found == ["Teen Nights", "Friday Youth Club", "Oakbridge Library"]


def test_in_words_the_vocabulary_does_not_know_a_service_using_more_of_them_ranks_first(vocabulary):
    make_service(
        "Bus Pass Office",
        summary="Free bus passes: the bus pass for disabled people and a bus pass for a carer.",
    )
    make_service(
        "Getting About",
        summary="Learning to travel on your own.",
        description="We practise how to catch a bus and a train.",
    )

    found = names(search(urlencode({"q": "learning to catch the bus"})))

    assert found == ["Getting About", "Bus Pass Office"]


def test_a_long_phrase_said_with_one_more_word_inside_it_is_still_the_vocabularys_phrase():
    make_search_term("grants", "money for a holiday", kind_of_help=True)
    make_search_term("money advice", "money", kind_of_help=True)
    make_search_term("sensory processing", "sensory")
    make_service("Holiday Grants", summary="Grants for families who need a break away.")
    make_service("Money Advice Drop-in", summary="Money advice and budgeting. Ask us about a holiday at the seaside.")
    make_service("Sensory Breaks", summary="Money advice for families of children with sensory needs.")

    # "a seaside holiday" is still "a holiday": the grants come first.
    assert names(search(urlencode({"q": "money for a seaside holiday"})))[0] == "Holiday Grants"
    # A word the vocabulary knows on its own is asked for in its own right, not taken into the phrase.
    assert names(search(urlencode({"q": "money for a sensory holiday"})))[0] == "Sensory Breaks"


def test_a_stage_of_life_said_with_a_whole_area_of_help_finds_what_is_made_for_that_stage(vocabulary):
    sport = Category.objects.get(slug="sport-and-swimming")
    arts = Category.objects.get(slug="arts-and-music")
    make_service("Pool Sessions", summary="Swimming for all ages.", categories=[sport], minimum_age=0, maximum_age=25)
    make_service("Drama Club", summary="Drama for children.", categories=[arts], minimum_age=1, maximum_age=18)
    make_service("Tiny Steps", summary="A toddler group with songs, toys and messy play.", minimum_age=0, maximum_age=4)
    make_service("Speech Clinic", summary="Speech therapy for children.", minimum_age=0, maximum_age=18)

    found = names(search(urlencode({"q": "something to do with my toddler"})))

    assert found[0] == "Tiny Steps"  # a toddler group is something to do with a toddler
    assert set(found[1:]) == {"Pool Sessions", "Drama Club"}


def test_money_for_a_thing_to_buy_finds_grants_before_money_advice(vocabulary):
    make_service("Family Grants", summary="Grants towards washing machines, beds and family breaks.")
    make_service(
        "Money Worries Drop-in",
        summary="Help with money, budgeting and debt.",
        description="Talk to us about money worries and bills. We can refer you for an energy grant.",
    )

    found = names(search(urlencode({"q": "money for a washing machine"})))

    assert found[0] == "Family Grants"
    assert "Money Worries Drop-in" in found


def test_being_paid_for_caring_finds_help_claiming_carers_allowance(vocabulary):
    make_service("Benefits Form Help", summary="Help to claim DLA, PIP and Carer's Allowance.")
    make_service("Carers Cafe", summary="A cafe for parents caring for a disabled child.")
    make_service("Parent Forum", summary="Parents of disabled children shaping local services.")

    found = names(search(urlencode({"q": "can I get paid for caring for my disabled child"})))

    assert found[0] == "Benefits Form Help"


@pytest.fixture
def after_school_directory(vocabulary):
    make_service(
        "Riverside College", summary="College courses for young people with learning difficulties.", maximum_age=25
    )
    make_service("Preparing for Adulthood Team", summary="Helping young people plan for adult life.", maximum_age=25)
    make_service("Sunshine Club", summary="An after school club with games and snacks.", maximum_age=19)
    make_service(
        "Young Carers Group",
        summary="A group for young carers.",
        description="Leaving school can be harder when you look after someone.",
        maximum_age=25,
    )


def test_leaving_school_finds_the_services_for_the_next_stage_first(after_school_directory):
    found = names(search(urlencode({"q": "what happens when my son leaves school at 16"})))

    assert found[0] == "Preparing for Adulthood Team"
    assert found.index("Riverside College") < found.index("Young Carers Group")


def test_what_comes_after_school_for_a_young_person_finds_college_and_preparing_for_adulthood(after_school_directory):
    found = names(search(urlencode({"q": "19 year old with learning disabilities what after school"})))

    assert set(found[:2]) == {"Riverside College", "Preparing for Adulthood Team"}
    assert "Sunshine Club" not in found


def test_after_school_for_a_younger_child_is_still_about_clubs(after_school_directory):
    assert names(search(urlencode({"q": "what after school for my 8 year old"})))[0] == "Sunshine Club"
    assert names(search(urlencode({"q": "what after school clubs are there"})))[0] == "Sunshine Club"


@pytest.mark.parametrize(
    "typed", ["someone to look after my child so I can have a break", "someone to sit with my son so i can go out"]
)
def test_wanting_a_break_from_caring_finds_short_breaks(vocabulary, typed):
    make_service("Time Out", summary="Care workers come to your home so you can have a break.")
    make_service("Childminders Network", summary="Registered childminders who look after children in their homes.")
    make_service("Days Out Club", summary="We go out on days out and sit down for lunch together.")
    make_service("Young Carers Club", summary="A club for young people who look after someone at home.")

    assert names(search(urlencode({"q": typed})))[0] == "Time Out"


def test_living_on_your_own_finds_independent_living_skills(vocabulary):
    make_service("Moving On", summary="A life skills course: cooking, money, cleaning and staying safe.")
    make_service("Supported Tenancies", summary="Own tenancy in a shared house for adults with learning disabilities.")
    make_service("Learning Together", summary="A day centre where adults with learning disabilities live life fully.")

    assert names(search(urlencode({"q": "learning to cook and live on my own"})))[0] == "Moving On"


def test_clubs_finds_the_clubs_and_youth_groups_before_listings_mentioning_a_club(vocabulary):
    clubs = Category.objects.get(slug="clubs-and-youth-groups")
    make_service("Inclusive Scouts", summary="Scouting in small groups with extra leaders.", categories=[clubs])
    make_service("Forest Explorers", summary="Outdoor sessions in the woods.", categories=[clubs])
    make_service(
        "Harbour Leisure Centre",
        summary="A gym, a pool and a cafe.",
        description="The swimming club trains here, and a book club and a chess club meet in the cafe.",
    )

    found = names(search(urlencode({"q": "kids clubs"})))

    assert set(found[:2]) == {"Inclusive Scouts", "Forest Explorers"}


def test_a_phrase_two_entries_share_is_read_as_the_entry_that_names_it_first_whatever_their_order():
    leaving = ["leaving school", "school leaver", "preparing for adulthood", "colleges"]
    adulthood = ["preparing for adulthood", "pfa"]
    post_16 = ["post 16 education", "colleges", "college"]
    for vocabulary in ([leaving, adulthood, post_16], [post_16, adulthood, leaving]):
        assert query_expand(query="preparing for adulthood", vocabulary=vocabulary)[0][1:] == ["pfa"]
        assert query_expand(query="college", vocabulary=vocabulary)[0][1] == "post 16 education"
        assert query_expand(query="school leaver", vocabulary=vocabulary)[0][1] == "leaving school"
