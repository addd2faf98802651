"""Kept renderings follow each listing: an edit makes only what shows that listing stale."""

import re

import pytest

from services.models import Service
from tests.factories import make_category, make_feature, make_information_page, make_location, make_service
from tests.table_locks import save_waiting_on

pytestmark = pytest.mark.django_db

API = "/api/oruk/services"


@pytest.fixture(autouse=True)
def kept(settings):
    settings.RENDERED_CACHE_SECONDS = 3600


def page_text(client, service):
    return client.get(service.get_absolute_url()).content.decode()


def record_name(client, service):
    return client.get(f"{API}/{service.pk}").json()["name"]


def unseen_rename(service, name):
    """A change no signal hears of: what is served afterwards shows whether the old rendering was kept."""
    Service.objects.filter(pk=service.pk).update(name=name)


def test_editing_one_listing_leaves_another_listings_page_and_record_kept(client, django_assert_max_num_queries):
    other = make_service("Harbour Swim Club")
    edited = make_service("Quay Music Group")
    assert "Harbour Swim Club" in page_text(client, other)
    assert record_name(client, other) == "Harbour Swim Club"
    page_text(client, edited)
    unseen_rename(other, "Renamed Without Telling")

    edited.name = "Quay Singing Group"
    edited.save()
    make_location(service=edited, name="The Bandstand", features=[make_feature("Ramp")])

    with django_assert_max_num_queries(2):  # kept: the listing's version and the glossary's
        assert "Harbour Swim Club" in page_text(client, other)
    assert record_name(client, other) == "Harbour Swim Club"
    page = page_text(client, edited)
    assert "Quay Singing Group" in page and "The Bandstand" in page and "Ramp" in page
    assert record_name(client, edited) == "Quay Singing Group"


def test_editing_an_organisation_makes_its_services_pages_and_records_new(client):
    service = make_service("Harbour Swim Club")
    bystander = make_service("Quay Music Group")
    for listing in (service, bystander):
        page_text(client, listing)
        record_name(client, listing)
    unseen_rename(bystander, "Renamed Without Telling")

    organisation = service.organisation
    organisation.name = "Poole Swimming Trust"
    organisation.save()

    assert "Poole Swimming Trust" in page_text(client, service)
    assert client.get(f"{API}/{service.pk}").json()["organization"]["name"] == "Poole Swimming Trust"
    assert "Quay Music Group" in page_text(client, bystander)


def test_renaming_a_category_or_an_advice_page_makes_the_pages_that_show_it_new(client):
    sport = make_category("Sport")
    service = make_service("Harbour Swim Club", categories=[sport])
    advice = make_information_page(title="Waiting well")
    service.while_you_wait_pages.add(advice)
    assert "Sport" in page_text(client, service)

    sport.name = "Sport and leisure"
    sport.save()
    assert "Sport and leisure" in page_text(client, service)
    advice.title = "Waiting for a service"
    advice.save()
    assert "Waiting for a service" in page_text(client, service)


def test_a_page_of_the_list_is_new_only_when_one_of_its_members_changed(client):
    first = make_service("Aardvark Club")
    second = make_service("Badger Club")
    assert [row["name"] for row in client.get(API).json()["contents"]] == ["Aardvark Club", "Badger Club"]
    unseen_rename(second, "Bison Club")
    assert [row["name"] for row in client.get(API).json()["contents"]] == ["Aardvark Club", "Badger Club"]

    first.name = "Aardwolf Club"
    first.save()
    # The list is made anew; the record of the member that did not change is still the kept one.
    assert [row["name"] for row in client.get(API).json()["contents"]] == ["Aardwolf Club", "Badger Club"]
    make_service("Cormorant Club")
    assert client.get(API).json()["total_items"] == 3


def names_on_page(client, number):
    return [row["name"] for row in client.get(API, {"per_page": 1, "page": number}).json()["contents"]]


def test_an_edit_shows_at_once_on_the_page_of_the_list_that_holds_it_and_no_other_page_is_made_again(client):
    first = make_service("Aardvark Club")
    second = make_service("Badger Club")
    assert (names_on_page(client, 1), names_on_page(client, 2)) == (["Aardvark Club"], ["Badger Club"])
    unseen_rename(second, "Bison Club")

    first.summary = "Now on Saturdays"
    first.save()
    assert client.get(API, {"per_page": 1, "page": 1}).json()["contents"][0]["summary"] == "Now on Saturdays"
    assert names_on_page(client, 2) == ["Badger Club"]


def test_a_record_shown_in_the_list_is_kept_once_for_its_own_address_too(client):
    service = make_service("Harbour Swim Club")
    assert client.get(API).json()["contents"][0]["name"] == "Harbour Swim Club"
    unseen_rename(service, "Renamed Without Telling")
    assert record_name(client, service) == "Harbour Swim Club"

    service.name = "Harbour Splash Club"
    service.save()
    assert record_name(client, service) == "Harbour Splash Club"
    assert client.get(API).json()["contents"][0]["name"] == "Harbour Splash Club"


def result_names(client):
    page = client.get("/services/", {"sort": "name"}).content.decode()
    return re.findall(r'<h3 class="govuk-heading-s[^"]*"><a class="govuk-link" href="[^"]*">([^<]*)</a>', page)


def test_a_result_card_is_kept_per_listing_and_only_an_edited_listings_is_made_again(client):
    other = make_service("Harbour Swim Club")
    edited = make_service("Quay Music Group")
    assert result_names(client) == ["Harbour Swim Club", "Quay Music Group"]
    unseen_rename(other, "Renamed Without Telling")

    edited.name = "Quay Singing Group"
    edited.save()  # the worker's index takes the edited listing only, and lets go of its card only

    names = result_names(client)
    assert "Harbour Swim Club" in names  # its card as first rendered
    assert "Quay Singing Group" in names
    assert "Quay Music Group" not in names


def test_a_page_of_the_list_asked_again_reads_only_the_versions(client, django_assert_num_queries):
    make_service("Aardvark Club")
    make_service("Badger Club")
    assert client.get(API).json()["total_items"] == 2
    # The directory's version (what the filters match moves on only with it) and its members' own versions.
    with django_assert_num_queries(2):
        assert [row["name"] for row in client.get(API).json()["contents"]] == ["Aardvark Club", "Badger Club"]


@pytest.mark.django_db(transaction=True)
def test_a_page_of_the_list_asked_while_a_save_is_half_done_shows_the_edit_once_it_is_done(client):
    """A script's save (no transaction of its own) moves on the directory's version and then the listing's: a
    page of the list asked between the two must not keep the listing's old version under the directory's new one."""
    service = make_service("Aardvark Club")
    assert client.get(API).json()["contents"][0]["name"] == "Aardvark Club"

    def rename():
        renamed = Service.objects.get(pk=service.pk)
        renamed.name = "Aardwolf Club"
        renamed.save()

    with save_waiting_on("services_listingversion", rename):
        client.get(API)  # asked while the save is half done
    assert client.get(API).json()["contents"][0]["name"] == "Aardwolf Club"
