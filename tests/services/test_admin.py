"""Staff edit the directory in the admin: every page opens, and mistakes are explained."""

import datetime

import pytest
from django.urls import reverse

from localoffer.staff.plain_english import known_terms
from services.models import Service
from tests.factories import (
    make_category,
    make_location,
    make_need,
    make_search_term,
    make_service,
    service_form_data,
)

pytestmark = pytest.mark.django_db


MODELS = ["service", "organisation", "category", "need", "accessibilityfeature", "localofferquestion", "searchterm",
          "postcodecentroid", "location"]  # fmt: skip


@pytest.mark.parametrize("model", MODELS)
def test_every_directory_admin_list_and_add_page_opens(admin_client, model):
    make_location(service=make_service(categories=[make_category()], needs=[make_need()]))
    assert admin_client.get(reverse(f"admin:services_{model}_changelist") + "?q=test").status_code == 200
    assert admin_client.get(reverse(f"admin:services_{model}_add")).status_code == 200


def test_service_admin_filters_by_main_category_and_overdue_review(staff_client):
    education = make_category("Education")
    make_service("Reading Club", categories=[make_category("Schools", parent=education)])
    make_service("Swim Club", categories=[make_category("Sport")])
    html = staff_client.get(reverse("admin:services_service_changelist") + "?category=education").content.decode()
    assert "Reading Club" in html and "Swim Club" not in html
    assert staff_client.get(reverse("admin:services_service_changelist") + "?review=overdue").status_code == 200


def test_service_change_page_has_inlines_and_a_view_on_site_link(staff_client):
    service = make_service("Harbour Club")
    html = staff_client.get(reverse("admin:services_service_change", args=[service.pk])).content.decode()
    assert "Locations" in html and "Opening times" in html and "Local Offer answers" in html
    assert "View on site" in html


def test_admin_explains_an_age_range_the_wrong_way_round(staff_client):
    service = make_service("Harbour Club", categories=[make_category()])
    data = {
        "name": service.name, "slug": service.slug, "organisation": service.organisation_id, "status": "published",
        "summary": "s", "description": "d", "minimum_age": 12, "maximum_age": 5,
        "categories": [c.pk for c in service.categories.all()], "cost": "free", "access": "self",
        "coverage": "locations", "in_person": "on", "last_reviewed": "2026-01-01",
        "locations-TOTAL_FORMS": 0, "locations-INITIAL_FORMS": 0,
        "opening_times-TOTAL_FORMS": 0, "opening_times-INITIAL_FORMS": 0,
        "answers-TOTAL_FORMS": 0, "answers-INITIAL_FORMS": 0,
        "problem_reports-TOTAL_FORMS": 0, "problem_reports-INITIAL_FORMS": 0,
        "waits-TOTAL_FORMS": 0, "waits-INITIAL_FORMS": 0, "steps-TOTAL_FORMS": 0, "steps-INITIAL_FORMS": 0,
    }  # fmt: skip
    response = staff_client.post(reverse("admin:services_service_change", args=[service.pk]), data)
    assert response.status_code == 200
    assert "The youngest age cannot be higher than the oldest age." in response.content.decode()
    service.refresh_from_db()
    assert service.minimum_age == 0


def test_mark_as_checked_action_sets_the_next_review_a_year_ahead(staff_client):
    service = make_service(last_reviewed=datetime.date(2020, 1, 1))
    staff_client.post(
        reverse("admin:services_service_changelist"),
        {"action": "mark_reviewed", "_selected_action": [service.pk]},
    )
    service = Service.objects.get(pk=service.pk)
    assert service.review_due > service.last_reviewed
    assert not service.needs_review


def test_saving_a_service_shows_plain_english_advice_as_a_message_not_a_block(staff_client):
    make_search_term("autism", "ASD, autistic spectrum condition")
    service = make_service("Harbour Club", categories=[make_category()])
    description = (
        "Children with ASD and an EHCP can join our weekly sessions. The SENCO at your school can help you "
        "apply, and we will talk with you about what your child enjoys and needs before the first session."
    )
    url = reverse("admin:services_service_change", args=[service.pk])
    response = staff_client.post(url, service_form_data(service, description=description), follow=True)
    html = response.content.decode()
    assert "Plain English advice on the description: Reading level:" in html
    assert "Jargon with no glossary entry: EHCP, SENCO." in html
    assert Service.objects.get(pk=service.pk).description == description


def test_known_terms_are_the_abbreviations_in_the_search_words():
    make_search_term("autism", "ASD, autistic spectrum condition")
    make_search_term("EHCP", "education health and care plan, EHC plan")
    assert known_terms() == {"ASD", "EHCP"}


def test_changing_the_check_date_in_the_admin_moves_the_review_a_year_on(staff_client):
    service = make_service("Harbour Club", categories=[make_category()], last_reviewed=datetime.date(2024, 1, 1))
    data = {
        "name": service.name, "slug": service.slug, "organisation": service.organisation_id, "status": "published",
        "summary": "s", "description": "d", "minimum_age": 0, "maximum_age": 25,
        "categories": [c.pk for c in service.categories.all()], "cost": "free", "access": "self",
        "coverage": "locations", "in_person": "on", "last_reviewed": "2026-03-01",
        "review_due": service.review_due.isoformat(),
        "locations-TOTAL_FORMS": 0, "locations-INITIAL_FORMS": 0,
        "opening_times-TOTAL_FORMS": 0, "opening_times-INITIAL_FORMS": 0,
        "answers-TOTAL_FORMS": 0, "answers-INITIAL_FORMS": 0,
        "problem_reports-TOTAL_FORMS": 0, "problem_reports-INITIAL_FORMS": 0,
        "waits-TOTAL_FORMS": 0, "waits-INITIAL_FORMS": 0, "steps-TOTAL_FORMS": 0, "steps-INITIAL_FORMS": 0,
    }  # fmt: skip
    response = staff_client.post(reverse("admin:services_service_change", args=[service.pk]), data)
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.review_due == datetime.date(2027, 3, 1)
