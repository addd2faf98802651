"""The reply page shows what the family wrote, who the reply goes to and the replies so far; the email
greets once, quotes them and is signed by the team; a complaint is closed with its outcome."""

import pytest
from django.core import mail

from coproduction import feedback as feedback_rules
from coproduction.models import Feedback
from localoffer.staff.roles import FEEDBACK_OFFICER
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(client):
    user = factories.staff(role=FEEDBACK_OFFICER)
    user.first_name, user.last_name = "Priya", "Shah"
    user.save()
    factories.staff_sign_in(client, user)
    return user


def test_the_reply_page_shows_the_message_who_it_goes_to_and_earlier_replies(client, officer):
    item = factories.feedback(name="Pat Jones", email="pat@example.org", message="The bus pass form is broken.")
    feedback_rules.reply_send(item=item, text="We are looking into it.", by=officer)
    html = client.get(f"/admin/coproduction/feedback/{item.pk}/reply/").content.decode()
    assert "What they wrote" in html and "The bus pass form is broken." in html
    assert "<strong>Your reply goes to:</strong> Pat Jones, pat@example.org" in html
    assert "Replies so far" in html and "We are looking into it." in html and "Priya Shah" in html


def test_the_reply_email_greets_once_quotes_the_message_and_is_signed_by_the_team(client, officer, commit, settings):
    settings.LOCAL_OFFER_TEAM_NAME, settings.CONTACT_PHONE = "The Local Offer team", "01202 000 111"
    item = factories.feedback(name="Pat", email="pat@example.org", message="The bus pass form is broken.\nTwice.")
    text = "Dear Pat,\n\nThank you: we have mended the form.\n\nPriya"
    commit(client.post, f"/admin/coproduction/feedback/{item.pk}/reply/", {"text": text, "send": "Send reply"})
    body = mail.outbox[0].body
    assert body.startswith("Dear Pat,") and "Hello" not in body
    assert "you wrote:\n> The bus pass form is broken.\n> Twice." in body
    assert "The Local Offer team\nPhone: 01202 000 111" in body


def test_a_reply_without_a_greeting_gets_one(officer):
    item = factories.feedback(name="Pat")
    _, body = feedback_rules.reply_email(item=item, text="We have mended the form.")
    assert body.startswith("Hello Pat,\n\nWe have mended the form.")


def closing(item, **changes):
    return {"status": "closed", "owner": "", "due_on": item.due_on.isoformat(), "internal_notes": "", **changes}


def test_closing_a_complaint_asks_for_its_outcome_and_keeps_it(client, officer):
    item = factories.feedback(kind="complaint")
    url = f"/admin/coproduction/feedback/{item.pk}/change/"
    refused = client.post(url, closing(item))
    assert refused.status_code == 200
    assert "Choose the outcome of the complaint" in refused.content.decode()
    assert Feedback.objects.get(pk=item.pk).status == "new"
    client.post(url, closing(item, outcome="partly-upheld"))
    item.refresh_from_db()
    assert (item.status, item.outcome, item.get_outcome_display()) == ("closed", "partly-upheld", "Partly upheld")


def test_a_compliment_closes_without_an_outcome(client, officer):
    item = factories.feedback(kind="compliment")
    client.post(f"/admin/coproduction/feedback/{item.pk}/change/", closing(item))
    assert Feedback.objects.get(pk=item.pk).status == "closed"


def test_feedback_in_the_admin_has_no_view_on_site_link_to_the_blank_form(client, officer):
    item = factories.feedback()
    html = client.get(f"/admin/coproduction/feedback/{item.pk}/change/").content.decode()
    assert "View on site" not in html and 'href="/feedback/"' not in html.split('id="content"')[1]
