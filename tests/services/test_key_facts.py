"""The key facts at the top of a service's page: contact, who, cost, where, when (open now) and how."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from services.models import Location, Service
from services.opening import opening_status, opening_week
from services.service_page import service_page, service_page_now
from tests.factories import make_location, make_need, make_opening_time, make_service

LONDON = ZoneInfo("Europe/London")
WEEKDAYS = [(day, "09:00", "17:00") for day in range(5)]


def at(text):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=LONDON)


def test_open_now_says_until_when():
    status = opening_status(times=WEEKDAYS, at=at("2026-12-02T10:15"))  # a Wednesday
    assert (status.text, status.is_open) == ("Open now, until 5pm", True)


def test_before_opening_says_when_it_opens_today():
    assert opening_status(times=WEEKDAYS, at=at("2026-12-02T08:00")).text == "Closed now, opens today at 9am"


def test_after_closing_and_on_a_day_without_times():
    assert opening_status(times=WEEKDAYS, at=at("2026-12-02T17:00")).text == "Closed for the rest of today"
    assert opening_status(times=WEEKDAYS, at=at("2026-12-05T11:00")).text == "Closed today"  # a Saturday


def test_a_bank_holiday_asks_the_family_to_check_first():
    status = opening_status(times=WEEKDAYS, at=at("2026-12-28T10:00"))  # Boxing Day, moved to a Monday
    assert not status.is_open
    assert status.text.startswith("Bank holiday (")


def test_no_times_means_no_status():
    assert opening_status(times=[], at=at("2026-12-02T10:00")) is None


def test_the_week_in_a_line_joins_days_with_the_same_hours():
    times = [*WEEKDAYS, (5, "10:00", "12:00")]
    assert opening_week(times=times) == "Monday to Friday, 9am to 5pm; Saturday, 10am to midday"
    assert opening_week(times=[(0, "09:30", "15:00"), (1, "09:30", "15:00")]) == "Monday and Tuesday, 9:30am to 3pm"


@pytest.mark.django_db
def test_the_service_page_opens_with_the_key_facts(client):
    service = make_service(
        "Harbour Swim", summary="Swimming.", phone="01632 960 100", email="swim@example.org", minimum_age=4,
        maximum_age=16, needs=[make_need("Autism")], cost=Service.Cost.PAID, fees="£4 a session",
        access=Service.Access.PROFESSIONAL_REFERRAL,
    )  # fmt: skip
    make_location(service=service, town=Location.Town.CHRISTCHURCH, postcode="BH23 1AA", latitude=50.7, longitude=-1.8)
    make_opening_time(service=service, weekday=5, opens="10:00", closes="12:00")
    html = client.get(service.get_absolute_url()).content.decode()
    facts = html[html.index('class="lo-key-facts"') : html.index('id="on-this-page"')]
    assert 'href="tel:01632960100">Call 01632 960 100</a>' in facts
    assert 'href="mailto:swim@example.org"' in facts
    assert "4 to 16 years: autism" in facts
    assert "Paid: £4 a session" in facts
    assert "Christchurch" in facts
    assert 'href="https://www.openstreetmap.org/directions?route=%3B50.70000%2C-1.80000"' in facts
    assert 'Get directions<span class="govuk-visually-hidden"> to ' in facts
    assert "Saturday, 10am to midday" in facts
    assert "A professional must refer you" in facts
    # Before the key facts come only the name and summary.
    assert html.index('class="lo-key-facts"') < html.index("Add to shortlist")


@pytest.mark.django_db
def test_the_open_now_line_is_worked_out_for_each_visit_from_the_kept_page(settings):
    settings.RENDERED_CACHE_SECONDS = 3600
    service = make_service("Weekday Club")
    for day in range(5):
        make_opening_time(service=service, weekday=day)
    kept = service_page(slug=service.slug)
    morning = service_page_now(page=kept, at=at("2026-12-02T10:00"))["before_actions"]
    evening = service_page_now(page=kept, at=at("2026-12-02T18:00"))["before_actions"]
    assert "Open now, until 5pm" in morning
    assert "Closed for the rest of today" in evening
    assert "Open now" not in evening


@pytest.mark.django_db
def test_a_place_without_coordinates_gets_directions_by_postcode(client):
    service = make_service("Somewhere Club")
    location = make_location(service=service, postcode="BH99 9ZZ")
    Location.objects.filter(pk=location.pk).update(latitude=None, longitude=None)
    html = client.get(service.get_absolute_url()).content.decode()
    assert 'href="https://www.openstreetmap.org/search?query=BH99+9ZZ"' in html
