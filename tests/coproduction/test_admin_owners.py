"""Feedback and listing reports are owned by someone who may work on them, named in full."""

import pytest

from localoffer.staff.roles import COPRODUCTION_OFFICER, FEEDBACK_OFFICER, LOCAL_OFFER_EDITOR
from tests import factories

pytestmark = pytest.mark.django_db


def person(role, first_name, last_name):
    user = factories.staff(role=role)
    user.first_name, user.last_name = first_name, last_name
    user.save()
    return user


def owner_options(html):
    select = html.split('name="owner"')[1].split("</select>")[0]
    return [option.split(">")[1].split("<")[0] for option in select.split("<option")[1:]]


def test_the_owner_list_holds_only_people_who_may_triage_feedback_by_full_name(client):
    priya = person(FEEDBACK_OFFICER, "Priya", "Shah")
    person(FEEDBACK_OFFICER, "Sam", "Jones")
    person(COPRODUCTION_OFFICER, "Colin", "Coproduction")
    person(LOCAL_OFFER_EDITOR, "Edna", "Editor")
    factories.staff(superuser=True)
    item = factories.feedback()
    factories.staff_sign_in(client, priya)

    html = client.get(f"/admin/coproduction/feedback/{item.pk}/change/").content.decode()

    assert owner_options(html) == ["---------", "Priya Shah", "Sam Jones"]


def test_someone_who_owns_an_item_stays_in_its_list_after_moving_role(client):
    moved = person(LOCAL_OFFER_EDITOR, "Mo", "Moved")
    item = factories.feedback(owner=moved)
    factories.staff_sign_in(client, person(FEEDBACK_OFFICER, "Priya", "Shah"))
    html = client.get(f"/admin/coproduction/feedback/{item.pk}/change/").content.decode()
    assert "Mo Moved" in owner_options(html)
    response = client.post(
        f"/admin/coproduction/feedback/{item.pk}/change/",
        {"status": "in-progress", "owner": moved.pk, "due_on": item.due_on.isoformat(), "internal_notes": ""},
    )
    assert response.status_code == 302


def test_the_feedback_list_names_owners_and_filters_by_them(client):
    priya = person(FEEDBACK_OFFICER, "Priya", "Shah")
    mine = factories.feedback(owner=priya, message="Mine")
    factories.feedback(message="Nobody's")
    factories.staff_sign_in(client, priya)
    listing = client.get("/admin/coproduction/feedback/").content.decode()
    assert "Priya Shah" in listing
    assert priya.username not in listing.split('id="result_list"')[1]
    mine_only = client.get("/admin/coproduction/feedback/?owner=me").content.decode()
    assert mine.reference in mine_only and "1 feedback" in mine_only
    nobody = client.get("/admin/coproduction/feedback/?owner=nobody").content.decode()
    assert mine.reference not in nobody
    assert client.get("/admin/coproduction/feedback/?owner=x%00").status_code == 200
