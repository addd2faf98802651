"""Replies to feedback and listing reports: each one previewed, then kept on the item, dated, and emailed."""

import pytest
from django.core import mail

from coproduction.models import FeedbackReply, ListingReport
from localoffer.core.models import OutboundEmail
from localoffer.staff.roles import FEEDBACK_OFFICER, LOCAL_OFFER_EDITOR, READ_ONLY_AUDITOR
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(client):
    user = factories.staff(role=FEEDBACK_OFFICER)
    user.first_name, user.last_name = "Priya", "Shah"
    user.save()
    factories.staff_sign_in(client, user)
    return user


def reply_url(item, model="feedback"):
    return f"/admin/coproduction/{model}/{item.pk}/reply/"


def test_the_preview_shows_the_email_as_it_will_go_and_sends_nothing(client, officer):
    item = factories.feedback(name="Pat", email="pat@example.org")
    page = client.get(reply_url(item))
    assert page.status_code == 200 and "Your reply" in page.content.decode()

    response = client.post(reply_url(item), {"text": "We have fixed the search.\r\nThank you.", "preview": "Preview"})

    html = response.content.decode()
    assert "Check your reply before it is sent" in html
    assert "<strong>To:</strong> pat@example.org" in html
    assert f"Our reply to your feedback: {item.reference}" in html
    assert "Hello Pat," in html and "We have fixed the search.\nThank you." in html
    assert 'value="Send reply"' in html and 'value="Change the reply"' in html
    assert not FeedbackReply.objects.exists() and not OutboundEmail.objects.exists()


def test_changing_the_reply_after_the_preview_keeps_what_was_written(client, officer):
    item = factories.feedback()
    html = client.post(reply_url(item), {"text": "First draft", "edit": "Change the reply"}).content.decode()
    assert ">First draft</textarea>" in html and "Preview the reply" in html
    assert not FeedbackReply.objects.exists()


def test_an_empty_reply_is_an_error_beside_the_box(client, officer):
    item = factories.feedback()
    for action in ("preview", "send"):
        html = client.post(reply_url(item), {"text": "   ", action: "x"}).content.decode()
        assert "Write your reply" in html and 'aria-invalid="true"' in html
    assert not FeedbackReply.objects.exists()


def test_every_reply_is_kept_in_order_with_its_date_and_author_and_each_is_emailed(client, officer, commit):
    item = factories.feedback(email="pat@example.org", status="new")
    for text in ("We are looking into it.", "We have fixed the search. Thank you."):
        response = commit(client.post, reply_url(item), {"text": text, "send": "Send reply"}, follow=True)
        assert f"Your reply to {item.reference} is kept on it and being emailed." in response.content.decode()

    replies = list(FeedbackReply.objects.filter(feedback=item))
    assert [reply.text for reply in replies] == ["We are looking into it.", "We have fixed the search. Thank you."]
    assert all(reply.author == officer and reply.author_name == "Priya Shah" and reply.emailed for reply in replies)
    assert replies[0].sent_at <= replies[1].sent_at
    item.refresh_from_db()
    assert item.status == "answered" and item.replied_at == replies[1].sent_at

    page = client.get(f"/admin/coproduction/feedback/{item.pk}/change/").content.decode()
    first, second = page.index("We are looking into it."), page.index("We have fixed the search.")
    assert first < second and page.count("Priya Shah") >= 2
    assert f'href="{reply_url(item)}">Write a reply</a>' in page
    assert [email.to for email in mail.outbox] == [["pat@example.org"], ["pat@example.org"]]
    assert "We are looking into it." in mail.outbox[0].body and "We have fixed" in mail.outbox[1].body
    assert OutboundEmail.objects.filter(purpose="feedback-reply").count() == 2


def test_sending_the_same_reply_twice_at_once_keeps_one(client, officer, commit):
    item = factories.feedback()
    for _ in range(2):
        commit(client.post, reply_url(item), {"text": "Thank you.", "send": "Send reply"})
    assert FeedbackReply.objects.count() == 1 and len(mail.outbox) == 1


def test_a_reply_to_someone_who_gave_no_email_is_kept_but_not_sent(client, officer, commit):
    item = factories.feedback(name="", email="")
    preview = client.post(reply_url(item), {"text": "Told them by phone.", "preview": "x"}).content.decode()
    assert "They gave no email address, so this reply will be kept" in preview and "Keep this reply" in preview
    response = commit(client.post, reply_url(item), {"text": "Told them by phone.", "send": "x"}, follow=True)
    assert "They gave no email address, so it was not sent." in response.content.decode()
    assert not FeedbackReply.objects.get().emailed
    assert mail.outbox == []


def test_an_editor_replies_to_a_listing_report_without_seeing_the_reporters_address(client, commit):
    service = factories.make_service("Example Play Scheme")
    report = ListingReport.objects.create(
        reference="LO-2026-00200", service=service, problem="contact", description="x", email="rep@example.org"
    )
    factories.staff_sign_in(client, factories.staff(role=LOCAL_OFFER_EDITOR))
    preview = client.post(reply_url(report, "listingreport"), {"text": "Fixed, thank you.", "preview": "x"})
    html = preview.content.decode()
    assert "<strong>To:</strong> the email address they gave" in html and "rep@example.org" not in html
    assert "Our reply to your report: LO-2026-00200" in html
    commit(client.post, reply_url(report, "listingreport"), {"text": "Fixed, thank you.", "send": "x"})
    assert mail.outbox[0].to == ["rep@example.org"] and "Fixed, thank you." in mail.outbox[0].body
    assert FeedbackReply.objects.get().listing_report == report


def test_only_people_who_may_change_the_item_can_reply(client):
    item = factories.feedback()
    factories.staff_sign_in(client, factories.staff(role=READ_ONLY_AUDITOR))
    assert client.get(reply_url(item)).status_code == 403
    assert client.post(reply_url(item), {"text": "Hello", "send": "x"}).status_code == 403
    assert "Write a reply" not in client.get(f"/admin/coproduction/feedback/{item.pk}/change/").content.decode()
    assert not FeedbackReply.objects.exists()


def test_an_unknown_or_malformed_item_is_a_404(client, officer):
    assert client.get("/admin/coproduction/feedback/999999/reply/").status_code == 404
    assert client.get("/admin/coproduction/feedback/x%00/reply/").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_each_reply_already_written_as_the_first_entry():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    from django.utils import timezone

    executor = MigrationExecutor(connection)
    before, after = [("coproduction", "0006_listing_reports_for_editors")], [("coproduction", "0007_feedback_replies")]
    executor.migrate(before)
    old_apps = executor.loader.project_state(before).apps
    sent = timezone.now()
    old_apps.get_model("coproduction", "Feedback").objects.create(
        reference="LO-2025-00001", kind="question", about="website", message="Hi", email="a@example.org",
        reply="Our answer", replied_at=sent,
    )  # fmt: skip
    old_apps.get_model("coproduction", "Feedback").objects.create(
        reference="LO-2025-00002", kind="question", about="website", message="Hi", reply=""
    )
    executor = MigrationExecutor(connection)
    executor.migrate(after)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    [reply] = FeedbackReply.objects.all()
    assert (reply.feedback.reference, reply.text, reply.sent_at, reply.emailed) == (
        "LO-2025-00001",
        "Our answer",
        sent,
        True,
    )
