"""The site-wide pages a family sees: home, notices, errors, security headers."""

import re

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

NOTICE_PAGES = [
    ("/", "SEND Local Offer"),
    ("/accessibility/", "Accessibility statement"),
    ("/privacy/", "Privacy notice"),
    ("/cookies/", "Cookies"),
    ("/contact/", "Contact us"),
]


@pytest.mark.parametrize(("path", "heading"), NOTICE_PAGES)
def test_every_site_page_shows_its_heading_in_the_council_layout(client, path, heading):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f">{heading}</h1>" in html
    assert '<html lang="en-GB"' in html
    assert 'href="#main-content"' in html and "Skip to main content" in html
    assert "BCP Council" in html
    for item in ("Find services", "Information and advice", "Co-production", "Feedback"):
        assert item in html
    assert "Accessibility statement" in html and "Privacy notice" in html


def test_home_page_search_box_submits_to_the_directory(client):
    html = client.get("/").content.decode()
    assert 'action="/services/"' in html
    assert 'name="q"' in html
    assert 'href="/co-production/pledge/"' in html


def test_site_never_uses_the_gov_uk_crown_font_or_logo(client):
    html = client.get("/").content.decode()
    assert "GDS Transport" not in html
    assert "govuk-logo" not in html
    assert "Crown copyright" not in html


def test_privacy_notice_lists_retention_periods_from_settings(client):
    with override_settings(
        PERSONAL_DATA_RETENTION_DAYS={
            "unconfirmed_pledge": 45,
            "volunteer_after_last_contact": 1095,
            "booking_after_event": 90,
            "feedback_contact_after_closed": 730,
            "sent_email": 30,
            "search_records": 180,
            "provider_account_unused": 365,
            "printed_copy_after_posted": 14,
            "search_booklet": 2,
            "sign_in_logs": 60,
            "unconfirmed_alert": 7,
            "alert": 730,
        }
    ):
        html = client.get("/privacy/").content.decode()
    assert "3 years after we last contacted you" in html
    assert "180 days after the day of the search" in html
    assert "90 days after the event" in html
    assert "unconfirmed pledges are deleted after 45 days" in html
    assert "1 year after you last signed in" in html
    assert "14 days after we post it" in html
    assert "60 days after the sign-in" in html
    assert "2 days after you asked for it" in html


def test_unknown_address_gets_the_styled_404_page(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'href="/services/"' in html


@pytest.mark.urls("tests.localoffer.broken_urls")
def test_server_error_page_is_styled_and_offers_another_way_to_get_help(client, settings):
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, there is a problem with the service" in html
    assert settings.CONTACT_EMAIL in html


def test_responses_carry_security_headers(client):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_SSL_REDIRECT=True)
def test_secure_requests_get_hsts_and_plain_ones_are_redirected(client):
    assert client.get("/", secure=True)["Strict-Transport-Security"].startswith("max-age=31536000")
    plain = client.get("/accessibility/")
    assert plain.status_code == 301
    assert plain["Location"].startswith("https://")


@override_settings(SECURE_SSL_REDIRECT=True)
def test_health_check_is_not_redirected_to_https(client):
    assert client.get("/healthz").status_code == 200


def test_no_inline_scripts_or_styles_in_pages(client):
    html = client.get("/").content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert "<style" not in html
    assert " style=" not in html
