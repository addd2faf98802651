"""A Local Offer editor undoes a mistaken edit: the restore page shows what will change before anything does.

Done from the keyboard alone (Tab to a control, Enter to use it), each page checked with axe.
"""

import datetime

from django.utils import timezone
from playwright.sync_api import expect

from localoffer.staff.roles import LOCAL_OFFER_EDITOR
from services.models import OpeningTime, Service
from services.reviews import service_mark_reviewed
from tests.browser.conftest import assert_accessible, sign_in, tab_to
from tests.factories import make_category, make_opening_time, make_service


def test_editor_previews_and_restores_an_earlier_version_by_keyboard(site, page):
    long_ago = timezone.localdate() - datetime.timedelta(days=400)
    service = make_service("Harbour Swim Club", categories=[make_category("Leisure")], last_reviewed=long_ago)
    make_opening_time(service=service, weekday=0, opens="09:00", closes="17:00")
    service.summary = "Lessons for every age and ability."
    service.save()  # the version to go back to: open on Mondays 9 to 5
    version = service.history.latest()
    # Later, by mistake: a new name, different hours; then someone reviews the listing.
    mistaken = Service.objects.get(pk=service.pk)
    mistaken.name = "Harbour Club (closed)"
    mistaken.save()
    change_url = site + f"/admin/services/service/{service.pk}/change/"
    editor = sign_in(page, change_url, "editor", role=LOCAL_OFFER_EDITOR)
    expect(page.get_by_role("heading", name="Change service")).to_be_visible()
    later = OpeningTime.objects.get(service=service)
    later.opens, later.closes = datetime.time(10), datetime.time(11)
    later._history_user = editor
    later.save()
    reviewed = service_mark_reviewed(service=Service.objects.get(pk=service.pk), by=editor)

    page.goto(change_url)
    expect(page.get_by_role("heading", name="Change service")).to_be_visible()
    tab_to(page, page.get_by_role("link", name="History"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Change history: Harbour Club (closed)")).to_be_visible()
    assert_accessible(page)

    first = page.locator(f'a[href$="/history/{version.history_id}/"]')
    tab_to(page, first)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Restore an earlier version of Harbour Club (closed)")).to_be_visible()
    expect(page.get_by_role("heading", name="What will change")).to_be_visible()
    fields = page.locator("#restore-fields")
    expect(fields.get_by_role("row", name="Name")).to_contain_text("Harbour Club (closed)")
    expect(fields.get_by_role("row", name="Name")).to_contain_text("Harbour Swim Club")
    times = page.locator(".lo-restore-related", has=page.get_by_role("heading", name="Opening times"))
    expect(times).to_contain_text("Monday 10:00 to 11:00")
    expect(times).to_contain_text("Monday 09:00 to 17:00")
    expect(page.locator("#restore-kept")).to_contain_text("Last reviewed")
    assert Service.objects.get(pk=service.pk).name == "Harbour Club (closed)"
    assert_accessible(page)

    tab_to(page, page.get_by_role("button", name="Restore this version"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Restored the version of")).to_be_visible()
    expect(page.get_by_role("heading", name="Change service")).to_be_visible()
    assert_accessible(page)

    restored = Service.objects.get(pk=service.pk)
    assert restored.name == "Harbour Swim Club"
    assert (restored.last_reviewed, restored.review_due) == (reviewed.last_reviewed, reviewed.review_due)
    assert [str(row) for row in OpeningTime.objects.filter(service=service)] == ["Monday 09:00 to 17:00"]


def test_restore_preview_keeps_rows_without_history_and_warns_of_deletions_by_keyboard(site, page):
    """Opening times loaded without history stay; an answer added since will go, and the page says so first."""
    from services.models import LocalOfferAnswer
    from tests.factories import make_question

    service = make_service("Harbour Swim Club", categories=[make_category("Leisure")], summary="Lessons for all.")
    OpeningTime.objects.bulk_create([OpeningTime(service=service, weekday=1, opens="09:00", closes="12:00")])
    version = service.history.latest()
    later = Service.objects.get(pk=service.pk)
    later.summary = "Changed by mistake."
    later.save()
    make_answer_later = LocalOfferAnswer.objects.create(
        service=service, question=make_question("How do I start?"), answer="Ring us."
    )
    url = site + f"/admin/services/service/{service.pk}/history/"
    sign_in(page, url, "editor", role=LOCAL_OFFER_EDITOR)
    expect(page.get_by_role("heading", name="Change history: Harbour Swim Club")).to_be_visible()

    tab_to(page, page.locator(f'a[href$="/history/{version.history_id}/"]'))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="What will change")).to_be_visible()
    times = page.locator(".lo-restore-related", has=page.get_by_role("heading", name="Opening times"))
    expect(times).to_contain_text("left as they are now")
    expect(page.locator("#restore-deletes")).to_have_text("Restoring this version will delete one Local Offer answer.")
    expect(page.locator("#content-main")).not_to_contain_text("None")
    assert_accessible(page)

    tab_to(page, page.get_by_role("button", name="Restore this version"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Restored the version of")).to_be_visible()
    assert [str(row) for row in OpeningTime.objects.filter(service=service)] == ["Tuesday 09:00 to 12:00"]
    assert not LocalOfferAnswer.objects.filter(pk=make_answer_later.pk).exists()
    assert Service.objects.get(pk=service.pk).summary == "Lessons for all."
