"""The auditor sees provider accounts and their changes, but never a provider's name or email."""

import re

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType

from localoffer.core.models import OutboundEmail
from localoffer.staff.roles import LOCAL_OFFER_EDITOR, READ_ONLY_AUDITOR
from services.models import PendingChange, ProviderAccount
from services.providers import changes
from tests import factories
from tests.factories import (
    listing_form_data,
    make_category,
    make_organisation,
    make_provider,
    make_reachable_service,
    provider_sign_in,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposed(client):
    organisation = make_organisation(name="Example Charity")
    listing = make_reachable_service("Example Play Scheme", organisation=organisation)
    listing.categories.set([make_category("Play")])
    account = make_provider(organisations=[organisation], name="Pat Provider", email="pat@example.org")
    provider_sign_in(client, account)
    client.post(f"/provider/listings/{listing.pk}/", listing_form_data(listing, phone="01632 960111"))
    client.logout()
    LogEntry.objects.create(
        user=factories.staff(role=LOCAL_OFFER_EDITOR),
        content_type=ContentType.objects.get_for_model(ProviderAccount),
        object_id=str(account.pk),
        object_repr=str(account),
        action_flag=CHANGE,
        change_message="Changed name.",
    )
    return account, PendingChange.objects.get(), listing


def pages(account, change, listing):
    return [
        "/admin/services/provideraccount/",
        f"/admin/services/provideraccount/{account.pk}/change/",
        f"/admin/services/provideraccount/{account.pk}/history/",
        "/admin/services/pendingchange/",
        f"/admin/services/pendingchange/{change.pk}/change/",
        f"/admin/services/service/{listing.pk}/history/",
        "/admin/",
    ]


def test_the_auditor_sees_no_provider_name_or_email_anywhere(client, proposed):
    account, change, listing = proposed
    changes.change_approve(change=change, by=factories.staff(role=LOCAL_OFFER_EDITOR))
    factories.staff_sign_in(client, factories.staff(role=READ_ONLY_AUDITOR))
    for page in pages(account, change, listing):
        response = client.get(page)
        assert response.status_code == 200, page
        html = response.content.decode()
        assert "pat@example.org" not in html and "Pat Provider" not in html, page
    for page in ["/admin/services/provideraccount/?q=pat%40example.org", "/admin/services/pendingchange/?q=Pat"]:
        assert "0 results" in client.get(page).content.decode(), page
    assert "Example Charity" in client.get("/admin/services/provideraccount/").content.decode()


def test_editors_still_see_who_proposed_a_change_and_provider_emails(client, proposed):
    account, change, listing = proposed
    factories.staff_sign_in(client, factories.staff(role=LOCAL_OFFER_EDITOR))
    assert "pat@example.org" in client.get("/admin/services/provideraccount/?q=pat%40example.org").content.decode()
    assert "Pat Provider" in client.get(f"/admin/services/pendingchange/{change.pk}/change/").content.decode()


def test_a_unicode_look_alike_of_an_address_gets_no_fourth_link(client, settings):
    settings.PROVIDER_LINKS_PER_ACCOUNT = "3/h"
    make_provider(organisations=[make_organisation()], name="Bea", email="bea@charity.example")
    for address in ["bea@charity.example", "Bea@Charity.example", "bea@charity.example "]:
        client.post("/provider/sign-in/", {"email": address})
    assert OutboundEmail.objects.filter(to="bea@charity.example").count() == 3
    for look_alike in ["bea@charıty.example", "BEA@CHARİTY.EXAMPLE", "ｂｅａ@charity.example"]:
        assert client.post("/provider/sign-in/", {"email": look_alike}).status_code in (200, 302)
    assert OutboundEmail.objects.filter(to="bea@charity.example").count() == 3
    assert OutboundEmail.objects.count() == 3


def test_a_dotless_i_address_is_not_someone_elses_account(client):
    make_provider(organisations=[make_organisation()], name="Bea", email="bea@charity.example")
    client.post("/provider/sign-in/", {"email": "bea@charıty.example"})
    assert not OutboundEmail.objects.exists()


def link_token(link):
    return link.split("link=", 1)[1]


def test_a_reinvited_providers_old_link_and_session_are_refused(client):
    from django.test import Client

    from services.providers import accounts

    organisation = make_organisation()
    account = make_provider(organisations=[organisation], name="Bea", email="bea@charity.example")
    old_link = accounts.sign_in_link(account=account)
    old_invitation = accounts.sign_in_link(account=account, scope=accounts.INVITATION_SCOPE)
    signed_in = Client()
    provider_sign_in(signed_in, account)
    assert signed_in.get("/provider/").status_code == 200

    accounts.provider_remove(account=account)
    accounts.provider_invite(name="Bea", email="bea@charity.example", organisations=[organisation], by=None)

    assert signed_in.get("/provider/").status_code == 302
    for link in (old_link, old_invitation):
        assert client.post("/provider/sign-in/link/", {"link": link_token(link)}).status_code == 400
    new_invitation = OutboundEmail.objects.filter(purpose="provider-invitation").latest("pk")
    new_link = re.search(r"link=(\S+)", new_invitation.body).group(1)
    assert client.post("/provider/sign-in/link/", {"link": new_link}).status_code == 302


def test_removing_access_ends_every_session_of_that_provider_only(client):
    from django.contrib.sessions.models import Session
    from django.test import Client

    from services.providers import accounts

    organisation = make_organisation()
    leaving = make_provider(organisations=[organisation])
    staying = make_provider(organisations=[organisation])
    for account in (leaving, leaving, staying):
        provider_sign_in(Client(), account)
    assert Session.objects.count() == 3
    accounts.provider_remove(account=leaving)
    assert Session.objects.count() == 1
