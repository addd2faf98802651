"""Pledges, volunteers and bookings: "Export these as CSV" downloads what the list shows, as the rules allow."""

import csv
import io

import pytest
from django.contrib.auth.models import Group

from localoffer.staff.roles import COPRODUCTION_OFFICER
from tests import factories

pytestmark = pytest.mark.django_db

LISTS = {
    "pledge": factories.pledge,
    "panelvolunteer": factories.volunteer,
    "booking": lambda **fields: factories.booking(event=factories.event(title="Transport forum"), **fields),
}
STATUSES = {"pledge": ("confirmed", "unconfirmed"), "panelvolunteer": ("new", "contacted"),
            "booking": ("booked", "waiting")}  # fmt: skip


def rows(response):
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.parametrize("model", list(LISTS))
def test_the_list_offers_export_these_with_its_filters(client, model):
    factories.staff_sign_in(client, factories.staff(role=COPRODUCTION_OFFICER))
    status = STATUSES[model][0]
    html = client.get(f"/admin/coproduction/{model}/?status__exact={status}").content.decode()
    assert f'href="/admin/coproduction/{model}/export/?status__exact={status}">Export these as CSV</a>' in html


@pytest.mark.parametrize("model", list(LISTS))
def test_export_these_downloads_every_row_the_filtered_list_shows(client, model):
    make, status = LISTS[model], STATUSES[model]
    make(name="Shown Person", email="shown@example.org", status=status[0])
    make(name="Hidden Person", email="hidden@example.org", status=status[1])
    factories.staff_sign_in(client, factories.staff(role=COPRODUCTION_OFFICER))

    exported = rows(client.get(f"/admin/coproduction/{model}/export/?status__exact={status[0]}"))

    assert [row["Name"] for row in exported] == ["Shown Person"]
    assert exported[0]["Email"] == "shown@example.org"


@pytest.mark.parametrize("model", list(LISTS))
def test_export_these_leaves_out_personal_columns_for_staff_without_the_role(client, model):
    LISTS[model](name="Zed Secretname", email="zed@example.org")
    viewer = factories.staff()
    viewer.user_permissions.add(
        *Group.objects.get(name=COPRODUCTION_OFFICER).permissions.filter(codename=f"view_{model}")
    )
    factories.staff_sign_in(client, viewer)

    response = client.get(f"/admin/coproduction/{model}/export/")

    exported = rows(response)
    assert len(exported) == 1 and "Name" not in exported[0] and "Email" not in exported[0]
    assert "zed@example.org" not in response.content.decode() and "Secretname" not in response.content.decode()
    # Nor can they narrow the export down by a personal detail in the address.
    narrowed = client.get(f"/admin/coproduction/{model}/export/?email__startswith=zed")
    assert narrowed.status_code == 400


@pytest.mark.parametrize("model", list(LISTS))
def test_a_filter_the_list_does_not_know_is_not_a_500(client, model):
    factories.staff_sign_in(client, factories.staff(role=COPRODUCTION_OFFICER))
    for query in ("nonsense=1", "status__exact=x%00", "created_at__gte=not-a-date"):
        assert client.get(f"/admin/coproduction/{model}/export/?{query}").status_code in (200, 302)


def test_staff_who_may_not_see_the_list_cannot_export_it(client):
    factories.staff_sign_in(client, factories.staff(role="Feedback officer"))
    assert client.get("/admin/coproduction/pledge/export/").status_code == 403


def test_the_services_export_handles_an_unknown_filter_too(staff_client):
    response = staff_client.get("/admin/services/service/export/?nonsense=1")
    assert response.status_code == 302 and response["Location"].endswith("?e=1")
