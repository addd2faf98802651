"""The provider area: invitations, sign-in links, listings held for approval, and only one's own organisations."""

import re
import time
from unittest import mock

import pytest
from django.core import mail

from coproduction.models import ListingReport
from localoffer.core.mail import emails_send_pending
from localoffer.core.models import OutboundEmail
from localoffer.staff.roles import LOCAL_OFFER_EDITOR
from services.models import PendingChange, ProviderAccount, Service
from services.providers import accounts, changes
from services.providers.listings import listing_snapshot
from tests import factories
from tests.factories import (
    listing_form_data,
    make_category,
    make_location,
    make_opening_time,
    make_organisation,
    make_provider,
    make_question,
    make_service,
    provider_sign_in,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing():
    organisation = make_organisation(name="Example Charity")
    service = make_service(
        "Example Play Scheme", organisation=organisation, phone="01632 960000", coverage=Service.Coverage.AREA_WIDE
    )
    service.categories.set([make_category("Play")])
    return service


@pytest.fixture
def provider(listing):
    return make_provider(organisations=[listing.organisation], name="Pat Provider", email="pat@example.org")


def editor():
    return factories.staff(role=LOCAL_OFFER_EDITOR)


def link_in(email):
    return re.search(r"https?://\S+/provider/sign-in/link/\?link=\S+", email.body).group(0)


def follow(client, link):
    path = link.split("://", 1)[1].split("/", 1)[1]
    token = path.split("link=", 1)[1]
    page = client.get("/" + path)
    return page, client.post("/provider/sign-in/link/", {"link": token})


def test_an_invitation_emails_a_link_that_signs_in_once(client, listing):
    account = accounts.provider_invite(
        name="Pat Provider", email="Pat@Example.org", organisations=[listing.organisation], by=editor()
    )
    email = OutboundEmail.objects.get(to="pat@example.org")
    assert "Example Charity" in email.body
    page, signed_in = follow(client, link_in(email))
    assert page.status_code == 200 and b"Sign in" in page.content
    assert signed_in.status_code == 302 and signed_in["Location"] == "/provider/"
    assert b"Example Play Scheme" in client.get("/provider/").content
    client.logout()
    again, refused = follow(client, link_in(email))
    assert again.status_code == 400 and refused.status_code == 400
    assert b"expired or has been used" in again.content
    assert not account.user.is_staff


def test_a_sign_in_link_expires_after_the_configured_minutes(client, provider, settings):
    settings.PROVIDER_SIGN_IN_LINK_MINUTES = 15
    with mock.patch("sesame.tokens_v2.time.time", return_value=time.time() - 16 * 60):
        old = accounts.sign_in_link(account=provider)
    fresh = accounts.sign_in_link(account=provider)
    assert follow(client, old)[1].status_code == 400
    assert follow(client, fresh)[1].status_code == 302


def test_asking_for_a_link_answers_the_same_with_or_without_an_account(client, provider):
    known = client.post("/provider/sign-in/", {"email": "pat@example.org"})
    unknown = client.post("/provider/sign-in/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == "/provider/sign-in/check-your-email/"
    assert list(OutboundEmail.objects.values_list("to", flat=True)) == ["pat@example.org"]


def test_links_are_limited_per_email_address_and_per_client_address(client, provider, settings):
    settings.PROVIDER_LINKS_PER_ACCOUNT = "2/h"
    settings.PROVIDER_SIGN_IN_RATE_LIMIT = "4/h"
    for _ in range(3):
        assert client.post("/provider/sign-in/", {"email": "pat@example.org"}).status_code == 302
    assert OutboundEmail.objects.filter(to="pat@example.org").count() == 2
    client.post("/provider/sign-in/", {"email": "other@example.org"})
    assert client.post("/provider/sign-in/", {"email": "pat@example.org"}).status_code == 429


def test_staff_links_and_removed_providers_do_not_sign_in(client, provider):
    staff = factories.make_staff("someone")
    from sesame.utils import get_token

    assert accounts.sign_in_user(token=get_token(staff, scope=accounts.SIGN_IN_SCOPE)) is None
    link = accounts.sign_in_link(account=provider)
    accounts.provider_remove(account=provider)
    assert follow(client, link)[1].status_code == 400


def test_a_provider_never_reaches_the_admin(client, provider):
    provider_sign_in(client, provider)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_phone_number_change_waits_for_approval_then_is_applied_with_both_names(client, listing, provider):
    provider_sign_in(client, provider)
    response = client.post(f"/provider/listings/{listing.pk}/", listing_form_data(listing, phone="01632 960111"))
    assert response.status_code == 302, response.content.decode()[:3000]
    change = PendingChange.objects.get()
    assert Service.objects.get(pk=listing.pk).phone == "01632 960000"
    assert b"Waiting for approval" in client.get(change.get_absolute_url()).content

    approver = editor()
    approver.first_name, approver.last_name = "Edna", "Editor"
    approver.save()
    changes.change_approve(change=change, by=approver)
    service = Service.objects.get(pk=listing.pk)
    assert service.phone == "01632 960111"
    record = service.history.order_by("-history_date").first()
    assert record.history_user == approver
    assert record.history_change_reason == "Proposed by Pat Provider, approved by Edna Editor"
    assert b"Approved" in client.get(change.get_absolute_url()).content
    assert OutboundEmail.objects.filter(to="pat@example.org", purpose="provider-change-decided").exists()


def test_approving_a_fix_emails_the_reporter_who_asked_what_changed(client, listing, provider):
    asked = ListingReport.objects.create(
        reference="LO-2026-00001", service=listing, problem="contact", description="The number is wrong.",
        email="family@example.org", wants_reply=True,
    )  # fmt: skip
    ListingReport.objects.create(
        reference="LO-2026-00002", service=listing, problem="contact", description="Wrong phone.",
        email="quiet@example.org", wants_reply=False,
    )  # fmt: skip
    provider_sign_in(client, provider)
    page = client.get("/provider/")
    assert b"The number is wrong." in page.content and b"family@example.org" not in page.content
    data = listing_form_data(listing, phone="01632 960111", **{"fixes-fixes": [str(asked.pk)]})
    assert client.post(f"/provider/listings/{listing.pk}/", data).status_code == 302
    changes.change_approve(change=PendingChange.objects.get(), by=editor())
    asked.refresh_from_db()
    assert asked.status == "closed" and asked.resolved_at
    emails_send_pending()
    fixed = [message for message in mail.outbox if message.to == ["family@example.org"]]
    assert len(fixed) == 1 and "01632 960111" in fixed[0].body and "01632 960000" in fixed[0].body
    assert not [message for message in mail.outbox if message.to == ["quiet@example.org"]]


def test_a_rejected_change_leaves_the_listing_and_emails_the_reason(client, listing, provider):
    provider_sign_in(client, provider)
    client.post(f"/provider/listings/{listing.pk}/", listing_form_data(listing, name="Something Else"))
    change = PendingChange.objects.get()
    changes.change_reject(change=change, by=editor(), reason="Please keep the name families know.")
    assert Service.objects.get(pk=listing.pk).name == "Example Play Scheme"
    email = OutboundEmail.objects.get(purpose="provider-change-decided")
    assert "Please keep the name families know." in email.body
    page = client.get(change.get_absolute_url()).content.decode()
    assert "Not approved" in page and "Please keep the name families know." in page


def test_a_listing_changed_meanwhile_is_a_conflict_that_needs_the_editor_to_choose(client, listing, provider):
    provider_sign_in(client, provider)
    form = client.get(f"/provider/listings/{listing.pk}/change/contact/").content.decode()
    started = re.search(r'name="started" value="([^"]+)"', form).group(1)
    Service.objects.filter(pk=listing.pk).update(email="staff@example.org")  # staff edit meanwhile
    listing.refresh_from_db()
    data = listing_form_data(listing, phone="01632 960111", email="", started=started)
    client.post(f"/provider/listings/{listing.pk}/", data)
    change = PendingChange.objects.get()
    assert changes.change_conflicts(change)
    comparison = changes.change_comparison(change)
    assert comparison["columns"] == ["When they started editing", "On the website now", "Proposed"]
    with pytest.raises(changes.ChangeConflict):
        changes.change_approve(change=change, by=editor())
    assert Service.objects.get(pk=listing.pk).email == "staff@example.org"
    changes.change_approve(change=change, by=editor(), overwrite=True)
    assert Service.objects.get(pk=listing.pk).phone == "01632 960111"


def test_every_part_of_a_listing_is_edited_and_applied(client, listing, provider):
    place = make_location(service=listing, name="Old Hall")
    make_opening_time(service=listing, weekday=0)
    question = make_question("How do you support children with SEND?")
    feature = factories.make_feature("Step-free access")
    provider_sign_in(client, provider)
    data = listing_form_data(
        listing,
        **{
            "places-0-postcode": "bh15 1aa",
            "places-0-accessibility": [str(feature.pk)],
            "places-1-name": "New Centre", "places-1-address": "2 New Road", "places-1-town": "bournemouth",
            "places-1-postcode": "BH1 1AA",
            "times-0-DELETE": "on",
            "times-1-weekday": "2", "times-1-opens": "10:00", "times-1-closes": "12:00",
            f"answers-answer_{question.pk}": "With small groups.",
            "minimum_age": "5", "maximum_age": "11",
        },
    )  # fmt: skip
    assert client.post(f"/provider/listings/{listing.pk}/", data).status_code == 302
    changes.change_approve(change=PendingChange.objects.get(), by=editor())
    snapshot = listing_snapshot(Service.objects.get(pk=listing.pk))
    assert [(p["name"], p["postcode"], p["accessibility"]) for p in snapshot["locations"]] == [
        ("Old Hall", "BH15 1AA", [feature.pk]), ("New Centre", "BH1 1AA", []),
    ]  # fmt: skip
    assert snapshot["locations"][0]["id"] == place.pk
    assert [(t["weekday"], t["opens"]) for t in snapshot["opening_times"]] == [(2, "10:00")]
    assert snapshot["answers"] == {str(question.pk): "With small groups."}
    assert (snapshot["service"]["minimum_age"], snapshot["service"]["maximum_age"]) == (5, 11)


def test_the_same_validation_as_the_admin_with_an_error_summary(client, listing, provider):
    provider_sign_in(client, provider)
    data = listing_form_data(
        listing, minimum_age="12", maximum_age="5", email="not-an-email",
        **{"times-0-weekday": "1", "times-0-opens": "17:00", "times-0-closes": "09:00", "places-0-name": "Hall",
           "places-0-address": "1 Road", "places-0-town": "poole", "places-0-postcode": "nonsense"},
    )  # fmt: skip
    page = client.post(f"/provider/listings/{listing.pk}/", data)
    text = page.content.decode()
    assert page.status_code == 200 and "There is a problem" in text and "<title>Error:" in text
    assert "The youngest age cannot be higher than the oldest age." in text
    assert "The closing time must be after the opening time." in text
    assert "Enter a valid email address." in text
    assert "Enter a full postcode, like BH23 1AA" in text
    assert 'value="not-an-email"' in text
    assert not PendingChange.objects.exists()


def test_nothing_has_changed_marks_the_listing_reviewed_in_one_step(client, listing, provider):
    Service.objects.filter(pk=listing.pk).update(last_reviewed="2020-01-01", review_due="2021-01-01")
    provider_sign_in(client, provider)
    response = client.post(f"/provider/listings/{listing.pk}/nothing-has-changed/")
    assert response.status_code == 302
    service = Service.objects.get(pk=listing.pk)
    assert not service.needs_review
    assert service.history.order_by("-history_date").first().history_user == provider.user


def test_a_new_service_is_proposed_and_published_when_approved(client, listing, provider):
    provider_sign_in(client, provider)
    data = listing_form_data(listing, name="Holiday Club", summary="A club in the holidays.")
    for key in [key for key in data if key.startswith(("places-", "times-"))]:
        del data[key]
    data.update({"places-TOTAL_FORMS": 1, "places-INITIAL_FORMS": 0, "times-TOTAL_FORMS": 1, "times-INITIAL_FORMS": 0})
    assert client.post("/provider/listings/new/", data).status_code == 302
    change = PendingChange.objects.get()
    assert change.is_new_service and Service.objects.count() == 1
    service = changes.change_approve(change=change, by=editor())
    assert service.name == "Holiday Club" and service.organisation == listing.organisation
    assert service.status == Service.Status.PUBLISHED and service.slug == "holiday-club"


def test_other_organisations_listings_reports_and_changes_are_not_found(client, listing, provider):
    other_org = make_organisation(name="Someone Else")
    other = make_service("Their Service", organisation=other_org)
    other.categories.set(listing.categories.all())
    their_place = make_location(service=other, name="Their Hall")
    ListingReport.objects.create(
        reference="LO-2026-00009", service=other, problem="contact", description="Their secret report."
    )
    their_change = PendingChange.objects.create(
        service=other, organisation=other_org, proposed=listing_snapshot(other), original=listing_snapshot(other),
        proposed_by_name="Them",
    )  # fmt: skip
    provider_sign_in(client, provider)
    assert client.get(f"/provider/listings/{other.pk}/").status_code == 404
    assert client.post(f"/provider/listings/{other.pk}/", listing_form_data(other, phone="1")).status_code == 404
    assert client.post(f"/provider/listings/{other.pk}/nothing-has-changed/").status_code == 404
    assert client.get(f"/provider/changes/{their_change.pk}/").status_code == 404
    assert b"Their secret report." not in client.get("/provider/").content
    # By form field: their organisation, their place, their report.
    data = listing_form_data(listing, organisation=other_org.pk)
    assert b"Select one of your organisations" in client.post(f"/provider/listings/{listing.pk}/", data).content
    report = ListingReport.objects.get(service=other)
    data = listing_form_data(listing, phone="2", **{"fixes-fixes": [str(report.pk)]})
    assert client.post(f"/provider/listings/{listing.pk}/", data).status_code == 200
    data = listing_form_data(
        listing, **{"places-0-row": their_place.pk, "places-0-name": "Mine now", "places-0-address": "1 Road",
                    "places-0-town": "poole", "places-0-postcode": "BH15 1AA",
                    "places-TOTAL_FORMS": 2, "places-INITIAL_FORMS": 1},
    )  # fmt: skip
    assert client.post(f"/provider/listings/{listing.pk}/", data).status_code == 302
    changes.change_approve(change=PendingChange.objects.get(service=listing), by=editor())
    their_place.refresh_from_db()
    assert their_place.name == "Their Hall" and their_place.service == other


def test_accounts_unused_for_two_years_are_closed(provider, listing):
    from datetime import timedelta

    from django.utils import timezone

    recent = make_provider(organisations=[listing.organisation])
    ProviderAccount.objects.filter(pk=provider.pk).update(invited_at=timezone.now() - timedelta(days=800))
    recent.user.last_login = timezone.now() - timedelta(days=100)
    recent.user.save()
    assert accounts.providers_deactivate_unused() == 1
    provider.refresh_from_db()
    assert provider.removed_at and not provider.user.is_active
    assert ProviderAccount.objects.get(pk=recent.pk).removed_at is None


def test_an_unreachable_service_cannot_be_proposed_by_a_provider(client, listing, provider):
    provider_sign_in(client, provider)
    data = listing_form_data(listing, name="Holiday Club", phone="", coverage=Service.Coverage.LOCATIONS)
    for key in [key for key in data if key.startswith(("places-", "times-"))]:
        del data[key]
    data.update({"places-TOTAL_FORMS": 1, "places-INITIAL_FORMS": 0, "times-TOTAL_FORMS": 1, "times-INITIAL_FORMS": 0})
    response = client.post("/provider/listings/new/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "A family would have no way to reach this service" in html
    assert "It says it is available at the places listed, but no place is listed" in html
    assert 'value="Holiday Club"' in html  # what was typed is kept
    assert not PendingChange.objects.exists()


def test_an_unreachable_change_cannot_be_approved_and_the_page_says_why(client, listing, provider):
    proposed = listing_snapshot(listing)
    proposed["service"].update(phone="", email="", website="")
    change = changes.change_propose(
        account=provider, proposed=proposed, original=listing_snapshot(listing), service=listing
    )
    with pytest.raises(changes.ChangeUnreachable):
        changes.change_approve(change=change, by=editor())
    factories.staff_sign_in(client, editor())
    url = f"/admin/services/pendingchange/{change.pk}/change/"
    html = client.get(url).content.decode()
    assert "This cannot be approved: a family would have no way to reach the service." in html
    assert 'name="approve"' not in html and 'name="reject"' in html
    client.post(url, {"approve": "Approve"})
    assert Service.objects.get(pk=listing.pk).phone == "01632 960000"
    assert PendingChange.objects.get(pk=change.pk).status == PendingChange.Status.WAITING


def test_a_new_service_is_compared_in_one_column_of_what_is_proposed(client, listing, provider):
    proposed = listing_snapshot(listing)
    change = changes.change_propose(account=provider, proposed=proposed, original={}, service=None)
    factories.staff_sign_in(client, editor())
    html = client.get(f"/admin/services/pendingchange/{change.pk}/change/").content.decode()
    table = html.split('id="comparison"')[1].split("</table>")[0]
    assert table.count('<th scope="col">') == 2  # the field, and what is proposed
    assert "Not answered" not in table
    assert '<th scope="row">Name</th><td>Example Play Scheme</td></tr>' in table


def test_the_service_admin_page_says_a_provider_change_is_waiting_with_a_link(client, listing, provider):
    proposed = listing_snapshot(listing)
    proposed["service"]["phone"] = "01632 960111"
    change = changes.change_propose(
        account=provider, proposed=proposed, original=listing_snapshot(listing), service=listing
    )
    factories.staff_sign_in(client, editor())
    html = client.get(f"/admin/services/service/{listing.pk}/change/").content.decode()
    assert "A change from Pat Provider is waiting for approval" in html
    assert f'href="/admin/services/pendingchange/{change.pk}/change/"' in html
    changes.change_reject(change=change, by=editor(), reason="Not yet.")
    assert "is waiting for approval" not in client.get(f"/admin/services/service/{listing.pk}/change/").content.decode()


def conflicting_change(listing, provider):
    """A provider's change to phone and summary, sent before a staff edit of phone, summary and email."""
    original = listing_snapshot(listing)
    proposed = listing_snapshot(listing)
    proposed["service"].update(phone="01632 960111", summary="Provider summary.")
    change = changes.change_propose(account=provider, proposed=proposed, original=original, service=listing)
    staff_member = factories.staff(role=LOCAL_OFFER_EDITOR, username="sally")
    staff_member.first_name, staff_member.last_name = "Sally", "Staff"
    staff_member.save()
    edited = Service.objects.get(pk=listing.pk)
    edited.phone, edited.summary, edited.email = "01632 960222", "Staff summary.", "staff@example.org"
    edited._history_user = staff_member
    edited.save()
    return change


def test_a_conflict_is_settled_part_by_part_and_the_replaced_staff_edit_is_recorded(client, listing, provider):
    change = conflicting_change(listing, provider)
    factories.staff_sign_in(client, editor())
    url = f"/admin/services/pendingchange/{change.pk}/change/"
    html = client.get(url).content.decode()
    assert 'name="choice-service-phone"' in html and 'name="choice-service-summary"' in html
    assert "Email address (they left it as it was)" in html or "(they left it as it was)" in html
    assert 'name="overwrite"' not in html

    # No choice for the phone number: nothing applied, the message beside it, the other choices kept.
    response = client.post(
        url,
        {"approve": "Approve", "choice-service-summary": "edited", "edited-service-summary": "Combined summary."},
    )
    html = response.content.decode()
    assert "Choose which phone to keep" in html and "Combined summary." in html
    assert Service.objects.get(pk=listing.pk).phone == "01632 960222"

    response = client.post(
        url,
        {
            "approve": "Approve",
            "choice-service-phone": "provider",
            "choice-service-summary": "edited",
            "edited-service-summary": "Combined summary.",
            "choice-service-email": "website",
        },
    )
    assert response.status_code == 302
    service = Service.objects.get(pk=listing.pk)
    assert (service.phone, service.summary, service.email) == (
        "01632 960111",
        "Combined summary.",
        "staff@example.org",
    )
    change.refresh_from_db()
    assert change.replaced_staff_edit.startswith("Sally Staff's edit of ")
    assert change.replaced_staff_edit.endswith(": Summary, Phone")
    assert ", over Sally Staff's edit of " in service.history.latest().history_change_reason
    assert "It replaced Sally Staff" in client.get(url).content.decode()
