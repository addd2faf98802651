"""Feedback: references, anonymity, due dates, staff replies through the outbox, You said we did."""

import io
import threading
from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from coproduction.feedback import due_on, feedback_submit, reference_next
from coproduction.models import Feedback, ReferenceCounter
from coproduction.working_days import add_working_days
from localoffer.core.models import OutboundEmail
from tests import factories

FEEDBACK = {"kind": "complaint", "about": "send", "message": "Nobody called me back.", "who": "parent-carer"}


@pytest.mark.django_db
def test_feedback_gets_a_reference_shown_on_the_page_and_emailed(client, commit):
    response = commit(client.post, "/feedback/", {**FEEDBACK, "name": "Pat", "email": "pat@example.org"}, follow=True)
    item = Feedback.objects.get()
    assert item.reference.startswith(f"LO-{item.created_at.year}-")
    html = response.content.decode()
    assert item.reference in html and "What happens next" in html
    assert f"We will reply by {item.due_on.day} " in html
    assert item.reference in mail.outbox[0].subject
    assert item.reference in mail.outbox[0].body


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["compliment", "complaint", "suggestion", "question"])
def test_anonymous_feedback_of_every_kind_is_welcome_and_sends_no_email(client, commit, kind):
    response = commit(client.post, "/feedback/", {**FEEDBACK, "kind": kind, "who": ""}, follow=True)
    item = Feedback.objects.get()
    assert (item.kind, item.name, item.email) == (kind, "", "")
    assert "we cannot reply to you" in response.content.decode()
    assert mail.outbox == []
    assert not OutboundEmail.objects.exists()


@pytest.mark.django_db
def test_feedback_form_says_an_email_is_needed_for_a_reply(client):
    html = client.get("/feedback/").content.decode()
    assert "Without an email address we cannot reply to you" in html


@pytest.mark.django_db
def test_references_are_sequential_within_a_year_and_restart_each_year():
    assert reference_next(year=2026) == "LO-2026-00001"
    assert reference_next(year=2026) == "LO-2026-00002"
    assert reference_next(year=2027) == "LO-2027-00001"
    assert reference_next(year=2026) == "LO-2026-00003"


@pytest.mark.django_db
def test_a_reference_is_never_reused_after_feedback_is_deleted():
    first = feedback_submit(kind="question", about="website", message="One")
    first.delete()
    second = feedback_submit(kind="question", about="website", message="Two")
    assert second.reference != first.reference
    assert int(second.reference[-5:]) == int(first.reference[-5:]) + 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_submissions_never_share_a_reference():
    """Real concurrent transactions, each thread on its own PostgreSQL connection."""
    from django.db import connections

    threads, references, errors = [], [], []
    start = threading.Barrier(8)

    def submit(n):
        try:
            start.wait()
            item = feedback_submit(kind="suggestion", about="website", message=f"Idea {n}")
            references.append(item.reference)
        except Exception as error:  # noqa: BLE001  (reported by the assertion below)
            errors.append(error)
        finally:
            connections.close_all()

    for n in range(8):
        threads.append(threading.Thread(target=submit, args=(n,)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(references) == 8
    assert len(set(references)) == 8
    numbers = sorted(int(reference[-5:]) for reference in references)
    assert numbers == list(range(1, 9))
    assert ReferenceCounter.objects.get().last_number == 8
    assert connection.vendor == "postgresql"


def test_due_dates_count_working_days_skipping_weekends_and_bank_holidays():
    # Friday 18 December 2026 + 20 working days skips Christmas Day, Boxing Day (moved to Monday 28th)
    # and New Year's Day 2027.
    assert add_working_days(start=date(2026, 12, 18), days=20) == date(2027, 1, 20)
    assert add_working_days(start=date(2026, 11, 20), days=1) == date(2026, 11, 23)  # Friday to Monday


def test_complaints_are_due_in_twenty_working_days_and_the_period_is_configurable(settings):
    assert due_on(kind="complaint", received=date(2026, 11, 2)) == date(2026, 11, 30)
    settings.FEEDBACK_RESPONSE_WORKING_DAYS = {**settings.FEEDBACK_RESPONSE_WORKING_DAYS, "complaint": 5}
    assert due_on(kind="complaint", received=date(2026, 11, 2)) == date(2026, 11, 9)


@pytest.mark.django_db
def test_a_staff_reply_is_emailed_and_retried_when_the_mail_server_is_down(
    client, settings, django_capture_on_commit_callbacks
):
    item = factories.feedback(email="pat@example.org")
    factories.staff_sign_in(client, factories.staff(role="Feedback officer"))
    settings.EMAIL_BACKEND = "tests.mail_backends.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/coproduction/feedback/{item.pk}/reply/",
            {"text": "We have fixed the search. Thank you.", "send": "Send reply"},
        )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == "answered" and item.replied_at
    email = OutboundEmail.objects.get(purpose="feedback-reply")
    assert email.status == "waiting"  # the request never talks to the mail server
    call_command("send_pending_emails", stdout=io.StringIO())
    email.refresh_from_db()
    assert email.sent_at is None and email.attempts == 1
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboundEmail.objects.update(next_attempt_at=email.created_at)
    call_command("send_pending_emails", stdout=io.StringIO())
    assert mail.outbox[0].to == ["pat@example.org"]
    assert "We have fixed the search." in mail.outbox[0].body
    assert item.reference in mail.outbox[0].subject


@pytest.mark.django_db
def test_closing_feedback_starts_the_retention_clock_and_purge_erases_contact_details_only():
    from datetime import timedelta

    from django.utils import timezone

    old = factories.feedback(status="closed", closed_at=timezone.now() - timedelta(days=731))
    recent = factories.feedback(status="closed", closed_at=timezone.now() - timedelta(days=10))
    call_command("purge_expired", stdout=io.StringIO())
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.email) == ("", "")
    assert old.message and old.reference
    assert recent.email


@pytest.mark.django_db
def test_you_said_we_did_shows_only_published_entries_newest_first_and_never_the_feedback(client):
    item = factories.feedback(message="Private words from Pat")
    older = factories.entry(you_said="Older thing said", date=date(2026, 1, 1))
    newer = factories.entry(you_said="Newer thing said", date=date(2026, 6, 1))
    newer.feedback.add(item)
    factories.entry(you_said="Draft not yet public", published=False)
    factories.entry(theme="short-breaks", you_said="Short breaks said")
    html = client.get("/co-production/you-said-we-did/").content.decode()
    assert "Draft not yet public" not in html
    assert "Private words from Pat" not in html and item.reference not in html
    assert html.index("Newer thing said") < html.index("Older thing said")
    filtered = client.get("/co-production/you-said-we-did/?theme=short-breaks").content.decode()
    assert "Short breaks said" in filtered and "Older thing said" not in filtered
    assert older.get_absolute_url().startswith("/co-production/you-said-we-did/")


@pytest.mark.django_db
def test_an_unknown_theme_is_a_clear_404(client):
    response = client.get("/co-production/you-said-we-did/?theme=<script>")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.django_db
def test_answered_feedback_that_nobody_closes_still_has_its_contact_details_erased_in_time(settings):
    from coproduction.feedback import feedback_purge_contact

    settings.PERSONAL_DATA_RETENTION_DAYS = {
        **settings.PERSONAL_DATA_RETENTION_DAYS,
        "feedback_contact_after_closed": 730,
    }
    now = timezone.now()
    old = factories.feedback(
        status="answered", replied_at=now - timedelta(days=731), name="Ana", email="ana@example.org"
    )
    recent = factories.feedback(
        status="answered", replied_at=now - timedelta(days=10), name="Bo", email="bo@example.org"
    )
    assert feedback_purge_contact(now=now) == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.email) == ("", "")
    assert old.message  # the comment itself is kept
    assert recent.email == "bo@example.org"


@pytest.mark.django_db
def test_the_service_is_asked_for_only_under_feedback_about_a_service(client, commit):
    service = factories.make_service("Example Swim Club")
    html = client.get("/feedback/").content.decode()
    # The list sits inside the "A service listed on the Local Offer" option's conditional reveal.
    assert 'aria-controls="conditional-id_about_2"' in html
    assert html.index('id="conditional-id_about_2"') < html.index('id="id_service"') < html.index('id="id_about_3"')

    response = client.post("/feedback/", {**FEEDBACK, "about": "service"})
    assert response.status_code == 200
    assert "Choose the service your feedback is about" in response.content.decode()
    assert not Feedback.objects.exists()

    commit(client.post, "/feedback/", {**FEEDBACK, "about": "service", "service": service.slug})
    assert Feedback.objects.get().service == service


@pytest.mark.django_db
def test_a_service_left_in_the_list_is_not_kept_when_the_feedback_is_about_something_else(client, commit):
    service = factories.make_service("Example Swim Club")
    response = commit(client.post, "/feedback/", {**FEEDBACK, "about": "website", "service": service.slug})
    assert response.status_code == 302
    item = Feedback.objects.get()
    assert (item.about, item.service) == ("website", None)


@pytest.mark.django_db
def test_feedback_from_a_service_page_starts_with_that_service_chosen(client):
    service = factories.make_service("Example Swim Club")
    html = client.get(f"/feedback/?service={service.slug}").content.decode()
    assert 'value="service" checked' in html
    assert f'<option value="{service.slug}" selected>' in html
    # Chosen, so the list is not hidden when the page's script runs.
    assert 'class="govuk-radios__conditional" id="conditional-id_about_2"' in html
