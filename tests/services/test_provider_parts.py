"""The provider area's listing form in parts: each part saved by itself into the listing's one waiting change."""

import pytest

from localoffer.staff.roles import LOCAL_OFFER_EDITOR
from services.models import PendingChange, Service
from services.providers import changes
from tests import factories
from tests.factories import (
    listing_form_data,
    make_category,
    make_need,
    make_organisation,
    make_provider,
    make_service,
    provider_sign_in,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing():
    service = make_service(
        "Example Play Scheme",
        organisation=make_organisation(name="Example Charity"),
        phone="01632 960000",
        coverage=Service.Coverage.AREA_WIDE,
    )
    service.categories.set([make_category("Play")])
    return service


@pytest.fixture
def provider(client, listing):
    account = make_provider(organisations=[listing.organisation], name="Pat Provider", email="pat@example.org")
    provider_sign_in(client, account)
    return account


def states(client, listing):
    """Each part's title and state as the parts page shows them."""
    text = client.get(f"/provider/listings/{listing.pk}/change/").content.decode()
    found = {}
    for title in ("About the service", "Contact details", "Who it is for", "Places and times", "How to get it"):
        after = text.split(f">{title}</a>", 1)[1].split("</li>", 1)[0]
        found[title] = "Changed, waiting for the team" if "Changed, waiting for the team" in after else "Not changed"
    return found


def test_the_old_listing_address_leads_to_the_parts_each_not_changed(client, listing, provider):
    response = client.get(f"/provider/listings/{listing.pk}/")
    assert response.status_code == 302 and response.url == f"/provider/listings/{listing.pk}/change/"
    assert set(states(client, listing).values()) == {"Not changed"}
    part = client.get(f"/provider/listings/{listing.pk}/change/contact/").content.decode()
    assert 'name="phone"' in part and 'name="minimum_age"' not in part and 'name="places-TOTAL_FORMS"' not in part


def test_two_parts_saved_one_at_a_time_make_one_waiting_change(client, listing, provider):
    need = make_need("Autism")
    # The whole form's data, with changes in other parts too: a part takes only its own fields.
    data = listing_form_data(listing, phone="01632 960111", minimum_age="5", name="Renamed")
    response = client.post(f"/provider/listings/{listing.pk}/change/contact/", data)
    assert response.status_code == 302 and response.url == f"/provider/listings/{listing.pk}/change/"
    change = PendingChange.objects.get()
    assert change.proposed["service"]["phone"] == "01632 960111"
    assert (change.proposed["service"]["name"], change.proposed["service"]["minimum_age"]) == ("Example Play Scheme", 0)
    assert states(client, listing)["Contact details"] == "Changed, waiting for the team"
    assert states(client, listing)["Who it is for"] == "Not changed"

    data = listing_form_data(listing, minimum_age="5", maximum_age="11", needs=[str(need.pk)], phone="0")
    assert client.post(f"/provider/listings/{listing.pk}/change/who/", data).status_code == 302
    (change,) = PendingChange.objects.all()
    assert change.proposed["service"]["phone"] == "01632 960111"  # the first part is kept
    assert (change.proposed["service"]["minimum_age"], change.proposed["needs"]) == (5, [need.pk])
    assert states(client, listing) == {
        "About the service": "Not changed",
        "Contact details": "Changed, waiting for the team",
        "Who it is for": "Changed, waiting for the team",
        "Places and times": "Not changed",
        "How to get it": "Not changed",
    }
    # Staff review the whole change: both parts, side by side with the listing as it is.
    editor = factories.staff(role=LOCAL_OFFER_EDITOR)
    factories.staff_sign_in(client, editor)
    review = client.get(f"/admin/services/pendingchange/{change.pk}/change/").content.decode()
    assert "01632 960111" in review and "01632 960000" in review and "Autism" in review
    changes.change_approve(change=change, by=editor)
    service = Service.objects.get(pk=listing.pk)
    assert (service.phone, service.minimum_age, service.name) == ("01632 960111", 5, "Example Play Scheme")


def test_a_part_with_errors_names_its_fields_and_keeps_what_was_typed(client, listing, provider):
    data = listing_form_data(listing, minimum_age="12", maximum_age="5", categories=None, eligibility="Any child")
    page = client.post(f"/provider/listings/{listing.pk}/change/who/", data)
    text = page.content.decode()
    assert page.status_code == 200 and "There is a problem" in text and "<title>Error: Who it is for" in text
    assert "Select at least one category" in text
    assert "The youngest age cannot be higher than the oldest age." in text
    assert "This field is required." not in text
    assert 'value="12"' in text and "Any child" in text
    assert not PendingChange.objects.exists()


def test_a_part_left_as_it_was_is_not_sent(client, listing, provider):
    page = client.post(f"/provider/listings/{listing.pk}/change/contact/", listing_form_data(listing))
    assert page.status_code == 200 and "You have not changed anything" in page.content.decode()
    # A part of rows or answers only says so at the top of its form.
    page = client.post(f"/provider/listings/{listing.pk}/change/answers/", listing_form_data(listing))
    assert '<a href="#main-form">You have not changed anything' in page.content.decode()
    assert not PendingChange.objects.exists()


def test_a_part_that_leaves_no_way_to_reach_the_service_is_refused_beside_the_field(client, listing, provider):
    data = listing_form_data(listing, phone="", coverage=Service.Coverage.AREA_WIDE)
    text = client.post(f"/provider/listings/{listing.pk}/change/contact/", data).content.decode()
    assert "A family would have no way to reach this service" in text
    assert not PendingChange.objects.exists()


def test_unknown_parts_and_other_organisations_parts_are_not_found(client, listing, provider):
    theirs = make_service("Their Club", organisation=make_organisation(name="Their Charity"))
    assert client.get(f"/provider/listings/{listing.pk}/change/biscuits/").status_code == 404
    assert client.get(f"/provider/listings/{theirs.pk}/change/").status_code == 404
    assert client.get(f"/provider/listings/{theirs.pk}/change/contact/").status_code == 404
    assert client.post(f"/provider/listings/{theirs.pk}/change/contact/", {"phone": "1"}).status_code == 404
    assert client.get(f"/provider/listings/{theirs.pk}/nothing-has-changed/").status_code == 404


def test_nothing_has_changed_shows_the_listing_and_only_confirming_marks_it_reviewed(client, listing, provider):
    Service.objects.filter(pk=listing.pk).update(last_reviewed="2020-01-01", review_due="2021-01-01")
    home = client.get("/provider/").content.decode()
    assert f'href="/provider/listings/{listing.pk}/nothing-has-changed/"' in home
    page = client.get(f"/provider/listings/{listing.pk}/nothing-has-changed/").content.decode()
    assert "Is all of this still right?" in page and "01632 960000" in page and "Example Play Scheme" in page
    assert Service.objects.get(pk=listing.pk).needs_review
    response = client.post(f"/provider/listings/{listing.pk}/nothing-has-changed/")
    assert response.status_code == 302
    assert not Service.objects.get(pk=listing.pk).needs_review
