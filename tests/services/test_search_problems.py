"""Sentences that describe a problem rather than name a service find the kind of help for it, and a
town named in the words ranks the services there first without hiding the rest."""

import re
from urllib.parse import urlencode

import pytest
from django.http import QueryDict

from services import taxonomy
from services.models import Category, Location, Need, Service
from services.search import search_matching_ids, search_params_parse
from tests.factories import make_location, make_service
from tests.services.search_directory import found_for, names, page_text, search

pytestmark = pytest.mark.django_db


def first(text):
    return found_for(text)[0]


@pytest.fixture
def problems():
    """Listings in their providers' words, and the starting vocabulary."""
    taxonomy.taxonomy_load()
    make_service("Sunny Days Nursery", summary="A nursery for children aged 2 to 4, with a garden and a sensory room.")
    make_service("Little Owls Nursery", summary="Nursery places for babies and toddlers.")
    make_service("Behaviour Support Team", summary="Help for families when behaviour challenges: aggression, "
                 "self-injury and destructive behaviour.")  # fmt: skip
    make_service("Calmer Homes", summary="Non-violent resistance (NVR) group for parents of children who are "
                 "aggressive at home.")  # fmt: skip
    make_service("Exclusions Advice", summary="Advice for parents when a child is suspended or excluded.")
    make_service("School Nursing", summary="School nurses in every school.")
    make_service("Little Steps Grants", summary="Small grants for families on a low income: equipment, sensory "
                 "toys, days out, school uniform.")  # fmt: skip
    make_service("Money Advice", summary="Help with debt, money worries and paying bills.")
    make_service("Shoe Shop Club", summary="A club that meets at the shoe shop.")
    make_service("School Worries Team", summary="Support for children with emotionally based school avoidance.")
    make_service("After School Club", summary="Games and crafts after school.")
    make_service("Leisure Card", summary="A Max Card: discounts at attractions for families of disabled children.")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("my son keeps hitting other children", "Behaviour Support Team"),
        ("she bites her brother", "Behaviour Support Team"),
        ("he screams and throws things", "Behaviour Support Team"),
        ("my daughter hits me when she is cross", "Calmer Homes"),
        ("he lashes out when hes angry", "Calmer Homes"),
        ("he got sent home early again", "Exclusions Advice"),
        ("how will we pay for a new school uniform", "Little Steps Grants"),
        ("we cant afford new shoes for school", "Little Steps Grants"),
        ("cant pay the gas and electric this month", "Money Advice"),
        ("she has not been in school for weeks", "School Worries Team"),
        ("money off days out", "Leisure Card"),
    ],
)
def test_a_problem_described_in_everyday_words_finds_the_help_for_it(problems, typed, expected):
    assert first(typed) == expected


def test_a_word_finds_the_vocabulary_phrase_said_in_another_form_of_it(problems):
    make_service("Dry Nights Clinic", summary="Continence service: bladder and bowel support.")
    assert first("he wets the bed") == "Dry Nights Clinic"  # "wets", as "wetting" is in the vocabulary


def test_a_word_is_not_read_as_a_different_word_that_shares_its_stem(problems, client):
    """Only endings are taken off: leaving the house is not asking for housing."""
    make_service("Housing Options", summary="Housing advice: somewhere to live, the housing register.")
    make_service("Out and About", summary="Support for children who find it hard to leave the house.")
    html = page_text(client, "/services/?" + urlencode({"q": "she screams every time we leave the house"}))
    shown = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "We read your search as" in shown
    assert "Kind of help: house" not in shown
    assert "Housing Options" not in names(search(urlencode({"q": "she screams every time we leave the house"})))[:2]


def test_a_vocabulary_phrase_is_found_whoever_it_is_said_of(problems):
    make_service("Travel Buddies", summary="Independent travel training for young people.")
    make_service("Bus Pass Office", summary="Bus passes for disabled people: use the bus for free on your own.")
    # The vocabulary says "using the bus on my own".
    assert first("who can help her learn to use the bus on her own") == "Travel Buddies"


def test_the_one_thing_the_vocabulary_names_outranks_services_sharing_only_other_words(problems):
    make_service("Think Ahead Tutoring", summary="Tutoring to think ahead about exams.")
    make_service("Young Minds Team", summary="Support for young people who self harm.")
    found = names(search(urlencode({"q": "i think my son is self harming"})))
    assert found[0] == "Young Minds Team"
    assert "Think Ahead Tutoring" in found  # still found, after


def test_a_kind_of_help_said_as_where_a_problem_happens_does_not_outrank_the_help_for_the_problem(problems):
    found = names(search(urlencode({"q": "my son keeps kicking other children at nursery"})))
    assert found[0] in ("Behaviour Support Team", "Calmer Homes")
    assert found.index("Behaviour Support Team") < found.index("Sunny Days Nursery")
    assert "Sunny Days Nursery" in found  # still found, after the help for the problem


def test_a_problem_word_alone_brings_the_kind_of_help_before_services_sharing_other_words(problems):
    found = names(search(urlencode({"q": "he keeps getting sent home from school"})))
    assert found[0] == "Exclusions Advice"
    assert found.index("Exclusions Advice") < found.index("School Nursing")


@pytest.fixture
def clubs():
    poole = make_service("Poole Youth Club", summary="A youth club for disabled teenagers.")
    make_location(service=poole, town=Location.Town.POOLE)
    bournemouth = make_service("Bournemouth Football", summary="Football for children with ADHD.")
    make_location(service=bournemouth, town=Location.Town.BOURNEMOUTH)
    poole_football = make_service("Poole Football", summary="Football for children with ADHD.")
    make_location(service=poole_football, town=Location.Town.POOLE)
    make_service("Countywide Football", summary="Football for children with ADHD.", coverage=Service.Coverage.AREA_WIDE)


def test_a_town_in_the_words_ranks_services_there_first_and_still_shows_the_rest(client, clubs):
    results = search(urlencode({"q": "football for adhd in poole"}))
    assert names(results) == ["Poole Football", "Countywide Football", "Bournemouth Football"]
    assert results.params.town == () and results.params.near == ("poole",)
    html = page_text(client, "/services/?" + urlencode({"q": "football for adhd in poole"}))
    assert "Where: <strong>Poole</strong>" in html and "Bournemouth Football" in html
    assert 'name="near" value="poole"' in html  # changing a filter keeps it
    remove = re.search(r'href="/services/\?([^"]*)">Remove<span class="govuk-visually-hidden"> where: Poole', html)
    without = QueryDict(remove.group(1).replace("&amp;", "&"))
    assert without.getlist("near") == [] and without.getlist("town") == []
    wider = page_text(client, "/services/?" + remove.group(1).replace("&amp;", "&"))
    assert "Where: <strong>Poole</strong>" not in wider and "Poole Football" in wider


def test_a_town_chosen_in_the_filters_still_filters(clubs):
    assert names(search("q=football&town=poole")) == ["Poole Football"]
    assert names(search("q=football+in+poole&town=bournemouth")) == ["Bournemouth Football"]


def test_a_town_to_rank_first_that_is_not_a_bcp_town_is_ignored(clubs):
    results = search("q=football&near=paris&near=area")
    assert results.params.near == () and len(names(results)) == 3


def test_an_alert_made_from_a_search_with_a_town_in_the_words_watches_that_town(client, clubs):
    from localoffer.core.models import Alert

    html = page_text(client, "/services/?" + urlencode({"q": "football for adhd in poole"}))
    signup = re.search(r'href="/alerts/\?([^"]*)">Email me when services like these', html).group(1)
    page = client.get("/alerts/?" + signup.replace("&amp;", "&")).content.decode()
    assert "Poole" in page
    query = re.search(r'name="query" value="([^"]*)"', page).group(1).replace("&amp;", "&")
    client.post("/alerts/", {"kind": "services", "query": query, "email": "parent@example.org", "frequency": "weekly"})
    alert = Alert.objects.get()
    watched = search_matching_ids(params=search_params_parse(data=QueryDict(alert.query)))
    assert set(Service.objects.filter(pk__in=watched).values_list("name", flat=True)) == {
        "Poole Football",
        "Countywide Football",
    }
    assert "Poole" in alert.description


def test_for_two_needs_a_service_made_for_one_ranks_above_one_tagged_with_many():
    taxonomy.taxonomy_load()
    needs = {need.slug: need for need in Need.objects.all()}
    make_service("Seahorses", summary="A swimming club for disabled children.", needs=[
        needs[slug] for slug in ("physical-disability", "learning-difficulties", "autism", "hearing", "vision")
    ])  # fmt: skip
    make_service("Deaf Children's Group", summary="A group for deaf children and their families.",
                 needs=[needs["hearing"]])  # fmt: skip
    assert first("my little boy is deaf and autistic where do we start") == "Deaf Children's Group"
    assert "Seahorses" in names(search(urlencode({"q": "my little boy is deaf and autistic"})))  # still found


def test_a_kind_of_help_in_a_services_own_words_outranks_a_category_it_is_only_part_of():
    taxonomy.taxonomy_load()
    sport = Category.objects.get(slug="sport-and-swimming")
    autism = Need.objects.get(slug="autism")
    make_service("Gymnastics Club", summary="Gymnastics for autistic children.", categories=[sport], needs=[autism])
    make_service("Otters", summary="Quiet swimming sessions for disabled children.", categories=[sport])
    results = names(search(urlencode({"q": "quiet swim for autistic kids"})))
    assert results[0] == "Otters"
    assert "Gymnastics Club" in results  # still found, for its autism


def test_a_school_refusal_question_finds_related_advice_after_the_service_for_it():
    """Staff relate school avoidance to the SEND information, advice and support service: the service for
    school avoidance comes first, the advice service next, and a service sharing only a word after both."""
    taxonomy.taxonomy_load()
    make_service("School Worries Team", summary="Support for children with emotionally based school avoidance.")
    make_service("Parent Advice Line", summary="The SEND information advice and support service for parents.")
    make_service("After School Club", summary="Games and crafts after school.")

    found = names(search(urlencode({"q": "my son wont go to school"})))

    assert found[:2] == ["School Worries Team", "Parent Advice Line"]


def test_a_related_kind_of_help_set_by_staff_ranks_after_the_kind_asked_for():
    from services.models import SearchTerm

    training = SearchTerm.objects.create(
        term="travel training", also_known_as="independent travel training", kind_of_help=True
    )
    passes = SearchTerm.objects.create(term="bus pass", also_known_as="bus passes, free bus pass", kind_of_help=True)
    make_service("Bus Museum", summary="Old buses and trams to look round, with a cafe.")
    make_service("Learn The Way", summary="Independent travel training for young people who want to get about.")
    make_service("Free Travel Team", summary="Apply here for a free bus pass for a disabled child or young person.")
    assert names(search(urlencode({"q": "bus pass"}))) == ["Free Travel Team"]

    passes.related_kinds.add(training)
    found = names(search(urlencode({"q": "bus pass"})))

    assert found[:2] == ["Free Travel Team", "Learn The Way"]
    assert names(search(urlencode({"q": "travel training"})))[0] == "Learn The Way"


@pytest.mark.parametrize(
    "typed",
    [
        "he runs off in the shops and has no sense of danger",
        "he screams and drops to the floor every time we go to the supermarket",
        "keeps climbing out the window at night",
    ],
)
def test_behaviour_that_is_not_violence_finds_behaviour_support_before_a_course_for_violence_at_home(typed):
    taxonomy.taxonomy_load()
    make_service("Calmer Homes", summary="Non-violent resistance group for parents of children who are violent or "
                 "aggressive at home.")  # fmt: skip
    make_service("Positive Behaviour Support", summary="Practitioners who work with families of autistic children "
                 "whose behaviour challenges.", description="Behaviour such as self-injury, running off, climbing "
                 "out or screaming is often a way of communicating a need.")  # fmt: skip
    assert first(typed) == "Positive Behaviour Support"
