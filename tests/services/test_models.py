"""The directory's records: rules the database and the admin forms hold."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from services.models import Location, Service
from tests.factories import make_category, make_location, make_need, make_search_term, make_service

pytestmark = pytest.mark.django_db


def test_database_refuses_a_minimum_age_above_the_maximum_age():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_service(minimum_age=12, maximum_age=5)


def test_admin_validation_explains_an_age_range_the_wrong_way_round():
    service = make_service()
    service.minimum_age, service.maximum_age = 12, 5
    with pytest.raises(ValidationError) as caught:
        service.full_clean()
    assert "The youngest age cannot be higher than the oldest age." in str(caught.value)


def test_review_is_due_a_year_after_the_last_check_unless_given():
    service = make_service(last_reviewed=datetime.date(2025, 3, 1))
    assert service.review_due == datetime.date(2026, 3, 1)


def test_listing_needs_review_after_twelve_months():
    today = timezone.localdate()
    assert make_service(last_reviewed=today - datetime.timedelta(days=400)).needs_review
    assert not make_service(last_reviewed=today - datetime.timedelta(days=30)).needs_review


def test_categories_are_at_most_two_levels_deep():
    top = make_category("Health")
    child = make_category("Therapies", parent=top)
    grandchild = make_category("Speech", parent=child)
    with pytest.raises(ValidationError) as caught:
        grandchild.full_clean()
    assert "Choose a top-level term" in str(caught.value)


def test_a_need_with_specific_needs_under_it_cannot_move_under_another():
    area = make_need("Communication and interaction")
    make_need("Autism", parent=area)
    other = make_need("Sensory and/or physical")
    area.parent = other
    with pytest.raises(ValidationError):
        area.full_clean()


def test_search_term_lists_the_term_and_every_other_way_of_saying_it():
    term = make_search_term("autism", "ASD, autistic,\n Autistic Spectrum  Condition")
    assert term.phrases == ["autism", "asd", "autistic", "autistic spectrum condition"]


def test_location_is_placed_from_its_postcode_district_when_no_coordinates_are_given():
    location = make_location(service=make_service(), town=Location.Town.CHRISTCHURCH, postcode="BH23 1AA")
    assert round(location.latitude, 1) == 50.7
    assert round(location.longitude, 1) == -1.7


def test_location_postcode_is_tidied_and_a_bad_one_explained():
    location = Location(service=make_service(), name="Hall", address="1 Road", town="poole", postcode="bh151aa")
    location.full_clean()
    assert location.postcode == "BH15 1AA"
    location.postcode = "not a postcode"
    with pytest.raises(ValidationError) as caught:
        location.full_clean()
    assert "Enter a full postcode" in str(caught.value)


def test_archiving_or_publishing_a_service_changes_what_search_finds_at_once(staff_user):
    from services.reviews import services_set_status
    from services.search import service_ranking

    service = make_service("Harbour Swim Club", summary="Relaxed swimming", description="Warm water")
    assert service_ranking(query="harbour") == [service.pk]
    services_set_status(services=Service.objects.filter(pk=service.pk), status=Service.Status.ARCHIVED, by=staff_user)
    assert service_ranking(query="harbour") == []
    services_set_status(services=Service.objects.filter(pk=service.pk), status=Service.Status.PUBLISHED, by=staff_user)
    assert service_ranking(query="harbour") == [service.pk]
