"""A co-production officer cancels an event people have booked, by keyboard: told how many will be
emailed, asked to confirm, then each person's email is queued."""

from playwright.sync_api import expect

from coproduction.models import Booking
from localoffer.core.models import OutboundEmail
from localoffer.staff.roles import COPRODUCTION_OFFICER
from tests.browser.conftest import assert_accessible, sign_in, tab_to
from tests.factories import booking, event


def test_officer_cancels_a_booked_event_by_keyboard_and_everyone_is_emailed(site, page):
    forum = event(title="Transport forum", capacity=2)
    for name, status in (("Ann", "booked"), ("Ben", "booked"), ("Cat", "waiting")):
        booking(event=forum, name=name, email=f"{name.lower()}@example.org", status=status)
    sign_in(page, site + f"/admin/coproduction/event/{forum.pk}/change/", "officer", role=COPRODUCTION_OFFICER)

    expect(page.get_by_role("heading", name="Change event")).to_be_visible()
    expect(page.get_by_text("Cancelling emails 3 people (2 booked, 1 on the waiting list)")).to_be_visible()
    assert_accessible(page)

    tab_to(page, page.get_by_role("checkbox", name="Cancelled", exact=True))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_label("Cancellation note"))
    page.keyboard.type("The hall has flooded; we will set a new date soon.")
    tab_to(page, page.get_by_role("button", name="Save", exact=True))
    page.keyboard.press("Enter")

    expect(page.get_by_text("Tick to confirm, then save again")).to_be_visible()
    assert not OutboundEmail.objects.exists()
    assert_accessible(page)

    tab_to(page, page.get_by_role("checkbox", name="Yes, email them that it is cancelled"))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_role("button", name="Save", exact=True))
    page.keyboard.press("Enter")

    expect(page.get_by_text("3 person(s) booked or waiting have been emailed")).to_be_visible()
    assert_accessible(page)
    assert sorted(OutboundEmail.objects.values_list("to", flat=True)) == [
        "ann@example.org", "ben@example.org", "cat@example.org"
    ]  # fmt: skip
    assert set(Booking.objects.values_list("status", flat=True)) == {"cancelled"}


def test_officer_ticks_topics_and_moves_an_event_by_keyboard_and_those_booked_are_told(site, page):
    from localoffer.content.topics import topics_ensure

    topics_ensure()
    forum = event(title="Health forum", place="Poole Library")
    booking(event=forum, name="Ann", email="ann@example.org")
    sign_in(page, site + f"/admin/coproduction/event/{forum.pk}/change/", "officer", role=COPRODUCTION_OFFICER)
    expect(page.get_by_role("checkbox", name="Health", exact=True)).to_be_visible()
    assert_accessible(page)

    tab_to(page, page.get_by_role("checkbox", name="Health", exact=True))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_role("checkbox", name="Training", exact=True))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_label("Place"))
    page.keyboard.press("Control+A")
    page.keyboard.type("Kinson Hub, Bournemouth")
    tab_to(page, page.get_by_role("button", name="Save", exact=True))
    page.keyboard.press("Enter")

    expect(page.get_by_text("1 person(s) booked or waiting have been emailed what changed")).to_be_visible()
    assert_accessible(page)
    assert set(forum.topics.values_list("slug", flat=True)) == {"health", "training"}
    email = OutboundEmail.objects.get(to="ann@example.org")
    assert "Now at Kinson Hub, Bournemouth (was Poole Library)" in email.body
    page.goto(site + forum.get_absolute_url())
    expect(page.get_by_text("Health, Training")).to_be_visible()
    assert_accessible(page)


def test_an_editor_ticks_a_news_items_topics_on_an_accessible_form(site, page):
    from localoffer.content.topics import topics_ensure
    from localoffer.staff.roles import LOCAL_OFFER_EDITOR
    from tests.factories import make_news_item

    topics_ensure()
    item = make_news_item(title="Short breaks this summer")
    sign_in(page, site + f"/admin/localoffer/newsitem/{item.pk}/change/", "editor", role=LOCAL_OFFER_EDITOR)
    leisure = page.get_by_role("checkbox", name="Short breaks and leisure", exact=True)
    tab_to(page, leisure, limit=300)
    page.keyboard.press("Space")
    assert_accessible(page)
    tab_to(page, page.get_by_role("button", name="Save", exact=True))
    page.keyboard.press("Enter")
    expect(page.get_by_text("was changed successfully")).to_be_visible()
    assert list(item.topics.values_list("slug", flat=True)) == ["short-breaks-and-leisure"]
