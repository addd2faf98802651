"""Keeping listings up to date: review dates, the admin's review actions and the reminder emails."""

import datetime
import threading
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from localoffer.core.mail import emails_send_pending
from localoffer.core.models import OutboundEmail
from localoffer.staff.roles import LOCAL_OFFER_EDITOR
from services import reviews
from services.models import ReviewReminder, Service
from tests.factories import make_category, make_organisation, make_reachable_service, make_staff, service_form_data

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 22)


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def test_review_falls_due_twelve_months_after_the_last_review():
    assert reviews.review_due_after(datetime.date(2026, 3, 15)) == datetime.date(2027, 3, 15)
    assert reviews.review_due_after(datetime.date(2024, 2, 29)) == datetime.date(2025, 2, 28)
    service = make_reachable_service(last_reviewed=datetime.date(2026, 1, 31))
    assert service.review_due == datetime.date(2027, 1, 31)


def test_review_interval_is_a_setting(settings):
    settings.REVIEW_INTERVAL_MONTHS = 6
    assert reviews.review_due_after(datetime.date(2026, 8, 31)) == datetime.date(2027, 2, 28)
    assert make_reachable_service(last_reviewed=datetime.date(2026, 1, 10)).review_due == datetime.date(2026, 7, 10)


def test_marking_a_listing_reviewed_sets_today_and_the_next_due_date_and_records_who():
    officer = make_staff("reviewer", role=LOCAL_OFFER_EDITOR)
    service = make_reachable_service(last_reviewed=datetime.date(2020, 1, 1))
    reviews.service_mark_reviewed(service=service, by=officer, on=TODAY)
    service.refresh_from_db()
    assert service.last_reviewed == TODAY
    assert service.review_due == datetime.date(2027, 11, 22)
    latest = service.history.latest()
    assert latest.history_user == officer
    assert latest.history_change_reason == "Marked as reviewed"


def test_overdue_due_soon_and_recently_changed_selectors():
    overdue = make_reachable_service("Overdue Club", review_due=days(-1))
    soon = make_reachable_service("Soon Club", review_due=days(30))
    later = make_reachable_service("Later Club", review_due=days(31))
    make_reachable_service("Archived Club", review_due=days(-100), status=Service.Status.ARCHIVED)
    assert list(reviews.services_overdue()) == [overdue]
    assert list(reviews.services_due_soon()) == [soon]
    editor = make_staff("editor", role=LOCAL_OFFER_EDITOR)
    for service in (overdue, soon, later):
        changed_by(service, editor)
    later.history.update(history_date=timezone.now() - datetime.timedelta(days=8))
    changed = set(reviews.services_recently_changed())
    assert overdue in changed and soon in changed and later not in changed


def changed_by(service, user):
    service._history_user = user
    service.summary += " (checked)"
    service.save()


def test_a_change_to_a_listings_opening_times_by_a_person_counts_as_a_change_to_the_listing():
    from tests.factories import make_opening_time

    service = make_reachable_service("Harbour Club")
    hours = make_opening_time(service=service)
    assert not reviews.services_recently_changed().exists()
    hours._history_user = make_staff("editor", role=LOCAL_OFFER_EDITOR)
    hours.closes = "16:00"
    hours.save()
    [changed] = reviews.services_recently_changed()
    assert changed == service and changed.last_changed == hours.history.latest().history_date


def test_admin_bulk_actions_mark_reviewed_publish_and_archive(staff_client, staff_user):
    first = make_reachable_service("First Club", last_reviewed=datetime.date(2020, 1, 1), status=Service.Status.DRAFT)
    second = make_reachable_service("Second Club", last_reviewed=datetime.date(2020, 1, 1), status=Service.Status.DRAFT)
    changelist = reverse("admin:services_service_changelist")
    selected = [first.pk, second.pk]

    response = staff_client.post(changelist, {"action": "mark_reviewed", "_selected_action": selected}, follow=True)
    assert "2 listing(s) marked as reviewed today" in response.content.decode()
    for service in Service.objects.filter(pk__in=selected):
        assert service.last_reviewed == timezone.localdate()
        assert service.review_due == reviews.review_due_after(timezone.localdate())
        assert service.history.latest().history_user == staff_user

    response = staff_client.post(changelist, {"action": "publish", "_selected_action": selected}, follow=True)
    assert "2 listing(s) published." in response.content.decode()
    assert set(Service.objects.values_list("status", flat=True)) == {"published"}

    response = staff_client.post(changelist, {"action": "archive", "_selected_action": [first.pk]}, follow=True)
    assert "1 listing(s) archived." in response.content.decode()
    assert Service.objects.get(pk=first.pk).status == Service.Status.ARCHIVED
    assert Service.objects.get(pk=second.pk).status == Service.Status.PUBLISHED


def test_buttons_on_a_listing_mark_it_reviewed_and_archive_it(staff_client):
    service = make_reachable_service("Harbour Club", last_reviewed=datetime.date(2020, 1, 1))
    page = staff_client.get(reverse("admin:services_service_change", args=[service.pk])).content.decode()
    assert "Mark as reviewed today" in page and "Archive" in page

    response = staff_client.post(reverse("admin:services_service_review", args=[service.pk]), follow=True)
    assert "“Harbour Club” marked as reviewed today" in response.content.decode()
    assert Service.objects.get(pk=service.pk).last_reviewed == timezone.localdate()

    staff_client.post(reverse("admin:services_service_status", args=[service.pk]), {"status": "archived"})
    assert Service.objects.get(pk=service.pk).status == Service.Status.ARCHIVED
    staff_client.post(reverse("admin:services_service_status", args=[service.pk]), {"status": "draft; drop"})
    assert Service.objects.get(pk=service.pk).status == Service.Status.ARCHIVED


def test_a_get_request_never_marks_a_listing_reviewed(staff_client):
    service = make_reachable_service(last_reviewed=datetime.date(2020, 1, 1))
    response = staff_client.get(reverse("admin:services_service_review", args=[service.pk]))
    assert response.status_code == 302
    assert Service.objects.get(pk=service.pk).last_reviewed == datetime.date(2020, 1, 1)


def test_staff_who_may_only_view_services_cannot_mark_them_reviewed(client):
    from tests.factories import staff_sign_in

    viewer = make_staff("viewer", permissions=["services.view_service"])
    staff_sign_in(client, viewer)
    service = make_reachable_service(last_reviewed=datetime.date(2020, 1, 1))
    assert client.post(reverse("admin:services_service_review", args=[service.pk])).status_code == 403
    assert Service.objects.get(pk=service.pk).last_reviewed == datetime.date(2020, 1, 1)


def test_review_filters_list_overdue_due_soon_and_recently_changed_listings(staff_client):
    editor = make_staff("editor", role=LOCAL_OFFER_EDITOR)
    for name, due in (("Overdue Club", -3), ("Soon Club", 10), ("Later Club", 200)):
        changed_by(make_reachable_service(name, review_due=days(due)), editor)
    changelist = reverse("admin:services_service_changelist")
    overdue = staff_client.get(changelist + "?review=overdue").content.decode()
    assert "Overdue Club" in overdue and "Soon Club" not in overdue and "Later Club" not in overdue
    soon = staff_client.get(changelist + "?review=soon").content.decode()
    assert "Soon Club" in soon and "Overdue Club" not in soon and "Later Club" not in soon
    Service.history.filter(name="Later Club").update(history_date=timezone.now() - datetime.timedelta(days=8))
    changed = staff_client.get(changelist + "?review=changed").content.decode()
    assert "Soon Club" in changed and "Overdue Club" in changed and "Later Club" not in changed


# The reminder emails


@pytest.fixture
def due_listings():
    organisation = make_organisation(name="Harbour Trust", email="team@harbour.example.org")
    overdue = make_reachable_service("Harbour Swim", organisation=organisation, review_due=days(-5))
    soon = make_reachable_service("Harbour Youth Club", organisation=organisation, review_due=days(20))
    make_reachable_service("Harbour Art", organisation=organisation, review_due=days(90))
    return organisation, overdue, soon


def run_reminders(capture):
    out = StringIO()
    with capture(execute=True):
        call_command("send_review_reminders", stdout=out)
    emails_send_pending()  # the mail worker's turn
    return out.getvalue()


def test_reminder_lists_each_due_listing_with_what_to_check_and_a_link(
    due_listings, django_capture_on_commit_callbacks, settings
):
    organisation, overdue, soon = due_listings
    output = run_reminders(django_capture_on_commit_callbacks)
    assert "Sent 1 review reminder(s)." in output
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["team@harbour.example.org"]
    assert email.subject == "Please review your 2 SEND Local Offer listings"
    assert "Harbour Swim (overdue since" in email.body
    assert "Harbour Youth Club (due by" in email.body
    assert "Harbour Art" not in email.body
    assert f"{settings.SITE_URL}/services/{overdue.slug}/" in email.body
    assert "contact details" in email.body and "opening times" in email.body
    reminder = ReviewReminder.objects.get()
    assert reminder.organisation == organisation
    assert set(reminder.services.all()) == {overdue, soon}


def test_reminder_is_sent_once_a_week_at_most(due_listings, django_capture_on_commit_callbacks):
    run_reminders(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1

    assert "Sent 0 review reminder(s)." in run_reminders(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1

    ReviewReminder.objects.update(sent_at=timezone.now() - datetime.timedelta(days=6))
    run_reminders(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1

    ReviewReminder.objects.update(sent_at=timezone.now() - datetime.timedelta(days=8))
    run_reminders(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2
    assert ReviewReminder.objects.count() == 2


def test_no_reminder_once_the_listings_are_reviewed(due_listings, django_capture_on_commit_callbacks):
    organisation, overdue, soon = due_listings
    reviews.services_mark_reviewed(services=[overdue, soon], by=None)
    run_reminders(django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert not ReviewReminder.objects.exists()


def test_organisations_without_an_email_address_are_counted_not_emailed(django_capture_on_commit_callbacks):
    make_reachable_service(organisation=make_organisation(email=""), review_due=days(-1))
    output = run_reminders(django_capture_on_commit_callbacks)
    assert "1 organisation(s) with listings due have no email address" in output
    assert mail.outbox == []


def test_archived_listings_get_no_reminder(django_capture_on_commit_callbacks):
    organisation = make_organisation(email="team@example.org")
    make_reachable_service(organisation=organisation, review_due=days(-1), status=Service.Status.ARCHIVED)
    run_reminders(django_capture_on_commit_callbacks)
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_the_same_time_send_one_reminder():
    organisation = make_organisation(email="team@example.org")
    make_reachable_service(organisation=organisation, review_due=days(-1))
    start = threading.Barrier(2)
    errors = []

    def run():
        try:
            start.wait()
            reviews.review_reminders_send()
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert ReviewReminder.objects.count() == 1
    assert OutboundEmail.objects.filter(purpose="review-reminder").count() == 1


def test_changing_the_last_review_date_in_the_admin_moves_the_due_date(staff_client):
    service = make_reachable_service(
        "Harbour Club", categories=[make_category()], last_reviewed=datetime.date(2025, 1, 1)
    )
    url = reverse("admin:services_service_change", args=[service.pk])
    staff_client.post(url, service_form_data(service, last_reviewed="2026-06-30"))
    assert Service.objects.get(pk=service.pk).review_due == datetime.date(2027, 6, 30)

    staff_client.post(url, service_form_data(Service.objects.get(pk=service.pk), review_due="2026-12-01"))
    assert Service.objects.get(pk=service.pk).review_due == datetime.date(2026, 12, 1)


def test_organisation_list_counts_overdue_listings_and_can_remind_now(
    staff_client, due_listings, django_capture_on_commit_callbacks
):
    organisation, overdue, soon = due_listings
    make_organisation(name="Quiet Trust", email="quiet@example.org")
    changelist = reverse("admin:services_organisation_changelist")
    html = staff_client.get(changelist + "?review=overdue").content.decode()
    assert "Harbour Trust" in html and "Quiet Trust" not in html
    assert '<td class="field-overdue_count">1</td>' in html

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            changelist, {"action": "send_review_reminders", "_selected_action": [organisation.pk]}, follow=True
        )
    assert "1 reminder(s) sent." in response.content.decode()
    emails_send_pending()  # the mail worker's turn
    assert [email.to for email in mail.outbox] == [["team@harbour.example.org"]]

    again = staff_client.post(
        changelist, {"action": "send_review_reminders", "_selected_action": [organisation.pk]}, follow=True
    )
    assert "1 organisation(s) were not reminded" in again.content.decode()
    assert ReviewReminder.objects.count() == 1


def test_review_and_status_buttons_with_a_malformed_id_are_not_found(staff_client):
    for action in ("review", "status"):
        assert staff_client.post(f"/admin/services/service/not-a-uuid/{action}/").status_code == 404


def test_putting_back_a_review_due_date_asks_why_and_keeps_it_in_the_history(staff_client):
    service = make_reachable_service("Harbour Club", categories=[make_category()])
    due = service.review_due
    later = due + datetime.timedelta(days=60)
    url = reverse("admin:services_service_change", args=[service.pk])
    response = staff_client.post(url, service_form_data(service, review_due=later.isoformat()))
    assert response.status_code == 200
    assert "Say why the review is put back to a later date" in response.content.decode()
    assert Service.objects.get(pk=service.pk).review_due == due

    data = service_form_data(service, review_due=later.isoformat(), review_due_reason="Waiting for new timetable")
    assert staff_client.post(url, data).status_code == 302
    saved = Service.objects.get(pk=service.pk)
    assert saved.review_due == later
    assert saved.history.latest().history_change_reason == (
        f"Review put back to {later:%-d %b %Y}: Waiting for new timetable"
    )
    # Bringing it forward needs no reason.
    sooner = (later - datetime.timedelta(days=90)).isoformat()
    assert staff_client.post(url, service_form_data(saved, review_due=sooner)).status_code == 302
