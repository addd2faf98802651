"""A service page's main content is the same markup, byte for byte, that its template made before it was joined
from format strings (tests/services/service_detail_expected.html, made by that template for these listings)."""

import datetime
import os
import re
from pathlib import Path

import pytest
from django.utils import translation

from services.models import AccessStep, Location, Service
from services.service_page import ACTIONS, service_page_render
from tests.factories import (
    make_answer,
    make_category,
    make_feature,
    make_information_page,
    make_location,
    make_need,
    make_opening_time,
    make_organisation,
    make_question,
    make_service,
    make_wait,
)

pytestmark = pytest.mark.django_db

EXPECTED = Path(__file__).parent / "service_detail_expected.html"
LONG_AGO = datetime.date(2020, 6, 15)  # every wait this old says so, whatever the year the test runs in


def full_listing():
    """A temporarily closed listing overdue for review, with every part a page can show, and text to escape."""
    health = make_category("Health")
    learning = make_need("Learning")
    service = make_service(
        "O'Brien & Daughters <Speech> Club",
        slug="obrien-speech-club",
        organisation=make_organisation(name="Harbour Trust & Co", phone="01202 000000", email="trust@example.org"),
        summary='Speech and "language" groups.',
        description="## What happens\n\n- games & songs\n- <script>alert(1)</script>",
        status=Service.Status.TEMPORARILY_CLOSED,
        status_note="Closed for repairs until <spring>.",
        last_reviewed=datetime.date(2020, 1, 6),
        review_due=datetime.date(2021, 1, 6),
        categories=[make_category("Speech and language therapy", parent=health), make_category("Play")],
        needs=[make_need("Autism"), make_need("Dyslexia", parent=learning), make_need("Hearing")],
        minimum_age=2,
        maximum_age=11,
        cost=Service.Cost.PAID,
        fees="£5 a session, or £40 for a term of ten sessions & snacks",
        access=Service.Access.PROFESSIONAL_REFERRAL,
        referral_details="Ask your health visitor.\nOr your GP & nurse.",
        eligibility="Children living in Poole.\nSiblings welcome.",
        coverage=Service.Coverage.LOCATIONS,
        in_person=True,
        home_visits=True,
        contact_name="Siân O'Neil",
        phone="01632 960 123",
        email="club@example.org",
        website="https://example.org/club?a=1&b=2",
        opening_notes="Closed on bank holidays & in August.",
    )
    quiet = make_feature("Quiet room")
    make_location(
        service=service, name="Kingfisher Centre", address="1 Heron Quay\nHamworthy", postcode="BH15 1AA",
        features=[make_feature("Changing Places toilet"), quiet], accessibility_notes="Ramp at the back <door>.",
    )  # fmt: skip
    make_location(
        service=service, name="Ferry Hall", address="2 Quay Road", postcode="BH23 1AB",
        town=Location.Town.CHRISTCHURCH, latitude=50.7312, longitude=-1.7783,
    )  # fmt: skip
    make_location(
        service=service, name="Over the Border", address="3 Forest Lane\nRingwood", postcode="BH24 1AA",
        town=Location.Town.ELSEWHERE,
    )  # fmt: skip
    make_location(service=service, name="Library", address="4 High Street", postcode="BH1 1AA", features=[quiet])
    make_opening_time(service=service, weekday=0, opens="09:30", closes="12:00", note="term time")
    make_opening_time(service=service, weekday=2, opens="12:00", closes="17:15")
    make_opening_time(service=service, weekday=5, opens="10:00", closes="13:00", note="first Saturday & third")
    make_answer(service=service, question=make_question("How accessible is it?"), answer="**Very**: lifts & ramps.")
    make_answer(service=service, question=make_question("Who do we tell?"), answer="Tell [us](https://example.org).")
    AccessStep.objects.create(
        service=service, order=1, title="Your GP refers you", detail="Ask at reception.\nBring ID."
    )
    AccessStep.objects.create(service=service, order=2, title="We send a form", how_long="2 weeks")
    make_wait(service=service, amount=18, unit="months", label="assessment & review", updated_on=LONG_AGO)
    make_wait(service=service, amount=1, unit="weeks", note="Urgent cases sooner.", updated_on=LONG_AGO,
              updated_by="provider")  # fmt: skip
    make_wait(service=service, unit="none", updated_on=LONG_AGO)
    other = make_service("Parent <Support> Line", slug="parent-support-line", summary="Talk to someone & rest.")
    service.while_you_wait_services.set([other])
    service.while_you_wait_pages.set([make_information_page(title="Waiting well", slug="waiting-well")])
    return service


def some_listing():
    """A listing that borrows its organisation's phone and email, with one place and two needs."""
    service = make_service(
        "Tiny Steps",
        slug="tiny-steps",
        organisation=make_organisation(name="Steps Trust", phone="01202 111 222", email="steps@example.org"),
        last_reviewed=datetime.date(2026, 1, 5),
        review_due=datetime.date(2099, 1, 5),
        needs=[make_need("Speech"), make_need("Sight")],
        categories=[make_category("Early years")],
        access=Service.Access.BOTH,
        coverage=Service.Coverage.LOCATIONS,
        website="https://tiny.example.org",
    )
    make_location(
        service=service, name="Hall", address="5 Park Road", postcode="BH2 2AA", town=Location.Town.BOURNEMOUTH
    )
    make_opening_time(service=service, weekday=1, opens="09:00", closes="12:00")
    return service


def bare_listing():
    """A listing with nothing but its name and summary: no places, times, needs, contact or website."""
    return make_service(
        "Open Line",
        slug="open-line",
        organisation=make_organisation(name="Line Trust", phone="", email=""),
        last_reviewed=datetime.date(2026, 1, 5),
        review_due=datetime.date(2099, 1, 5),
        coverage=Service.Coverage.AREA_WIDE,
        online=True,
        by_phone=True,
    )


def website_only_listing():
    return make_service(
        "Web Club",
        slug="web-club",
        organisation=make_organisation(name="Web Trust", phone="", email=""),
        last_reviewed=datetime.date(2026, 1, 5),
        review_due=datetime.date(2099, 1, 5),
        coverage=Service.Coverage.LOCATIONS,
        website="https://web.example.org",
    )


def main_content(service):
    """The page's content as kept for everyone, the shortlist button's place marked, its terms numbered afresh."""
    page = service_page_render(slug=service.slug)
    html = f"{page['before_actions']}{ACTIONS}{page['after_actions']}"
    numbers = {}
    return re.sub(r"lo-term-\d+", lambda match: numbers.setdefault(match.group(0), f"lo-term-{len(numbers)}"), html)


def test_a_service_pages_main_content_is_the_markup_its_template_made_for_every_kind_of_listing():
    listings = [full_listing(), some_listing(), bare_listing(), website_only_listing()]
    with translation.override("en-gb"):
        html = "".join(main_content(service) for service in listings)
    if os.environ.get("WRITE_EXPECTED"):
        EXPECTED.write_text(html, encoding="utf-8")
    assert html == EXPECTED.read_text(encoding="utf-8")
