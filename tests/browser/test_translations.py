"""A right-to-left translated page in a real browser: no sideways scroll at 320 px, and accessible."""

import pytest

from localoffer.content.models import PageTranslation
from tests.browser.conftest import assert_accessible
from tests.factories import make_information_page

pytestmark = pytest.mark.django_db(transaction=True)


def test_arabic_page_fits_320_pixels_without_sideways_scroll(site, page):
    advice = make_information_page(title="Complaints", slug="complaints", summary="If you are not happy.")
    PageTranslation.objects.create(
        page=advice,
        language="ar",
        title="الشكاوى والخلافات",
        summary="ماذا تفعل إذا لم تكن راضيًا عن الدعم الذي يحصل عليه طفلك.",
        body="تحدث أولاً إلى المدرسة أو الخدمة. معظم المشكلات تُحل بهذه الطريقة.\n\n# مساعدة مجانية\n\nاتصل بنا.",
        made_by_person=True,
        demo=True,
    )
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site + "/information/complaints/?lang=ar")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)
