"""Staff are told new work has arrived: one email per item to the team mailbox, or a daily digest;
and the dashboard shows what is assigned to the person looking."""

import pytest
from django.core import mail
from django.core.management import call_command

from coproduction import events, feedback
from coproduction.panels import volunteer_register
from localoffer.core.models import NewWork, OutboundEmail
from localoffer.staff.roles import FEEDBACK_OFFICER
from tests import factories

pytestmark = pytest.mark.django_db

MAILBOXES = {
    "feedback": "complaints@example.gov.uk",
    "provider-changes": "listings@example.gov.uk",
    "volunteers": "panels@example.gov.uk",
    "bookings": "forums@example.gov.uk",
    "problem-reports": "listings@example.gov.uk",
}


@pytest.fixture
def mailboxes(settings):
    settings.STAFF_MAILBOXES, settings.STAFF_ALERTS = MAILBOXES, "each"
    settings.SITE_URL = "https://localoffer.example.gov.uk"


def to(address):
    return [message for message in mail.outbox if message.to == [address]]


def test_a_new_complaint_emails_the_feedback_team_mailbox_without_personal_details(mailboxes, commit):
    item = commit(
        feedback.feedback_submit,
        kind="complaint", about="website", message="Nobody answered.", name="Pat Jones", email="pat@example.org",
    )  # fmt: skip
    (alert,) = to("complaints@example.gov.uk")
    assert alert.subject == f"New: {item.reference} (complaint)"
    assert f"https://localoffer.example.gov.uk/admin/coproduction/feedback/{item.pk}/change/" in alert.body
    assert "Pat" not in alert.body and "pat@example.org" not in alert.body and "Nobody answered" not in alert.body
    assert to("pat@example.org")  # the person's own acknowledgement still goes


def test_volunteers_bookings_problem_reports_and_provider_changes_reach_their_mailboxes(mailboxes, commit):
    from services.providers.changes import change_propose
    from services.providers.listings import listing_snapshot

    commit(volunteer_register, name="Vi", email="vi@example.org", who="young-person", age_group="16-19")
    commit(events.event_book, event=factories.event(title="Transport forum"), name="Bo", email="bo@example.org")
    service = factories.make_service("Harbour Swim Club")
    commit(feedback.listing_report_submit, service=service, problem="contact", description="Wrong phone", email="")
    account = factories.make_provider(organisations=[service.organisation])
    snapshot = listing_snapshot(service)
    commit(change_propose, account=account, proposed=snapshot["service"] | {"organisation": service.organisation_id},
           original=snapshot, service=service)  # fmt: skip
    assert [m.subject for m in to("panels@example.gov.uk")][0].startswith("New: Interview-panel volunteer")
    assert [m.subject for m in to("forums@example.gov.uk")] == ["New: Booked: Transport forum"]
    subjects = sorted(m.subject for m in to("listings@example.gov.uk"))
    assert len(subjects) == 2
    assert "Harbour Swim Club" in subjects[0] and "Harbour Swim Club" in subjects[1]


def test_with_a_daily_digest_nothing_goes_until_the_digest_then_one_email_per_mailbox(mailboxes, settings, commit):
    settings.STAFF_ALERTS = "digest"
    for _ in range(3):
        commit(feedback.feedback_submit, kind="suggestion", about="website", message="More buses.")
    assert not OutboundEmail.objects.filter(to="complaints@example.gov.uk").exists()
    assert NewWork.objects.count() == 3
    commit(call_command, "send_work_digest")
    (digest,) = to("complaints@example.gov.uk")
    assert digest.subject == "Feedback and complaints: 3 new since the last digest"
    assert digest.body.count("(suggestion)") == 3
    commit(call_command, "send_work_digest")  # safe to run twice
    assert len(to("complaints@example.gov.uk")) == 1


def test_the_dashboard_shows_what_is_assigned_to_me(client):
    officer = factories.staff(role=FEEDBACK_OFFICER)
    colleague = factories.staff(role=FEEDBACK_OFFICER)
    mine = factories.feedback(owner=officer, status="in-progress")
    theirs = factories.feedback(owner=colleague, status="in-progress")
    factories.feedback(owner=officer, status="closed")
    html = factories.staff_sign_in(client, officer).get("/admin/").content.decode()
    assert "Feedback assigned to me" in html
    section = html.split("Feedback assigned to me")[1].split("lo-dashboard-panel")[0]
    assert mine.reference in section and theirs.reference not in section
