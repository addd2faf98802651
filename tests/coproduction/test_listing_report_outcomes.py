"""A family who reports a wrong listing and asks to hear back is told what changed when it is corrected."""

import pytest

from coproduction.models import ListingReport
from localoffer.core.models import OutboundEmail
from localoffer.staff.roles import FEEDBACK_OFFICER, LOCAL_OFFER_EDITOR
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
    selected = {"action": "resolve_reports", "_selected_action": [asked.pk, silent.pk]}
    confirm = officer.post("/admin/coproduction/listingreport/", selected).content.decode()
    assert "1 person who asked to hear back will be emailed what changed" in confirm
    assert "Phone: now 01632 960111 (it was 01632 960000)" in confirm
    assert not OutboundEmail.objects.filter(purpose="feedback-report-fixed").exists()  # nothing without asking
    assert ListingReport.objects.get(pk=asked.pk).resolved_at is None
    officer.post("/admin/coproduction/listingreport/", {**selected, "confirm": "yes"})
    asked.refresh_from_db()
    silent.refresh_from_db()
    assert asked.status == silent.status == "closed" and asked.resolved_at and silent.resolved_at
    (email,) = OutboundEmail.objects.filter(purpose="feedback-report-fixed")
    assert email.to == "family@example.org"
    assert "Phone: now 01632 960111 (it was 01632 960000)" in email.body


def test_a_report_is_closed_from_the_service_page_after_a_confirmation(client):
    service = make_reachable_service("Example Play Scheme", categories=[make_category("Play")])
    report = ListingReport.objects.create(
        reference="LO-2026-00003", service=service, problem="contact", description="Wrong number.",
        email="family@example.org", wants_reply=True,
    )  # fmt: skip
    editor = factories.staff_sign_in(client, factories.staff(role=LOCAL_OFFER_EDITOR))
    page = editor.get(f"/admin/services/service/{service.pk}/change/").content.decode()
    resolve_url = f"/admin/coproduction/listingreport/{report.pk}/resolve/"
    assert f'href="{resolve_url}"' in page

    confirm = editor.get(resolve_url).content.decode()
    assert "The person who reported it is emailed." in confirm and "Yes, close it and send the email" in confirm
    assert ListingReport.objects.get(pk=report.pk).resolved_at is None

    response = editor.post(resolve_url, {"confirm": "yes"})
    assert response.status_code == 302 and response.url == f"/admin/services/service/{service.pk}/change/"
    report.refresh_from_db()
    assert report.status == "closed" and report.resolved_at
    assert OutboundEmail.objects.filter(purpose="feedback-report-fixed", to="family@example.org").count() == 1
    editor.post(resolve_url, {"confirm": "yes"})  # a second press sends nothing more
    assert OutboundEmail.objects.filter(purpose="feedback-report-fixed").count() == 1
