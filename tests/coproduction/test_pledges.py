"""The pledge: sign, confirm by emailed link, the public wall, withdrawal and no leaks."""

import io
import re
import time
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command

from coproduction.models import Pledge
from localoffer.core.models import OutboundEmail
from tests import factories

pytestmark = pytest.mark.django_db

SIGN = {
    "name": "Alex Example",
    "email": "alex@example.org",
    "who": "parent-carer",
    "organisation": "",
    "postcode_area": "bh23",
    "levels": ["individual", "strategic"],
    "show_on_wall": "on",
    "consent_to_contact": "on",
}


def link(message, action):
    return re.search(rf"https?://[^\s]+/co-production/pledge/{action}/[^\s]+/", message.body).group(0)


def path(url):
    return re.sub(r"^https?://[^/]+", "", url)


def sign(client, commit, **changes):
    return commit(client.post, "/co-production/pledge/", {**SIGN, **changes}, follow=True)


def test_signing_saves_an_unconfirmed_pledge_and_emails_a_confirmation_link(client, commit):
    response = sign(client, commit)
    assert response.status_code == 200
    assert "Check your email" in response.content.decode()
    pledge = Pledge.objects.get()
    assert pledge.status == "unconfirmed"
    assert pledge.postcode_area == "BH23"
    assert sorted(pledge.levels.values_list("slug", flat=True)) == ["individual", "strategic"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["alex@example.org"]
    assert "/co-production/pledge/confirm/" in mail.outbox[0].body
    assert "/co-production/pledge/withdraw/" in mail.outbox[0].body


def test_following_the_link_and_confirming_puts_the_pledge_on_the_wall(client, commit):
    sign(client, commit)
    wall = client.get("/co-production/pledge/who-has-pledged/").content.decode()
    assert "Alex" not in wall
    confirm = path(link(mail.outbox[0], "confirm"))
    page = client.get(confirm)
    assert page.status_code == 200 and "Confirm my pledge" in page.content.decode()
    assert Pledge.objects.get().status == "unconfirmed"  # a GET, as a mail scanner makes, changes nothing
    response = client.post(confirm)
    assert "Pledge confirmed" in response.content.decode()
    assert Pledge.objects.get().status == "confirmed"
    wall = client.get("/co-production/pledge/who-has-pledged/").content.decode()
    assert "Alex, parent or carer" in wall
    assert "Example" not in wall  # first name only
    assert 'id="pledge-total">1<' in wall


def later(monkeypatch, delta):
    """Move the signing clock forward, as if the link were followed `delta` later."""
    now = time.time()
    monkeypatch.setattr("django.core.signing.time.time", lambda: now + delta.total_seconds())


def test_pledge_confirmation_link_expires_after_seven_days(client, commit, monkeypatch):
    sign(client, commit)
    confirm = path(link(mail.outbox[0], "confirm"))
    later(monkeypatch, timedelta(days=7, minutes=1))
    response = client.get(confirm)
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert Pledge.objects.get().status == "unconfirmed"


def test_confirmation_link_still_works_on_the_sixth_day(client, commit, monkeypatch):
    sign(client, commit)
    confirm = path(link(mail.outbox[0], "confirm"))
    later(monkeypatch, timedelta(days=6, hours=23))
    response = client.post(confirm)
    assert response.status_code == 200
    assert Pledge.objects.get().status == "confirmed"


def test_a_tampered_link_is_refused_with_a_clear_page(client, commit):
    sign(client, commit)
    confirm = path(link(mail.outbox[0], "confirm"))
    tampered = confirm.replace("confirm/", "confirm/x", 1)
    response = client.post(tampered)
    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
    assert Pledge.objects.get().status == "unconfirmed"
    # A withdraw link cannot be used to confirm, nor the other way round.
    withdraw_token = link(mail.outbox[0], "withdraw").rstrip("/").rsplit("/", 1)[1]
    assert client.post(f"/co-production/pledge/confirm/{withdraw_token}/").status_code == 404


def test_signing_again_with_the_same_address_makes_no_duplicate_and_shows_the_same_page(client, commit):
    first = sign(client, commit).content.decode()
    Pledge.objects.update(last_emailed_at=None)
    second = sign(client, commit, name="Someone Else", email="ALEX@example.org").content.decode()
    assert Pledge.objects.count() == 1
    assert Pledge.objects.get().name == "Alex Example"  # a stranger cannot change the details
    strip = lambda html: re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)  # noqa: E731
    assert strip(first) == strip(second)
    assert len(mail.outbox) == 2
    assert "/co-production/pledge/confirm/" in mail.outbox[1].body  # the link again, to the owner only


def test_signing_again_after_confirming_tells_only_the_owner_they_have_pledged(client, commit):
    factories.pledge(email="alex@example.org", name="Alex Example")
    response = sign(client, commit, name="Nosy Neighbour")
    assert "Check your email" in response.content.decode()
    assert "already" not in response.content.decode().lower()
    assert Pledge.objects.count() == 1
    assert mail.outbox[0].to == ["alex@example.org"]
    assert "already signed" in mail.outbox[0].body
    assert "/co-production/pledge/confirm/" not in mail.outbox[0].body


def test_repeated_signing_does_not_flood_the_owner_with_emails(client, commit):
    sign(client, commit)
    sign(client, commit)
    sign(client, commit)
    assert len(mail.outbox) == 1


def test_withdrawing_erases_personal_details_and_keeps_the_anonymous_count(client, commit):
    sign(client, commit)
    client.post(path(link(mail.outbox[0], "confirm")))
    factories.pledge(levels=("strategic",))
    withdraw = path(link(mail.outbox[0], "withdraw"))
    assert "Withdraw my pledge" in client.get(withdraw).content.decode()
    response = client.post(withdraw)
    assert "Pledge withdrawn" in response.content.decode()
    pledge = Pledge.objects.get(pk=Pledge.objects.order_by("pk").first().pk)
    assert pledge.status == "withdrawn"
    assert (pledge.name, pledge.email, pledge.organisation, pledge.postcode_area) == ("", "", "", "")
    assert pledge.confirmed_at and pledge.withdrawn_at
    assert sorted(pledge.levels.values_list("slug", flat=True)) == ["individual", "strategic"]
    assert not OutboundEmail.objects.filter(to__iexact="alex@example.org").exists()
    wall = client.get("/co-production/pledge/who-has-pledged/").content.decode()
    assert "Alex" not in wall
    assert 'id="pledge-total">1<' in wall
    # Pledges ever confirmed, withdrawn or not, still add up for the council's records.
    assert Pledge.objects.filter(confirmed_at__isnull=False).count() == 2
    # The link keeps working, and says so, after use.
    assert "already withdrawn" in client.get(withdraw).content.decode()


def test_after_withdrawing_the_same_address_can_pledge_again(client, commit):
    sign(client, commit)
    client.post(path(link(mail.outbox[0], "withdraw")))
    sign(client, commit)
    assert Pledge.objects.filter(status="unconfirmed", email="alex@example.org").count() == 1


def test_wall_counts_only_confirmed_pledges_by_level(client):
    factories.pledge(levels=("individual", "service"))
    factories.pledge(levels=("service",))
    factories.pledge(status="unconfirmed", levels=("service",))
    factories.pledge(status="withdrawn", name="", email="", levels=("service",))
    html = client.get("/co-production/pledge/who-has-pledged/").content.decode()
    assert 'id="pledge-total">2<' in html
    counts = dict(re.findall(r'<th scope="row" class="govuk-table__header">(\w+)</th><td[^>]*>(\d+)</td>', html))
    assert counts == {"Individual": "1", "Service": "2", "Strategic": "0"}


def test_wall_names_only_those_who_agreed(client):
    factories.pledge(name="Shown Person", show_on_wall=True)
    factories.pledge(name="Hidden Person", show_on_wall=False)
    html = client.get("/co-production/pledge/who-has-pledged/").content.decode()
    assert "Shown" in html
    assert "Hidden" not in html


def test_pledge_form_shows_errors_beside_fields_and_keeps_what_was_typed(client):
    response = client.post("/co-production/pledge/", {**SIGN, "email": "not-an-email", "levels": []})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: Sign the co-production pledge" in html
    assert "There is a problem" in html
    assert "Enter an email address in the correct format" in html
    assert "Select at least one level to pledge to" in html
    assert 'value="Alex Example"' in html
    assert 'value="not-an-email"' in html
    assert not Pledge.objects.exists()


def test_pledge_form_links_to_the_privacy_notice(client):
    assert 'href="/privacy/"' in client.get("/co-production/pledge/").content.decode()


def test_staff_edited_level_names_appear_on_the_form_and_wall(client):
    factories.level("service").__class__.objects.filter(slug="service").update(name="Service level (renamed)")
    assert "Service level (renamed)" in client.get("/co-production/pledge/").content.decode()
    assert "Service level (renamed)" in client.get("/co-production/pledge/who-has-pledged/").content.decode()


def test_database_refuses_two_active_pledges_for_one_address():
    from django.db import IntegrityError, transaction

    factories.pledge(email="same@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.pledge(email="SAME@example.org")


def test_purge_deletes_unconfirmed_pledges_after_thirty_days_only(settings):
    from django.utils import timezone

    old = factories.pledge(status="unconfirmed")
    Pledge.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=31))
    recent = factories.pledge(status="unconfirmed")
    confirmed = factories.pledge()
    Pledge.objects.filter(pk=confirmed.pk).update(created_at=timezone.now() - timedelta(days=400))
    call_command("purge_expired", stdout=io.StringIO())
    assert set(Pledge.objects.values_list("pk", flat=True)) == {recent.pk, confirmed.pk}


def test_pages_and_emails_state_the_link_and_keeping_periods_from_settings(client, settings):
    settings.PLEDGE_CONFIRMATION_DAYS = 14
    settings.PERSONAL_DATA_RETENTION_DAYS = {**settings.PERSONAL_DATA_RETENTION_DAYS, "unconfirmed_pledge": 60}
    from coproduction.pledges import pledge_periods

    assert pledge_periods() == {"link_works_for": "14 days", "unconfirmed_kept_for": "60 days"}
    html = client.get("/co-production/pledge/confirm/not-a-real-token/").content.decode()
    assert "within 60 days" in html


@pytest.mark.django_db
def test_the_pledge_levels_speak_to_young_people_and_carers_as_well_as_parents(client):
    html = client.get("/co-production/pledge/").content.decode()
    html = html[html.index('id="id_levels_1"') : html.index('class="lo-honeypot"')]
    assert "Decisions about a child or young person are made with them and their family." in html
    assert "your child" not in html
