"""Words of crisis in feedback, a problem report or a page comment: the person sees the urgent help at once, and
staff are told at once and see the item first. Only that the words were there is kept beside what was sent."""

import json

import pytest
from django.core import mail

from coproduction.models import Feedback, ListingReport
from tests import factories

pytestmark = pytest.mark.django_db

CRISIS = "CAMHS wont see my son and last night he said he wants to kill himself"
ORDINARY = "The page about short breaks does not say who to ring."
MAILBOXES = {"feedback": "complaints@example.gov.uk", "problem-reports": "listings@example.gov.uk"}


@pytest.fixture(autouse=True)
def crisis_panel():
    factories.crisis_panel_seed()


@pytest.fixture
def digest(settings):
    """Teams that take a daily digest of new work, as a council may choose."""
    settings.STAFF_MAILBOXES, settings.STAFF_ALERTS = MAILBOXES, "digest"


def feedback_sent(client, commit, message, **fields):
    data = {"kind": "complaint", "about": "send", "who": "parent-carer", "message": message, **fields}
    return commit(client.post, "/feedback/", data, follow=True).content.decode()


def test_feedback_with_words_of_crisis_shows_the_crisis_help_before_the_thanks(client, commit, digest):
    html = feedback_sent(client, commit, CRISIS)
    assert 'id="crisis-panel"' in html
    assert html.index('id="crisis-panel"') < html.index("govuk-panel--confirmation")
    assert "0800 652 0190" in html and "999" in html
    assert "we may not be able to reply today" in html
    item = Feedback.objects.get()
    assert item.urgent
    assert item.message == CRISIS
    assert CRISIS not in json.dumps(dict(client.session.items()), default=str)  # only that there were such words


def test_ordinary_feedback_shows_no_crisis_help(client, commit):
    html = feedback_sent(client, commit, ORDINARY)
    assert 'id="crisis-panel"' not in html
    assert not Feedback.objects.get().urgent


def test_staff_are_emailed_at_once_about_urgent_feedback_even_when_they_take_a_digest(client, commit, digest):
    feedback_sent(client, commit, ORDINARY)
    assert mail.outbox == []  # ordinary feedback waits for the digest
    feedback_sent(client, commit, CRISIS)
    (alert,) = mail.outbox
    item = Feedback.objects.get(urgent=True)
    assert alert.to == ["complaints@example.gov.uk"]
    assert alert.subject.startswith("Urgent: ") and item.reference in alert.subject
    assert "words of crisis" in alert.body
    assert "kill" not in alert.body  # the email names the item, never what was written


def test_a_problem_report_with_words_of_crisis_shows_the_crisis_help_and_is_urgent(client, commit, digest):
    service = factories.make_service("Example Speech Service")
    url = f"/services/{service.slug}/report-a-problem/"
    data = {"problem": "other", "description": "Nobody answers and my daughter is self harming again"}
    html = commit(client.post, url, data, follow=True).content.decode()
    assert html.index('id="crisis-panel"') < html.index("govuk-panel--confirmation")
    assert ListingReport.objects.get().urgent
    assert mail.outbox[0].subject.startswith("Urgent: ")
    ordinary = commit(client.post, url, {"problem": "contact", "description": "Wrong phone"}, follow=True)
    assert 'id="crisis-panel"' not in ordinary.content.decode()


def test_staff_see_open_feedback_with_words_of_crisis_first_and_can_filter_it(client, commit):
    feedback_sent(client, commit, CRISIS)
    urgent = Feedback.objects.get()
    feedback_sent(client, commit, ORDINARY)
    feedback_sent(client, commit, "Thank you, the forum was great.", kind="compliment")
    closed = Feedback.objects.create(
        reference="LO-2020-00001", kind="complaint", about="send", message="he wants to die, now sorted, thank you",
        urgent=True, status=Feedback.Status.CLOSED,
    )  # fmt: skip
    factories.staff_sign_in(client, factories.staff(role="Feedback officer"))
    html = client.get("/admin/coproduction/feedback/").content.decode()
    order = sorted(Feedback.objects.all(), key=lambda item: html.index(item.reference))
    assert order[0] == urgent  # sent first, but open with words of crisis
    assert order[1] == closed  # then newest first: words of crisis once answered and closed no longer lead
    assert "words of crisis" in html
    filtered = client.get("/admin/coproduction/feedback/?urgent__exact=1").content.decode()
    assert urgent.reference in filtered and closed.reference in filtered
    assert all(item.reference not in filtered for item in Feedback.objects.filter(urgent=False))
    item_page = client.get(f"/admin/coproduction/feedback/{urgent.pk}/change/").content.decode()
    assert "Words of crisis" in item_page


def test_a_page_comment_with_words_of_crisis_shows_the_crisis_help_with_and_without_javascript(client):
    comment = "my son took an overdose, who do i call"
    for accept in ("text/html", "application/json"):
        vote = client.post(
            "/feedback/page-useful/", {"path": "/privacy/", "useful": "no"}, HTTP_ACCEPT="application/json"
        )
        data = {"token": vote.json()["token"], "path": "/privacy/", "comment": comment}
        response = client.post("/feedback/page-useful/what-went-wrong/", data, HTTP_ACCEPT=accept)
        if accept == "application/json":
            assert 'id="crisis-panel"' in response.json()["crisis"]
        else:
            html = response.content.decode()
            assert html.index('id="crisis-panel"') < html.index("<h1")
    vote = client.post("/feedback/page-useful/", {"path": "/privacy/", "useful": "no"}, HTTP_ACCEPT="application/json")
    data = {"token": vote.json()["token"], "path": "/privacy/", "comment": "Too long"}
    assert (
        "crisis"
        not in client.post("/feedback/page-useful/what-went-wrong/", data, HTTP_ACCEPT="application/json").json()
    )


def test_the_dashboard_shows_open_items_with_words_of_crisis_first(client, commit):
    feedback_sent(client, commit, CRISIS)
    urgent = Feedback.objects.get()
    closed = factories.feedback(urgent=True, status="closed")
    ordinary = factories.feedback()
    html = factories.staff_sign_in(client, factories.staff(role="Feedback officer")).get("/admin/").content.decode()
    assert html.index("Feedback with words of crisis: read first") < html.index("New feedback")
    section = html.split("Feedback with words of crisis: read first")[1].split("lo-dashboard-panel")[0]
    assert urgent.reference in section
    assert closed.reference not in section and ordinary.reference not in section
