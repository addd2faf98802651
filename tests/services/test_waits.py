"""Waiting times: shown with their date and plainly when old, filtered and sorted, updated by providers with history."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from localoffer.core.models import OutboundEmail
from services.models import Wait, WaitChange, WaitDay
from services.reviews import review_reminders_send
from services.waits import waits_replace
from tests.factories import (
    make_category,
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


def test_a_wait_is_shown_with_its_date_on_the_page_and_on_result_cards(client):
    service = make_service("Autism assessment team")
    make_wait(service=service, amount=18, unit="months", updated_on=timezone.localdate(), note="Urgent cases sooner")
    page = client.get(service.get_absolute_url()).content.decode()
    today = timezone.localdate()
    assert "About 18 months" in page
    assert f"updated {today.day} {today:%b %Y}" in page
    assert "Urgent cases sooner" in page
    assert "ask the service" not in page
    results = client.get("/services/", {"q": "autism"}).content.decode()
    assert f"Wait: about 18 months, updated {today.day} {today:%b %Y}" in results


def test_a_wait_older_than_the_setting_says_so_plainly(client, settings):
    settings.WAIT_STALE_MONTHS = 3
    today = timezone.localdate()
    old = today - datetime.timedelta(days=200)
    service = make_service("Speech therapy")
    make_wait(service=service, amount=6, unit="weeks", updated_on=old, label="Speech therapy")
    when = f"{old:%B}" if old.year == today.year else f"{old:%B %Y}"
    page = client.get(service.get_absolute_url()).content.decode()
    assert f"This wait was last updated in {when}; ask the service" in page
    results = client.get("/services/", {"q": "speech"}).content.decode()
    assert f"This wait was last updated in {when}; ask the service" in results


def test_several_waits_each_with_its_label(client):
    service = make_service("Child development centre")
    make_wait(service=service, amount=18, unit="months", label="Autism assessment", order=0)
    make_wait(service=service, amount=1, unit="weeks", label="Speech therapy", order=1)
    page = client.get(service.get_absolute_url()).content.decode()
    assert "Wait for Autism assessment" in page
    assert "About 1 week" in page


def test_the_wait_filter_and_the_shortest_wait_sort(client):
    long = make_service("Alpha long wait")
    make_wait(service=long, amount=18, unit="months")
    none = make_service("Bravo no list")
    make_wait(service=none, unit="none")
    soon = make_service("Charlie three weeks")
    make_wait(service=soon, amount=3, unit="weeks")
    make_wait(service=soon, amount=9, unit="months", label="Follow-up")
    make_service("Delta unknown")

    page = client.get("/services/", {"wait": "none"}).content.decode()
    assert "Bravo no list" in page
    assert "Alpha long wait" not in page and "Charlie three weeks" not in page

    page = client.get("/services/", {"wait": "4-weeks"}).content.decode()
    assert "Bravo no list" in page and "Charlie three weeks" in page
    assert "Alpha long wait" not in page and "Delta unknown" not in page
    assert "Seen within 4 weeks" in page

    page = client.get("/services/", {"sort": "wait"}).content.decode()
    order = [page.index(name) for name in ("Bravo no list", "Charlie three weeks", "Alpha long wait", "Delta unknown")]
    assert order == sorted(order)


def test_a_new_wait_shows_at_once_in_results(client):
    service = make_service("Echo service")
    assert "Echo service" not in client.get("/services/", {"wait": "none"}).content.decode()
    make_wait(service=service, unit="none")
    assert "Echo service" in client.get("/services/", {"wait": "none"}).content.decode()


def _wait_post(*rows, initial=0):
    data = {"waits-TOTAL_FORMS": len(rows), "waits-INITIAL_FORMS": initial}
    for number, row in enumerate(rows):
        for name, value in row.items():
            data[f"waits-{number}-{name}"] = value
    return data


def test_a_provider_updates_a_wait_published_at_once_and_recorded_in_history(client):
    organisation = make_organisation(name="Harbour NHS Trust")
    service = make_service("Harbour CAMHS", organisation=organisation)
    make_wait(service=service, amount=40, unit="weeks", updated_on=timezone.localdate() - datetime.timedelta(days=50))
    account = make_provider(organisations=[organisation], name="Pat Provider")
    provider_sign_in(client, account)

    form = client.get(f"/provider/listings/{service.pk}/waits/")
    assert form.status_code == 200
    response = client.post(
        f"/provider/listings/{service.pk}/waits/",
        _wait_post({"label": "", "amount": "30", "unit": "weeks", "note": "Urgent referrals within a week"}, initial=1),
    )
    assert response.status_code == 302
    wait = Wait.objects.get(service=service)
    assert (wait.amount, wait.unit, wait.updated_by, wait.updated_on) == (30, "weeks", "provider", timezone.localdate())
    record = wait.history.latest()
    assert record.history_user == account.user
    assert "Pat Provider" in record.history_change_reason
    change = WaitChange.objects.get(service=service)
    assert change.status == WaitChange.Status.PUBLISHED
    assert change.before_text == ["About 40 weeks"]
    assert "About 30 weeks" in client.get(service.get_absolute_url()).content.decode()

    editor = make_staff(permissions=["services.change_waitchange", "services.view_waitchange"])
    client.logout()
    staff_sign_in(client, editor)
    dashboard = client.get("/admin/").content.decode()
    assert "Harbour CAMHS: About 30 weeks" in dashboard
    client.logout()
    staff_sign_in(client, make_staff(superuser=True))
    history = client.get(f"/admin/services/service/{service.pk}/history/").content.decode()
    assert "About 30 weeks" in history


def test_a_provider_wait_with_a_missing_number_is_explained_and_kept(client):
    organisation = make_organisation()
    service = make_service("Foxtrot", organisation=organisation)
    provider_sign_in(client, make_provider(organisations=[organisation]))
    response = client.post(
        f"/provider/listings/{service.pk}/waits/", _wait_post({"label": "Assessment", "amount": "", "unit": "months"})
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    assert "Enter the typical wait as a number of weeks or months" in page
    assert 'value="Assessment"' in page
    assert not Wait.objects.exists()


def test_staff_can_hold_an_organisations_waits_for_approval(client):
    organisation = make_organisation(hold_waits_for_approval=True)
    service = make_service("Golf", organisation=organisation)
    provider_sign_in(client, make_provider(organisations=[organisation]))
    client.post(f"/provider/listings/{service.pk}/waits/", _wait_post({"amount": "2", "unit": "weeks"}))
    assert not Wait.objects.exists()
    change = WaitChange.objects.get()
    assert change.status == WaitChange.Status.WAITING

    client.logout()
    editor = make_staff(superuser=True)
    staff_sign_in(client, editor)
    client.post(
        "/admin/services/waitchange/",
        {"action": "approve", "_selected_action": [change.pk]},
    )
    change.refresh_from_db()
    assert change.status == WaitChange.Status.APPROVED
    assert Wait.objects.get(service=service).text == "about 2 weeks"


def test_other_organisations_waits_are_not_found(client):
    service = make_service("Hotel")
    provider_sign_in(client, make_provider(organisations=[make_organisation()]))
    assert client.get(f"/provider/listings/{service.pk}/waits/").status_code == 404


def test_the_review_reminder_asks_for_the_wait():
    organisation = make_organisation(email="team@example.org")
    service = make_service("India", organisation=organisation, last_reviewed=datetime.date(2020, 1, 1))
    make_wait(service=service, amount=12, unit="months")
    make_service("Juliet", organisation=organisation, last_reviewed=datetime.date(2020, 1, 1))
    review_reminders_send()
    body = OutboundEmail.objects.get(to="team@example.org").body
    assert "Wait stated: about 12 months" in body
    assert "No waiting time stated" in body


def test_waits_are_kept_daily_once_a_day():
    service = make_service("Kilo")
    make_wait(service=service, amount=5, unit="months", label="Assessment")
    call_command("record_waits")
    call_command("record_waits")
    record = WaitDay.objects.get()
    assert (record.service_id, record.label, record.days, record.text) == (
        service.pk,
        "Assessment",
        150,
        "about 5 months",
    )
    assert record.day == timezone.localdate()
    assert mail.outbox == []


def test_a_wait_must_have_a_number_unless_there_is_no_list():
    from django.db import IntegrityError

    service = make_service("Lima")
    with pytest.raises(IntegrityError):
        Wait.objects.create(service=service, unit="weeks", amount=None)


def test_the_open_data_api_carries_waits_as_a_documented_extension_that_still_validates(client):
    from tests.services.oruk_schemas import assert_valid

    service = make_service("Mike assessment")
    make_wait(service=service, amount=18, unit="months", label="Autism assessment", note="Urgent sooner")
    make_wait(service=service, unit="none", label="Advice line", order=1)
    body = client.get(f"/api/oruk/services/{service.pk}").json()
    assert_valid(body, "service.json")
    assert body["x_waits"][0] == {
        "label": "Autism assessment",
        "typical_wait": "about 18 months",
        "amount": 18,
        "unit": "months",
        "typical_wait_days": 540,
        "updated": timezone.localdate().isoformat(),
        "updated_by": "team",
        "note": "Urgent sooner",
    }
    assert body["x_waits"][1]["typical_wait_days"] == 0 and "amount" not in body["x_waits"][1]
    description = client.get("/api/oruk/openapi.json").json()
    assert "x_waits" in description["info"]["description"]
    assert "ServiceWaits" in description["components"]["schemas"]


def test_the_demo_has_waits_on_assessments_therapies_and_camhs_some_old(settings):
    from services.demo.waits import waits_load

    call_command("seed_demo", stdout=__import__("io").StringIO())
    waits_load()
    named = {wait.service.name for wait in Wait.objects.select_related("service")}
    assert "Neurodevelopmental Assessment Service (Autism and ADHD)" in named
    assert "CAMHS Assessment and Treatment" in named
    assert "Children's Speech and Language Therapy" in named
    stale = [wait for wait in Wait.objects.all() if wait.is_stale()]
    assert 0 < len(stale) < Wait.objects.count()


def test_the_dashboard_shows_waits_now_and_three_months_before(client):
    service = make_service("November assessment")
    make_wait(service=service, amount=18, unit="months")
    today = timezone.localdate()
    WaitDay.objects.create(day=today - datetime.timedelta(days=95), service=service, days=360, text="about 12 months")
    call_command("record_waits")
    staff_sign_in(client, make_staff(superuser=True))
    dashboard = client.get("/admin/").content.decode()
    assert "November assessment: about 18 months" in dashboard
    assert "about 12 months on" in dashboard


def test_staff_change_a_wait_in_the_admin_recorded_in_history_and_on_the_dashboard(client):
    service = make_reachable_service("Harbour speech therapy", categories=[make_category()])
    wait = make_wait(
        service=service, amount=20, unit="weeks", updated_on=timezone.localdate() - datetime.timedelta(days=40)
    )
    officer = make_staff(superuser=True, username="sam.officer")
    staff_sign_in(client, officer)
    data = service_form_data(
        service,
        **{
            "waits-TOTAL_FORMS": 1, "waits-INITIAL_FORMS": 1, "waits-0-id": wait.pk, "waits-0-service": service.pk,
            "waits-0-label": "", "waits-0-order": 0, "waits-0-amount": 12, "waits-0-unit": "weeks", "waits-0-note": "",
            "waits-0-updated_on": wait.updated_on.isoformat(), "waits-0-updated_by": wait.updated_by,
            "initial-waits-0-updated_on": wait.updated_on.isoformat(),  # the hidden copy a browser sends too
        },
    )  # fmt: skip
    response = client.post(f"/admin/services/service/{service.pk}/change/", data)
    assert response.status_code == 302
    wait.refresh_from_db()
    assert (wait.amount, wait.updated_by, wait.updated_on) == (12, "team", timezone.localdate())
    assert wait.history.latest().history_user == officer
    change = WaitChange.objects.get(service=service)
    assert change.status == WaitChange.Status.PUBLISHED
    assert (change.before_text, change.proposed_text) == (["About 20 weeks"], ["About 12 weeks"])
    dashboard = client.get("/admin/").content.decode()
    assert "Waiting times changed by providers or staff in the last 14 days" in dashboard
    assert "Harbour speech therapy: About 12 weeks" in dashboard and "sam.officer (staff)" in dashboard
    history = client.get(f"/admin/services/service/{service.pk}/history/").content.decode()
    assert "About 12 weeks" in history
    client.post(f"/admin/services/service/{service.pk}/change/", data)  # saved again unchanged
    assert WaitChange.objects.filter(service=service).count() == 1


def test_confirming_there_is_no_wait_moves_the_records_last_change_on_in_the_open_data(client, settings):
    settings.RENDERED_CACHE_SECONDS = 3600  # kept, as on a server: the record must be made again
    service = make_service("Harbour Speech Club")
    record = client.get(f"/api/oruk/services/{service.pk}").json()
    listed = client.get("/api/oruk/services", {"modified_after": record["last_modified"], "full": "false"}).json()
    waits_replace(service=service, rows=[], by=None, updated_by="", reason="No wait today")
    again = client.get(f"/api/oruk/services/{service.pk}").json()
    assert again["last_modified"] > record["last_modified"]
    later = client.get("/api/oruk/services", {"modified_after": again["last_modified"]}).json()
    assert [row["id"] for row in later["contents"]] == [str(service.pk)]
    assert listed["total_items"] == 1
