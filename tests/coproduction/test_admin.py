"""Staff screens: roles decide who sees personal data in lists, detail pages, search and exports."""

import csv
import io

import pytest
from django.contrib.auth.models import Group

from coproduction.models import HubPage, Pledge
from tests import factories

pytestmark = pytest.mark.django_db

ZED = {"name": "Zed Secretname", "email": "zed@example.org"}
PERSONAL_PAGES = [
    # (the role that may see the details, a function making a row, the admin's model name)
    ("Co-production officer", lambda: factories.pledge(**ZED), "pledge"),
    ("Co-production officer", lambda: factories.volunteer(**ZED), "panelvolunteer"),
    ("Feedback officer", lambda: factories.feedback(**ZED), "feedback"),
]


def test_the_roles_exist_with_permissions_on_the_models():
    officer = Group.objects.get(name="Co-production officer")
    codenames = set(officer.permissions.values_list("codename", flat=True))
    assert {"view_pledge", "view_pledge_personal_data", "add_event", "change_hubpage"} <= codenames
    assert "view_feedback_personal_data" not in codenames
    feedback = set(Group.objects.get(name="Feedback officer").permissions.values_list("codename", flat=True))
    assert {"change_feedback", "view_feedback_personal_data", "add_yousaidwedid"} <= feedback
    assert "view_pledge_personal_data" not in feedback


@pytest.mark.parametrize(("role", "make", "model"), PERSONAL_PAGES)
def test_only_the_role_sees_personal_details_in_list_detail_and_search(client, role, make, model):
    row = make()
    other = "Feedback officer" if role == "Co-production officer" else "Co-production officer"
    viewer = factories.staff(role=other)
    # The other role may look at the rows (so that the rule, not a missing permission, hides them).
    viewer.user_permissions.add(*Group.objects.get(name=role).permissions.filter(codename=f"view_{model}"))
    for user, sees in ((factories.staff(role=role), True), (viewer, False)):
        factories.staff_sign_in(client, user)
        listing = client.get(f"/admin/coproduction/{model}/").content.decode()
        detail = client.get(f"/admin/coproduction/{model}/{row.pk}/change/").content.decode()
        found = client.get(f"/admin/coproduction/{model}/?q=Secretname").content.decode()
        assert ("zed@example.org" in listing) is sees, listing
        assert ("Zed Secretname" in detail) is sees
        assert ("Zed Secretname" in found) is sees
        if not sees:  # without the role, names are not searchable: no search box, or nothing found
            assert "0 results" in found or 'id="searchbar"' not in found


def test_pledge_csv_export_has_personal_columns_only_for_the_role(client):
    factories.pledge(name="Zed Secretname", email="zed@example.org", levels=("individual", "service"))
    factories.pledge(name="=HYPERLINK(evil)", email="formula@example.org")
    ids = [str(pk) for pk in Pledge.objects.values_list("pk", flat=True)]
    data = {"action": "export", "_selected_action": ids}

    factories.staff_sign_in(client, factories.staff(role="Co-production officer"))
    response = client.post("/admin/coproduction/pledge/", data)
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {row["Email"] for row in rows} == {"zed@example.org", "formula@example.org"}
    assert "'=HYPERLINK(evil)" in {row["Name"] for row in rows}
    assert "Individual; Service" in {row["Levels"] for row in rows}

    viewer = factories.staff()
    viewer.user_permissions.add(
        *Group.objects.get(name="Co-production officer").permissions.filter(codename="view_pledge")
    )
    factories.staff_sign_in(client, viewer)
    response = client.post("/admin/coproduction/pledge/", data)
    header = response.content.decode("utf-8-sig").splitlines()[0]
    assert "Email" not in header and "Name" not in header
    assert "Levels" in header
    assert "zed@example.org" not in response.content.decode()


def test_staff_filter_pledges_by_status_and_level(client):
    factories.pledge(name="Strategic Sam", levels=("strategic",))
    factories.pledge(name="Unconfirmed Uma", status="unconfirmed")
    factories.staff_sign_in(client, factories.staff(role="Co-production officer"))
    html = client.get("/admin/coproduction/pledge/?level=strategic").content.decode()
    assert "Strategic Sam" in html and "Unconfirmed Uma" not in html
    html = client.get("/admin/coproduction/pledge/?status__exact=unconfirmed").content.decode()
    assert "Unconfirmed Uma" in html and "Strategic Sam" not in html


def test_staff_withdraw_action_erases_details(client):
    pledge = factories.pledge(name="Gone Soon")
    factories.staff_sign_in(client, factories.staff(role="Co-production officer"))
    client.post("/admin/coproduction/pledge/", {"action": "withdraw", "_selected_action": [pledge.pk]})
    pledge.refresh_from_db()
    assert pledge.status == "withdrawn" and pledge.name == ""


def test_volunteer_export_and_status(client):
    volunteer = factories.volunteer(name="Vera Volunteer")
    factories.staff_sign_in(client, factories.staff(role="Co-production officer"))
    response = client.post(
        "/admin/coproduction/panelvolunteer/", {"action": "export", "_selected_action": [volunteer.pk]}
    )
    assert "Vera Volunteer" in response.content.decode("utf-8-sig")
    client.post("/admin/coproduction/panelvolunteer/", {"action": "mark_contacted", "_selected_action": [volunteer.pk]})
    volunteer.refresh_from_db()
    assert volunteer.status == "contacted" and volunteer.last_contacted_at


def test_staff_edit_the_hub_text_in_the_admin(client):
    factories.staff_sign_in(client, factories.staff(role="Co-production officer"))
    page = HubPage.load()
    assert client.get("/admin/coproduction/hubpage/").url.endswith(f"/hubpage/{page.pk}/change/")
    client.post(
        f"/admin/coproduction/hubpage/{page.pk}/change/",
        {
            "introduction": "New words for families",
            "commitment": "We promise",
            "video_title": "",
            "video_url": "",
            "video_transcript": "",
        },  # fmt: skip
    )
    assert "New words for families" in client.get("/co-production/").content.decode()


def test_event_admin_shows_bookings_with_names_only_for_the_role(client):
    event = factories.event(capacity=1)
    factories.booking(event=event, name="Bea Booker")
    factories.staff_sign_in(client, factories.staff(role="Co-production officer"))
    html = client.get(f"/admin/coproduction/event/{event.pk}/change/").content.decode()
    assert "Bea Booker" in html


def test_feedback_triage_filters_overdue_and_shows_the_linked_entry(client):
    from datetime import timedelta

    from django.utils import timezone

    late = factories.feedback(due_on=timezone.localdate() - timedelta(days=1), message="Late one")
    factories.feedback(message="On time one")
    entry = factories.entry(you_said="Linked summary")
    entry.feedback.add(late)
    factories.staff_sign_in(client, factories.staff(role="Feedback officer"))
    html = client.get("/admin/coproduction/feedback/?due=overdue").content.decode()
    assert late.reference in html and "On time one" not in html
    detail = client.get(f"/admin/coproduction/feedback/{late.pk}/change/").content.decode()
    assert "Linked summary" in detail


def test_page_vote_summary_puts_the_worst_pages_first(client):
    from coproduction.models import PageVote

    PageVote.objects.create(path="/good/", useful=True)
    PageVote.objects.create(path="/bad/", useful=False, comment="Confusing")
    PageVote.objects.create(path="/bad/", useful=False)
    factories.staff_sign_in(client, factories.staff(role="Feedback officer"))
    html = client.get("/admin/coproduction/pagevote/").content.decode()
    assert html.index("/bad/") < html.index("/good/")
    assert "Confusing" in html


def test_staff_cannot_change_a_bookings_status_or_event_by_hand_only_through_cancel(client):
    event = factories.event(capacity=1)
    booking = factories.booking(event=event)
    other = factories.event()
    factories.staff_sign_in(client, factories.staff(role="Co-production officer"))
    url = f"/admin/coproduction/booking/{booking.pk}/change/"
    client.post(url, {"event": other.pk, "status": "cancelled", "name": "New Name", "email": booking.email})
    booking.refresh_from_db()
    assert (booking.event_id, booking.status) == (event.pk, "booked")
