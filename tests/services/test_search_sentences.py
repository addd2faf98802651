"""Search reads families' sentences: contractions typed without their apostrophe are words, not typos;
possessives match however they are typed; closed listings rank below open ones; ages and places read
from the words."""

import datetime
import re
from urllib.parse import urlencode

import pytest
from django.http import QueryDict
from django.utils import timezone

from services import taxonomy
from services.models import Location, Service
from services.search import service_ranking
from tests.factories import make_glossary_term, make_information_page, make_location, make_search_term, make_service
from tests.services.search_directory import names, page_text, search

pytestmark = pytest.mark.django_db

CONTRACTIONS = [
    "arent", "isnt", "wont", "doesnt", "cant", "hasnt", "im", "didnt", "dont", "wasnt", "hes", "shes", "theyre",
    "ive", "couldnt", "wouldnt", "havent", "werent", "thats", "whats", "youre", "shouldnt",
]  # fmt: skip


@pytest.fixture
def near_words():
    """Listings using real words one or two letters away from each contraction ("parent" from "arent")."""
    make_service(
        "Parent Agent Rent Club",
        summary="Does want went haunt done dot there here theatre dive five could count would event harvest.",
        description="Decent cement that what hats she has hast ashes sees aim dim should shoulder sleeping.",
    )


@pytest.mark.parametrize("word", CONTRACTIONS)
def test_a_contraction_without_its_apostrophe_is_never_corrected_in_the_directory(client, near_words, word):
    html = page_text(client, f"/services/?q=my+son+{word}+sleeping")
    assert "Showing results for" not in html
    assert f"my son {word} sleeping" in html


@pytest.mark.parametrize("word", CONTRACTIONS)
def test_a_contraction_without_its_apostrophe_is_never_corrected_in_the_site_search(client, near_words, word):
    html = page_text(client, f"/search/?q={word}+sleeping")
    assert "Did you mean" not in html


def test_a_real_typo_beside_a_contraction_is_still_corrected(client, near_words):
    html = page_text(client, "/services/?q=parnet+arent")
    assert "Showing results for <strong>parent arent</strong>." in html


@pytest.mark.parametrize("typed", ["Carer's Allowance", "carers allowance", "carer's allowance", "Carer’s allowance"])
def test_a_possessive_is_found_however_it_is_typed(client, typed):
    make_service("Welfare Rights Team", summary="Free advice on Disability Living Allowance and Carer's Allowance.")
    make_service("Carers Coffee Club", summary="A friendly group for parent carers.")
    results = search(urlencode({"q": typed}))
    assert names(results)[0] == "Welfare Rights Team"
    assert "Welfare Rights Team" in page_text(client, "/services/?" + urlencode({"q": typed}))


def test_a_query_that_is_one_vocabulary_phrase_falls_back_to_its_words(client):
    make_search_term("carer's allowance", "allowance for carers")
    make_service(
        "Benefits Line", summary="Claiming an allowance if you look after a disabled child: we can help carers."
    )
    assert "Benefits Line" in page_text(client, "/services/?q=carers+allowance")


def test_a_temporarily_closed_service_ranks_below_an_open_one_that_matches_as_well():
    make_service("Aaron Respite", summary="Respite breaks.", status=Service.Status.TEMPORARILY_CLOSED)
    make_service("Zebra Respite", summary="Respite breaks.")
    assert names(search("q=respite")) == ["Zebra Respite", "Aaron Respite"]
    assert service_ranking(query="respite")[0] == Service.objects.get(name="Zebra Respite").pk


def test_a_listing_long_overdue_for_review_ranks_a_little_lower():
    long_ago = timezone.localdate() - datetime.timedelta(days=400)
    make_service("Aaron Swim", summary="Swimming lessons.", last_reviewed=long_ago, review_due=long_ago)
    make_service("Zebra Swim", summary="Swimming lessons.")
    make_service("Swimming", summary="Swimming for everyone.", last_reviewed=long_ago, review_due=long_ago)
    assert names(search("q=swimming")) == ["Swimming", "Zebra Swim", "Aaron Swim"]  # only a little lower


def test_site_search_shows_the_advice_page_before_services(client):
    make_glossary_term(term="Education, health and care plan", abbreviation="EHC plan", aliases="EHCP, EHC plans")
    make_information_page(title="Education, health and care plans", summary="What an EHC plan is and how to ask.")
    for number in range(3):
        make_service(f"EHCP Advice {number}", summary="Help with your EHCP.")
    html = page_text(client, "/search/?q=ehcp")
    assert html.index("Education, health and care plans</a>") < html.index("EHCP Advice 0")


@pytest.mark.parametrize("typed", ["teenager", "my teenage son", "teens", "for a teen"])
def test_a_teenager_is_13_to_19_not_14(client, typed):
    make_service("Sixth Form Club", summary="A club.", minimum_age=16, maximum_age=19)
    make_service("Primary Club", summary="A club.", minimum_age=5, maximum_age=11)
    results = search(QueryDict.fromkeys(["q"], f"club {typed}").urlencode())
    assert names(results) == ["Sixth Form Club"]
    assert ("Age", "13 to 19 years old") in [(heading, label) for heading, label, _ in results.active]
    html = page_text(client, "/services/?" + QueryDict.fromkeys(["q"], f"club {typed}").urlencode())
    assert "Sixth Form Club" in html and "Primary Club" not in html
    assert '<input type="hidden" name="age_to" value="19">' in html


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("my son is 18 months and not walking yet", "1 year old"),
        ("my 9 month old", "under 1 year old"),
        ("she's 20 mths", "1 year old"),
        ("for our 30-month-old", "2 years old"),
        ("my son just turned 2", "2 years old"),
        ("she has turned 3", "3 years old"),
        ("he turned 4 in july", "4 years old"),
    ],
)
def test_a_babys_age_in_months_or_an_age_just_turned_is_read_as_an_age(client, typed, label):
    make_service("Baby Physio", summary="Physiotherapy for babies and toddlers.", minimum_age=0, maximum_age=4)
    make_service("Teen Physio", summary="Physiotherapy for teenagers.", minimum_age=12, maximum_age=18)
    results = search(QueryDict.fromkeys(["q"], f"physio {typed}").urlencode())
    assert names(results) == ["Baby Physio"]
    assert ("Age", label) in [(heading, label) for heading, label, _ in results.active]
    html = page_text(client, "/services/?" + QueryDict.fromkeys(["q"], f"physio {typed}").urlencode())
    assert "Baby Physio" in html and "Teen Physio" not in html


def test_a_carers_own_age_just_turned_is_theirs_not_the_childs():
    make_service("Older Carers Group", summary="Support for older carers.", minimum_age=18, maximum_age=25)
    results = search(QueryDict.fromkeys(["q"], "i just turned 63 and still care for my son").urlencode())
    assert "Age" not in [heading for heading, _, _ in results.active]


@pytest.mark.parametrize(
    "typed", ["physio, we waited 6 months", "physio he is 3 months behind", "physio after 18 months on the list"]
)
def test_months_said_as_a_time_are_not_an_age(typed):
    make_service("Baby Physio", summary="Physiotherapy for babies and toddlers.", minimum_age=0, maximum_age=4)
    make_service("Teen Physio", summary="Physiotherapy for teenagers.", minimum_age=12, maximum_age=18)
    results = search(QueryDict.fromkeys(["q"], typed).urlencode())
    assert sorted(names(results)) == ["Baby Physio", "Teen Physio"]
    assert "Age" not in [heading for heading, _, _ in results.active]


@pytest.mark.parametrize(
    ("typed", "age"),
    [("aged 26", 26), ("for my 30 year old", 30), ("my 40 year old son", 40), ("for my brother, 34,", 34)],
)
def test_an_age_over_25_is_read_and_the_page_says_the_local_offer_covers_0_to_25(client, typed, age):
    make_service("Adult Social Care Team", summary="Support for adults with a learning disability.",
                 minimum_age=18, maximum_age=25)  # fmt: skip
    make_service("Toddler Group", summary="Support for families with a learning disability.", minimum_age=0,
                 maximum_age=4)  # fmt: skip
    html = page_text(client, "/services/?" + QueryDict.fromkeys(["q"], f"learning disability {typed}").urlencode())
    assert "The Local Offer covers children and young people aged 0 to 25" in html
    assert f"someone aged {age}" in html
    assert "Adult Social Care Team" in html and "Toddler Group" not in html
    assert "Showing results for" not in html


def test_an_age_over_25_reads_as_typed_and_its_remove_link_searches_every_age(client):
    make_service("Adult Social Care Team", summary="Support for adults with a learning disability.",
                 minimum_age=18, maximum_age=25)  # fmt: skip
    make_service("Toddler Group", summary="Support for families with a learning disability.", minimum_age=0,
                 maximum_age=4)  # fmt: skip
    html = page_text(client, "/services/?" + QueryDict.fromkeys(["q"], "learning disability aged 30").urlencode())
    line = re.search(r"We read your search as: <strong>(.*?)</strong>", html).group(1)
    assert line.endswith(" · age 30")
    assert "age 25" not in line and "someone aged 30" in html
    remove = re.search(r'<a class="govuk-link" href="([^"]*)">Remove<span class="govuk-visually-hidden"> age:', html)
    html = page_text(client, remove.group(1).replace("&amp;", "&"))
    assert "Toddler Group" in html and "Adult Social Care Team" in html
    assert "0 to 25" not in html and "· age" not in html


@pytest.mark.parametrize("typed", ["swimming for my 30 year old son", "swimming for disabled adults"])
def test_for_an_adult_a_service_that_says_it_takes_adults_comes_first(client, typed):
    make_service("Splash Club", summary="Swimming lessons for disabled children.", maximum_age=25)
    make_service("Seahorses", summary="A swimming club for disabled children and adults.", maximum_age=25)
    make_service("Young Swimmers", summary="Swimming for disabled young adults.", maximum_age=25)
    assert names(search(QueryDict.fromkeys(["q"], typed).urlencode()))[0] == "Seahorses"
    html = page_text(client, "/services/?" + QueryDict.fromkeys(["q"], typed).urlencode())
    assert "Splash Club" in html and "Young Swimmers" in html  # the rest still shown


def test_a_service_for_children_with_an_adult_beside_them_is_not_one_that_takes_adults():
    make_service("Seahorses", summary="A swimming club for disabled children and adults.", maximum_age=25)
    make_service("Family Splash", summary="Swimming for disabled children, accompanied by an adult.", maximum_age=25)
    assert names(search(QueryDict.fromkeys(["q"], "swimming for my 30 year old son").urlencode()))[0] == "Seahorses"
    assert names(search(QueryDict.fromkeys(["q"], "swimming for disabled adults").urlencode()))[0] == "Seahorses"


def test_for_a_child_a_service_that_takes_adults_too_has_no_advantage():
    make_service("Splash Club", summary="Swimming lessons for disabled children.", maximum_age=25)
    make_service("Seahorses", summary="A swimming club for disabled children and adults.", maximum_age=25)
    assert names(search(QueryDict.fromkeys(["q"], "swimming for my 10 year old son").urlencode()))[0] == "Splash Club"


def test_a_stage_of_life_read_as_an_age_still_ranks_the_services_made_for_it():
    taxonomy.taxonomy_load()
    make_service("Deaf Childrens Group", summary="A group for deaf children, and groups for their brothers and "
                 "sisters.", minimum_age=0, maximum_age=18)  # fmt: skip
    make_service("Little Ones Group", summary="Play sessions for under 5s and their parents.", maximum_age=4)
    make_service("Teen Group", summary="A group for teenagers.", minimum_age=13, maximum_age=19)
    results = search(QueryDict.fromkeys(["q"], "under 5s groups").urlencode())
    assert results.params.age == 2
    assert names(results) == ["Little Ones Group", "Deaf Childrens Group"]


def test_reading_an_age_leaves_a_phrase_ending_in_small_words_whole():
    taxonomy.taxonomy_load()
    make_service("Splash Time", summary="Fun things to do for families: relaxed swimming.", maximum_age=10)
    make_service("Nice Things Shop", summary="Second-hand baby things.", maximum_age=10)
    results = search(QueryDict.fromkeys(["q"], "things to do for toddlers").urlencode())
    assert results.params.q == "things to do" and results.params.age == 2
    assert names(results)[0] == "Splash Time"


def test_removing_a_town_read_from_the_words_keeps_countywide_when_chosen_by_the_family(client):
    swim = make_service("Poole Swim", summary="Swimming.")
    make_location(service=swim, town=Location.Town.POOLE)
    make_service("Countywide Swim", summary="Swimming.", coverage=Service.Coverage.AREA_WIDE)
    html = page_text(client, "/services/?q=swimming+in+poole&town=area")
    remove_town = re.search(r'href="/services/\?([^"]*)">Remove<span class="govuk-visually-hidden"> where: Poole', html)
    assert "town=area" in remove_town.group(1)


def test_a_service_matching_both_things_asked_for_outranks_those_matching_one():
    taxonomy.taxonomy_load()
    make_service("Autism Advice Line", summary="Advice about autism for families of autistic children.")
    make_service("Autism Parent Group", summary="Autism support and coffee mornings for parents of autistic children.")
    make_service("Sleep Support for Families", summary="Help with sleep problems, for autistic children too.")
    make_service("Sleep Clinic", summary="Sleep problems in babies.")
    assert names(search("q=my+son+has+autism+and+cant+sleep"))[0] == "Sleep Support for Families"


def test_the_kind_of_help_with_the_need_comes_before_the_need_alone():
    taxonomy.taxonomy_load()
    make_service("Autism Advice Line", summary="Advice about autism for families of autistic young people.")
    make_service("Autistic Young Adults Group", summary="A social group run by and for autistic young adults.")
    make_service("Job Coaching", summary="Job coaching and supported employment for autistic young people.")
    make_service("Jobcentre Plus", summary="Help finding a job.")
    top = names(search("q=jobs+for+my+autistic+son"))
    assert top[0] == "Job Coaching"


def test_a_question_with_no_match_offers_advice_pages_and_kinds_of_help_not_a_dead_end(client):
    taxonomy.taxonomy_load()
    make_service("Harbour Swim", summary="Swimming.")
    html = page_text(client, "/services/?q=zzyzx+qwertyuiop")
    assert "No services match your search." in html
    assert 'href="/information/">information and advice</a>' in html
    assert 'href="/search/?q=zzyzx%20qwertyuiop">search the whole website</a>' in html
    assert "Or browse services by kind of help" in html and 'href="/services/category/' in html
