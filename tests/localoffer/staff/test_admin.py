"""Staff editing pages, glossary terms and news in the admin; the system owner's email log."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from localoffer.content.models import InformationPage
from localoffer.core.models import OutboundEmail
from tests.factories import make_glossary_term, make_information_page, make_news_item, staff_sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, settings):
    staff_sign_in(client, User.objects.create_superuser("admin", "admin@example.org", "a-long-password-1234"))
    client.admin_root = f"/{settings.ADMIN_URL}"
    return client


def test_admin_lists_pages_as_a_tree_with_links_to_preview_them(admin_client):
    section = make_information_page(title="Short breaks", slug="short-breaks")
    make_information_page(title="Clubs", slug="clubs", parent=section, published=False)
    html = admin_client.get(f"{admin_client.admin_root}localoffer/informationpage/").content.decode()
    assert "— Clubs" in html
    assert 'href="/information/short-breaks/clubs/">Preview</a>' in html


def test_staff_add_a_page_inside_a_section(admin_client):
    section = make_information_page(title="Short breaks", slug="short-breaks")
    add_url = f"{admin_client.admin_root}localoffer/informationpage/add/"
    html = admin_client.get(add_url).content.decode()
    assert "# for a heading" in html
    response = admin_client.post(
        add_url,
        {
            "title": "Holiday clubs",
            "slug": "holiday-clubs",
            "parent": section.pk,
            "order": 1,
            "published": "on",
            "summary": "Clubs in the school holidays.",
            "body": "Fun for everyone.",
            "last_updated": "2026-01-05",
        },
    )
    assert response.status_code == 302
    assert InformationPage.objects.get(slug="holiday-clubs").path == "short-breaks/holiday-clubs"


@pytest.mark.parametrize("model", ["glossaryterm", "newsitem"])
def test_glossary_and_news_admin_pages_open(admin_client, model):
    make_glossary_term(term="Portage")
    make_news_item(title="An update")
    assert admin_client.get(f"{admin_client.admin_root}localoffer/{model}/").status_code == 200
    assert admin_client.get(f"{admin_client.admin_root}localoffer/{model}/add/").status_code == 200


def outbox_of_every_status(now):
    def email(subject, **fields):
        return OutboundEmail.objects.create(to="parent@example.org", subject=subject, body="B", **fields)

    return {
        "waiting": email("Just queued", next_attempt_at=now),
        "failing": email(
            "Mail server refused",
            attempts=2,
            next_attempt_at=now + timedelta(minutes=4),
            last_error="SMTPServerDisconnected: Connection unexpectedly closed",
        ),
        "given-up": email("Never went", attempts=10, next_attempt_at=now, last_error="SMTPRecipientsRefused: no"),
        "sent": email("Went fine", attempts=1, sent_at=now),
    }


@pytest.mark.parametrize(
    ("status", "shown"),
    [("waiting", "Just queued"), ("failing", "Mail server refused"), ("given-up", "Never went"), ("sent", "Went fine")],
)
def test_the_email_log_filters_emails_by_status(admin_client, settings, status, shown):
    settings.EMAIL_MAX_ATTEMPTS = 10
    outbox_of_every_status(timezone.now())
    html = admin_client.get(f"{admin_client.admin_root}localoffer/outboundemail/?status={status}").content.decode()
    subjects = ["Just queued", "Mail server refused", "Never went", "Went fine"]
    assert [subject for subject in subjects if subject in html] == [shown]


def test_the_email_log_shows_each_emails_status_and_last_error(admin_client, settings):
    settings.EMAIL_MAX_ATTEMPTS = 10
    outbox_of_every_status(timezone.now())
    html = admin_client.get(f"{admin_client.admin_root}localoffer/outboundemail/?status=unsent").content.decode()
    assert "Went fine" not in html
    for text in ("waiting", "failed, will retry", "given up", "SMTPServerDisconnected: Connection unexpectedly"):
        assert text in html


def test_sending_again_from_the_email_log_queues_the_emails_for_the_worker_without_waiting_for_the_mail_server(
    admin_client, settings, hanging_mail_server
):
    settings.EMAIL_MAX_ATTEMPTS = 10
    now = timezone.now()
    emails = outbox_of_every_status(now)
    changelist = f"{admin_client.admin_root}localoffer/outboundemail/"
    selected = [emails[status].pk for status in ("failing", "given-up", "sent")]
    response = admin_client.post(changelist, {"action": "send_again", "_selected_action": selected}, follow=True)
    assert "2 email(s) will be tried again by the mail worker" in response.content.decode()
    assert hanging_mail_server.connections == 0
    failing, given_up = (OutboundEmail.objects.get(pk=emails[status].pk) for status in ("failing", "given-up"))
    assert failing.next_attempt_at <= timezone.now() and failing.attempts == 2
    assert given_up.status == "failed, will retry"  # one more attempt
