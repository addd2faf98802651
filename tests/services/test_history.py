"""Every change to services, organisations and places is recorded, viewable and can be undone."""

import re

import pytest
from django.urls import reverse

from services.models import Location, Organisation, Service
from tests.factories import make_category, make_location, make_organisation, make_service, service_form_data

pytestmark = pytest.mark.django_db


def test_editing_a_service_records_who_when_and_each_changed_field(staff_client, staff_user):
    service = make_service("Harbour Club", categories=[make_category()], minimum_age=0, maximum_age=25)
    url = reverse("admin:services_service_change", args=[service.pk])
    response = staff_client.post(url, service_form_data(service, name="Harbour Swim Club", maximum_age=18))
    assert response.status_code == 302

    latest = Service.objects.get(pk=service.pk).history.latest()
    assert latest.history_user == staff_user
    assert latest.history_type == "~"

    history = staff_client.get(reverse("admin:services_service_history", args=[service.pk])).content.decode()
    assert "officer" in history
    assert "Harbour Club" in history and "Harbour Swim Club" in history
    assert "<strong>Name:</strong>" in history and "<strong>Maximum age:</strong>" in history


def test_an_earlier_version_of_a_service_can_be_restored(staff_client):
    service = make_service("Harbour Club", categories=[make_category()], summary="Swimming for all ages")
    first_version = service.history.latest()
    url = reverse("admin:services_service_change", args=[service.pk])
    staff_client.post(url, service_form_data(service, name="Renamed Club", summary="Changed by mistake"))
    assert Service.objects.get(pk=service.pk).name == "Renamed Club"

    revert_url = reverse("admin:services_service_simple_history", args=[service.pk, first_version.history_id])
    page = staff_client.get(revert_url).content.decode()
    assert 'value="Harbour Club"' in page and "Revert" in page

    versions = service.history.count()
    staff_client.post(revert_url, service_form_data(first_version.instance, _save="Revert"))
    restored = Service.objects.get(pk=service.pk)
    assert (restored.name, restored.summary) == ("Harbour Club", "Swimming for all ages")
    assert restored.history.count() == versions + 1


def test_organisation_and_location_history_pages_show_changes(staff_client, staff_user):
    organisation = make_organisation(name="Harbour Trust")
    organisation.phone = "01202 000 000"
    organisation._history_user = staff_user
    organisation.save()
    history = staff_client.get(reverse("admin:services_organisation_history", args=[organisation.pk]))
    assert history.status_code == 200
    assert "<strong>Phone:</strong>" in history.content.decode()

    location = make_location(service=make_service(), name="Old Hall")
    location.name = "New Hall"
    location.save()
    assert Location.history.filter(id=location.pk).count() == 2
    history = staff_client.get(reverse("admin:services_location_history", args=[location.pk])).content.decode()
    assert "Old Hall" in history and "New Hall" in history
    assert Organisation.history.filter(id=organisation.pk).latest().history_user == staff_user


def test_restoring_an_earlier_version_brings_back_its_categories(staff_client):
    leisure, health = make_category("Leisure"), make_category("Health")
    service = make_service("Harbour Club", categories=[leisure])
    first_version = service.history.latest()
    url = reverse("admin:services_service_change", args=[service.pk])
    staff_client.post(url, service_form_data(service, categories=[health.pk]))
    assert list(Service.objects.get(pk=service.pk).categories.all()) == [health]

    history = staff_client.get(reverse("admin:services_service_history", args=[service.pk])).content.decode()
    assert "<strong>Categories:</strong>" in history

    revert_url = reverse("admin:services_service_simple_history", args=[service.pk, first_version.history_id])
    page = staff_client.get(revert_url).content.decode()
    [leisure_box] = re.findall(rf'<input type="checkbox" name="categories" value="{leisure.pk}"[^>]*>', page)
    assert "checked" in leisure_box
    staff_client.post(revert_url, service_form_data(first_version.instance, categories=[leisure.pk], _save="Revert"))
    assert list(Service.objects.get(pk=service.pk).categories.all()) == [leisure]


def test_service_history_page_also_lists_changes_to_its_places_times_and_answers(staff_client, staff_user):
    from tests.factories import make_answer, make_opening_time, make_question

    service = make_service("Harbour Club")
    location = make_location(service=service, name="Harbour Hall")
    location.postcode = "BH15 2BB"
    location._history_user = staff_user
    location.save()
    make_opening_time(service=service, weekday=0)
    make_answer(service=service, question=make_question("How do you support my child?"))
    html = staff_client.get(reverse("admin:services_service_history", args=[service.pk])).content.decode()
    assert "Changes to its places, opening times and Local Offer answers" in html
    assert "Location: Harbour Hall, Poole" in html and "Changed: postcode" in html
    assert "Opening time: Monday 09:00 to 17:00" in html
    assert "Local Offer answer: How do you support my child?" in html


def test_a_services_related_changes_take_a_fixed_number_of_queries(django_assert_max_num_queries):
    from services.history import service_related_changes

    location = make_location(service=make_service("Harbour Club"))
    for number in range(12):
        location.name = f"Harbour Hall {number}"
        location.save()
    with django_assert_max_num_queries(8):
        changes = service_related_changes(service_id=location.service_id)
    assert len(changes) == 13
    assert all(change["fields"] for change in changes if change["action"] == "Changed")
