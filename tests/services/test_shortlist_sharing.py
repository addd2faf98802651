"""The shortlist from the results, by email through the outbox (kept nowhere once sent) and as a signed link."""

import re

import pytest
from django.core import mail

from localoffer.core.mail import emails_send_pending
from localoffer.core.models import OutboundEmail
from services.models import Location
from tests.factories import make_location, make_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_services():
    swim = make_service("Harbour Swim Club", phone="01632 960 100", website="https://swim.example.org/")
    make_location(
        service=swim, name="Harbour Pool", address="1 Quay Road", town=Location.Town.POOLE, postcode="BH15 1AA"
    )
    talk = make_service("Chatterbox Drop-in", phone="01632 960 200")
    make_location(service=talk, name="Library", address="2 High Street", town=Location.Town.CHRISTCHURCH,
                  postcode="BH23 1AA")  # fmt: skip
    return swim, talk


def test_a_result_card_adds_to_the_shortlist_without_javascript(client, two_services):
    swim, _talk = two_services
    html = client.get("/services/?q=club").content.decode()
    assert f'form="shortlist-{swim.pk}"' in html
    form = re.search(rf'<form id="shortlist-{swim.pk}".*?</form>', html, re.S).group(0)
    assert 'name="csrfmiddlewaretoken"' in form
    response = client.post("/shortlist/add/", {"service": str(swim.pk), "next": f"/services/?q=club#result-{swim.pk}"})
    assert response.status_code == 302
    assert response["Location"] == f"/services/?q=club#result-{swim.pk}"
    page = client.get("/services/?q=club").content.decode()
    card = re.search(
        rf'<li class="lo-result" id="result-{swim.pk}">.*?</li>\s*(?=<li class="lo-result"|</ol>)', page, re.S
    )
    assert 'On <a class="govuk-link" href="/shortlist/">your shortlist</a>' in card.group(0)
    assert "Harbour Swim Club is on your shortlist." in page


def test_the_shortlist_is_emailed_with_every_name_phone_and_address_and_then_forgotten(client, two_services):
    swim, talk = two_services
    for service in two_services:
        client.post("/shortlist/add/", {"service": str(service.pk)})
    response = client.post("/shortlist/", {"email": "grandma@example.org"})
    assert response.status_code == 302
    email = OutboundEmail.objects.get()
    assert email.to == "grandma@example.org"
    for text in ("Harbour Swim Club", "01632 960 100", "Harbour Pool, 1 Quay Road, Poole, BH15 1AA",
                 "Chatterbox Drop-in", "01632 960 200", "Library, 2 High Street, Christchurch, BH23 1AA",
                 "https://swim.example.org/", "http://testserver/shortlist/shared/"):  # fmt: skip
        assert text in email.body
    emails_send_pending()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["grandma@example.org"]
    assert not OutboundEmail.objects.exists()


def test_a_wrong_address_is_named_beside_the_field_and_kept(client, two_services):
    client.post("/shortlist/add/", {"service": str(two_services[0].pk)})
    html = client.post("/shortlist/", {"email": "grandma at example"}).content.decode()
    assert "Error: Your shortlist" in html
    assert "Enter an email address in the correct format" in html
    assert 'value="grandma at example"' in html
    assert not OutboundEmail.objects.exists()


def test_sending_the_shortlist_is_rate_limited(client, settings, two_services):
    settings.FORM_RATE_LIMIT = "2/h"
    client.post("/shortlist/add/", {"service": str(two_services[0].pk)})
    statuses = [client.post("/shortlist/", {"email": "me@example.org"}).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
    assert OutboundEmail.objects.count() == 2


def test_the_share_link_opens_the_same_list_in_another_browser(client, django_user_model, two_services):
    from django.test import Client

    swim, talk = two_services
    for service in (talk, swim):
        client.post("/shortlist/add/", {"service": str(service.pk)})
    html = client.get("/shortlist/").content.decode()
    link = re.search(r'href="http://testserver(/shortlist/shared/[^"]+/)"', html).group(1)
    other = Client()
    shared = other.get(link).content.decode()
    assert shared.index("Chatterbox Drop-in") < shared.index("Harbour Swim Club")
    other.post(link)
    mine = other.get("/shortlist/").content.decode()
    assert "Chatterbox Drop-in" in mine and "Harbour Swim Club" in mine
    assert other.get(link.replace("/shared/", "/shared/x")).status_code == 404
