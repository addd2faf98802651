"""An earlier version can be restored only by staff who may change the record; others see a comparison."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.forms.models import model_to_dict
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from localoffer.content.models import CrisisPanel, EasyReadPage, GlossaryTerm, InformationPage, NewsItem
from localoffer.staff.history_admin import HistoryAdmin
from localoffer.staff.roles import ROLE_NAMES
from services.models import Location, Organisation, Service
from tests import factories

pytestmark = pytest.mark.django_db

RECORDS = {
    Service: lambda: factories.make_service(categories=[factories.make_category()]),
    Organisation: factories.make_organisation,
    Location: lambda: factories.make_location(service=factories.make_service()),
    InformationPage: factories.make_information_page,
    GlossaryTerm: lambda: factories.make_glossary_term(term="Portage"),
    NewsItem: lambda: factories.make_news_item(published=False),
    CrisisPanel: lambda: CrisisPanel.objects.create(heading="Get help now", body="Call 999.", phrases="suicide"),
    EasyReadPage: lambda: EasyReadPage.objects.create(
        page=factories.make_information_page(), title="What is an EHC plan?", introduction="A plan for help."
    ),
}
HISTORY_ADMINS = [model for model, model_admin in admin.site._registry.items() if hasattr(model, "history")]
TEXT_FIELDS = {
    Service: "name", Organisation: "name", Location: "name",
    InformationPage: "title", GlossaryTerm: "definition", NewsItem: "title",
    CrisisPanel: "heading", EasyReadPage: "title",
}  # fmt: skip


def roles_without_change(model):
    """Each role that may not change `model`, with whether it may view it."""
    name = model._meta.model_name
    roles = []
    for role in ROLE_NAMES:
        codenames = set(Group.objects.get(name=role).permissions.values_list("codename", flat=True))
        if f"change_{name}" not in codenames:
            roles.append((role, f"view_{name}" in codenames))
    return roles


def version_post_data(model, record):
    """What the earlier version's form would post to restore it, with a text field changed too."""
    data = {key: value for key, value in model_to_dict(record).items() if value is not None}
    for key, value in list(data.items()):
        if isinstance(value, list):
            data[key] = [getattr(item, "pk", item) for item in value]
    data[TEXT_FIELDS[model]] = "Changed through the history page"
    if model is NewsItem:
        data["published"] = "on"
    return data


def test_every_model_with_history_in_the_admin_uses_the_guarded_history_admin():
    assert set(HISTORY_ADMINS) == set(RECORDS)
    for model in HISTORY_ADMINS:
        model_admin = admin.site._registry[model]
        assert isinstance(model_admin, HistoryAdmin), model
        assert isinstance(model_admin, SimpleHistoryAdmin)


@pytest.mark.parametrize("model", list(RECORDS), ids=lambda model: model.__name__)
def test_a_role_that_cannot_change_a_record_cannot_restore_an_earlier_version(client, model):
    record = RECORDS[model]()
    version = record.history.earliest()
    url = reverse(
        f"admin:{model._meta.app_label}_{model._meta.model_name}_simple_history", args=[record.pk, version.history_id]
    )
    before = model_to_dict(model.objects.get(pk=record.pk))
    versions = record.history.count()
    roles = roles_without_change(model)
    assert any(can_view for _, can_view in roles), f"no view-only role to try against {model.__name__}"
    for role, can_view in roles:
        factories.staff_sign_in(client, factories.staff(role=role))
        response = client.post(url, version_post_data(model, record))
        assert response.status_code == 403, (role, response.status_code)
        assert model_to_dict(model.objects.get(pk=record.pk)) == before, role
        assert record.history.count() == versions, role

        page = client.get(url)
        if not can_view:
            assert page.status_code == 403, role
            continue
        assert page.status_code == 200, role
        html = page.content.decode()
        assert "this version and now" in html
        assert "<form" not in html.split('id="content-main"')[1].split("</main>")[0]
        assert "Revert" not in html and "Restore this version" not in html


def test_the_auditor_cannot_publish_a_draft_news_item_through_its_history():
    from django.test import Client

    item = factories.make_news_item(published=False, title="Draft about transport")
    version = item.history.earliest()
    client = factories.staff_sign_in(Client(), factories.staff(role="Read-only auditor"))
    url = reverse("admin:localoffer_newsitem_simple_history", args=[item.pk, version.history_id])
    response = client.post(url, {**version_post_data(NewsItem, item), "published": "on"})
    assert response.status_code == 403
    assert Client().get(item.get_absolute_url()).status_code == 404


def test_the_comparison_marks_what_changed_since_that_version(client):
    service = factories.make_service("Harbour Club", categories=[factories.make_category()])
    version = service.history.earliest()
    service.name = "Harbour Swim Club"
    service.save()
    factories.staff_sign_in(client, factories.staff(role="Read-only auditor"))
    url = reverse("admin:services_service_simple_history", args=[service.pk, version.history_id])
    html = client.get(url).content.decode()
    assert "Harbour Club" in html and "Harbour Swim Club" in html
    assert "Name <strong>(changed since)</strong>" in html


def test_an_editor_still_restores_an_earlier_version(client):
    service = factories.make_service("Harbour Club", categories=[factories.make_category()])
    version = service.history.earliest()
    service.name = "Renamed by mistake"
    service.save()
    factories.staff_sign_in(client, factories.staff(role="Local Offer editor"))
    url = reverse("admin:services_service_simple_history", args=[service.pk, version.history_id])
    assert "Restore this version" in client.get(url).content.decode()
    response = client.post(url, {"restore": "Restore this version"})
    assert response.status_code == 302
    assert Service.objects.get(pk=service.pk).name == "Harbour Club"


def test_nobody_can_read_another_persons_authenticator_key_or_recovery_codes(client):
    owner = factories.staff(role="Local Offer editor")
    factories.staff_sign_in(client, owner)  # makes the owner's authenticator
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user=owner)
    codes = StaticDevice.objects.create(user=owner, name="Recovery codes")
    codes.token_set.create(token="12345678")
    superuser = factories.make_staff("systemowner", superuser=True)
    factories.staff_sign_in(client, superuser)

    listing = client.get(reverse("admin:otp_totp_totpdevice_changelist")).content.decode()
    assert "qrcode" not in listing.lower()
    for name in ("admin:otp_totp_totpdevice_config", "admin:otp_totp_totpdevice_qrcode"):
        assert client.get(reverse(name, kwargs={"pk": device.pk})).status_code == 403
    page = client.get(reverse("admin:otp_totp_totpdevice_change", args=[device.pk])).content.decode()
    assert device.key not in page
    assert client.get(reverse("admin:otp_totp_totpdevice_add")).status_code == 403
    recovery = client.get(reverse("admin:otp_static_staticdevice_change", args=[codes.pk])).content.decode()
    assert "12345678" not in recovery


@pytest.mark.parametrize("model", list(RECORDS), ids=lambda model: model.__name__)
def test_every_record_with_history_shows_what_a_restore_changes_then_restores_it(client, model):
    record = RECORDS[model]()
    version = record.history.latest()
    field = TEXT_FIELDS[model]
    before = getattr(record, field)
    setattr(record, field, "Changed since")
    record.save()
    factories.staff_sign_in(client, factories.staff(superuser=True))
    url = reverse(
        f"admin:{model._meta.app_label}_{model._meta.model_name}_simple_history", args=[record.pk, version.history_id]
    )
    html = client.get(url).content.decode()
    assert "What will change" in html and "Changed since" in html and "Restore this version" in html
    assert getattr(model.objects.get(pk=record.pk), field) == "Changed since"

    assert client.post(url).status_code == 302
    assert getattr(model.objects.get(pk=record.pk), field) == before
