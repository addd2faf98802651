"""Search finds what families mean: any word, their own words, place and age in the text, distance."""

import re
from datetime import date, timedelta

import pytest
from django.http import QueryDict

from services.models import Location, SearchRecord, Service
from services.search.report import search_record, search_records_purge
from tests import factories
from tests.factories import make_location, make_service
from tests.services.search_directory import names, page_text, search

pytestmark = pytest.mark.django_db


def test_a_service_matching_more_of_the_words_ranks_first_and_one_word_is_enough():
    make_service("Harbour Autism Swim", summary="Relaxed swimming sessions for autistic children.")
    make_service("Autism Parent Group", summary="Coffee and advice for parents.")
    make_service("Seafront Swimming Club", summary="Lessons for all ages.")
    make_service("Cycling for All", summary="Adapted bikes.")
    found = names(search("q=autism swimming"))
    assert found[0] == "Harbour Autism Swim"
    assert set(found) == {"Harbour Autism Swim", "Autism Parent Group", "Seafront Swimming Club"}


def test_an_everyday_word_the_listings_do_not_use_never_empties_the_page():
    make_service("Harbour Speech Clinic", summary="Speech and language assessment.")
    assert names(search("q=help with speech for my kids")) == ["Harbour Speech Clinic"]


def test_the_service_whose_name_is_the_query_comes_first():
    make_service("Portage", summary="Home visits for pre-school children with SEND.")
    for number in range(4):
        make_service(f"Early Years Team {number}", summary="We work with Portage and nursery staff. Portage portage.")
    assert names(search("q=portage"))[0] == "Portage"


def test_a_name_made_of_small_words_is_found_as_a_phrase():
    make_service("Time for Me", summary="A Saturday club for young carers.")
    make_service("Me Time Yoga", summary="Yoga for you.")
    make_service("Time to Talk", summary="Counselling for teenagers.")
    assert names(search("q=time for me"))[0] == "Time for Me"


@pytest.mark.parametrize(
    ("typed", "listing"),
    [
        ("meltdowns", "Help with emotional regulation at home and school."),
        ("my son can't sleep", "A sleep clinic for children with additional needs."),
        ("stammer", "Therapy for children who have a stammering difficulty."),
        ("toilet training", "The continence service supports families at home."),
        ("picky eater", "A clinic for children with feeding difficulties."),
        ("help with the forms", "Benefits advice for families of disabled children."),
        ("time off for parents", "Overnight short breaks at our house in Poole."),
        ("not talking", "Support for speech, language and communication needs."),
    ],
)
def test_families_everyday_words_find_the_directory_terms(vocabulary, typed, listing):
    make_service("Matching Service", summary=listing)
    make_service("Other Service", summary="Bikes and trikes for everyone.")
    assert names(search(QueryDict.fromkeys(["q"], typed).urlencode())) == ["Matching Service"]


def test_the_shipped_vocabulary_covers_every_category_and_need(vocabulary):
    from services.models import Category, Need, SearchTerm

    assert SearchTerm.objects.count() >= 150
    words = " ".join(f"{term.term} {term.also_known_as}" for term in SearchTerm.objects.all()).lower()
    missing = [
        term.name
        for term in [*Category.objects.filter(parent__isnull=False), *Need.objects.filter(parent__isnull=False)]
        if not any(word in words for word in re.findall(r"[a-z]{4,}", term.name.lower()))
    ]
    assert missing == []


def swimming_directory():
    christchurch = make_service("Highcliffe Splash", summary="Swimming for disabled children.", minimum_age=5,
                                maximum_age=12)  # fmt: skip
    make_location(service=christchurch, town=Location.Town.CHRISTCHURCH, postcode="BH23 5AA")
    poole = make_service("Poole Splash", summary="Swimming for disabled children.", minimum_age=5, maximum_age=12)
    make_location(service=poole, town=Location.Town.POOLE, postcode="BH15 1AA")
    make_service("Countywide Swim Fund", summary="Swimming lessons paid for, anywhere in BCP.",
                 coverage=Service.Coverage.AREA_WIDE)  # fmt: skip
    toddlers = make_service("Highcliffe Baby Swim", summary="Swimming for babies.", minimum_age=0, maximum_age=3)
    make_location(service=toddlers, town=Location.Town.CHRISTCHURCH, postcode="BH23 5AA")


def test_place_and_age_in_the_words_are_read_and_shown_with_remove_links(client):
    swimming_directory()
    html = page_text(client, "/services/?q=swimming+near+Christchurch+for+my+10+year+old")
    # the age filters; the town ranks the services there and countywide ones before the rest
    assert max(html.index("Highcliffe Splash"), html.index("Countywide Swim Fund")) < html.index("Poole Splash")
    assert "Highcliffe Baby Swim" not in html
    assert "Where: <strong>Christchurch</strong>" in html and "Where: <strong>Countywide</strong>" not in html
    assert "Age: <strong>10 years old</strong>" in html
    assert 'value="swimming"' in html  # the search box keeps only the words searched for
    remove_town = re.search(
        r'href="/services/\?([^"]*)">Remove<span class="govuk-visually-hidden"> where: Christ', html
    )
    wider = page_text(client, "/services/?" + remove_town.group(1).replace("&amp;", "&"))
    assert "Where: <strong>Christchurch</strong>" not in wider
    assert "Countywide Swim Fund" in wider and "Highcliffe Splash" in wider and "Poole Splash" in wider
    remove_all = page_text(client, "/services/?q=swimming")
    assert "Poole Splash" in remove_all and "Highcliffe Baby Swim" in remove_all


@pytest.mark.parametrize(
    ("typed", "age"),
    [("aged 9", 9), ("12yo", 12), ("under 5s", 2), ("toddler", 2), ("young adults", 19)],
)
def test_ages_are_read_the_way_people_write_them(typed, age):
    make_service("Any Age Club", summary="A club.", minimum_age=0, maximum_age=25)
    results = search(QueryDict.fromkeys(["q"], f"club {typed}").urlencode())
    assert results.params.age == age
    assert results.params.q == "club"
    assert ("Age", f"{age} years old") in [(heading, label) for heading, label, _ in results.active]


def test_a_filter_already_chosen_is_never_replaced_by_one_read_from_the_words():
    make_service("Any Age Club", summary="A club.", minimum_age=0, maximum_age=25)
    results = search("q=club+for+my+10+year+old&age=4")
    assert results.params.age == 4


def test_with_a_postcode_relevance_and_distance_are_weighed_together():
    near = make_service("Poole Autism Swim", summary="Swimming for autistic children.")
    make_location(service=near, town=Location.Town.POOLE, postcode="BH15 1AA", latitude=50.716, longitude=-1.985)
    far = make_service("Highcliffe Autism Swim", summary="Swimming for autistic children.")
    make_location(service=far, town=Location.Town.CHRISTCHURCH, postcode="BH23 5AA", latitude=50.74, longitude=-1.70)
    weak = make_service("Poole Leisure Centre", description="Gym, cafe, and a pool; autism-friendly hours monthly.")
    make_location(service=weak, town=Location.Town.POOLE, postcode="BH15 1AA", latitude=50.716, longitude=-1.985)
    online = make_service("Online Autism Swim Coaching", summary="Swimming tips for autistic children.",
                          coverage=Service.Coverage.ONLINE)  # fmt: skip
    found = names(search("q=autism+swimming&postcode=BH15"))
    assert found.index("Poole Autism Swim") < found.index("Highcliffe Autism Swim")
    assert found.index("Highcliffe Autism Swim") < found.index("Poole Leisure Centre")
    assert online.name in found
    by_distance = names(search("q=autism+swimming&postcode=BH15&sort=distance"))
    assert by_distance[-1] == online.name


def test_every_search_is_counted_by_its_words_and_day_only(client):
    make_service("Autism Swim")
    client.get("/services/?q=Dog+Grooming")
    client.get("/services/?q=dog grooming")
    client.get("/services/?q=autism&age=7")
    rows = {row.query: row for row in SearchRecord.objects.all()}
    assert rows["dog grooming"].searches == 2 and rows["dog grooming"].results == 0
    assert rows["autism"].results == 1
    assert [field.name for field in SearchRecord._meta.fields] == ["id", "query", "day", "searches", "results"]


def test_staff_see_the_searches_that_found_nothing_first_and_can_add_a_search_word(client):
    today = date.today()
    search_record(query="autism", results=12, day=today)
    search_record(query="autism", results=12, day=today)
    search_record(query="autism", results=12, day=today)
    search_record(query="autism", results=12, day=today - timedelta(days=1))
    search_record(query="meltdowns", results=0, day=today - timedelta(days=3))
    search_record(query="meltdowns", results=0, day=today - timedelta(days=4))
    search_record(query="trampolining", results=0, day=today - timedelta(days=60))
    search_record(query="trampolining", results=0, day=today - timedelta(days=61))
    factories.staff_sign_in(client, factories.staff(role="Local Offer editor"))
    html = page_text(client, "/admin/services/searchrecord/")
    assert html.index("meltdowns") < html.index("autism")
    assert "trampolining" not in html
    assert "<td>4</td>" in html
    assert 'href="/admin/services/searchrecord/word/?q=meltdowns"' in html
    assert 'href="/admin/services/searchterm/add/?also_known_as=meltdowns"' in page_text(
        client, "/admin/services/searchrecord/word/?q=meltdowns"
    )
    assert "trampolining" in page_text(client, "/admin/services/searchrecord/?days=90")
    added = page_text(client, "/admin/services/searchterm/add/?also_known_as=meltdowns")
    assert "> meltdowns</textarea>" in added


def test_the_auditor_sees_the_searches_but_cannot_add_search_words(client):
    search_record(query="meltdowns", results=0)
    search_record(query="meltdowns", results=0, day=date.today() - timedelta(days=1))
    factories.staff_sign_in(client, factories.staff(role="Read-only auditor"))
    html = page_text(client, "/admin/services/searchrecord/")
    assert "meltdowns" in html and "Add as a search word" not in html and "Deal with it" not in html
    assert client.get("/admin/services/searchrecord/word/?q=meltdowns").status_code == 403


def test_search_counts_are_deleted_after_a_year():
    search_record(query="old search", results=0, day=date.today() - timedelta(days=366))
    search_record(query="recent search", results=0, day=date.today() - timedelta(days=300))
    assert search_records_purge() == 1
    assert list(SearchRecord.objects.values_list("query", flat=True)) == ["recent search"]


def test_each_server_writes_its_search_counts_in_batches(settings):
    from services.search.report import search_records_flush

    settings.SEARCH_RECORDS_FLUSH_SECONDS = 3600
    search_record(query="portage", results=3)
    search_record(query="Portage", results=3)
    assert not SearchRecord.objects.exists()
    search_records_flush()
    assert SearchRecord.objects.get().searches == 2


def test_a_busy_servers_waiting_search_counts_are_all_written_and_added_to_the_days_counts(
    settings, django_assert_max_num_queries
):
    from services.search.report import FLUSH_ROWS, search_records_flush

    settings.SEARCH_RECORDS_FLUSH_SECONDS = 3600
    words = ["autism", "swimming", "respite", "portage", "football", "music", "dance"]
    queries = [f"{first} {second} {third}" for first in words for second in words for third in words]
    assert len(queries) > FLUSH_ROWS
    for query in queries:
        search_record(query=query, results=len(query))
    search_record(query="autism autism autism", results=5)
    search_record(query="dance", results=9, day=date.today() - timedelta(days=1))
    SearchRecord.objects.create(query="dance", day=date.today() - timedelta(days=1), searches=4, results=8)
    with django_assert_max_num_queries(2):
        search_records_flush()
    rows = {(row.query, row.day): row for row in SearchRecord.objects.all()}
    assert len(rows) == len(queries) + 1
    today = date.today()
    assert rows[("autism autism autism", today)].searches == 2
    assert rows[("autism autism autism", today)].results == 5
    assert rows[("swimming music dance", today)].searches == 1
    assert rows[("swimming music dance", today)].results == len("swimming music dance")
    yesterday = rows[("dance", today - timedelta(days=1))]
    assert (yesterday.searches, yesterday.results) == (5, 9)
