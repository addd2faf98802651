"""Single-line fields refuse line breaks and other control characters, and no subject line carries one."""

import pytest
from django.core import mail

from coproduction.models import Feedback
from localoffer.core.mail import emails_send_pending
from localoffer.core.models import OutboundEmail
from localoffer.staff.roles import LOCAL_OFFER_EDITOR
from services.models import PendingChange, Service
from services.providers import changes
from services.providers.listings import listing_snapshot
from tests import factories
from tests.factories import (
    listing_form_data,
    make_category,
    make_organisation,
    make_provider,
    make_reachable_service,
)

pytestmark = pytest.mark.django_db

MESSAGE = "Enter this on one line, without line breaks, tabs or other control characters"


@pytest.fixture
def listing():
    organisation = make_organisation(name="Example Charity")
    service = make_reachable_service("Example Play Scheme", organisation=organisation)
    service.categories.set([make_category("Play")])
    return service


def test_a_provider_cannot_send_a_service_name_with_a_line_break(client, listing):
    provider = make_provider(organisations=[listing.organisation])
    factories.provider_sign_in(client, provider)
    data = listing_form_data(listing, name="Example Play\nScheme")
    response = client.post(f"/provider/listings/{listing.pk}/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert MESSAGE in html
    assert "Example Play\nScheme" in html  # what was typed is kept
    assert not PendingChange.objects.exists()


@pytest.mark.parametrize("text", ["Example\tPlay", "Example\rPlay", "Example\u2028Play", "Example\x1bPlay"])
def test_staff_cannot_save_a_service_name_with_a_control_character(client, listing, text):
    factories.staff_sign_in(client, factories.staff(role=LOCAL_OFFER_EDITOR))
    data = {
        "name": text, "slug": listing.slug, "organisation": listing.organisation_id, "status": "published",
        "summary": "s", "description": "d", "minimum_age": 0, "maximum_age": 25,
        "categories": [c.pk for c in listing.categories.all()], "cost": "free", "access": "self",
        "coverage": "locations", "in_person": "on", "last_reviewed": "2026-01-01",
        "locations-TOTAL_FORMS": 0, "locations-INITIAL_FORMS": 0,
        "opening_times-TOTAL_FORMS": 0, "opening_times-INITIAL_FORMS": 0,
        "answers-TOTAL_FORMS": 0, "answers-INITIAL_FORMS": 0,
        "problem_reports-TOTAL_FORMS": 0, "problem_reports-INITIAL_FORMS": 0,
    }  # fmt: skip
    response = client.post(f"/admin/services/service/{listing.pk}/change/", data)
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert Service.objects.get(pk=listing.pk).name == "Example Play Scheme"


def test_a_public_form_refuses_a_tab_in_a_name_beside_the_field(client):
    response = client.post(
        "/feedback/",
        {"kind": "complaint", "about": "send", "message": "Line one\nline two is fine here.", "name": "Pat\tSmith",
         "email": "pat@example.org", "who": "parent-carer"},
    )  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 200 and MESSAGE in html
    assert not Feedback.objects.exists()


def test_approving_and_rejecting_a_name_with_a_line_break_already_stored_still_emails(listing):
    provider = make_provider(organisations=[listing.organisation], email="pat@example.org")
    snapshot = listing_snapshot(listing)
    broken = {**snapshot, "service": {**snapshot["service"], "name": "Example Play\r\nScheme"}}
    editor = factories.staff(role=LOCAL_OFFER_EDITOR)
    first = PendingChange.objects.create(
        service=listing, organisation=listing.organisation, proposed=broken, original=snapshot,
        proposed_by=provider.user, proposed_by_name="Pat",
    )  # fmt: skip
    changes.change_reject(change=first, by=editor, reason="Please check the name.")
    second = PendingChange.objects.create(
        service=listing, organisation=listing.organisation, proposed=broken, original=snapshot,
        proposed_by=provider.user, proposed_by_name="Pat",
    )  # fmt: skip
    changes.change_approve(change=second, by=editor)
    emails_send_pending()
    subjects = [message.subject for message in mail.outbox]
    assert len(subjects) == 2
    assert all("\n" not in subject and "\r" not in subject for subject in subjects)
    assert "Your change to Example Play Scheme was not approved" in subjects
    assert not OutboundEmail.objects.filter(sent_at=None).exists()
    assert Service.objects.get(pk=listing.pk).name == "Example Play\r\nScheme"
