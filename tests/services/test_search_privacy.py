"""The searches report keeps only words that cannot identify anyone, typed into any search box."""

import importlib
from datetime import date, timedelta

import pytest
from django.apps import apps as live_apps

from services import taxonomy
from services.models import SearchRecord
from services.search.report import search_record, search_records_flush
from services.search_privacy import NOT_KEPT, query_scrub
from tests import factories
from tests.factories import make_service
from tests.services.search_directory import page_text

pytestmark = pytest.mark.django_db

PERSONAL = ["tom", "jones", "1aa", "jane", "doe", "example", "07700", "900123", "943", "5919", "2016", "march"]
SEARCHES = [
    "my son Tom Jones BH15 1AA autism",
    "jane.doe@example.com 07700900123 speech",
    "born 12/03/2016 autism",
    "born 3rd March 2016 speech",
    "NHS number 943 476 5919 speech",
]


@pytest.fixture(autouse=True)
def directory(settings):
    settings.SEARCH_RECORDS_FLUSH_SECONDS = 0
    taxonomy.taxonomy_load()
    make_service("Autism Swim", summary="Relaxed swimming for autistic children.")
    make_service("Speech Clinic", summary="Speech and language assessment.")


def report_on_two_days(client, boxes):
    """Every search typed into every box, today and yesterday, then the report as an editor sees it."""
    for box in boxes:
        for text in SEARCHES:
            client.get(box, {"q" if "api" not in box else "search": text})
    for record in list(SearchRecord.objects.all()):
        SearchRecord.objects.get_or_create(query=record.query, day=record.day - timedelta(days=1))
    factories.staff_sign_in(client, factories.staff(role="Local Offer editor"))
    return page_text(client, "/admin/services/searchrecord/").lower()


def test_names_emails_phones_postcodes_dates_and_nhs_numbers_never_reach_the_searches_report(client):
    html = report_on_two_days(client, ["/services/", "/search/", "/api/oruk/services/"])
    queries = set(SearchRecord.objects.values_list("query", flat=True))
    assert "my son bh15 autism" in queries and "speech" in queries
    for word in PERSONAL:
        assert not any(word in query.split() for query in queries), word
    for text in ["tom jones", "jane.doe", "07700900123", "943 476 5919", "bh15 1aa", "12/03/2016"]:
        assert text not in html
    assert "my son bh15 autism" in html


def test_a_search_that_keeps_no_word_counts_as_one_we_do_not_keep(client):
    client.get("/services/", {"q": "Bea Ozturk 07700 900123"})
    client.get("/services/", {"q": "943 476 5919"})
    assert list(SearchRecord.objects.values_list("query", "searches")) == [(NOT_KEPT, 2)]


def test_a_search_shows_in_the_report_only_once_made_on_a_second_day(client):
    today = date.today()
    search_record(query="swimming for autistic teenagers", results=1, day=today)
    search_record(query="swimming for autistic teenagers", results=1, day=today)
    search_records_flush()
    factories.staff_sign_in(client, factories.staff(role="Local Offer editor"))
    assert "swimming for autistic teenagers" not in page_text(client, "/admin/services/searchrecord/")
    search_record(query="swimming for autistic teenagers", results=1, day=today - timedelta(days=1))
    search_records_flush()
    assert "swimming for autistic teenagers" in page_text(client, "/admin/services/searchrecord/")


def test_the_vocabulary_and_town_names_are_kept_though_they_look_like_names():
    always = {"poole", "asd", "christchurch"}
    assert query_scrub(text="Poole ASD Christchurch", always=always) == "poole asd christchurch"
    assert query_scrub(text="Poole ASD") == NOT_KEPT


def test_searches_stored_before_are_cleaned_by_the_data_migration():
    SearchRecord.objects.create(query="my son tom jones bh15 1aa autism", day=date.today(), searches=2)
    SearchRecord.objects.create(query="my son bh15 autism", day=date.today(), searches=1)
    SearchRecord.objects.create(query="jane doe gmail com 07700900123", day=date.today(), searches=3)
    migration = importlib.import_module("services.migrations.0010_search_records_keep_no_personal_words")
    migration.search_records_clean(live_apps, None)
    assert sorted(SearchRecord.objects.values_list("query", "searches")) == [(NOT_KEPT, 3), ("my son bh15 autism", 3)]


def test_the_privacy_notice_says_what_is_kept_of_a_search(client):
    html = page_text(client, "/privacy/")
    assert "BH15 1AA is kept as BH15" in html and "made on at least 2 different days" in html
    assert "only words that cannot identify anyone" in html


def test_words_the_directory_does_not_use_are_not_kept_in_the_servers_memory_after_a_search(client):
    from services.search import search_index

    for text in SEARCHES:
        client.get("/services/", {"q": text})
    kept = " ".join(phrase for phrase, _, _ in search_index().phrase_queries)
    assert "autism" in kept and "speech" in kept  # what the directory uses is kept, to be parsed once
    for word in ["tom", "jones", "jane", "doe", "07700900123", "943"]:
        assert word not in kept.split(), word
