"""Information pages in other languages: their own address, lang and dir, hreflang links and a chooser."""

import io

import pytest

from localoffer.content import demo as localoffer_demo
from localoffer.content.models import PageTranslation
from tests.factories import make_information_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def short_breaks():
    page = make_information_page(title="Short breaks", slug="short-breaks", summary="Time away.", body="Clubs.")
    PageTranslation.objects.create(
        page=page, language="pl", title="Krótkie przerwy", summary="Czas poza domem.", body="Kluby.",
        made_by_person=True,
    )  # fmt: skip
    return page


def test_translated_page_has_its_own_address_with_lang_and_hreflang(client, short_breaks):
    response = client.get("/information/short-breaks/?lang=pl")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="pl" dir="ltr"' in html
    assert '<h1 class="govuk-heading-xl">Krótkie przerwy</h1>' in html and "Kluby." in html
    assert '<link rel="alternate" hreflang="en-GB" href="/information/short-breaks/">' in html
    assert '<link rel="alternate" hreflang="pl" href="/information/short-breaks/?lang=pl">' in html


def test_arabic_page_is_right_to_left(client, short_breaks):
    PageTranslation.objects.create(
        page=short_breaks, language="ar", title="استراحات قصيرة", summary="وقت.", body="نوادي.", made_by_person=True
    )
    html = client.get("/information/short-breaks/?lang=ar").content.decode()
    assert '<html lang="ar" dir="rtl"' in html


def test_chooser_lists_only_languages_that_exist_for_the_page(client, short_breaks):
    html = client.get("/information/short-breaks/").content.decode()
    assert '<html lang="en-GB" class' in html
    assert 'hreflang="pl" href="/information/short-breaks/?lang=pl">Polski (Polish)</a>' in html
    assert "Arabic" not in html
    assert '<link rel="alternate" hreflang="pl"' in html
    other = make_information_page(title="Complaints", slug="complaints")
    assert "Polski" not in client.get(other.get_absolute_url()).content.decode()


def test_a_language_the_page_lacks_is_not_found(client, short_breaks):
    assert client.get("/information/short-breaks/?lang=ar").status_code == 404
    assert client.get("/information/short-breaks/?lang=%00").status_code == 404


def test_translation_must_be_made_by_a_person(admin_client, short_breaks):
    data = {"page": short_breaks.pk, "language": "ar", "title": "T", "summary": "S", "body": "B", "published": "on"}
    response = admin_client.post("/admin/localoffer/pagetranslation/add/", data)
    assert response.status_code == 200
    assert "Only translations made by a person can be published here." in response.content.decode()
    assert not PageTranslation.objects.filter(language="ar").exists()


def test_demo_has_a_polish_and_an_arabic_page_marked_as_demo_translations(client):
    localoffer_demo.load(stdout=io.StringIO(), options={})
    localoffer_demo.load(stdout=io.StringIO(), options={})
    polish = client.get("/information/short-breaks/?lang=pl").content.decode()
    arabic = client.get("/information/complaints-and-disagreements/?lang=ar").content.decode()
    assert "Demo translation" in polish and "Demo translation" in arabic
    assert 'dir="rtl"' in arabic


def test_a_kept_translated_page_reads_only_its_versions_and_an_edit_shows_at_once(
    client, short_breaks, django_assert_max_num_queries
):
    client.get("/information/short-breaks/?lang=pl")
    with django_assert_max_num_queries(1):  # its two versions, read together from the shared cache
        html = client.get("/information/short-breaks/?lang=pl").content.decode()
    assert "Kluby." in html and '<html lang="pl" dir="ltr"' in html

    translation = PageTranslation.objects.get(page=short_breaks, language="pl")
    translation.body = "Kluby i grupy."
    translation.save()
    PageTranslation.objects.create(
        page=short_breaks, language="ar", title="استراحات قصيرة", summary="وقت.", body="نوادي.", made_by_person=True
    )
    html = client.get("/information/short-breaks/?lang=pl").content.decode()
    assert "Kluby i grupy." in html
    assert 'hreflang="ar" href="/information/short-breaks/?lang=ar"' in html  # the chooser lists the new language
    short_breaks.title = "Short breaks and clubs"
    short_breaks.save()
    assert "Short breaks and clubs" in client.get("/information/short-breaks/?lang=pl").content.decode()  # its crumbs
