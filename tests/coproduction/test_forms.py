"""What every public form promises: rate limits, honeypot, CSRF, length limits, safe text, mail failures."""

import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from coproduction.models import Feedback, PanelVolunteer, Pledge
from localoffer.core.antispam import HONEYPOT_FIELD
from localoffer.core.models import OutboundEmail
from tests import factories
from tests.smtp_servers import SMTPServer, smtp_settings

pytestmark = pytest.mark.django_db

FORMS = {
    "/co-production/pledge/": {
        "name": "Alex Example",
        "email": "alex@example.org",
        "who": "parent-carer",
        "levels": ["individual"],
    },
    "/co-production/interview-panels/": {
        "name": "Sam Example",
        "email": "sam@example.org",
        "who": "parent-carer",
        "age_group": "5-10",
        "availability": ["evenings"],
    },
    "/feedback/": {"kind": "suggestion", "about": "website", "message": "More pictures, please."},
}
SAVED = {"/co-production/pledge/": Pledge, "/co-production/interview-panels/": PanelVolunteer, "/feedback/": Feedback}


@pytest.mark.parametrize("url", FORMS)
def test_a_flood_from_one_address_gets_a_friendly_429_and_saves_nothing_more(client, url, settings):
    settings.FORM_RATE_LIMIT = "2/h"
    for n in range(2):
        data = {**FORMS[url], "email": f"n{n}@example.org"} if "email" in FORMS[url] else FORMS[url]
        assert client.post(url, data).status_code == 302
    response = client.post(url, {**FORMS[url], "email": "third@example.org"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "You have sent this form many times" in html
    assert "There is a problem" in html
    assert SAVED[url].objects.count() == 2


@pytest.mark.parametrize("url", FORMS)
def test_a_bot_that_fills_the_honeypot_sees_success_but_nothing_is_saved_or_sent(client, url):
    response = client.post(url, {**FORMS[url], HONEYPOT_FIELD: "buy now"}, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain
    assert SAVED[url].objects.count() == 0
    assert OutboundEmail.objects.count() == 0


@pytest.mark.parametrize("url", FORMS)
def test_forms_refuse_posts_without_a_csrf_token(url):
    client = Client(enforce_csrf_checks=True)
    assert client.post(url, FORMS[url]).status_code == 403
    assert SAVED[url].objects.count() == 0


@pytest.mark.parametrize("url", FORMS)
def test_forms_have_a_visually_hidden_honeypot_and_a_csrf_token(client, url):
    html = client.get(url).content.decode()
    assert f'name="{HONEYPOT_FIELD}"' in html
    assert 'class="lo-honeypot"' in html or "lo-honeypot" in html
    assert "csrfmiddlewaretoken" in html


def test_too_long_text_is_refused_beside_the_field_and_kept(client):
    response = client.post("/feedback/", {**FORMS["/feedback/"], "message": "a" * 2001})
    html = response.content.decode()
    assert "Your feedback must be 2000 characters or fewer" in html
    assert "a" * 2001 in html
    assert 'data-maxlength="2000"' in html  # the GOV.UK character count
    assert "You can enter up to 2000 characters" in html  # its message, shown without JavaScript
    assert not Feedback.objects.exists()


def test_emoji_other_scripts_and_html_are_stored_as_typed_and_shown_escaped(client, commit):
    text = "Très bien 👍 مرحبا 你好 <script>alert(1)</script> & <b>bold</b>"
    commit(client.post, "/feedback/", {**FORMS["/feedback/"], "message": text, "email": "x@example.org"})
    item = Feedback.objects.get()
    assert item.message == text
    assert "<script>alert(1)</script>" in mail.outbox[0].body  # plain-text email: not HTML, not escaped
    staff = factories.staff(superuser=True)
    factories.staff_sign_in(client, staff)
    html = client.get(f"/admin/coproduction/feedback/{item.pk}/change/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html
    assert "👍" in html and "你好" in html


def test_invalid_input_shown_back_is_escaped(client):
    response = client.post(
        "/co-production/pledge/", {**FORMS["/co-production/pledge/"], "name": '"><script>x</script>', "email": "bad"}
    )
    html = response.content.decode()
    assert "<script>x</script>" not in html
    assert "&quot;&gt;&lt;script&gt;x&lt;/script&gt;" in html


def test_a_submission_is_kept_when_the_mail_server_is_down_and_sent_by_the_retry_command(client, commit, settings):
    settings.EMAIL_BACKEND = "tests.mail_backends.FailingBackend"
    response = commit(client.post, "/co-production/pledge/", FORMS["/co-production/pledge/"], follow=True)
    assert "Check your email" in response.content.decode()
    assert Pledge.objects.count() == 1
    email = OutboundEmail.objects.get()
    assert email.sent_at is None and email.attempts == 1
    assert "SMTPServerDisconnected" in email.last_error
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboundEmail.objects.update(next_attempt_at=email.created_at)
    call_command("send_pending_emails", stdout=io.StringIO())
    email.refresh_from_db()
    assert email.sent_at is not None and email.attempts == 2
    assert mail.outbox[0].to == ["alex@example.org"]
    assert "/co-production/pledge/confirm/" in mail.outbox[0].body


# The form, what its confirmation page says, and the subject of the email it sends.
SENDS_EMAIL = {
    "/co-production/pledge/": (
        FORMS["/co-production/pledge/"],
        "Check your email",
        "Confirm your co-production pledge",
    ),
    "/feedback/": (
        {**FORMS["/feedback/"], "name": "Alex", "email": "alex@example.org", "who": "parent-carer"},
        "What happens next",
        "We have received your feedback",
    ),
}


@pytest.mark.django_db(transaction=True)  # real commits, as a request on the live site makes
@pytest.mark.parametrize("url", SENDS_EMAIL)
def test_a_form_is_answered_at_once_while_the_mail_server_hangs_and_its_email_goes_when_it_answers(
    client, settings, hanging_mail_server, url
):
    factories.migration_data()
    data, confirmation, subject = SENDS_EMAIL[url]
    response = client.post(url, data, follow=True)
    assert response.status_code == 200
    assert confirmation in response.content.decode()
    # Talking to this mail server would take EMAIL_TIMEOUT, 10 s: the page never even connects to it.
    assert hanging_mail_server.connections == 0
    email = OutboundEmail.objects.get()
    assert (email.to, email.status) == ("alex@example.org", "waiting")

    # The mail worker tries while the mail server still hangs: it gives up after EMAIL_TIMEOUT and will retry.
    settings.EMAIL_TIMEOUT = 1
    call_command("send_pending_emails", stdout=io.StringIO())
    email.refresh_from_db()
    assert email.status == "failed, will retry"
    assert "timed out" in email.last_error

    # The mail server answers again; once the back-off has passed, the worker sends the email, once.
    with SMTPServer() as mail_server:
        smtp_settings(settings, mail_server)
        OutboundEmail.objects.update(next_attempt_at=timezone.now())
        call_command("send_pending_emails", stdout=io.StringIO())
        call_command("send_pending_emails", stdout=io.StringIO())
        [message] = mail_server.messages
    assert message["To"] == "alex@example.org"
    assert subject in message["Subject"]
    email.refresh_from_db()
    assert email.status == "sent"


def _question_classes(html):
    """The classes of every question's label or legend (not an option's label, not the honeypot)."""
    html = html.split('class="lo-honeypot"')[0]
    labels = re.findall(r'<label[^>]*class="(govuk-label[^"]*)"', html)
    legends = re.findall(r'<legend class="(govuk-fieldset__legend[^"]*)"', html)
    options = ("govuk-radios__label", "govuk-checkboxes__label")
    return [c for c in labels if not any(o in c for o in options)] + legends


def test_every_question_on_the_public_forms_has_the_same_style(client):
    service = factories.make_service("Example Swim Club")
    event = factories.event()
    pages = [*FORMS, event.get_absolute_url(), f"/services/{service.slug}/report-a-problem/"]
    for url in pages:
        html = client.get(url).content.decode()
        main = html[html.index("<main") :]
        classes = _question_classes(main)
        assert classes, url
        for found in classes:
            assert found.endswith(("govuk-label--s", "govuk-fieldset__legend--s")), (url, found)
