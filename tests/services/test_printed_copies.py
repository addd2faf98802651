"""Printed copies by post: a family asks, the Local Offer team posts it, and the name and address are then deleted."""

import io
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from localoffer.core.antispam import HONEYPOT_FIELD
from services.models import PrintedCopyRequest
from tests.factories import make_need

pytestmark = pytest.mark.django_db

URL = "/print-the-directory/request-a-printed-copy/"


def text_of(response):
    assert response.status_code == 200
    return re.sub(r"\s+", " ", response.content.decode())


def valid_data(**changes):
    return {
        "name": "Sam Carer",
        "address": "12 Example Road\nParkstone",
        "postcode": "bh14  0aa",
        "part": "age:0-4",
        "large_print": "yes",
        **changes,
    }


def test_a_family_asks_for_a_printed_copy_and_it_waits_for_the_team(client):
    area = make_need("Sensory copy area")
    assert "Request a printed copy of the directory" in text_of(client.get(URL))
    response = client.post(URL, valid_data(part=f"need:{area.slug}"))
    assert response.status_code == 302 and response["Location"] == f"{URL}sent/"
    assert "The Local Offer team will post your booklet" in text_of(client.get(response["Location"]))
    request = PrintedCopyRequest.objects.get()
    assert (request.name, request.postcode, request.part_title, request.large_print, request.sent_at) == (
        "Sam Carer",
        "BH14 0AA",
        "Sensory copy area",
        True,
        None,
    )


def test_missing_answers_are_explained_beside_each_field_and_what_was_typed_is_kept(client):
    html = text_of(client.post(URL, valid_data(name="Sam Carer", address="", postcode="", part="")))
    assert "Error: Request a printed copy" in html
    for message in ("Enter your postal address", "Enter your postcode", "Choose which part of the directory you want"):
        assert message in html
    assert 'value="Sam Carer"' in html
    assert not PrintedCopyRequest.objects.exists()


def test_a_bot_filling_in_the_honeypot_is_thanked_and_nothing_is_kept(client):
    response = client.post(URL, valid_data(**{HONEYPOT_FIELD: "buy now"}))
    assert response.status_code == 302
    assert not PrintedCopyRequest.objects.exists()


def test_too_many_requests_from_one_address_are_refused_with_a_message(client, settings):
    settings.FORM_RATE_LIMIT = "2/h"
    for _ in range(2):
        assert client.post(URL, valid_data()).status_code == 302
    response = client.post(URL, valid_data())
    assert response.status_code == 429 and "many times in a short while" in response.content.decode()
    assert PrintedCopyRequest.objects.count() == 2


def test_the_team_marks_a_copy_posted_and_the_address_is_deleted_after_the_retention_period(client, staff_client):
    client.post(URL, valid_data())
    client.post(URL, valid_data(name="Alex Parent"))
    posted, waiting = PrintedCopyRequest.objects.order_by("requested_at")

    listing = text_of(staff_client.get("/admin/services/printedcopyrequest/"))
    assert "Sam Carer" in listing and "Alex Parent" in listing
    response = staff_client.post(
        "/admin/services/printedcopyrequest/", {"action": "mark_posted", "_selected_action": [posted.pk]}
    )
    assert response.status_code == 302
    posted.refresh_from_db()
    assert posted.sent_at is not None

    call_command("purge_expired", stdout=io.StringIO())
    assert PrintedCopyRequest.objects.count() == 2  # posted today: kept for the retention period

    PrintedCopyRequest.objects.filter(pk=posted.pk).update(sent_at=timezone.now() - timedelta(days=31))
    PrintedCopyRequest.objects.filter(pk=waiting.pk).update(requested_at=timezone.now() - timedelta(days=400))
    call_command("purge_expired", stdout=io.StringIO())
    assert list(PrintedCopyRequest.objects.values_list("name", flat=True)) == ["Alex Parent"]  # not yet posted


def test_the_privacy_notice_says_how_long_a_postal_address_is_kept(client):
    html = text_of(client.get("/privacy/"))
    assert "Requests for a printed copy of the directory" in html and "30 days after we post it" in html
