"""When the shared cache (Redis) goes away, every public form still takes what a person sends and keeps it."""

import logging

import pytest
from django.contrib.auth import get_user_model

from coproduction.models import Booking, Feedback, ListingReport, PageVote, PanelVolunteer, Pledge
from localoffer.core.models import Alert, OutboundEmail
from services.models import PrintedCopyRequest
from tests import factories

pytestmark = pytest.mark.django_db


def post(client, url, data, address="203.0.113.40"):
    return client.post(url, data, REMOTE_ADDR=address)


def test_a_pledge_sent_after_redis_stops_is_accepted_and_kept(client, redis_cache):
    factories.level("individual")
    pledge = {
        "who": "parent-carer",
        "postcode_area": "bh23",
        "levels": ["individual"],
        "show_on_wall": "on",
        "consent_to_contact": "on",
    }
    before = post(client, "/co-production/pledge/", {**pledge, "name": "Before", "email": "before@example.org"})
    assert before.status_code == 302
    redis_cache.stop()
    after = post(client, "/co-production/pledge/", {**pledge, "name": "After", "email": "after@example.org"})
    assert after.status_code == 302
    assert "Check your email" in client.get(after["Location"]).content.decode()
    assert set(Pledge.objects.values_list("email", flat=True)) == {"before@example.org", "after@example.org"}
    assert OutboundEmail.objects.filter(to="after@example.org").count() == 1


def test_every_public_form_is_accepted_and_kept_while_redis_is_down(client, redis_cache):
    service = factories.make_service("Example Speech Service")
    event = factories.event(capacity=5)
    factories.make_provider(email="pat@example.org")
    redis_cache.stop()

    volunteer = {
        "name": "Sam Example",
        "email": "sam@example.org",
        "phone": "07700 900 982",
        "who": "young-person",
        "age_group": "16-19",
        "availability": ["evenings"],
    }
    assert post(client, "/co-production/interview-panels/", volunteer).status_code == 302
    assert post(client, event.get_absolute_url(), {"name": "Booker", "email": "book@example.org"}).status_code == 302
    feedback = {"kind": "suggestion", "about": "website", "message": "More pictures."}
    assert post(client, "/feedback/", feedback).status_code == 302
    report = {"problem": "contact", "description": "The phone number is wrong"}
    assert post(client, f"/services/{service.slug}/report-a-problem/", report).status_code == 302
    vote = post(client, "/feedback/page-useful/", {"path": "/privacy/", "useful": "yes"})
    assert vote.status_code == 200 and "Thank you for your feedback" in vote.content.decode()
    assert post(client, "/provider/sign-in/", {"email": "pat@example.org"}).status_code == 302

    assert PanelVolunteer.objects.filter(email="sam@example.org").exists()
    assert Booking.objects.filter(event=event, email="book@example.org").exists()
    assert Feedback.objects.filter(message="More pictures.").exists()
    assert ListingReport.objects.filter(service=service).exists()
    assert PageVote.objects.filter(path="/privacy/", useful=True).exists()
    assert OutboundEmail.objects.filter(to="pat@example.org", purpose="provider-sign-in").count() == 1


def test_the_other_public_forms_are_accepted_and_kept_while_redis_is_down(client, redis_cache):
    """The shortlist by email, an email alert, a printed copy by post and a page comment: the forms not above."""
    service = factories.make_service("Harbour Swim Club")
    client.post("/shortlist/add/", {"service": service.pk})
    redis_cache.stop()

    assert post(client, "/shortlist/", {"email": "grandma@example.org"}).status_code == 302
    alert = {"kind": "services", "query": "q=swim", "email": "alerts@example.org", "frequency": "monthly"}
    assert post(client, "/alerts/", alert).status_code == 302
    printed = {"name": "Sam Carer", "address": "12 Example Road\nParkstone", "postcode": "BH14 0AA",
               "part": "age:0-4", "large_print": "yes"}  # fmt: skip
    assert post(client, "/print-the-directory/request-a-printed-copy/", printed).status_code == 302
    asked = post(client, "/feedback/page-useful/", {"path": "/privacy/", "useful": "no"}).content.decode()
    token = asked.split('name="token" value="')[1].split('"')[0]
    comment = {"token": token, "path": "/privacy/", "comment": "Too long"}
    answered = post(client, "/feedback/page-useful/what-went-wrong/", comment)
    assert "Thank you for your feedback" in answered.content.decode()

    assert OutboundEmail.objects.filter(to="grandma@example.org").count() == 1
    assert Alert.objects.filter(email="alerts@example.org").exists()
    assert PrintedCopyRequest.objects.filter(name="Sam Carer").exists()
    assert PageVote.objects.get(path="/privacy/").comment == "Too long"


def test_staff_sign_in_and_its_lockout_work_while_redis_is_down(client, redis_cache, settings):
    get_user_model().objects.create_user("officer", password="a-long-staff-password-2026", is_staff=True)
    redis_cache.stop()
    wrong = [
        post(client, "/admin/login/", {"username": "officer", "password": "wrong"}).status_code
        for _ in range(settings.AXES_FAILURE_LIMIT)
    ]
    assert wrong == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]
    locked = post(client, "/admin/login/", {"username": "officer", "password": "a-long-staff-password-2026"})
    assert locked.status_code == 429
    assert "Too many attempts to sign in" in locked.content.decode()


def test_while_redis_is_down_the_limit_is_counted_here_and_the_log_says_so_once(client, redis_cache, settings, caplog):
    settings.FORM_RATE_LIMIT = "3/h"
    redis_cache.stop()
    feedback = {"kind": "suggestion", "about": "website", "message": "Again."}
    with caplog.at_level(logging.WARNING, logger="localoffer.core.counters"):
        statuses = [post(client, "/feedback/", feedback).status_code for _ in range(4)]
    assert statuses == [302, 302, 302, 429]
    assert Feedback.objects.filter(message="Again.").count() == 3
    warnings = [record for record in caplog.records if record.name == "localoffer.core.counters"]
    assert len(warnings) == 1
    assert "counting in this process's memory" in warnings[0].getMessage()


def test_pages_answer_while_redis_is_down_and_the_shared_cache_is_asked_again_later(client, redis_cache, monkeypatch):
    from localoffer.core import rendered

    page = factories.make_information_page(title="Short breaks explained")
    assert client.get(page.get_absolute_url()).status_code == 200
    redis_cache.stop()
    rendered.memory.clear()
    for _ in range(3):
        response = client.get(page.get_absolute_url())
        assert response.status_code == 200 and "Short breaks explained" in response.content.decode()
    assert rendered.resting_until > 0
