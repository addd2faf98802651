"""A right-to-left translated page in a real browser: no sideways scroll at 320 px, and accessible."""

import pytest

from localoffer.content.models import NewsTranslation, PageTranslation
from services.models import ServiceTranslation
from tests.browser.conftest import assert_accessible
from tests.factories import make_information_page, make_news_item, make_service

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


def test_an_arabic_news_item_and_service_summary_fit_320_pixels_without_sideways_scroll(site, page):
    item = make_news_item(title="Holiday clubs open", slug="holiday-clubs", summary="Book now.", body="Clubs open.")
    NewsTranslation.objects.create(
        item=item,
        language="ar",
        title="نوادي العطلات مفتوحة الآن للأطفال والشباب ذوي الاحتياجات التعليمية الخاصة",
        summary="احجز مكانًا في نادٍ خلال العطلة المدرسية.",
        body="النوادي مفتوحة من الاثنين إلى الجمعة.\n\n# كيف تحجز\n\nاتصل بفريق SEND Local Offer.",
        made_by_person=True,
        demo=True,
    )
    service = make_service("Short Breaks Offer", summary="Apply for a short breaks budget.", phone="01202 123 999")
    ServiceTranslation.objects.create(
        service=service,
        language="ar",
        summary="قدّم طلبًا للحصول على ميزانية الاستراحات القصيرة للنوادي وبرامج العطلات والأنشطة.",
        made_by_person=True,
        demo=True,
    )
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site + "/news/holiday-clubs/?lang=ar")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)

    page.goto(site + service.get_absolute_url() + "?lang=ar")
    summary = page.locator("section.lo-translated-summary")
    assert summary.get_attribute("dir") == "rtl" and summary.get_attribute("lang") == "ar"
    assert summary.evaluate("(el) => getComputedStyle(el).direction") == "rtl"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page)
    # The chooser leads back to English by keyboard.
    english = page.get_by_role("link", name="English")
    english.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(site + service.get_absolute_url())
    assert page.locator("section.lo-translated-summary").count() == 0
