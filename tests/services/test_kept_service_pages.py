"""Service pages kept in the database: a family's first visit to a page reads it in the query that finds the
listing, and it is made again exactly when what it shows changes (the listing, the code, the glossary, the day)."""

import datetime
import io
import os
import urllib.parse
import uuid

import psycopg2
import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from localoffer.content.models import GlossaryTerm, GlossaryVersion
from localoffer.core import rendered
from services import service_page as pages
from services.models import KeptServicePage, KeptServiceRecord, ListingVersion, Service
from tests.factories import make_category, make_glossary_term, make_organisation, make_service, make_wait

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def kept(settings):
    settings.RENDERED_CACHE_SECONDS = 3600


@pytest.fixture
def renders(monkeypatch):
    """The slugs of the pages rendered from their listing (rather than read as kept), in order."""
    made = []
    render = pages.service_page_render

    def counted(*, slug):
        made.append(slug)
        return render(slug=slug)

    monkeypatch.setattr(pages, "service_page_render", counted)
    return made


def caches_emptied():
    """As after the shared cache restarts, or on a server that has never shown the page."""
    cache.clear()
    rendered.memory.clear()


def page_text(client, service):
    response = client.get(service.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def own_queries(queries):
    """The page's own queries: the shared cache is a table in the tests (Redis in production)."""
    return [query["sql"] for query in queries.captured_queries if "cache_table" not in query["sql"]]


def test_a_page_rendered_once_is_read_on_its_next_first_visit_in_one_query(client, renders):
    service = make_service("Harbour Speech Club", summary="Speech and language groups.")
    assert "Speech and language groups." in page_text(client, service)
    assert renders == [service.slug]
    assert KeptServicePage.objects.filter(service_id=service.pk).exists()

    caches_emptied()  # another server, or the shared cache gone: the database still holds the page
    page_text(client, other := make_service("Heron Drama"))  # the glossary read again once, on another page
    renders.remove(other.slug)
    with CaptureQueriesContext(connection) as queries:
        html = page_text(client, service)
    assert "Speech and language groups." in html and ">Harbour Speech Club</h1>" in html
    assert renders == [service.slug]
    assert len(own_queries(queries)) == 1, own_queries(queries)


def test_editing_one_listing_makes_only_its_own_page_again(client, renders):
    edited, other = make_service("Quay Swimming"), make_service("Heron Drama")
    page_text(client, edited), page_text(client, other)
    kept_other = KeptServicePage.objects.get(service_id=other.pk)

    edited.summary = "Now on Saturdays too."
    edited.save()
    caches_emptied()
    assert "Now on Saturdays too." in page_text(client, edited)
    page_text(client, other)
    assert renders == [edited.slug, other.slug, edited.slug]
    assert KeptServicePage.objects.get(service_id=other.pk).version == kept_other.version


@pytest.mark.django_db(transaction=True)
def test_an_edit_renders_and_keeps_the_page_once_as_it_commits_so_the_next_visit_renders_nothing(client, renders):
    service, other = make_service("Heron Drama"), make_service("Quay Swimming")
    assert renders == [service.slug, other.slug]
    renders.clear()
    with transaction.atomic():  # as the admin saves a listing: the service, then its categories
        service.summary = "A drama group for dyspraxic children."
        service.save()
        service.categories.add(make_category("Drama"))
        assert renders == []
    assert renders == [service.slug]
    assert (
        KeptServiceRecord.objects.get(service_id=service.pk).version
        == ListingVersion.objects.get(service_id=service.pk).token
    )  # its open data record too
    caches_emptied()
    assert "A drama group for dyspraxic children." in page_text(client, service)
    assert renders == [service.slug]

    with pytest.raises(RuntimeError), transaction.atomic():  # a save that failed half way: nothing to render
        service.summary = "Never saved."
        service.save()
        raise RuntimeError
    with transaction.atomic():
        other.summary = "Lessons on Saturdays."
        other.save()
    assert renders == [service.slug, other.slug]


@pytest.mark.django_db(transaction=True)
def test_a_change_to_many_listings_leaves_their_pages_to_be_rendered_as_visited(client, renders):
    organisation = make_organisation(name="Harbour Trust")
    services = [make_service(f"Harbour service {number}", organisation=organisation) for number in range(21)]
    assert len(renders) == 21  # each made on its own, in a transaction of its own: rendered as it committed
    renders.clear()
    with transaction.atomic():
        organisation.name = "Harbour and Heath Trust"
        organisation.save()
    assert renders == []  # an officer's save does not wait for 21 pages
    assert "Harbour and Heath Trust" in page_text(client, services[7])
    assert renders == [services[7].slug]


def test_a_page_is_rendered_again_the_day_its_check_falls_due(client, renders, monkeypatch):
    today = timezone.localdate()
    service = make_service("Quay Swimming", review_due=today)
    assert "was due to be checked again" not in page_text(client, service)
    caches_emptied()
    page_text(client, service)
    assert renders == [service.slug]

    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: today + datetime.timedelta(days=1))
    caches_emptied()
    assert "was due to be checked again" in page_text(client, service)
    assert renders == [service.slug, service.slug]


def test_a_page_is_rendered_again_the_day_a_wait_grows_old_enough_to_say_so(client, renders, monkeypatch):
    today = timezone.localdate()
    service = make_service("Harbour Assessments", review_due=today + datetime.timedelta(days=365))
    make_wait(service=service, amount=18, unit="weeks", updated_on=today)
    later = today
    while not service.waits.get().is_stale(today=later):
        later += datetime.timedelta(days=1)

    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: later - datetime.timedelta(days=1))
    assert "ask the service" not in page_text(client, service)
    caches_emptied()
    assert "ask the service" not in page_text(client, service)
    assert renders == [service.slug]
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: later)
    assert "This wait was last updated in" in page_text(client, service)
    assert renders == [service.slug, service.slug]


def test_a_page_is_kept_a_week_at_most_and_follows_the_settings_it_reads(client, renders, monkeypatch, settings):
    today = timezone.localdate()
    service = make_service("Quay Swimming", review_due=today + datetime.timedelta(days=365))
    page_text(client, service)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: today + datetime.timedelta(days=6))
    page_text(client, service)
    assert renders == [service.slug]
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: today + datetime.timedelta(days=7))
    page_text(client, service)
    assert renders == [service.slug] * 2

    settings.SITE_URL = "https://localoffer.example.org"  # the site moved: the page's JSON-LD names it
    assert f"https://localoffer.example.org/services/{service.slug}/" in page_text(client, service)
    assert renders == [service.slug] * 3


def test_a_glossary_change_or_new_code_makes_the_page_again(client, renders, monkeypatch):
    service = make_service("Quay Swimming", description="Lessons for children with an EHCP.")
    page_text(client, service)
    make_glossary_term(term="Education, health and care plan", abbreviation="EHCP", definition="A legal plan.")
    assert "A legal plan." in page_text(client, service)
    assert renders == [service.slug, service.slug]

    monkeypatch.setattr(rendered, "code_mark", lambda: "a later deploy")
    caches_emptied()
    page_text(client, service)
    assert renders == [service.slug, service.slug, service.slug]


def test_keep_service_pages_renders_what_is_not_current_and_forgets_what_is_no_longer_shown(client, renders):
    shown = [make_service(f"Shown {number}") for number in range(3)]
    gone = make_service("Closing down")
    page_text(client, shown[0]), page_text(client, gone)
    Service.objects.filter(pk=gone.pk).update(status=Service.Status.ARCHIVED)
    renders.clear()

    out = io.StringIO()
    call_command("keep_service_pages", stdout=out)
    assert sorted(renders) == sorted(service.slug for service in shown[1:])
    assert "Kept 2 service page(s) rendered now; 1 already current; 1 of services no longer shown forgotten" in (
        out.getvalue()
    )
    assert set(KeptServicePage.objects.values_list("service_id", flat=True)) == {service.pk for service in shown}

    renders.clear()
    caches_emptied()
    for service in shown:
        assert service.name in page_text(client, service)
    assert renders == []


def test_a_page_is_shown_when_it_cannot_be_kept_because_another_process_holds_the_table(client, renders):
    service = make_service("Harbour Speech Club", summary="Speech and language groups.")
    name = settings.DATABASES["default"]["NAME"]
    url = urllib.parse.urlsplit(os.environ["DATABASE_URL"])._replace(path="/" + name).geturl()
    locker = psycopg2.connect(url)  # a long piece of work holding the table: reads go on, writes wait
    try:
        locker.cursor().execute(f"LOCK TABLE {KeptServicePage._meta.db_table} IN SHARE MODE")
        assert "Speech and language groups." in page_text(client, service)
    finally:
        locker.rollback()
        locker.close()
    assert not KeptServicePage.objects.filter(service_id=service.pk).exists()
    assert "Speech and language groups." in page_text(client, service)  # kept once the table is free
    assert KeptServicePage.objects.filter(service_id=service.pk).exists()


def test_a_page_rendered_in_another_language_is_kept_in_the_shared_cache_not_the_database(renders):
    from django.utils import translation

    service = make_service("Quay Swimming")
    with translation.override("pl"):
        assert pages.service_page(slug=service.slug)["name"] == "Quay Swimming"
        assert pages.service_page(slug=service.slug)["name"] == "Quay Swimming"
    assert renders == [service.slug]
    assert not KeptServicePage.objects.exists()


def test_a_kept_page_is_read_while_the_shared_cache_is_down(client, renders, redis_cache):
    service = make_service("Harbour Speech Club", summary="Speech and language groups.")
    page_text(client, service)
    redis_cache.stop()
    rendered.memory.clear()
    with CaptureQueriesContext(connection) as queries:
        assert "Speech and language groups." in page_text(client, service)
    assert renders == [service.slug]
    assert len(queries.captured_queries) == 1

    service.summary = "Groups on Saturdays."  # an edit while the cache is down: shown, and kept
    service.save()
    assert "Groups on Saturdays." in page_text(client, service)
    assert "Groups on Saturdays." in page_text(client, service)
    assert renders == [service.slug] * 2


def test_a_page_made_as_a_glossary_change_commits_is_made_with_the_new_glossary(client, renders):
    make_glossary_term(term="Songs", definition="Singing together.")
    service = make_service("Harbour Speech Club", description="Songs every week.")
    assert "Singing together." in page_text(client, service)
    # The change is committed in the database; the shared cache has not yet been told (it is, just after).
    GlossaryTerm.objects.filter(term="Songs").update(definition="Singing together, for speech.")
    GlossaryVersion.objects.filter(pk=1).update(token=uuid.uuid4())
    assert "Singing together, for speech." in page_text(client, service)
    assert renders == [service.slug] * 2


@pytest.fixture
def records_made(monkeypatch):
    """The names of the services whose open data record was made from their listing (rather than read as kept)."""
    from services.oruk import records

    made = []
    make = records.service_record

    def counted(service):
        made.append(service.name)
        return make(service)

    monkeypatch.setattr(records, "service_record", counted)
    return made


def test_a_record_made_once_is_read_on_its_next_first_visit_in_one_query(client, records_made):
    service = make_service("Harbour Speech Club", summary="Speech and language groups.")
    first = client.get(f"/api/oruk/services/{service.pk}")
    assert first.json()["name"] == "Harbour Speech Club"
    assert records_made == ["Harbour Speech Club"]

    caches_emptied()
    with CaptureQueriesContext(connection) as queries:
        again = client.get(f"/api/oruk/services/{service.pk}")
    assert again.content == first.content
    assert again["Last-Modified"] == first["Last-Modified"] and again["ETag"] == first["ETag"]
    assert records_made == ["Harbour Speech Club"]
    assert len(own_queries(queries)) == 1, own_queries(queries)


def test_a_page_of_the_list_makes_only_the_records_of_listings_changed_since(client, records_made):
    services = [make_service(f"Harbour service {number}") for number in range(5)]
    assert len(client.get("/api/oruk/services?per_page=10").json()["contents"]) == 5
    assert sorted(records_made) == sorted(service.name for service in services)
    records_made.clear()

    services[2].name = "Harbour service renamed"
    services[2].save()
    caches_emptied()
    names = [record["name"] for record in client.get("/api/oruk/services?per_page=10").json()["contents"]]
    assert "Harbour service renamed" in names and len(names) == 5
    assert records_made == ["Harbour service renamed"]
    assert client.get(f"/api/oruk/services/{services[2].pk}").json()["name"] == "Harbour service renamed"
    assert records_made == ["Harbour service renamed"]


def test_keep_service_pages_makes_every_record_not_current_and_forgets_drafts(client, records_made, settings):
    shown = [make_service(f"Shown {number}") for number in range(3)]
    draft = make_service("Not yet")
    client.get(f"/api/oruk/services/{shown[0].pk}"), client.get(f"/api/oruk/services/{draft.pk}")
    Service.objects.filter(pk=draft.pk).update(status=Service.Status.DRAFT)
    records_made.clear()
    out = io.StringIO()
    call_command("keep_service_pages", stdout=out)
    assert sorted(records_made) == ["Shown 1", "Shown 2"]
    assert "Kept 2 open data record(s) made now; 1 already current; 1 of drafts or deleted services forgotten" in (
        out.getvalue()
    )
    assert client.get(f"/api/oruk/services/{draft.pk}").status_code == 404

    settings.SITE_URL = "https://localoffer.example.org"  # the records' links name the site: made again
    records_made.clear()
    assert "https://localoffer.example.org" in client.get(f"/api/oruk/services/{shown[0].pk}").content.decode()
    assert records_made == ["Shown 0"]
