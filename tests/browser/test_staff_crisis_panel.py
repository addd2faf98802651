"""Staff try a search against the crisis panel's words in the admin, by keyboard, and see which words bring it."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, sign_in, tab_to
from tests.factories import crisis_panel_seed

pytestmark = pytest.mark.django_db(transaction=True)


def test_staff_try_a_search_against_the_crisis_words_by_keyboard(site, page):
    crisis_panel_seed()
    from localoffer.content.models import CrisisPanel

    address = site + f"/admin/localoffer/crisispanel/{CrisisPanel.objects.get().pk}/change/"
    sign_in(page, address, "officer")
    box = page.get_by_label("Try a search against the panel as saved")
    tab_to(page, box)
    page.keyboard.type("she took all her tablets last night")
    page.keyboard.press("Enter")
    result = page.get_by_role("status")
    expect(result).to_contain_text("brings the panel, for:")
    expect(result).to_contain_text("“took all ... tablets”")
    expect(page.get_by_label("Try a search against the panel as saved")).to_have_value(
        "she took all her tablets last night"
    )
    assert_accessible(page)
