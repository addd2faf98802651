"""The service page: everything a family needs to decide and get in touch, safely rendered."""

import datetime
import json
import re

import pytest
from django.utils import timezone

from services.models import Location, Service
from services.sitemaps import ServiceSitemap
from tests.factories import (
    make_answer,
    make_category,
    make_feature,
    make_glossary_term,
    make_location,
    make_need,
    make_opening_time,
    make_question,
    make_service,
)

pytestmark = pytest.mark.django_db


def full_service(**fields):
    health = make_category("Health")
    service = make_service(
        "Harbour Speech Club",
        summary="Speech and language groups.",
        description="## What happens\n\n- games\n- songs\n\n<script>alert(1)</script>",
        categories=[make_category("Speech and language therapy", parent=health)],
        needs=[make_need("Autism")],
        minimum_age=2,
        maximum_age=11,
        cost=Service.Cost.PAID,
        fees="£5 a session",
        access=Service.Access.PROFESSIONAL_REFERRAL,
        referral_details="Ask your health visitor.",
        eligibility="Children living in Poole.",
        phone="01632 960 123",
        email="club@example.org",
        website="https://example.org/club",
        **fields,
    )
    make_location(
        service=service, name="Kingfisher Centre", address="1 Heron Quay", postcode="BH15 1AA",
        features=[make_feature("Changing Places toilet")],
    )  # fmt: skip
    make_opening_time(service=service, weekday=2, opens="09:30", closes="11:30", note="term time")
    make_answer(service=service, question=make_question("How accessible is the service?"), answer="**Very**: lifts.")
    return service


def text_of(response):
    assert response.status_code == 200
    return re.sub(r"\s+", " ", response.content.decode())


def test_service_page_shows_everything_a_family_needs(client):
    service = full_service()
    html = text_of(client.get(service.get_absolute_url()))
    assert ">Harbour Speech Club</h1>" in html
    assert "2 to 11 years" in html and ">Autism</a>" in html and "Children living in Poole." in html
    assert "<h2" in html and "<li>games</li>" in html
    assert "<script>alert(1)</script>" not in html
    assert "You need a referral from a professional." in html and "Ask your health visitor." in html
    assert "Paid: £5 a session" in html
    assert "Wednesday" in html and "9:30am to 11:30am" in html and "(term time)" in html
    assert "Kingfisher Centre" in html and "1 Heron Quay" in html and "BH15 1AA" in html
    assert "Changing Places toilet" in html
    assert 'href="tel:01632960123"' in html and 'href="mailto:club@example.org"' in html
    assert "How accessible is the service?" in html and "<strong>Very</strong>: lifts." in html
    assert "Health: Speech and language therapy" in html
    assert f"Last checked: {timezone.localdate():%-d %B %Y}" in html
    assert f'href="/services/{service.slug}/report-a-problem/">Report a problem with this listing' in html


def test_service_page_has_schema_org_json_ld_that_cannot_break_out_of_its_script(client):
    service = full_service()
    service.name = "Club </script><script>alert(1)</script>"
    service.save()
    html = client.get(service.get_absolute_url()).content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert "<script>alert(1)" not in html
    data = json.loads(match.group(1))
    assert data["@type"] == "Service" and data["name"] == service.name
    assert data["provider"]["@type"] == "Organization"
    assert data["location"][0]["address"]["postalCode"] == "BH15 1AA"
    assert data["hoursAvailable"][0]["dayOfWeek"] == "https://schema.org/Wednesday"


def test_temporarily_closed_service_shows_a_clear_banner(client):
    service = full_service(status=Service.Status.TEMPORARILY_CLOSED, status_note="Reopens in May.")
    html = text_of(client.get(service.get_absolute_url()))
    assert "This service is temporarily closed." in html and "Reopens in May." in html


def test_listing_not_checked_for_a_year_warns_the_family(client):
    old = timezone.localdate() - datetime.timedelta(days=400)
    html = text_of(client.get(full_service(last_reviewed=old).get_absolute_url()))
    assert "was due to be checked again by" in html
    fresh = make_service("Fresh")
    assert "was due to be checked again by" not in text_of(client.get(fresh.get_absolute_url()))


@pytest.mark.parametrize("status", [Service.Status.DRAFT, Service.Status.ARCHIVED])
def test_draft_and_archived_services_are_not_found(client, status):
    service = make_service(status=status)
    assert client.get(service.get_absolute_url()).status_code == 404


def test_service_page_uses_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    service = full_service()
    for number in range(5):
        make_location(service=service, features=[make_feature()])
        make_answer(service=service, answer=f"Answer {number}")
    client.get(service.get_absolute_url())  # the glossary is loaded once per server, not per page
    with django_assert_max_num_queries(10):
        assert client.get(service.get_absolute_url()).status_code == 200


def test_sitemap_lists_published_services_only():
    published = make_service("Open")
    make_service("Draft", status=Service.Status.DRAFT)
    make_service("Closed", status=Service.Status.TEMPORARILY_CLOSED)
    assert list(ServiceSitemap().items()) == [published]


def test_a_kept_service_page_takes_one_query_and_any_edit_shows_at_once(client, django_assert_max_num_queries):
    service = full_service()
    client.get(service.get_absolute_url())
    # The listing's version, and the glossary's from the shared cache (a table here, Redis in production).
    with django_assert_max_num_queries(2):
        assert "Harbour Speech Club" in text_of(client.get(service.get_absolute_url()))

    service.name = "Harbour Splash Club"
    service.save()
    make_location(service=service, name="The Lido", features=[make_feature("Hoist")])
    page = text_of(client.get(service.get_absolute_url()))
    assert "Harbour Splash Club" in page and "Harbour Speech Club" not in page
    assert "The Lido" in page and "Hoist" in page

    make_glossary_term(term="Songs", definition="Singing together, for speech.")
    assert "Singing together, for speech." in text_of(client.get(service.get_absolute_url()))


def test_a_service_page_is_rendered_afresh_in_at_most_six_queries(client, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from services.models import AccessStep
    from tests.factories import make_information_page, make_wait

    settings.RENDERED_CACHE_SECONDS = 0  # made afresh: the queries that build the page
    service = full_service()
    for town, name in ((Location.Town.BOURNEMOUTH, "Pier Hall"), (Location.Town.CHRISTCHURCH, "Priory Rooms")):
        features = [make_feature(), make_feature()]
        make_location(service=service, name=name, town=town, postcode="BH1 1AA", features=features)
    service.categories.add(make_category("Swimming", parent=make_category("Sport")))
    service.needs.add(make_need("Hearing", parent=make_need("Sensory")))
    for weekday in (0, 4):
        make_opening_time(service=service, weekday=weekday)
    make_answer(service=service, answer="Ramps at every door.")
    make_wait(service=service, amount=6, unit="weeks", label="For a first assessment")
    make_wait(service=service, amount=3, unit="months", label="For therapy")
    AccessStep.objects.create(service=service, order=1, title="Your GP refers your child")
    AccessStep.objects.create(service=service, order=2, title="We send you a questionnaire")
    service.while_you_wait_services.add(make_service("Quay Music Group"))
    service.while_you_wait_pages.add(make_information_page(title="Waiting well"))
    client.get(service.get_absolute_url())  # the glossary and the site's settings are read once a process
    with CaptureQueriesContext(connection) as queries:
        page = text_of(client.get(service.get_absolute_url()))
    assert "Priory Rooms" in page and "Swimming" in page and "Hearing" in page
    assert "For therapy" in page and "We send you a questionnaire" in page
    assert "Quay Music Group" in page and "Waiting well" in page
    # The shared cache is a table here (Redis in production): its reads are not the page's own queries.
    own = [query["sql"] for query in queries.captured_queries if "cache_table" not in query["sql"]]
    assert len(own) <= 6, "\n".join(sql[:160] for sql in own)


@pytest.mark.django_db(transaction=True)
def test_a_service_page_and_its_record_are_served_again_on_a_new_database_connection(client, settings):
    from django.db import connection

    settings.RENDERED_CACHE_SECONDS = 0  # made afresh each time: the listing is read from the database
    service = full_service()
    for _ in range(2):
        page = client.get(service.get_absolute_url())
        record = client.get(f"/api/oruk/services/{service.pk}")
        assert "Harbour Speech Club" in text_of(page)
        assert record.json()["name"] == "Harbour Speech Club"
        listing = client.get("/api/oruk/services?per_page=10")
        assert [item["name"] for item in listing.json()["contents"]] == ["Harbour Speech Club"]
        connection.close()  # as after a restart of PostgreSQL or the connection's age running out


def test_a_service_page_reads_the_glossarys_version_once(client, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.RENDERED_CACHE_SECONDS = 0  # made afresh: its description and answers explain glossary terms
    make_glossary_term(term="Songs", definition="Singing together, for speech.")
    service = full_service()
    client.get(service.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        page = text_of(client.get(service.get_absolute_url()))
    assert "Singing together, for speech." in page
    # The shared cache is a table here (Redis in production): one read of the glossary's version a page.
    assert sum("version:glossary" in query["sql"] for query in queries.captured_queries) == 1
