"""The provider area's edit form takes times as people type them and names the fields its errors are about."""

import datetime

import pytest

from services.models import PendingChange
from services.opening import clock_parse
from tests.factories import listing_form_data, provider_sign_in
from tests.services.test_providers import listing, provider  # noqa: F401 (the same listing and provider)


@pytest.mark.parametrize(
    ("typed", "time"),
    [("9", (9, 0)), ("9am", (9, 0)), ("9.30", (9, 30)), ("09:30", (9, 30)), ("9:30pm", (21, 30)),
     ("5pm", (17, 0)), ("17:00", (17, 0)), ("12pm", (12, 0)), ("12am", (0, 0)), ("midday", (12, 0)),
     ("5", (17, 0)), ("9 AM", (9, 0)), ("9.30 p.m.", (21, 30))],
)  # fmt: skip
def test_times_are_read_as_people_type_them(typed, time):
    assert clock_parse(text=typed) == datetime.time(*time)


@pytest.mark.parametrize("typed", ["25:00", "9:75", "13pm", "soon", "9-5", ""])
def test_what_is_not_a_time_is_refused(typed):
    with pytest.raises(ValueError):
        clock_parse(text=typed)


@pytest.mark.django_db
def test_the_edit_form_accepts_9am_and_shows_times_the_way_the_site_does(client, listing, provider):  # noqa: F811
    provider_sign_in(client, provider)
    data = listing_form_data(listing, **{"times-0-weekday": "2", "times-0-opens": "9am", "times-0-closes": "4.30pm"})
    assert client.post(f"/provider/listings/{listing.pk}/", data).status_code == 302
    times = PendingChange.objects.get().proposed["opening_times"]
    assert [(t["weekday"], t["opens"], t["closes"]) for t in times] == [(2, "09:00", "16:30")]


@pytest.mark.django_db
def test_the_error_summary_names_each_field_and_row(client, listing, provider):  # noqa: F811
    provider_sign_in(client, provider)
    data = listing_form_data(
        listing, name="", **{"times-0-weekday": "2", "times-0-opens": "soon", "times-0-closes": ""}
    )
    text = client.post(f"/provider/listings/{listing.pk}/", data).content.decode()
    summary = text[
        text.index("govuk-error-summary__list") : text.index("</ul>", text.index("govuk-error-summary__list"))
    ]
    assert "This field is required." not in summary
    assert "Enter name" in summary or "Enter service name" in summary
    assert "Opening time 1: Enter opens as a time, like 9am, 9:30am or 5pm" in summary
    assert "Opening time 1: Enter closes" in summary
    assert 'value="soon"' in text
