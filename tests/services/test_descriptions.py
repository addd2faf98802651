"""A service's description is converted from markdown when it is saved, and shown right whatever happened since."""

import io
import re

import pytest
from django.core.management import call_command

from services.models import Service
from tests.factories import make_glossary_term, make_service

pytestmark = pytest.mark.django_db

DESCRIPTION = "## Sessions\n\nSmall groups with an EHC plan in mind. Call 01632 960 123.\n\n<script>alert(1)</script>"


def description_shown(client, service):
    html = client.get(service.get_absolute_url()).content.decode()
    shown = re.search(r'id="what">.*?<div class="lo-prose">(.*?)</div>\s*<h2', html, re.S).group(1)
    return re.sub(r"lo-term-\d+", "lo-term-N", shown)  # definitions are numbered afresh on each page


def test_saving_a_service_keeps_its_description_as_sanitised_html():
    service = make_service("Harbour Club", description=DESCRIPTION)
    kept = Service.objects.get(pk=service.pk).description_html
    assert '<h3 id="section-sessions">Sessions</h3>' in kept
    assert '<a href="tel:01632960123">01632 960 123</a>' in kept
    assert "<script>" not in kept


def test_an_edited_description_shows_at_once(client):
    service = make_service("Harbour Club", description="Swimming on Saturdays.")
    assert "Swimming on Saturdays." in description_shown(client, service)
    service.description = "Sailing on **Sundays**."
    service.save()
    shown = description_shown(client, service)
    assert "Sailing on <strong>Sundays</strong>." in shown and "Swimming" not in shown


def test_a_description_changed_without_saving_the_service_is_still_shown_as_it_is_now(client, settings):
    settings.RENDERED_CACHE_SECONDS = 0
    service = make_service("Harbour Club", description="Swimming on Saturdays.")
    Service.objects.filter(pk=service.pk).update(description="Sailing on **Sundays**.")
    shown = description_shown(client, service)
    assert "Sailing on <strong>Sundays</strong>." in shown and "Swimming" not in shown


def test_a_new_glossary_term_is_explained_in_kept_descriptions(client):
    service = make_service("Harbour Club", description=DESCRIPTION)
    assert "lo-term" not in description_shown(client, service)
    make_glossary_term(term="EHC plan", definition="A plan for a child's education, health and care.")
    shown = description_shown(client, service)
    assert "A plan for a child's education, health and care." in shown
    assert 'class="govuk-link lo-term__link"' in shown


def test_converting_descriptions_fills_those_kept_before_and_shows_the_same_page(client, settings):
    settings.RENDERED_CACHE_SECONDS = 0
    make_glossary_term(term="EHC plan", definition="A plan for a child's education, health and care.")
    service = make_service("Harbour Club", description=DESCRIPTION)
    page = description_shown(client, service)
    Service.objects.update(description_html="", description_html_fingerprint="")
    assert description_shown(client, service) == page

    call_command("convert_descriptions", stdout=io.StringIO())
    assert Service.objects.get(pk=service.pk).description_html.startswith('<h3 id="section-sessions">')
    assert description_shown(client, service) == page
