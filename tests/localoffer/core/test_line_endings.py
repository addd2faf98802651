"""Browsers send line breaks as \\r\\n: every form stores \\n, and a save that changes nothing records nothing."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from coproduction.models import Feedback
from services import imports
from services.models import Location, Service
from tests import factories

pytestmark = pytest.mark.django_db

DESCRIPTION = "Weekly sessions in the small pool.\n\nQuiet changing rooms.\nParents stay with under-eights."


def as_browser_sends(text):
    return text.replace("\n", "\r\n")


def listing_with_place():
    service = factories.make_service(
        "Harbour Swim Club", categories=[factories.make_category()], description=DESCRIPTION
    )
    location = factories.make_location(service=service, address="1 Quay Road\nHamworthy")
    return service, location


def form_data_with_place(service, location, **changes):
    data = factories.service_form_data(service, description=as_browser_sends(service.description), **changes)
    data.update({
        "locations-TOTAL_FORMS": 1, "locations-INITIAL_FORMS": 1,
        "locations-0-id": location.pk, "locations-0-service": service.pk, "locations-0-name": location.name,
        "locations-0-town": location.town, "locations-0-address": as_browser_sends(location.address),
        "locations-0-postcode": location.postcode,
        "locations-0-latitude": location.latitude or "", "locations-0-longitude": location.longitude or "",
    })  # fmt: skip
    return data


def test_saving_a_service_without_changing_it_records_no_change(staff_client):
    service, location = listing_with_place()
    versions, place_versions = service.history.count(), location.history.count()
    updated = Service.objects.get(pk=service.pk).updated
    url = reverse("admin:services_service_change", args=[service.pk])

    response = staff_client.post(url, form_data_with_place(service, location))

    assert response.status_code == 302
    saved = Service.objects.get(pk=service.pk)
    assert saved.description == DESCRIPTION
    assert (saved.updated, saved.history.count()) == (updated, versions)
    assert Location.history.filter(id=location.pk).count() == place_versions
    history = staff_client.get(reverse("admin:services_service_history", args=[service.pk])).content.decode()
    assert "<strong>Description:</strong>" not in history


def test_a_real_change_records_only_the_field_that_changed(staff_client):
    service, location = listing_with_place()
    url = reverse("admin:services_service_change", args=[service.pk])

    staff_client.post(url, form_data_with_place(service, location, name="Harbour Swimming Club"))

    latest = Service.objects.get(pk=service.pk).history.latest()
    assert latest.diff_against(latest.prev_record).changed_fields == ["name"]
    history = staff_client.get(reverse("admin:services_service_history", args=[service.pk])).content.decode()
    assert "<strong>Name:</strong>" in history and "<strong>Description:</strong>" not in history


def test_a_text_area_typed_in_a_browser_is_stored_with_plain_newlines(staff_client):
    service, location = listing_with_place()
    url = reverse("admin:services_service_change", args=[service.pk])
    typed = "First line\r\nSecond line\rThird line"
    staff_client.post(url, form_data_with_place(service, location, eligibility=typed))
    assert Service.objects.get(pk=service.pk).eligibility == "First line\nSecond line\nThird line"


def test_public_forms_store_plain_newlines_too(client):
    client.post("/feedback/", {"kind": "suggestion", "about": "website", "message": "One\r\nTwo\r\n\r\nThree"})
    assert Feedback.objects.get().message == "One\nTwo\n\nThree"


def test_a_csv_cell_with_windows_line_breaks_is_imported_with_plain_newlines(staff_user):
    factories.make_organisation(slug="harbour-trust")
    factories.make_category(slug="leisure")
    text = 'slug,name,organisation,summary,description,categories\r\nswim,Swim,harbour-trust,s,"One\r\nTwo",leisure\r\n'
    imports.services_import(text=text, by=staff_user)
    assert Service.objects.get(slug="swim").description == "One\nTwo"
    assert imports.services_check(text=text).rows[0].action == "unchanged"


def test_the_migration_rewrites_stored_windows_line_breaks_and_their_history():
    service = factories.make_service(description="Old\r\nText")
    migration = importlib.import_module("services.migrations.0008_text_line_endings")
    migration.text_line_endings_normalise(apps, None)
    assert Service.objects.get(pk=service.pk).description == "Old\nText"
    assert service.history.latest().description == "Old\nText"
