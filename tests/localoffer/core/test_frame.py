"""The page frame: made once a process, yet each visitor's token, each page's path and section still its own."""

import re

import pytest
from django.test import Client

from tests.factories import make_service

pytestmark = pytest.mark.django_db

FRAME_TEMPLATES = ("includes/footer.html", "includes/service_navigation.html", "includes/page_useful.html")


def vote_form(html):
    """The path and token of the "Is this page useful?" vote form on a page."""
    form = re.search(r'<form class="lo-page-useful__vote".*?</form>', html, re.S).group(0)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    path = re.search(r'name="path" value="([^"]*)"', form).group(1)
    return path, token


def test_the_frame_is_made_once_and_not_rendered_again_for_the_next_page(client):
    client.get(make_service("Quay Music Group").get_absolute_url())
    response = client.get(make_service("Harbour Swim Club").get_absolute_url())
    rendered = {template.name for template in response.templates}
    assert "base.html" in rendered
    assert not rendered.intersection(FRAME_TEMPLATES)
    html = response.content.decode()
    assert "Accessibility statement" in html and "This is a new website." in html


def test_each_visitor_votes_with_their_own_token_from_a_kept_frame():
    page = make_service("Harbour Swim Club").get_absolute_url()
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.get("/cookies/")
    path, token = vote_form(second.get(page).content.decode())
    assert path == page
    assert (
        second.post("/feedback/page-useful/", {"path": path, "useful": "yes", "csrfmiddlewaretoken": token}).status_code
        == 200
    )
    assert (
        first.post("/feedback/page-useful/", {"path": path, "useful": "yes", "csrfmiddlewaretoken": token}).status_code
        == 403
    )


def test_the_vote_form_names_the_page_it_is_on(client):
    assert vote_form(client.get("/cookies/").content.decode())[0] == "/cookies/"
    assert vote_form(client.get("/services/?q=a%22b").content.decode())[0] == "/services/"
    assert vote_form(client.get("/glossary/").content.decode())[0] == "/glossary/"


def test_the_navigation_marks_the_section_being_viewed_on_each_page(client):
    search = client.get("/services/").content.decode()
    assert re.search(r'href="/services/" aria-current="page">\s*<strong[^>]*>Find services', search)
    service = client.get(make_service("Harbour Swim Club").get_absolute_url()).content.decode()
    assert re.search(r'href="/services/" aria-current="true">\s*<strong[^>]*>Find services', service)
    assert 'id="header-search"' in service and 'id="header-search"' not in search
    cookies = client.get("/cookies/").content.decode()
    assert "aria-current" not in cookies.split("</header>")[0]


def test_a_results_pages_vote_form_and_shortlist_forms_carry_one_token_that_is_accepted():
    make_service("Harbour Swim Club")
    visitor = Client(enforce_csrf_checks=True)
    html = visitor.get("/services/?q=swim").content.decode()
    tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))
    assert len(tokens) == 1  # the shortlist's forms and the vote form: one masked token for the page
    (token,) = tokens
    path, _ = vote_form(html)
    vote = {"path": path, "useful": "yes", "csrfmiddlewaretoken": token}
    assert visitor.post("/feedback/page-useful/", vote).status_code == 200
    service = re.search(r'name="service" value="([^"]+)"', html).group(1)
    added = visitor.post("/shortlist/add/", {"service": service, "csrfmiddlewaretoken": token})
    assert added.status_code == 302
