"""Every page's breadcrumbs are the same GOV.UK trail: links to the steps above, the current page as text."""

import re

import pytest
from django.template import Context, Template

from tests import factories

pytestmark = pytest.mark.django_db


def trail(html):
    """The breadcrumbs as (text, link) pairs; the link is None for the current page."""
    nav = re.search(r'<nav class="govuk-breadcrumbs" aria-label="Breadcrumb">(.*?)</nav>', html, re.S).group(1)
    items = re.findall(r'<li class="govuk-breadcrumbs__list-item">(.*?)</li>', nav, re.S)
    steps = []
    for item in items:
        link = re.match(r'<a class="govuk-breadcrumbs__link" href="([^"]*)">(.*)</a>$', item.strip())
        steps.append((link.group(2), link.group(1)) if link else (item.strip(), None))
    return steps


def test_co_production_page_trail_links_home_and_the_hub(client):
    html = client.get("/co-production/pledge/").content.decode()
    assert trail(html) == [("Home", "/"), ("Co-production", "/co-production/"), ("Sign the pledge", None)]


def test_feedback_page_trail_skips_the_co_production_hub(client):
    assert trail(client.get("/feedback/").content.decode()) == [("Home", "/"), ("Give feedback", None)]


def test_report_a_problem_trail_leads_back_to_the_service(client):
    service = factories.make_service("Example Speech Service")
    html = client.get(f"/services/{service.slug}/report-a-problem/").content.decode()
    assert trail(html) == [
        ("Home", "/"),
        ("Find services", "/services/"),
        ("Example Speech Service", service.get_absolute_url()),
        ("Report a problem", None),
    ]


def test_information_index_trail_is_built_by_its_view_into_the_same_markup(client):
    html = client.get("/information/").content.decode()
    assert trail(html) == [("Home", "/"), ("Information and advice", None)]


def test_a_trail_written_in_a_template_may_end_with_a_link():
    html = Template('{% load localoffer %}{% breadcrumb_trail "Home" "home" "Change Swim club" "/x/" %}').render(
        Context()
    )
    assert trail(html) == [("Home", "/"), ("Change Swim club", "/x/")]
