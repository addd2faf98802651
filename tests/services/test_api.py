"""The Open Referral UK 3.0 API: what other directories read from us, checked against the standard's schemas."""

import datetime
import uuid

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from services.models import Location, Organisation, Service
from services.oruk import TAXONOMIES
from tests.factories import (
    make_category,
    make_feature,
    make_location,
    make_need,
    make_opening_time,
    make_organisation,
    make_search_term,
    make_service,
)
from tests.services.oruk_schemas import assert_valid

pytestmark = pytest.mark.django_db
API = "/api/oruk"
CATEGORIES_TAXONOMY, NEEDS_TAXONOMY = (str(taxonomy.id) for taxonomy in TAXONOMIES)


def get_json(client, path, status=200, **params):
    response = client.get(API + path, params)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    return response.json()


def names(body):
    return [item["name"] for item in body["contents"]]


def assert_no_nulls(value, path="body"):
    """Empty optional fields are left out: nothing anywhere in the body is null."""
    assert value is not None, f"{path} is null"
    if isinstance(value, dict):
        for key, item in value.items():
            assert_no_nulls(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            assert_no_nulls(item, f"{path}[{index}]")


@pytest.fixture
def demo(db):
    call_command("seed_demo", verbosity=0)


def test_root_says_which_standard_and_where_the_description_is(client):
    body = get_json(client, "/")
    assert body["version"] == "HSDS-UK-3.0"
    assert_valid(body, "api_details.json")
    description = client.get(body["openapi_url"].removeprefix("http://testserver"))
    assert description.status_code == 200
    spec = description.json()
    assert spec["info"]["version"] == "HSDS-UK-3.0"
    assert set(spec["paths"]) >= {"/services", "/services/{id}", "/taxonomy_terms", "/service_at_locations/{id}"}


def test_walks_like_the_official_validator_first_middle_last_page_then_every_id(client, demo):
    first = get_json(client, "/services", per_page=20)
    assert first["total_pages"] >= 3
    pages = {1: first}
    for number in (first["total_pages"] // 2, first["total_pages"]):
        pages[number] = get_json(client, "/services", per_page=20, page=number)
    seen = set()
    for number, body in pages.items():
        assert_valid(body, "service_list.json")
        assert_no_nulls(body)
        assert body["page_number"] == number
        assert body["first_page"] == (number == 1)
        assert body["last_page"] == (number == first["total_pages"])
        assert body["size"] == len(body["contents"]) > 0
        seen |= {item["id"] for item in body["contents"]}
    for service_id in seen:
        service = get_json(client, f"/services/{service_id}")
        assert_valid(service, "service.json")
        assert_no_nulls(service)
        assert service["id"] == service_id
        assert service["last_modified"].endswith("Z")
        assert datetime.datetime.fromisoformat(service["last_modified"]).tzinfo


def test_every_other_endpoint_and_record_matches_its_schema(client, demo):
    checks = [
        ("/taxonomies", "taxonomy_list.json", "/taxonomies/{}", "taxonomy.json"),
        ("/taxonomy_terms", "taxonomy_term_list.json", "/taxonomy_terms/{}", "taxonomy_term.json"),
        ("/organizations", "organization_list.json", "/organizations/{}", "organization.json"),
        (
            "/service_at_locations",
            "service_at_location_list.json",
            "/service_at_locations/{}",
            "service_at_location.json",
        ),
    ]
    for list_path, list_schema, detail_path, detail_schema in checks:
        body = get_json(client, list_path, per_page=100)
        assert_valid(body, list_schema)
        assert_no_nulls(body)
        assert body["contents"], list_path
        for item in body["contents"][:60]:
            detail = get_json(client, detail_path.format(item["id"]))
            assert_valid(detail, detail_schema)
            assert_no_nulls(detail)
    summary = get_json(client, "/services", full="false", per_page=100)
    assert_valid(summary, "service_list.json")
    assert "service_at_locations" not in summary["contents"][0]
    minimal = get_json(client, "/services", minimal="true", per_page=100)
    assert set(minimal["contents"][0]) == {"id", "last_modified"}


def test_full_service_carries_places_times_contacts_costs_and_terms():
    autism = make_need("Autism", parent=make_need("Communication and interaction"))
    swimming = make_category("Swimming", parent=make_category("Leisure"))
    loop = make_feature("Hearing loop")
    service = make_service(
        "Splash Club",
        categories=[swimming],
        needs=[autism],
        minimum_age=5,
        maximum_age=16,
        cost=Service.Cost.PAID,
        fees="£3 a session",
        contact_name="Sam Example",
        phone="01632 960123",
        email="splash@example.org",
    )
    location = make_location(service=service, name="Lido", address="1 Pool Road", postcode="BH15 1AA", features=[loop])
    make_opening_time(service=service, weekday=5, opens="10:00", closes="12:00")
    client_body = get_json_for_service(service)
    assert client_body["status"] == "active"
    assert (client_body["minimum_age"], client_body["maximum_age"]) == (5, 16)
    assert client_body["organization"]["id"] == str(service.organisation.open_referral_id)
    place = client_body["service_at_locations"][0]
    assert place["id"] == str(location.open_referral_service_at_location_id)
    assert place["location"]["addresses"][0]["postal_code"] == "BH15 1AA"
    assert place["location"]["addresses"][0]["city"] == "Poole"
    assert [item["description"] for item in place["location"]["accessibility"]] == ["Hearing loop"]
    assert client_body["schedules"][0]["byday"] == "SA"
    assert client_body["schedules"][0]["opens_at"] == "10:00"
    assert client_body["contacts"][0]["name"] == "Sam Example"
    assert client_body["contacts"][0]["phones"][0]["number"] == "01632 960123"
    assert client_body["cost_options"][0]["amount_description"] == "£3 a session"
    terms = {item["taxonomy_term"]["name"]: item["taxonomy_term"] for item in client_body["attributes"]}
    assert terms["Autism"]["taxonomy_id"] == NEEDS_TAXONOMY
    assert terms["Autism"]["parent_id"] == str(autism.parent.open_referral_id)
    assert terms["Swimming"]["taxonomy_id"] == CATEGORIES_TAXONOMY
    assert_valid(client_body, "service.json")


def get_json_for_service(service):
    from django.test import Client

    return get_json(Client(), f"/services/{service.pk}")


def test_ids_stay_the_same_from_one_request_to_the_next(client):
    service = make_service(towns=["poole"], phone="01632 960000")
    make_opening_time(service=service)
    assert get_json(client, f"/services/{service.pk}") == get_json(client, f"/services/{service.pk}")


def test_status_is_mapped_and_drafts_never_appear_anywhere(client):
    organisation = make_organisation(name="Only drafts here")
    draft = make_service("Secret draft", status=Service.Status.DRAFT, organisation=organisation, towns=["poole"])
    make_service("Open one", status=Service.Status.PUBLISHED)
    make_service("Shut for now", status=Service.Status.TEMPORARILY_CLOSED, status_note="Back in May.")
    make_service("Old one", status=Service.Status.ARCHIVED)
    body = get_json(client, "/services")
    statuses = {item["name"]: item["status"] for item in body["contents"]}
    assert statuses == {"Open one": "active", "Shut for now": "temporarily closed", "Old one": "inactive"}
    assert next(item for item in body["contents"] if item["name"] == "Shut for now")["alert"] == "Back in May."
    get_json(client, f"/services/{draft.pk}", status=404)
    get_json(client, f"/organizations/{organisation.open_referral_id}", status=404)
    location = draft.locations.get()
    get_json(client, f"/service_at_locations/{location.open_referral_service_at_location_id}", status=404)
    for path in ("/services", "/organizations", "/service_at_locations", "/services?full=false"):
        assert "Secret draft" not in client.get(API + path).content.decode()
        assert "Only drafts here" not in client.get(API + path).content.decode()


def test_unknown_and_malformed_ids_are_json_404s(client):
    make_service()
    for kind in ("services", "taxonomies", "taxonomy_terms", "organizations", "service_at_locations"):
        for bad in (uuid.uuid4(), "not-a-uuid", "1", "%00", "..%2F"):
            body = get_json(client, f"/{kind}/{bad}", status=404)
            assert body["status"] == 404
    assert get_json(client, "/no_such_endpoint", status=404)["status"] == 404


def test_filters_by_taxonomy_term_including_terms_under_a_top_level_one(client):
    health = make_category("Health")
    therapy = make_category("Therapy", parent=health)
    make_service("Therapy service", categories=[therapy])
    make_service("Health service", categories=[health])
    make_service("Other service", categories=[make_category("Leisure")])
    assert names(get_json(client, "/services", taxonomy_term_id=therapy.open_referral_id)) == ["Therapy service"]
    assert names(get_json(client, "/services", taxonomy_term_id=health.open_referral_id)) == [
        "Health service",
        "Therapy service",
    ]
    assert names(get_json(client, "/services", taxonomy_term_id=uuid.uuid4())) == []


def test_filters_by_taxonomy_organisation_modified_date_and_age(client):
    need = make_need("Autism")
    with_need = make_service("With a need", needs=[need], minimum_age=0, maximum_age=5)
    without = make_service("Without a need", minimum_age=16, maximum_age=25)
    Service.objects.filter(pk=without.pk).update(updated=timezone.now() - datetime.timedelta(days=30))
    assert names(get_json(client, "/services", taxonomy_id=NEEDS_TAXONOMY)) == ["With a need"]
    assert len(names(get_json(client, "/services", taxonomy_id=CATEGORIES_TAXONOMY))) == 0
    assert names(get_json(client, "/services", organization_id=without.organisation.open_referral_id)) == [
        "Without a need"
    ]
    yesterday = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    assert names(get_json(client, "/services", modified_after=yesterday)) == ["With a need"]
    assert names(get_json(client, "/services", modified_after="2000-01-01")) == ["With a need", "Without a need"]
    assert names(get_json(client, "/services", minimum_age=10)) == ["Without a need"]
    assert names(get_json(client, "/services", maximum_age=4)) == ["With a need"]
    assert names(get_json(client, "/services", minimum_age=5, maximum_age=16)) == ["With a need", "Without a need"]
    assert with_need


def test_postcode_and_proximity_find_services_with_a_place_nearby(client):
    make_service("In Poole", towns=[("poole", "BH15 1AA")])
    make_service("In Christchurch", towns=[("christchurch", "BH23 1AA")])
    make_service("Online only")
    near = names(get_json(client, "/services", postcode="BH15 2ZZ", proximity=3000))
    assert near == ["In Poole"]
    wide = names(get_json(client, "/services", postcode="bh15", proximity=30000))
    assert wide == ["In Christchurch", "In Poole"]
    body = get_json(client, "/services", postcode="ZZ99 9ZZ", proximity=1000, status=400)
    assert body["parameter"] == "postcode"


def test_search_uses_the_send_vocabulary(client):
    make_search_term("autism", "ASD, autistic")
    make_service("Sunflower Group", description="A group for autistic teenagers.")
    make_service("Autism Outreach", description="Support at home.")
    make_service("Swimming lessons", description="Lessons in a quiet pool.")
    assert names(get_json(client, "/services", search="ASD")) == ["Autism Outreach", "Sunflower Group"]
    assert names(get_json(client, "/services", search="swim")) == ["Swimming lessons"]
    # Any word counts: services matching either word are found (the API lists them by name).
    assert names(get_json(client, "/services", search="asd swim")) == [
        "Autism Outreach",
        "Sunflower Group",
        "Swimming lessons",
    ]
    assert names(get_json(client, "/services", search="what is there for ASD?")) == [
        "Autism Outreach",
        "Sunflower Group",
    ]


def test_search_also_finds_services_by_the_names_of_their_needs_and_categories(client):
    make_search_term("autism", "ASD")
    make_service("Tuesday Club", description="Games and friends.", needs=[make_need("Autism")])
    make_service("Pool Time", description="Splashing.", categories=[make_category("Swimming and sport")])
    assert names(get_json(client, "/services", search="asd")) == ["Tuesday Club"]
    assert names(get_json(client, "/services", search="sport")) == ["Pool Time"]


def test_filters_combine_with_and(client):
    make_search_term("autism", "ASD")
    need = make_need("Autism")
    organisation = make_organisation()
    make_service("Autism club Poole", needs=[need], organisation=organisation, towns=["poole"], minimum_age=5)
    make_service("Autism club young", needs=[need], organisation=organisation, towns=["poole"], maximum_age=4)
    make_service("Autism club elsewhere", needs=[need], towns=["poole"], minimum_age=5)
    make_service(
        "Autism club Christchurch", needs=[need], organisation=organisation, towns=[("christchurch", "BH23 1AA")]
    )
    body = get_json(
        client,
        "/services",
        search="autism club",
        taxonomy_term_id=need.open_referral_id,
        organization_id=organisation.open_referral_id,
        minimum_age=6,
        postcode="BH15 1AA",
        proximity=2000,
    )
    assert names(body) == ["Autism club Poole"]
    places = get_json(client, "/service_at_locations", organization_id=organisation.open_referral_id, minimum_age=6)
    assert {item["service_id"] for item in places["contents"]} == {
        str(service.pk) for service in Service.objects.filter(organisation=organisation, maximum_age__gte=6)
    }


def test_paging_edges(client):
    for number in range(5):
        make_service(f"Service {number}")
    body = get_json(client, "/services", per_page=2, page=3)
    assert (body["total_items"], body["total_pages"], body["size"], body["last_page"]) == (5, 3, 1, True)
    past = get_json(client, "/services", per_page=2, page=4)
    assert past["empty"] is True and past["contents"] == [] and past["size"] == 0
    huge_page = get_json(client, "/services", page=10**19)
    assert huge_page["empty"] is True
    huge = get_json(client, "/services", per_page=10**6)
    assert huge["size"] == 5 and huge["total_pages"] == 1
    for bad in ("0", "-1", "two", "1.5", "", " "):
        if bad.strip():
            assert get_json(client, "/services", page=bad, status=400)["parameter"] == "page"
            assert get_json(client, "/services", per_page=bad, status=400)["parameter"] == "per_page"
    none = get_json(client, "/services", search="nothing matches this")
    assert none["empty"] is True and none["total_items"] == 0 and none["total_pages"] == 1 and none["first_page"]


@pytest.mark.parametrize(
    ("path", "parameter", "value"),
    [
        ("/services", "taxonomy_term_id", "health"),
        ("/services", "taxonomy_id", "123"),
        ("/services", "organization_id", "' OR 1=1 --"),
        ("/services", "modified_after", "yesterday"),
        ("/services", "modified_after", "2025-13-45"),
        ("/services", "modified_after", "2025-02-30T25:00:00"),
        ("/services", "minimum_age", "-1"),
        ("/services", "minimum_age", "five"),
        ("/services", "maximum_age", "1e3"),
        ("/services", "maximum_age", "99999999999999999999999"),
        ("/services", "proximity", "1000"),
        ("/services", "full", "maybe"),
        ("/services", "minimal", "2"),
        ("/services", "format", "ndjson"),
        ("/services", "search", "x" * 201),
        ("/services", "search", "nul\x00byte"),
        ("/taxonomy_terms", "top_only", "sometimes"),
        ("/taxonomy_terms", "parent_id", "top"),
        ("/taxonomy_terms", "taxonomy_id", "needs"),
        ("/service_at_locations", "taxonomy_term_id", "x"),
        ("/organizations", "page", "first"),
    ],
)
def test_malformed_parameters_get_a_400_that_names_them(client, path, parameter, value):
    body = get_json(client, path, status=400, **{parameter: value})
    assert body["status"] == 400
    assert body["parameter"] in (parameter, "postcode")
    assert body["message"]


def test_age_range_the_wrong_way_round_and_proximity_out_of_range_are_400s(client):
    assert get_json(client, "/services", minimum_age=10, maximum_age=5, status=400)["parameter"] == "minimum_age"
    for proximity in ("0", "-5", "nan", "inf", "far", "1e99"):
        body = get_json(client, "/services", postcode="BH15", proximity=proximity, status=400)
        assert body["parameter"] == "proximity"
    assert get_json(client, "/services", postcode="BH15", status=400)["parameter"] == "proximity"


def test_taxonomy_terms_filter_by_taxonomy_parent_and_top_level(client):
    broad = make_need("Sensory")
    make_need("Hearing", parent=broad)
    category = make_category("Health")
    make_category("Therapy", parent=category)
    assert names(get_json(client, "/taxonomy_terms", taxonomy_id=NEEDS_TAXONOMY)) == ["Sensory", "Hearing"]
    assert names(get_json(client, "/taxonomy_terms", parent_id=broad.open_referral_id)) == ["Hearing"]
    assert names(get_json(client, "/taxonomy_terms", top_only="true")) == ["Health", "Sensory"]
    assert names(get_json(client, "/taxonomy_terms", top_only="true", taxonomy_id=CATEGORIES_TAXONOMY)) == ["Health"]
    taxonomy = get_json(client, f"/taxonomies/{NEEDS_TAXONOMY}")
    assert [term["name"] for term in taxonomy["taxonomy_terms"]] == ["Sensory", "Hearing"]
    assert len(get_json(client, "/taxonomies")["contents"]) == 2


def test_organisation_lists_its_public_services(client):
    organisation = make_organisation(name="Harbour Trust", description="")
    make_service("Visible", organisation=organisation)
    make_service("Hidden", organisation=organisation, status=Service.Status.DRAFT)
    body = get_json(client, f"/organizations/{organisation.open_referral_id}")
    assert [service["name"] for service in body["services"]] == ["Visible"]
    assert body["description"] == "Harbour Trust"
    assert names(get_json(client, "/organizations", search="harbour")) == ["Harbour Trust"]


def test_responses_can_be_cached_and_revalidated(client):
    service = make_service()
    response = client.get(f"{API}/services/{service.pk}")
    assert response["Cache-Control"] == "public, max-age=300"
    assert response["ETag"]
    assert response["Last-Modified"]
    again = client.get(f"{API}/services/{service.pk}", headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304
    assert again["Access-Control-Allow-Origin"] == "*"
    listing = client.get(f"{API}/services")
    assert listing["Cache-Control"] == "public, max-age=300" and listing["ETag"]


def test_api_is_read_only_and_answers_cors_preflight(client):
    assert client.post(f"{API}/services").status_code == 405
    assert client.delete(f"{API}/services").json()["status"] == 405
    preflight = client.options(f"{API}/services")
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"


def test_trailing_slash_is_optional(client):
    make_service("Any")
    assert names(get_json(client, "/services/")) == ["Any"]


@pytest.mark.parametrize("per_page", [5, 50])
def test_a_page_of_nested_services_takes_the_same_few_queries_whatever_its_size(
    client, django_assert_max_num_queries, per_page, settings
):
    settings.RENDERED_CACHE_SECONDS = 0  # made afresh: the queries that build the answer
    organisation = make_organisation()
    features = [make_feature() for _ in range(3)]
    need = make_need("Need", parent=make_need("Area"))
    category = make_category("Sub", parent=make_category("Top"))
    for number in range(50):
        service = make_service(
            f"Service {number:02d}",
            organisation=organisation if number % 2 else make_organisation(),
            categories=[category],
            needs=[need],
            phone="01632 960000",
        )
        make_location(service=service, features=features)
        make_location(service=service, town=Location.Town.BOURNEMOUTH, postcode="BH1 1AA")
        make_opening_time(service=service)
    # Its ids with their count, their versions (read after the ids, so a deep page costs what the first
    # does), and the nested services, all their parts in one query.
    with django_assert_max_num_queries(3):
        body = get_json(client, "/services", per_page=per_page)
    assert body["size"] == per_page
    assert all(len(item["service_at_locations"]) == 2 for item in body["contents"])


def test_new_records_get_their_own_open_referral_ids():
    organisation = make_organisation()
    other = make_organisation()
    assert organisation.open_referral_id != other.open_referral_id
    assert Organisation.objects.filter(open_referral_id=organisation.open_referral_id).count() == 1


def test_reloading_the_demo_data_changes_no_open_data_id(client, demo):
    before = get_json(client, "/service_at_locations", per_page=100)["contents"]
    services_before = get_json(client, "/services", per_page=20)["contents"]
    call_command("seed_demo", verbosity=0)
    after = get_json(client, "/service_at_locations", per_page=100)["contents"]
    services_after = get_json(client, "/services", per_page=20)["contents"]
    assert [(item["id"], item["location_id"]) for item in before] == [
        (item["id"], item["location_id"]) for item in after
    ]
    for old, new in zip(services_before, services_after, strict=True):
        assert [schedule["id"] for schedule in old["schedules"]] == [schedule["id"] for schedule in new["schedules"]]


def test_openapi_description_covers_exactly_the_endpoints_served(client):
    service = make_service(towns=["poole"], categories=[make_category("Health")])
    ids = {
        "/services/{id}": service.pk,
        "/taxonomies/{id}": CATEGORIES_TAXONOMY,
        "/taxonomy_terms/{id}": service.categories.get().open_referral_id,
        "/organizations/{id}": service.organisation.open_referral_id,
        "/service_at_locations/{id}": service.locations.get().open_referral_service_at_location_id,
    }
    spec = get_json(client, "/openapi.json")
    assert spec["servers"] == [{"url": "http://testserver/api/oruk"}]
    for path, operations in spec["paths"].items():
        assert client.get(API + path.replace("{id}", str(ids.get(path, "")))).status_code == 200, path
        for parameter in operations["get"]["parameters"]:
            assert parameter["description"], (path, parameter["name"])
    assert len(spec["paths"]) == 11


def test_schema_checks_say_so_and_skip_when_the_schemas_are_missing(monkeypatch, tmp_path):
    monkeypatch.setenv("ORUK_SCHEMA_DIR", str(tmp_path / "nowhere"))
    with pytest.raises(pytest.skip.Exception, match="ORUK_SCHEMA_DIR"):
        assert_valid({}, "service.json")


def test_an_address_outside_bcp_takes_its_town_from_the_last_line(client):
    service = make_service()
    make_location(
        service=service, town=Location.Town.ELSEWHERE, address="2 Market Place\nRingwood", postcode="BH24 1AA"
    )
    body = get_json(client, f"/services/{service.pk}")
    address = body["service_at_locations"][0]["location"]["addresses"][0]
    assert (address["address_1"], address["city"], address["state_province"]) == (
        "2 Market Place",
        "Ringwood",
        "Hampshire",
    )
    assert_valid(body, "service.json")


def test_an_answer_is_kept_until_the_directory_changes_and_then_made_afresh(client, django_assert_max_num_queries):
    service = make_service("Harbour Swim Club")
    path = f"/services/{service.pk}"
    assert get_json(client, path)["name"] == "Harbour Swim Club"
    assert names(get_json(client, "/services/")) == ["Harbour Swim Club"]
    # The record's: its listing's version. The list's: which members and how many, then only their versions
    # (read apart so that a deep page looks up no version of the rows before it).
    with django_assert_max_num_queries(3):
        assert get_json(client, path)["name"] == "Harbour Swim Club"
        assert names(get_json(client, "/services/")) == ["Harbour Swim Club"]

    service.name = "Harbour Splash Club"
    service.save()
    assert get_json(client, path)["name"] == "Harbour Splash Club"
    assert names(get_json(client, "/services/")) == ["Harbour Splash Club"]


def test_a_list_of_services_is_read_once_a_version_from_the_order_index_and_each_page_is_a_slice_of_it(client):
    """However large the directory, a list is never sorted nor read row by row: its ids come from the order index
    once for each version of the directory, and every page of it after the first is read without counting or
    offsetting again. A listing renamed or withdrawn moves the list at once."""
    for name in ("Art club", "Brass band", "Cycling club"):
        make_service(name=name)
    with CaptureQueriesContext(connection) as queries:
        body = get_json(client, "/services", page=2, per_page=1)
    assert (names(body), body["total_items"]) == (["Brass band"], 3)
    (listed,) = [query["sql"] for query in queries if 'ORDER BY "services_service"."name"' in query["sql"]]
    with connection.cursor() as cursor:
        # What the planner chooses once the table is too large to read whole.
        cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off")
        cursor.execute(f"EXPLAIN {listed}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Index Only Scan using service_name_id_public" in plan, plan
    assert "Sort" not in plan, plan

    with CaptureQueriesContext(connection) as queries:
        assert names(get_json(client, "/services", page=3, per_page=1)) == ["Cycling club"]
        assert names(get_json(client, "/services", page=1, per_page=2)) == ["Art club", "Brass band"]
        assert names(get_json(client, "/services", page=4, per_page=1)) == []
    assert not [query for query in queries if 'ORDER BY "services_service"."name"' in query["sql"]]

    art = Service.objects.get(name="Art club")
    art.name = "Zoo club"
    art.save()
    assert names(get_json(client, "/services", page=1, per_page=1)) == ["Brass band"]
    assert names(get_json(client, "/services", page=3, per_page=1)) == ["Zoo club"]
    art.status = Service.Status.DRAFT
    art.save()
    body = get_json(client, "/services", page=1, per_page=5)
    assert (names(body), body["total_items"]) == (["Brass band", "Cycling club"], 2)
    body = get_json(client, "/services", page=1, per_page=5, minimum_age=99)
    assert body["total_items"] == 0
