"""Search and browse: ranking, the SEND vocabulary, spelling, filters with counts, distance, bad input."""

from urllib.parse import urlencode

import pytest

from services import taxonomy
from services.models import Location, Service
from services.search import query_expand, service_ranking
from tests.factories import make_category, make_feature, make_location, make_need, make_search_term, make_service
from tests.services.search_directory import names, page_text, search

pytestmark = pytest.mark.django_db


def test_a_word_in_the_name_ranks_above_the_summary_above_the_description():
    make_service("Harbour Club", description="A club where autism is understood.")
    make_service("Heath Group", summary="Support for autism and families.")
    make_service("Autism Swim", summary="Relaxed swimming.")
    make_service("Poole Cycling", summary="Bikes for everyone.")
    assert names(search("q=autism")) == ["Autism Swim", "Heath Group", "Harbour Club"]


def test_search_is_stemmed_so_plurals_and_tenses_match():
    make_service("Weekend Swim", summary="Swimming sessions for families.")
    assert names(search("q=swims")) == ["Weekend Swim"]


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("ASD", "Support for autism"),
        ("autistic", "Support for autism"),
        ("autism", "For autistic teenagers"),
        ("ADHD", "For children with attention deficit hyperactivity disorder"),
        ("SALT", "Speech and language therapy at home"),
        ("speech therapy", "Our SALT team visits nurseries"),
        ("OT", "Occupational therapy for handwriting"),
        ("CAMHS", "Mental health support for teenagers"),
        ("mental health", "Referrals to CAMHS"),
        ("EHCP", "Help with an education, health and care plan"),
        ("education health and care plan", "Help writing your EHCP"),
        ("SEMH", "For social emotional and mental health needs"),
        ("SENCO", "Advice from a special educational needs coordinator"),
        ("SENDIASS", "The SEND information advice and support service"),
        ("PfA", "Preparing for adulthood workshops"),
        ("preparing for adulthood", "Our PfA team"),
        ("short breaks", "Respite at weekends"),
        ("respite", "Saturday short breaks"),
    ],
)
def test_send_vocabulary_finds_formal_terms_and_back_again(vocabulary, typed, text):
    make_service("Matching Service", summary=text)
    make_service("Other Service", summary="Bikes and trikes for everyone.")
    assert names(search(f"q={typed}")) == ["Matching Service"]


def test_staff_can_extend_the_vocabulary_without_code():
    make_service("Sensory Circuits", summary="Sensory integration sessions")
    assert names(search("q=SI")) == []
    make_search_term("sensory integration", "SI, sensory processing")
    assert names(search("q=SI")) == ["Sensory Circuits"]


def test_query_expand_groups_phrases_and_keeps_other_words(vocabulary):
    groups = query_expand(query="ASD speech therapy in Poole")
    assert groups[0][0] == "asd" and "autism" in groups[0]
    assert "speech and language therapy" in groups[1] and "salt" in groups[1]
    assert groups[2:] == [["poole"]]


def test_sending_is_a_word_of_its_own_not_send(vocabulary):
    groups = query_expand(query="sending letters to the school")
    assert ["sending"] in groups
    assert not any("special educational needs and disabilities" in group for group in groups)
    make_service("SEND Casework Team", summary="The council's SEND team.")
    make_service("School Letters Help", summary="Help writing letters to the school.")
    assert names(search(urlencode({"q": "sending letters to the school"}))) == ["School Letters Help"]


def test_service_ranking_returns_best_matches_first_for_the_whole_site(vocabulary):
    swim = make_service("Autism Swim")
    group = make_service("Heath Group", summary="For autistic children")
    make_service("Hidden", summary="Autism", status=Service.Status.DRAFT)
    assert service_ranking(query="ASD") == [swim.pk, group.pk]


def test_service_in_a_matching_need_is_found_even_without_the_word(vocabulary):
    autism = taxonomy.Need.objects.get(slug="autism")
    make_service("Saturday Club", summary="Games and crafts", needs=[autism])
    assert names(search("q=ASD")) == ["Saturday Club"]


@pytest.mark.parametrize(("typed", "corrected"), [("autsim", "autism"), ("dyslexa", "dyslexia"), ("austim", "autism")])
def test_a_misspelt_word_is_corrected_with_a_link_to_search_as_typed(client, vocabulary, typed, corrected):
    make_service(f"{corrected.title()} Swim")
    html = page_text(client, f"/services/?q={typed}")
    assert f"Showing results for <strong>{corrected}</strong>." in html
    assert (
        f'Search instead for <a class="govuk-link" href="/services/?q={typed}&amp;spelling=exact">{typed}</a>' in html
    )
    assert f"{corrected.title()} Swim" in html
    as_typed = page_text(client, f"/services/?q={typed}&spelling=exact")
    assert "Showing results for" not in as_typed and "0 services" in as_typed


def test_a_correctly_spelt_word_is_never_corrected(vocabulary):
    make_service("Autism Swim")
    make_service("Sensory Play", summary="Messy play")
    assert search("q=autism").corrected_from == ""
    assert search("q=messy").corrected_from == ""


def test_age_matches_every_service_whose_range_includes_it():
    make_service("Under fives", minimum_age=0, maximum_age=4)
    make_service("Primary", minimum_age=5, maximum_age=11)
    make_service("Everyone", minimum_age=0, maximum_age=25)
    assert names(search("age=4")) == ["Everyone", "Under fives"]
    assert names(search("age=5")) == ["Everyone", "Primary"]
    assert names(search("age=25")) == ["Everyone"]
    counts = {option.value: option.count for option in search("age=5").facets["age"]}
    assert counts["4"] == 2 and counts["11"] == 2 and counts["12"] == 1


def test_each_filter_narrows_results_and_counts_what_each_choice_would_give():
    health = make_category("Health")
    therapy = make_category("Therapies", parent=health)
    leisure = make_category("Leisure")
    area = make_need("Communication and interaction")
    autism = make_need("Autism", parent=area)
    hearing = make_need("Hearing")
    step_free = make_feature("Step-free access")
    loop = make_feature("Hearing loop")
    a = make_service("A Therapy", categories=[therapy], needs=[autism], cost="free", access="self", online=True)
    make_location(service=a, town=Location.Town.POOLE, features=[step_free, loop])
    b = make_service("B Swim", categories=[leisure], needs=[hearing], cost="paid", access="professional")
    make_location(service=b, town=Location.Town.BOURNEMOUTH, features=[step_free])
    make_service("C Advice", categories=[health], cost="some_free", access="both", coverage="area", in_person=False)

    assert names(search("category=health")) == ["A Therapy", "C Advice"]  # a main category includes its children
    assert names(search("category=therapies")) == ["A Therapy"]
    assert names(search("need=communication-and-interaction")) == ["A Therapy"]
    assert names(search("need=autism&need=hearing")) == ["A Therapy", "B Swim"]  # OR within a filter
    assert names(search("cost=paid")) == ["B Swim"]
    assert names(search("town=poole")) == ["A Therapy"]
    assert names(search("town=area")) == ["C Advice"]
    assert names(search("delivery=online")) == ["A Therapy"]
    assert names(search("feature=step-free-access")) == ["A Therapy", "B Swim"]
    assert names(search("feature=step-free-access&feature=hearing-loop")) == ["A Therapy"]  # every feature
    assert names(search("referral=self")) == ["A Therapy", "C Advice"]
    assert names(search("category=health&cost=free")) == ["A Therapy"]  # AND across filters

    results = search("category=health")
    categories = {option.value: option.count for option in results.facets["category"]}
    assert categories == {"health": 2, "leisure": 1}  # counts ignore the filter's own choice
    costs = {option.value: option.count for option in results.facets["cost"]}
    assert costs == {"free": 1, "some_free": 1, "paid": 0}
    features = {option.value: option.count for option in results.facets["feature"]}
    assert features == {"step-free-access": 1, "hearing-loop": 1}


def test_search_page_shows_counts_active_filters_and_remove_links(client):
    health = make_category("Health")
    make_service("A Therapy", categories=[health], cost="free")
    make_service("B Swim", cost="paid")
    html = page_text(client, "/services/?q=therapy&category=health&cost=free")
    assert "1 service matching “therapy”" in html
    assert 'value="health" checked' in html and 'Health <span class="lo-count">(1)</span>' in html
    assert "Category: <strong>Health</strong>" in html
    assert 'href="/services/?q=therapy&amp;cost=free">Remove' in html
    assert 'href="/services/?q=therapy">Clear all filters' in html


def test_postcode_sorts_by_distance_and_keeps_countywide_and_online_services_labelled(client):
    near = make_service("Christchurch Club")
    make_location(service=near, town=Location.Town.CHRISTCHURCH, postcode="BH23 1AA", latitude=50.735, longitude=-1.798)
    far = make_service("Poole Club")
    make_location(service=far, town=Location.Town.POOLE, postcode="BH15 1AA", latitude=50.7185, longitude=-1.983)
    make_service("County Advice", coverage=Service.Coverage.AREA_WIDE)
    make_service("Online Chat", coverage=Service.Coverage.ONLINE)
    results = search("postcode=bh23")
    assert names(results) == ["Christchurch Club", "Poole Club", "County Advice", "Online Chat"]
    html = page_text(client, "/services/?postcode=BH23")
    assert "2.3 miles away" in html
    assert "10.5 miles away" in html
    assert "Countywide" in html and "Online or by phone: available wherever you live" in html


def test_full_postcode_uses_the_loaded_postcode_when_there_is_one():
    from services.models import PostcodeCentroid

    PostcodeCentroid.objects.create(postcode="BH15 1AA", latitude=50.7185, longitude=-1.983)
    place = search("postcode=BH151AA").place
    assert place.label == "BH15 1AA" and place.exact


@pytest.mark.parametrize(
    ("postcode", "message"),
    [("XYZ", "Enter a full postcode, like BH23 1AA"), ("ZZ99", "We could not find ZZ99")],
)
def test_unknown_or_malformed_postcode_gets_a_clear_message_and_still_shows_services(client, postcode, message):
    make_service("Harbour Club")
    response = client.get(f"/services/?postcode={postcode}")
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "<title>Error:" in html
    assert "Harbour Club" in html


def test_sort_by_name_and_by_recently_updated():
    make_service("Bravo")
    make_service("Alpha")
    assert names(search("sort=name")) == ["Alpha", "Bravo"]
    assert names(search("sort=updated")) == ["Alpha", "Bravo"]
    Service.objects.get(name="Bravo").save()
    assert names(search("sort=updated")) == ["Bravo", "Alpha"]


def test_results_are_paginated_twenty_at_a_time(client):
    for number in range(25):
        make_service(f"Service {number:02d}")
    first, second = search(""), search("page=2")
    assert len(first.services) == 20 and len(second.services) == 5
    assert search("page=99").page.number == 2
    html = page_text(client, "/services/?page=2")
    assert "Service 24" in html and "(page 2 of 2)" in html


def test_only_published_and_temporarily_closed_services_appear(client):
    make_service("Open Club")
    make_service("Closed Club", status=Service.Status.TEMPORARILY_CLOSED)
    make_service("Draft Club", status=Service.Status.DRAFT)
    make_service("Old Club", status=Service.Status.ARCHIVED)
    html = page_text(client, "/services/")
    assert "Open Club" in html and "Closed Club" in html and "Temporarily closed" in html
    assert "Draft Club" not in html and "Old Club" not in html


BAD_QUERIES = [
    "age=abc", "age=-1", "age=99", "age=1e9", "page=abc", "page=-3", "page=99999999999999999999", "sort=drop",
    "category=%00", "q=%00%01", "q=" + "a" * 5000, "postcode=%00", "postcode=" + "B" * 500, "town=mars",
    "cost=free&cost=free", "feature=none", "referral=maybe", "q=<script>alert(1)</script>", "q='%20OR%201=1--",
    "q=%E2%80%9C", "q=&&&|||!!!", "q=autism:*", "need=a&need=b&need=c", "delivery=teleport", "q=%F0%9F%98%80",
]  # fmt: skip


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_any_query_parameter_gives_a_page_never_an_error(client, query):
    make_service("Harbour Club")
    response = client.get(f"/services/?{query}")
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_bad_age_is_explained_beside_the_field():
    results = search("age=abc")
    assert results.errors == {"age": "Enter the child's age in years, as a number from 0 to 25"}


@pytest.mark.parametrize("cache_seconds", [0, 300])
@pytest.mark.parametrize("count", [3, 30])
def test_search_page_uses_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, settings, count, cache_seconds
):
    settings.SEARCH_CACHE_SECONDS = cache_seconds
    health = make_category("Health")
    need = make_need("Autism")
    feature = make_feature("Quiet space")
    for number in range(count):
        service = make_service(f"Autism service {number}", categories=[health], needs=[need])
        make_location(service=service, features=[feature])
    url = "/services/?q=autism&category=health&age=7&postcode=BH15&feature=quiet-space"
    for _ in range(2):  # the second time from the cache, when it is on
        with django_assert_max_num_queries(10):
            response = client.get(url)
        assert response.status_code == 200
        assert f"{count} services" in response.content.decode()


def test_a_search_not_asked_before_reads_only_the_directory_version(client, django_assert_num_queries, settings):
    settings.SEARCH_CACHE_SECONDS = 0
    settings.SEARCH_RECORDS_FLUSH_SECONDS = 3600  # the counts wait to be written in a batch
    health = make_category("Health")
    need = make_need("Autism")
    feature = make_feature("Quiet space")
    for number in range(30):
        service = make_service(f"Autism service {number}", categories=[health], needs=[need])
        make_location(service=service, features=[feature])
    assert client.get("/services/?q=health").status_code == 200  # this server builds its index
    with django_assert_num_queries(1):  # the version; the first page's cards are made already
        html = page_text(client, "/services/?q=autism&category=health&age=7&postcode=BH15&feature=quiet-space")
    assert "30 services" in html and "Autism service 0" in html
    with django_assert_num_queries(1):  # the second page's cards are made from the search index
        html = page_text(client, "/services/?q=autism&age=8&page=2")
    assert "Autism service 9" in html and "(page 2 of 2)" in html


def test_cached_search_results_change_as_soon_as_a_listing_changes(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        service = make_service("Harbour Club", summary="A club.")
    assert "Harbour Club" in page_text(client, "/services/")
    with django_capture_on_commit_callbacks(execute=True):
        service.name = "Heath Club"
        service.save()
    html = page_text(client, "/services/")
    assert "Heath Club" in html and "Harbour Club" not in html


def test_category_and_need_pages_are_reachable_from_the_home_page(client):
    health = make_category("Health", description="NHS therapies and more.")
    therapy = make_category("Therapies", parent=health)
    area = make_need("Sensory and/or physical")
    make_service("Hearing Help", categories=[therapy], needs=[make_need("Hearing", parent=area)])
    home = page_text(client, "/")
    assert 'href="/services/category/health/"' in home and "NHS therapies and more." in home
    assert 'href="/services/need/sensory-andor-physical/"' in home
    html = page_text(client, "/services/category/health/")
    assert ">Health</h1>" in html and "Hearing Help" in html
    assert '<a class="govuk-link" href="/services/category/therapies/">Therapies</a>' in html
    html = page_text(client, "/services/need/sensory-andor-physical/")
    assert ">Sensory and/or physical</h1>" in html and "Hearing Help" in html
    assert '<a class="govuk-link" href="/services/need/hearing/">Hearing</a>' in html
    assert client.get("/services/category/nothing/").status_code == 404


def test_category_page_uses_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    health = make_category("Health")
    therapy = make_category("Therapies", parent=health)
    for number in range(15):
        make_location(service=make_service(f"Therapy {number}", categories=[therapy]))
    with django_assert_max_num_queries(10):
        assert client.get("/services/category/health/?age=7").status_code == 200


def test_one_persons_mistyped_age_never_shows_on_anyone_elses_search(client, settings):
    settings.SEARCH_CACHE_SECONDS = 300
    make_service("Harbour Club")
    mistyped = client.get("/services/?age=abc").content.decode()
    assert "There is a problem" in mistyped
    plain = client.get("/services/").content.decode()
    assert "There is a problem" not in plain
    assert "<title>Error:" not in plain


def test_no_results_without_a_keyword_offers_neither_sorting_nor_a_spelling_check(client):
    make_service("A Therapy", cost="free")
    html = client.get("/services/?cost=paid").content.decode()
    assert "No services match your search" in html
    assert "Sort by" not in html
    assert "check the spelling" not in html
    assert "remove the filters" in html


def test_results_can_be_sorted_and_a_keyword_with_no_results_suggests_checking_the_spelling(client):
    make_service("A Therapy", cost="free")
    assert "Sort by" in client.get("/services/").content.decode()
    assert "check the spelling" in client.get("/services/?q=zzyzx").content.decode()
