"""The shortlist: add and remove without an account or JavaScript, then see and print the list."""

import re

import pytest

from services.models import Service
from tests.factories import make_location, make_opening_time, make_service

pytestmark = pytest.mark.django_db


def text_of(response):
    assert response.status_code == 200
    return re.sub(r"\s+", " ", response.content.decode())


def test_family_adds_and_removes_services_with_plain_form_posts(client):
    swim = make_service("Harbour Swim", phone="01632 960 001")
    make_location(service=swim, name="Kingfisher Centre", postcode="BH15 1AA")
    make_opening_time(service=swim, weekday=5, opens="10:00", closes="12:00")
    club = make_service("Heath Club")
    assert "Your shortlist is empty." in text_of(client.get("/shortlist/"))

    response = client.post("/shortlist/add/", {"service": swim.pk, "next": swim.get_absolute_url()})
    assert response.status_code == 302 and response["Location"] == swim.get_absolute_url()
    html = text_of(client.get(swim.get_absolute_url()))
    assert "Harbour Swim is on your shortlist." in html and "Remove from shortlist" in html
    client.post("/shortlist/add/", {"service": club.pk})
    client.post("/shortlist/add/", {"service": swim.pk})  # twice is still once

    html = text_of(client.get("/shortlist/"))
    assert html.count("Remove from shortlist") == 2
    assert html.index("Heath Club") < html.index("Harbour Swim")  # most recently added last
    assert "Kingfisher Centre" in html and 'href="tel:01632960001"' in html and "Saturday 10am to midday" in html

    client.post("/shortlist/remove/", {"service": swim.pk, "next": "/shortlist/"})
    html = text_of(client.get("/shortlist/"))
    assert "Harbour Swim is no longer on your shortlist." in html
    assert "Heath Club" in html and "Kingfisher Centre" not in html


def test_script_gets_a_json_answer_instead_of_a_redirect(client):
    swim = make_service("Harbour Swim")
    response = client.post("/shortlist/add/", {"service": swim.pk}, headers={"Accept": "application/json"})
    assert response.json() == {"on_shortlist": True, "count": 1}
    response = client.post("/shortlist/remove/", {"service": swim.pk}, headers={"Accept": "application/json"})
    assert response.json() == {"on_shortlist": False, "count": 0}


def test_a_service_withdrawn_after_shortlisting_drops_off_the_list(client):
    swim = make_service("Harbour Swim")
    client.post("/shortlist/add/", {"service": swim.pk})
    Service.objects.filter(pk=swim.pk).update(status=Service.Status.ARCHIVED)
    assert "Your shortlist is empty." in text_of(client.get("/shortlist/"))


@pytest.mark.parametrize("value", ["", "not-a-uuid", "00000000-0000-0000-0000-000000000000"])
def test_adding_something_that_is_not_a_service_is_not_found(client, value):
    assert client.post("/shortlist/add/", {"service": value}).status_code == 404


def test_drafts_cannot_be_shortlisted(client):
    draft = make_service(status=Service.Status.DRAFT)
    assert client.post("/shortlist/add/", {"service": draft.pk}).status_code == 404


def test_shortlist_buttons_only_accept_posts_and_never_redirect_off_the_site(client):
    swim = make_service("Harbour Swim")
    assert client.get("/shortlist/add/").status_code == 405
    response = client.post("/shortlist/add/", {"service": swim.pk, "next": "https://evil.example/"})
    assert response["Location"] == swim.get_absolute_url()


def test_shortlist_posts_need_the_csrf_token(client):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    swim = make_service("Harbour Swim")
    assert strict.post("/shortlist/add/", {"service": swim.pk}).status_code == 403


def test_shortlist_page_is_printable_with_the_address_it_was_printed_from(client, settings):
    settings.ALLOWED_HOSTS = ["send.example.org"]
    swim = make_service("Harbour Swim")
    client.post("/shortlist/add/", {"service": swim.pk}, HTTP_HOST="send.example.org")
    html = text_of(client.get("/shortlist/", HTTP_HOST="send.example.org"))
    assert "Printed from http://send.example.org/shortlist/" in html
    assert "Print your shortlist" in html


def test_removing_a_draft_by_its_id_never_names_it(client):
    draft = make_service("Secret Draft Scheme", status=Service.Status.DRAFT)
    response = client.post("/shortlist/remove/", {"service": draft.pk}, follow=True)
    html = response.content.decode()
    assert "Secret Draft Scheme" not in html
    assert "The service is no longer on your shortlist." in html
    assert response.redirect_chain[-1][0] == "/shortlist/"
