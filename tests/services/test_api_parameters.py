"""Whatever a client sends, the API answers 200 or a JSON 400 or 404: never a server error."""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from services.models import Service
from tests.factories import make_category, make_need, make_search_term, make_service

pytestmark = pytest.mark.django_db
API = "/api/oruk"
LISTS = {
    "/services": [
        "search",
        "taxonomy_term_id",
        "taxonomy_id",
        "organization_id",
        "modified_after",
        "minimum_age",
        "maximum_age",
        "postcode",
        "proximity",
        "page",
        "per_page",
        "full",
        "minimal",
        "format",
    ],
    "/service_at_locations": ["search", "taxonomy_term_id", "postcode", "proximity", "modified_after", "page"],
    "/taxonomy_terms": ["search", "taxonomy_id", "parent_id", "top_only", "page", "per_page"],
    "/taxonomies": ["page", "per_page", "format"],
    "/organizations": ["search", "page", "per_page"],
}
TRICKY = [
    "",
    " ",
    "0",
    "-1",
    "+1",
    "1.0",
    "1e309",
    "nan",
    "-inf",
    "99999999999999999999",
    "9" * 400,
    "true",
    "None",
    "null",
    "[]",
    "%",
    "'",
    '"',
    "\\",
    "\x00",
    "\u0663",
    "½",
    "２",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00",
    "2025-01-01T00:00:00 01:00",
    "BH15 1AA",
    "BH15",
    "SW1A 1AA",
    "00000000-0000-0000-0000-000000000000",
    "(?:",
    ".*",
    "a" * 200,
    "autism*",
    "asd & | !",
]
values = st.one_of(
    st.sampled_from(TRICKY),
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40),
)


@pytest.fixture
def some_services():
    make_search_term("autism", "ASD, autistic")
    need = make_need("Autism", parent=make_need("Communication"))
    make_service("Autism group", needs=[need], categories=[make_category("Health")], towns=["poole"])
    make_service("Closed group", status=Service.Status.TEMPORARILY_CLOSED, towns=["bournemouth"])


def assert_answered_well(response):
    assert response.status_code in (200, 400), response.content[:300]
    assert response["Content-Type"] == "application/json"
    body = response.json()
    if response.status_code == 400:
        assert body["status"] == 400 and body["message"] and body["parameter"]
    else:
        assert "contents" in body


@pytest.mark.parametrize("path", LISTS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_parameter_values_get_a_result_or_a_json_400(client, some_services, path, data):
    chosen = data.draw(st.lists(st.sampled_from(LISTS[path]), min_size=1, max_size=4, unique=True))
    params = {name: data.draw(values, label=name) for name in chosen}
    assert_answered_well(client.get(API + path, params))


@pytest.mark.parametrize("kind", ["services", "taxonomies", "taxonomy_terms", "organizations", "service_at_locations"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(identifier=st.one_of(st.sampled_from(TRICKY), st.uuids().map(str), st.text(max_size=40)).filter(bool))
@example(identifier="/\n")  # a newline once slipped past the API's own 404
def test_any_id_gets_a_record_or_a_json_404(client, some_services, kind, identifier):
    response = client.get(f"{API}/{kind}/{quote(identifier, safe='')}")
    assert response.status_code in (200, 404), response.content[:300]
    assert response.json()["status" if response.status_code == 404 else "id"]
