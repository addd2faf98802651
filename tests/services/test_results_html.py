"""The results page's main content is the markup its template made before it was joined from format strings
(tests/services/results_html_expected.html, made by that template for these searches): the same elements,
attributes and text, with the same spaces between them as a browser shows them (runs of spaces and line breaks
between tags differ, as the template's indentation did)."""

import os
import re
from pathlib import Path

import pytest
from django.test import RequestFactory
from django.utils import translation

from services import views
from services.directory_version import directory_version
from services.models import Location, Service
from services.search import SearchParams, directory_search, search_params_parse
from services.search.results_html import results_html
from tests.factories import (
    crisis_panel_seed,
    make_category,
    make_feature,
    make_location,
    make_need,
    make_organisation,
    make_service,
)

pytestmark = pytest.mark.django_db

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
EXPECTED = Path(__file__).parent / "results_html_expected.html"
SEARCHES = [
    ("/services/?q=swimming", None),
    ("/services/?q=swiming+lessons&cost=free&town=poole&age=8", None),
    ("/services/?q=%3Cb%3Eswimming%3C%2Fb%3E+%22club%22&near=poole&spelling=exact", None),
    ("/services/?q=swimming&page=2&sort=name", None),
    ("/services/?q=swimming&postcode=BH15", None),
    ("/services/?postcode=ZZ9", None),
    ("/services/?q=my+son+wants+to+kill+himself", None),
    ("/services/?age=abc&q=swimming", None),
    ("/services/?q=zzqx+qqzv&cost=free", None),
    ("/services/?q=zzqx+qqzv", None),
    ("/services/?q=the+blue+lantern", None),
    ("/services/?age=5&age_to=9&feature=step-free-access&wait=short", None),
    ("/services/?q=swimming+for+my+30+year+old", None),
    ("/services/", "health"),
    ("/services/?q=speech&age=3", "autism"),
]


@pytest.fixture
def directory():
    crisis_panel_seed()
    health = make_category("Health", description="Health services & therapies.")
    speech = make_category("Speech & language", parent=health)
    sport = make_category("Sport <and> leisure")
    autism = make_need("Autism")
    make_need("Sensory & physical")
    ramp = make_feature("Step-free access", slug="step-free-access")
    for number in range(24):
        service = make_service(
            f"Swimming club {number} & friends",
            organisation=make_organisation(name=f"Swim Trust {number}"),
            summary=f"Swimming lessons for disabled children, group {number}.",
            categories=[sport],
            needs=[autism] if number % 2 else [],
            minimum_age=number % 6,
            maximum_age=18,
            cost=Service.Cost.FREE if number % 3 else Service.Cost.PAID,
        )
        make_location(
            name=f"Pool {number}",
            service=service,
            town=Location.Town.POOLE if number % 2 else Location.Town.BOURNEMOUTH,
            features=[ramp] if number % 4 == 0 else [],
        )
    make_service(
        "The Blue Lantern",
        organisation=make_organisation(name="Lantern Café"),
        summary="A café where young people meet.",
        categories=[sport],
    )
    make_service(
        "Speech O'Clock",
        organisation=make_organisation(name="Talk & Play"),
        summary='Speech and "language" therapy for toddlers.',
        categories=[speech],
        needs=[autism],
        minimum_age=1,
        maximum_age=5,
        status=Service.Status.TEMPORARILY_CLOSED,
    )
    return {"health": health, "autism": autism}


def main_content(address, term, field):
    request = RequestFactory().get(address)
    params = search_params_parse(data=request.GET)
    if term:
        params = SearchParams(**{**params.__dict__, field: (term.slug, *getattr(params, field))})
    results = directory_search(params=params, version=directory_version())
    context = views.results_context(request, params=params, results=results, term=term, field=field)
    return results_html(**context)


def ids_numbered(html):
    """The page with each listing's id numbered in order, as the made-up listings get new ids on every run."""
    numbers = {}
    return UUID.sub(lambda match: numbers.setdefault(match.group(0), f"service-{len(numbers)}"), html)


def test_the_results_main_content_is_the_markup_its_template_made_for_every_kind_of_search(directory):
    pages = []
    with translation.override("en-gb"):
        for address, term_name in SEARCHES:
            term = directory.get(term_name)
            field = "need" if term_name == "autism" else "category" if term else None
            html = ids_numbered(re.sub(r"\s+", " ", str(main_content(address, term, field))).strip())
            pages.append(f"<!-- {address} {term_name or ''} -->\n{html}\n")
    html = "".join(pages)
    if os.environ.get("WRITE_EXPECTED"):
        EXPECTED.write_text(html, encoding="utf-8")
    assert html == EXPECTED.read_text(encoding="utf-8")
