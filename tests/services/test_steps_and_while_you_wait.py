""" "How to get it" as numbered steps, written by staff and providers; "while you wait" links under the wait."""

import re

import pytest

from services.models import AccessStep, PendingChange
from services.providers.changes import change_approve
from tests.factories import (
    listing_form_data,
    make_category,
    make_information_page,
    make_organisation,
    make_provider,
    make_reachable_service,
    make_service,
    make_staff,
    make_wait,
    provider_sign_in,
    service_form_data,
    staff_sign_in,
)

pytestmark = pytest.mark.django_db


def test_steps_are_shown_as_a_numbered_list_in_order(client):
    service = make_service("Assessment service")
    AccessStep.objects.create(service=service, order=2, title="We send you a questionnaire", how_long="2 weeks")
    AccessStep.objects.create(service=service, order=1, title="Your GP refers your child", detail="Ask at reception.")
    page = client.get(service.get_absolute_url()).content.decode()
    steps = re.search(r'<ol class="govuk-list govuk-list--number lo-steps">(.*?)</ol>', page, re.S).group(1)
    assert steps.index("Your GP refers your child") < steps.index("We send you a questionnaire")
    assert "Ask at reception." in steps and "(2 weeks)" in steps


def test_staff_write_steps_and_choose_while_you_wait_links_in_the_admin(client):
    service = make_reachable_service("Autism assessment", categories=[make_category()])
    other = make_service("Parent workshops", summary="Workshops for parents.")
    page = make_information_page(title="Concerned about my child", summary="Where to start.")
    staff_sign_in(client, make_staff(superuser=True))
    data = service_form_data(
        service,
        **{
            "steps-TOTAL_FORMS": 2,
            "steps-0-order": 1,
            "steps-0-title": "A professional refers",
            "steps-1-order": 2,
            "steps-1-title": "Assessment appointments",
            "steps-1-how_long": "3 appointments",
            "while_you_wait_services": [str(other.pk)],
            "while_you_wait_pages": [str(page.pk)],
        },
    )
    response = client.post(f"/admin/services/service/{service.pk}/change/", data)
    assert response.status_code == 302, re.findall(
        r"(?:errorlist|error-message)[^>]*>(.*?)</(?:ul|p)>", response.content.decode(), re.S
    )
    assert list(service.steps.values_list("title", flat=True)) == ["A professional refers", "Assessment appointments"]
    make_wait(service=service, amount=18, unit="months")
    public = client.get(service.get_absolute_url()).content.decode()
    assert "While you wait" in public
    assert f'href="{other.get_absolute_url()}">Parent workshops</a>' in public
    assert f'href="{page.get_absolute_url()}">Concerned about my child</a>' in public
    assert public.index("About 18 months") < public.index("While you wait")


def test_while_you_wait_leaves_out_hidden_services_and_draft_pages(client):
    service = make_service("Therapy")
    hidden = make_service("Old group", status="archived")
    draft = make_information_page(title="Draft advice", published=False)
    service.while_you_wait_services.set([hidden])
    service.while_you_wait_pages.set([draft])
    page = client.get(service.get_absolute_url()).content.decode()
    assert "Old group" not in page and "Draft advice" not in page


def test_the_admin_autocompletes_services_and_pages_for_while_you_wait(client):
    make_service("Parent workshops")
    make_information_page(title="Concerned about my child")
    staff_sign_in(client, make_staff(superuser=True))
    params = {"app_label": "services", "model_name": "service", "field_name": "while_you_wait_services"}
    found = client.get("/admin/autocomplete/", {**params, "term": "workshops"}).json()
    assert [item["text"] for item in found["results"]] == ["Parent workshops"]
    params["field_name"] = "while_you_wait_pages"
    found = client.get("/admin/autocomplete/", {**params, "term": "concerned"}).json()
    assert [item["text"] for item in found["results"]] == ["Concerned about my child"]


def test_a_provider_writes_steps_that_are_applied_when_approved(client):
    organisation = make_organisation()
    service = make_reachable_service("Speech therapy", organisation=organisation, categories=[make_category()])
    account = make_provider(organisations=[organisation])
    provider_sign_in(client, account)
    data = listing_form_data(
        service,
        **{
            "steps-TOTAL_FORMS": 3,
            "steps-0-order": 2,
            "steps-0-title": "A first assessment",
            "steps-0-how_long": "1 hour",
            "steps-1-order": 1,
            "steps-1-title": "Contact us yourself",
        },
    )
    response = client.post(f"/provider/listings/{service.pk}/", data)
    assert response.status_code == 302, re.findall(
        r"(?:errorlist|error-message)[^>]*>(.*?)</(?:ul|p)>", response.content.decode(), re.S
    )
    change = PendingChange.objects.get()
    assert not service.steps.exists()  # waits for approval like the rest of the listing
    change_approve(change=change, by=make_staff())
    assert list(service.steps.order_by("order").values_list("title", flat=True)) == [
        "Contact us yourself",
        "A first assessment",
    ]
    page = client.get(service.get_absolute_url()).content.decode()
    assert page.index("Contact us yourself") < page.index("A first assessment")
