"""The dashboard on the admin home: what needs attention, for the people allowed to act on it."""

import datetime

import pytest
from django.utils import timezone

from localoffer.staff import dashboard
from tests.factories import make_service, make_staff, staff_sign_in

pytestmark = pytest.mark.django_db


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def test_dashboard_shows_overdue_due_soon_and_recently_changed_services_above_the_app_list(staff_client):
    overdue = make_service("Overdue Club", review_due=days(-2))
    make_service("Soon Club", review_due=days(12))
    html = staff_client.get("/admin/").content.decode()
    assert "Services overdue for review" in html
    assert "Services due for review in the next 30 days" in html
    assert "Services changed in the last 7 days" in html
    assert f'href="/admin/services/service/{overdue.pk}/change/">Overdue Club</a>' in html
    assert "Soon Club" in html
    assert "/admin/services/service/?review=overdue" in html
    assert html.index("Services overdue for review") < html.index('class="app-services module')


def test_dashboard_counts_every_item_but_lists_only_the_first_few(
    staff_client, staff_user, django_assert_max_num_queries
):
    for number in range(7):
        make_service(f"Overdue Club {number}", review_due=days(-10 + number))
    [panel] = [p for p in dashboard.dashboard_panels(user=staff_user) if p.title == "Services overdue for review"]
    assert panel.count == 7
    assert [text for text, _, _ in panel.items] == [f"Overdue Club {n}" for n in range(5)]
    with django_assert_max_num_queries(30):
        assert staff_client.get("/admin/").status_code == 200


def test_dashboard_says_so_when_nothing_is_due(staff_client):
    html = staff_client.get("/admin/").content.decode()
    assert "No service is overdue for review." in html


def test_the_auditor_sees_overdue_listings_like_other_roles(client):
    from localoffer.staff.roles import READ_ONLY_AUDITOR
    from tests.factories import staff

    overdue = make_service("Overdue Club", review_due=days(-2))
    make_service("Soon Club", review_due=days(12))
    staff_sign_in(client, staff(role=READ_ONLY_AUDITOR))
    html = client.get("/admin/").content.decode()
    assert "Services overdue for review" in html and "Services due for review in the next 30 days" in html
    assert f'href="/admin/services/service/{overdue.pk}/change/">Overdue Club</a>' in html
    assert "Soon Club" in html
    assert client.get(f"/admin/services/service/{overdue.pk}/change/").status_code == 200


def test_staff_who_cannot_see_services_see_no_service_panels(client):
    make_service("Overdue Club", review_due=days(-2))
    staff_sign_in(client, make_staff("someone", permissions=["coproduction.view_pledge"]))
    html = client.get("/admin/").content.decode()
    assert "Services overdue for review" not in html
    assert "Overdue Club" not in html


def test_a_new_panel_is_one_entry(staff_user):
    make_service("Overdue Club", review_due=days(-2))
    panel = dashboard.Panel(
        title="Everything overdue",
        permission="services.view_service",
        items="services.reviews.services_overdue",
        unit=("listing", "listings"),
    )
    [view] = dashboard.dashboard_panels(user=staff_user, panels=[panel])
    assert (view.title, view.count, view.unit) == ("Everything overdue", 1, "listing")
    assert view.items[0][0] == "Overdue Club"


def test_feedback_officers_see_new_and_overdue_feedback_on_the_dashboard(client):
    from datetime import timedelta

    from django.utils import timezone

    from localoffer.staff.roles import FEEDBACK_OFFICER
    from tests import factories

    factories.feedback(reference="LO-2026-00001", status="new")
    factories.feedback(reference="LO-2026-00002", status="in-progress", due_on=timezone.localdate() - timedelta(days=3))
    staff_sign_in(client, factories.staff(role=FEEDBACK_OFFICER))
    html = client.get("/admin/").content.decode()
    assert "New feedback" in html and "LO-2026-00001" in html
    assert "Feedback overdue for a reply" in html and "LO-2026-00002" in html
    assert "Services changed in the last 7 days" not in html  # editing listings is not their job


def test_coproduction_officers_see_this_months_pledges_and_bookings(client):
    from localoffer.staff.roles import COPRODUCTION_OFFICER
    from tests import factories

    factories.pledge()
    factories.booking(event=factories.event())
    staff_sign_in(client, factories.staff(role=COPRODUCTION_OFFICER))
    html = client.get("/admin/").content.decode()
    assert "Pledges confirmed this month" in html
    assert "Forum and event bookings this month" in html
    assert "New feedback" not in html


def changed_panel(html):
    return html.split("Services changed in the last 7 days")[1].split("</div>")[0]


def test_after_a_demo_load_no_listing_counts_as_changed_until_someone_changes_one(staff_client, staff_user):
    import io

    from django.core.management import call_command

    from services.models import Service
    from services.reviews import service_mark_reviewed

    call_command("seed_demo", stdout=io.StringIO())
    assert Service.objects.count() > 100
    panel = changed_panel(staff_client.get("/admin/").content.decode())
    assert "No service has changed in the last 7 days." in panel

    edited = Service.objects.order_by("name").first()
    url = f"/admin/services/service/{edited.pk}/change/"
    from tests.factories import service_form_data

    staff_client.post(url, service_form_data(edited, summary="Checked with the provider today."))
    service_mark_reviewed(service=Service.objects.order_by("name")[1], by=staff_user)
    panel = changed_panel(staff_client.get("/admin/").content.decode())
    assert '<strong class="lo-dashboard-number">2</strong> services' in panel
    assert edited.name in panel


def panel_of(html, title):
    return html.split(f"<h2>{title}</h2>")[1].split("</div>")[0]


def test_pledges_read_by_name_for_the_coproduction_officer_and_neutrally_for_others(client):
    from django.contrib.auth.models import Permission

    from localoffer.staff.roles import COPRODUCTION_OFFICER
    from tests import factories

    factories.pledge(name="Sam Smith", who="parent-carer", levels=("individual", "service"))
    staff_sign_in(client, factories.staff(role=COPRODUCTION_OFFICER))
    panel = panel_of(client.get("/admin/").content.decode(), "Pledges confirmed this month")
    assert "Sam Smith (parent or carer)</a>" in panel
    assert "levels: Individual, Service" in panel and "Pledge " not in panel

    viewer = make_staff("viewer")
    viewer.user_permissions.add(Permission.objects.get(codename="view_pledge"))
    staff_sign_in(client, viewer)
    panel = panel_of(client.get("/admin/").content.decode(), "Pledges confirmed this month")
    today = timezone.localdate()
    assert f"A parent or carer who pledged on {today:%-d %b %Y}</a>" in panel
    assert "levels: Individual, Service" in panel
    assert "Sam Smith" not in panel and "Pledge " not in panel


def test_new_volunteers_panel_counts_them_and_says_how_long_the_oldest_has_waited(client):
    from coproduction.models import PanelVolunteer
    from localoffer.staff.roles import COPRODUCTION_OFFICER, READ_ONLY_AUDITOR
    from tests import factories

    oldest = factories.volunteer(name="Olive Oldest", who="young-person")
    PanelVolunteer.objects.filter(pk=oldest.pk).update(created_at=timezone.now() - datetime.timedelta(days=30))
    recent = factories.volunteer(name="Rita Recent")
    PanelVolunteer.objects.filter(pk=recent.pk).update(created_at=timezone.now() - datetime.timedelta(days=3))
    factories.volunteer(name="Connie Contacted", status="contacted")
    staff_sign_in(client, factories.staff(role=COPRODUCTION_OFFICER))

    panel = panel_of(client.get("/admin/").content.decode(), "New interview-panel volunteers")

    assert '<strong class="lo-dashboard-number">2</strong> volunteers waiting' in panel
    assert "The longest has waited 30 days. The interview panels page promises contact within 4 weeks." in panel
    assert "1 has waited longer than that." in panel
    assert panel.index("Olive Oldest (young person)") < panel.index("Rita Recent (parent or carer)")
    assert "waiting 30 days: past the 4 weeks we promise" in panel and "waiting 3 days)" in panel
    assert "Connie Contacted" not in panel
    assert "/admin/coproduction/panelvolunteer/?status__exact=new" in panel

    staff_sign_in(client, factories.staff(role=READ_ONLY_AUDITOR))
    panel = panel_of(client.get("/admin/").content.decode(), "New interview-panel volunteers")
    assert "Olive Oldest" not in panel and "A young person who signed up on" in panel


def test_bookings_read_by_name_only_for_those_who_may_see_names(client):
    from localoffer.staff.roles import COPRODUCTION_OFFICER, READ_ONLY_AUDITOR
    from tests import factories

    factories.booking(event=factories.event(title="Transport forum"), name="Bea Booker")
    staff_sign_in(client, factories.staff(role=COPRODUCTION_OFFICER))
    panel = panel_of(client.get("/admin/").content.decode(), "Forum and event bookings this month")
    assert "Bea Booker: Transport forum</a>" in panel and "booked; received" in panel
    staff_sign_in(client, factories.staff(role=READ_ONLY_AUDITOR))
    panel = panel_of(client.get("/admin/").content.decode(), "Forum and event bookings this month")
    assert "A place on Transport forum</a>" in panel and "Bea Booker" not in panel


def test_the_system_owner_sees_emails_waiting_too_long_or_failing_on_the_dashboard(admin_client):
    from localoffer.core.models import OutboundEmail

    now = timezone.now()
    stuck = OutboundEmail.objects.create(to="a@example.org", subject="Stuck", body="B", next_attempt_at=now)
    OutboundEmail.objects.filter(pk=stuck.pk).update(created_at=now - datetime.timedelta(minutes=10))
    failing = OutboundEmail.objects.create(
        to="b@example.org",
        subject="Refused",
        body="B",
        attempts=3,
        next_attempt_at=now + datetime.timedelta(minutes=8),
        last_error="SMTPServerDisconnected: Connection unexpectedly closed",
    )
    OutboundEmail.objects.create(to="c@example.org", subject="Just queued", body="B", next_attempt_at=now)
    OutboundEmail.objects.create(to="d@example.org", subject="Went", body="B", attempts=1, sent_at=now)
    html = admin_client.get("/admin/").content.decode()
    assert "Emails waiting or failing" in html
    assert f'href="/admin/localoffer/outboundemail/{stuck.pk}/change/">Stuck to a@example.org</a>' in html
    assert "is the mail worker running?" in html
    assert f'href="/admin/localoffer/outboundemail/{failing.pk}/change/">Refused to b@example.org</a>' in html
    assert "failed 3 time(s)" in html and "SMTPServerDisconnected" in html
    assert "Just queued" not in html  # the worker sends within seconds: nothing to see yet
    assert "Went" not in html
    assert "/admin/localoffer/outboundemail/?status=unsent" in html


def test_staff_other_than_the_system_owner_see_no_email_panel(client):
    from localoffer.staff.roles import ROLE_NAMES
    from tests import factories

    for role in ROLE_NAMES:
        staff_sign_in(client, factories.staff(role=role))
        assert "Emails waiting or failing" not in client.get("/admin/").content.decode()
        client.logout()
