"""A family who reports a wrong listing and asks to hear back is told what changed when it is corrected."""

import pytest

from coproduction.models import ListingReport
from localoffer.core.models import OutboundEmail
from localoffer.staff.roles import FEEDBACK_OFFICER
from tests import factories
from tests.factories import make_category, make_reachable_service, make_service, service_form_data

pytestmark = pytest.mark.django_db


def test_the_report_form_asks_whether_they_want_to_hear_back_and_needs_an_email_for_it(client):
    service = make_service("Example Play Scheme")
    url = f"/services/{service.slug}/report-a-problem/"
    assert "Yes, email me what changed when the listing is corrected" in client.get(url).content.decode()
    page = client.post(url, {"problem": "contact", "description": "Wrong number.", "wants_reply": "on"})
    assert "Enter your email address so that we can tell you when it is corrected" in page.content.decode()
    client.post(
        url, {"problem": "contact", "description": "Wrong number.", "wants_reply": "on", "email": "a@example.org"}
    )
    assert ListingReport.objects.get().wants_reply


def test_staff_marking_a_report_corrected_email_what_changed_to_those_who_asked(client):
    service = make_reachable_service("Example Play Scheme", phone="01632 960000", categories=[make_category("Play")])
    asked = ListingReport.objects.create(
        reference="LO-2026-00001", service=service, problem="contact", description="Wrong number.",
        email="family@example.org", wants_reply=True,
    )  # fmt: skip
    silent = ListingReport.objects.create(
        reference="LO-2026-00002", service=service, problem="contact", description="Wrong.", email="x@example.org"
    )
    admin = factories.staff_sign_in(client, factories.make_staff("admin", superuser=True))
    data = service_form_data(service, phone="01632 960111")
    assert admin.post(f"/admin/services/service/{service.pk}/change/", data).status_code == 302
    officer = factories.staff_sign_in(client, factories.staff(role=FEEDBACK_OFFICER))
    officer.post(
        "/admin/coproduction/listingreport/",
        {"action": "resolve_reports", "_selected_action": [asked.pk, silent.pk]},
    )
    asked.refresh_from_db()
    silent.refresh_from_db()
    assert asked.status == silent.status == "closed" and asked.resolved_at and silent.resolved_at
    (email,) = OutboundEmail.objects.filter(purpose="feedback-report-fixed")
    assert email.to == "family@example.org"
    assert "Phone: now 01632 960111 (it was 01632 960000)" in email.body
