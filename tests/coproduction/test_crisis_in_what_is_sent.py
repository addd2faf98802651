"""Words of crisis in feedback, a problem report or a page comment: the person sees the urgent help at once, and
staff are told at once and see the item first. Only that the words were there is kept beside what was sent."""

import json

import pytest
from django.core import mail

from coproduction.feedback import feedback_submit
from coproduction.models import Feedback, ListingReport
from localoffer.core.models import NewWork
from localoffer.core.work_alerts import URGENT_EMAILS_AN_HOUR
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
    panel = html.split('id="crisis-panel"')[1].split("govuk-panel--confirmation")[0]
    assert "0800 652 0190" in panel and "tel:999" in panel
    assert "we may not be able to reply today" in html
    item = Feedback.objects.get()
    assert item.urgent
    assert item.message == CRISIS
    assert CRISIS not in json.dumps(dict(client.session.items()), default=str)  # only that there were such words
    again = client.get("/feedback/sent/").content.decode()  # seen again later, on a shared computer
    assert item.reference in again and 'id="crisis-panel"' not in again


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
    assert len(mail.outbox) == 1  # the ordinary report waits for the digest
    assert NewWork.objects.count() == 2  # and the digest lists both, the urgent one marked


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
    assert "column-crisis_words" in html
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
            assert 'id="crisis-panel-comment"' in response.json()["crisis"]
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


def test_a_form_sent_back_for_a_missed_answer_shows_the_crisis_help_though_nothing_was_sent(client):
    data = {"kind": "complaint", "who": "parent-carer", "message": CRISIS}  # "about" not chosen
    html = client.post("/feedback/", data).content.decode()
    assert "There is a problem" in html
    assert html.index('id="crisis-panel"') < html.index("There is a problem")
    assert CRISIS in html  # what was typed is kept in the box
    assert not Feedback.objects.exists()
    ordinary = client.post("/feedback/", {**data, "message": ORDINARY}).content.decode()
    assert 'id="crisis-panel"' not in ordinary


def test_a_form_over_the_limit_still_shows_the_crisis_help(client, settings):
    settings.FORM_RATE_LIMIT = "1/h"
    service = factories.make_service("Example Speech Service")
    url = f"/services/{service.slug}/report-a-problem/"
    client.post(url, {"problem": "contact", "description": "Wrong phone"})
    response = client.post(url, {"problem": "other", "description": "im going to kill myself tonight"})
    assert response.status_code == 429
    assert 'id="crisis-panel"' in response.content.decode()


def test_staff_untick_words_of_crisis_that_are_not_a_crisis(client, commit):
    service = factories.make_service("Domestic Abuse Helpline")
    url = f"/services/{service.slug}/report-a-problem/"
    commit(client.post, url, {"problem": "contact", "description": "The domestic abuse helpline number is wrong"})
    report = ListingReport.objects.get()
    assert report.urgent  # the words are there: staff judge
    factories.staff_sign_in(client, factories.staff(role="Feedback officer"))
    change = f"/admin/coproduction/listingreport/{report.pk}/change/"
    form = client.get(change).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name in form.fields}
    data.update({"status": report.status, "due_on": report.due_on.isoformat(), "urgent": ""})
    response = client.post(change, {key: value for key, value in data.items() if key != "urgent"})
    assert response.status_code == 302, response.content.decode()[:3000]
    report.refresh_from_db()
    assert not report.urgent


def test_urgent_emails_to_a_mailbox_are_capped_each_hour(client, commit, settings):
    settings.STAFF_MAILBOXES, settings.STAFF_ALERTS = MAILBOXES, "each"
    for _ in range(URGENT_EMAILS_AN_HOUR + 2):
        commit(feedback_submit, kind="complaint", about="send", message=CRISIS)
    subjects = [message.subject for message in mail.outbox if message.to == ["complaints@example.gov.uk"]]
    assert len(subjects) == URGENT_EMAILS_AN_HOUR + 2  # every item is still told
    assert sum(subject.startswith("Urgent: ") for subject in subjects) == URGENT_EMAILS_AN_HOUR
    assert all("words of crisis" in subject for subject in subjects)  # the rest still say so


def test_the_acknowledgement_email_carries_the_crisis_help_when_words_of_crisis_were_sent(client, commit):
    feedback_sent(client, commit, CRISIS, email="parent@example.org")
    (urgent,) = mail.outbox
    assert "If someone is in danger now" in urgent.body
    assert "0800 652 0190" in urgent.body and "999" in urgent.body
    assert "](tel:" not in urgent.body and "**" not in urgent.body  # plain text, not markdown
    assert "go to A&E" in urgent.body
    feedback_sent(client, commit, ORDINARY, email="parent@example.org")
    assert "If someone is in danger now" not in mail.outbox[1].body
