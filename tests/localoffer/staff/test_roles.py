"""Each staff role can do its job in the admin, and nothing else; personal data only where needed."""

import pytest
from django.contrib.auth.models import Group

from localoffer.staff.roles import (
    COPRODUCTION_OFFICER,
    FEEDBACK_OFFICER,
    LOCAL_OFFER_EDITOR,
    READ_ONLY_AUDITOR,
    roles_declared,
)
from tests import factories

pytestmark = pytest.mark.django_db

ADMIN = "/admin"


def signed_in(client, role):
    return factories.staff_sign_in(client, factories.staff(role=role))


def status(client, path):
    return client.get(f"{ADMIN}/{path}").status_code


def test_migrate_makes_every_role():
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles_declared())


@pytest.mark.parametrize(
    ("role", "allowed", "refused"),
    [
        (
            LOCAL_OFFER_EDITOR,
            ["services/service/", "services/service/add/", "services/organisation/add/",
             "localoffer/informationpage/add/",
             "localoffer/glossaryterm/add/", "localoffer/newsitem/add/", "services/searchterm/add/"],
            ["coproduction/pledge/", "coproduction/feedback/", "coproduction/panelvolunteer/", "auth/user/",
             "localoffer/outboundemail/"],
        ),
        (
            COPRODUCTION_OFFICER,
            ["coproduction/pledge/", "coproduction/panelvolunteer/add/", "coproduction/event/add/",
             "coproduction/booking/", "coproduction/pledgelevel/add/"],
            ["services/service/add/", "coproduction/feedback/", "localoffer/informationpage/", "auth/user/"],
        ),
        (
            FEEDBACK_OFFICER,
            ["coproduction/feedback/", "coproduction/pagevote/", "coproduction/yousaidwedid/add/",
             "coproduction/theme/add/", "services/service/"],
            ["services/service/add/", "coproduction/pledge/", "coproduction/panelvolunteer/", "auth/user/"],
        ),
        (
            READ_ONLY_AUDITOR,
            ["services/service/", "services/organisation/", "localoffer/informationpage/", "coproduction/pledge/",
             "coproduction/feedback/", "coproduction/booking/", "coproduction/panelvolunteer/"],
            ["services/service/add/", "localoffer/newsitem/add/", "coproduction/yousaidwedid/add/",
             "localoffer/outboundemail/", "auth/user/"],
        ),
    ],
)  # fmt: skip
def test_each_role_reaches_its_pages_and_no_others(client, role, allowed, refused):
    signed_in(client, role)
    assert {path: status(client, path) for path in allowed} == dict.fromkeys(allowed, 200)
    assert {path: status(client, path) for path in refused} == dict.fromkeys(refused, 403)


def test_the_coproduction_officer_edits_the_hub_text(client):
    signed_in(client, COPRODUCTION_OFFICER)
    response = client.get(f"{ADMIN}/coproduction/hubpage/", follow=True)
    assert response.status_code == 200
    assert "Change" in response.content.decode()


def test_the_auditor_sees_pledges_without_names_or_emails(client):
    factories.pledge(name="Morwenna Trelawny", email="morwenna@example.org")
    signed_in(client, READ_ONLY_AUDITOR)
    html = client.get(f"{ADMIN}/coproduction/pledge/").content.decode()
    assert "Morwenna" not in html and "morwenna@example.org" not in html
    searched = client.get(f"{ADMIN}/coproduction/pledge/?q=morwenna").content.decode()
    assert "Morwenna" not in searched


def test_the_coproduction_officer_sees_the_names_they_need(client):
    factories.pledge(name="Morwenna Trelawny", email="morwenna@example.org")
    signed_in(client, COPRODUCTION_OFFICER)
    assert "Morwenna Trelawny" in client.get(f"{ADMIN}/coproduction/pledge/").content.decode()


def test_the_auditor_sees_feedback_without_contact_details(client):
    factories.feedback(name="Kit Penhaligon", email="kit@example.org", message="The bus timetable was wrong")
    signed_in(client, READ_ONLY_AUDITOR)
    html = client.get(f"{ADMIN}/coproduction/feedback/").content.decode()
    assert "kit@example.org" not in html and "Penhaligon" not in html


def test_the_editor_cannot_see_the_email_log_but_the_system_owner_can(client):
    signed_in(client, LOCAL_OFFER_EDITOR)
    assert status(client, "localoffer/outboundemail/") == 403
    client.logout()
    factories.staff_sign_in(client, factories.staff(superuser=True))
    assert status(client, "localoffer/outboundemail/") == 200


def test_staff_without_the_role_cannot_find_out_personal_data_by_filtering_the_list(client):
    factories.pledge(name="Zed Quill", email="zed@example.org")
    signed_in(client, READ_ONLY_AUDITOR)
    probe = client.get(f"{ADMIN}/coproduction/pledge/?email__istartswith=zed", follow=True)
    assert "1 pledge" not in probe.content.decode()
    miss = client.get(f"{ADMIN}/coproduction/pledge/?email__istartswith=qqq", follow=True)
    assert probe.content.decode().count("pledge") == miss.content.decode().count("pledge")


def test_the_coproduction_officer_may_filter_by_email(client):
    factories.pledge(name="Zed Quill", email="zed@example.org")
    signed_in(client, COPRODUCTION_OFFICER)
    html = client.get(f"{ADMIN}/coproduction/pledge/?email__istartswith=zed").content.decode()
    assert "Zed Quill" in html


def test_migrate_gives_each_role_exactly_the_permissions_the_apps_roles_modules_list():
    from localoffer.staff.roles import codenames

    for role, apps in roles_declared().items():
        wanted = {
            (app_label, codename)
            for app_label, models in apps.items()
            for model_name, actions in models.items()
            for codename in codenames(model_name, actions)
        }
        given = set(Group.objects.get(name=role).permissions.values_list("content_type__app_label", "codename"))
        assert given == wanted, role
