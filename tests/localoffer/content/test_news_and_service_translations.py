"""News items and service summaries in other languages, made by people: lang, hreflang, a chooser of those there are."""

import pytest
from django.core.management import call_command

from localoffer.content.models import NewsTranslation
from services.models import ServiceTranslation
from tests.factories import make_news_item, make_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def news():
    item = make_news_item(title="Holiday clubs open", slug="holiday-clubs", summary="Book now.", body="Clubs open.")
    NewsTranslation.objects.create(
        item=item, language="pl", title="Kluby wakacyjne", summary="Zarezerwuj teraz.", body="Kluby są otwarte.",
        made_by_person=True,
    )  # fmt: skip
    return item


@pytest.fixture
def swim():
    service = make_service("Sensory Swim Sessions", summary="Quiet swimming for disabled children.")
    ServiceTranslation.objects.create(
        service=service, language="ar", summary="سباحة هادئة للأطفال ذوي الإعاقة.", made_by_person=True, demo=True
    )
    return service


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status
    return response.content.decode()


def test_a_translated_news_item_has_its_own_address_with_lang_and_hreflang(client, news):
    html = page(client, "/news/holiday-clubs/?lang=pl")
    assert '<html lang="pl" dir="ltr"' in html
    assert '<h1 class="govuk-heading-xl">Kluby wakacyjne</h1>' in html and "Kluby są otwarte." in html
    assert '<link rel="alternate" hreflang="en-GB" href="/news/holiday-clubs/">' in html
    assert '<link rel="alternate" hreflang="pl" href="/news/holiday-clubs/?lang=pl">' in html
    assert 'hreflang="en-GB" href="/news/holiday-clubs/">English</a>' in html


def test_the_news_chooser_lists_only_languages_that_exist_for_the_item(client, news):
    html = page(client, "/news/holiday-clubs/")
    assert '<html lang="en-GB" class' in html
    assert 'hreflang="pl" href="/news/holiday-clubs/?lang=pl">Polski (Polish)</a>' in html
    assert '<link rel="alternate" hreflang="pl" href="/news/holiday-clubs/?lang=pl">' in html
    assert "Arabic" not in html
    other = make_news_item(title="Another item", slug="another-item")
    assert "Polski" not in page(client, other.get_absolute_url())
    # A translation added later appears at once, and a language the item lacks is not found.
    page(client, "/news/holiday-clubs/?lang=ar", status=404)
    NewsTranslation.objects.create(
        item=news,
        language="ar",
        title="نوادي العطلات",
        summary="احجز الآن.",
        body="النوادي مفتوحة.",
        made_by_person=True,
    )
    assert "العربية (Arabic)</a>" in page(client, "/news/holiday-clubs/")
    assert '<html lang="ar" dir="rtl"' in page(client, "/news/holiday-clubs/?lang=ar")


def test_a_translated_service_summary_comes_first_on_the_service_page(client, swim):
    url = swim.get_absolute_url()
    html = page(client, f"{url}?lang=ar")
    assert '<section class="govuk-inset-text lo-translated-summary" lang="ar" dir="rtl"' in html
    assert html.index("سباحة هادئة للأطفال ذوي الإعاقة.") < html.index("<h1")
    assert "Demo translation" in html
    assert f'<link rel="alternate" hreflang="ar" href="{url}?lang=ar">' in html
    assert f'<link rel="alternate" hreflang="en-GB" href="{url}">' in html
    # The English page offers Arabic and nothing else; another service offers nothing.
    english = page(client, url)
    assert f'hreflang="ar" href="{url}?lang=ar">العربية (Arabic)</a>' in english and "سباحة" not in english
    assert "Polski" not in english
    assert "(Arabic)" not in page(client, make_service("Plain Service").get_absolute_url())
    page(client, f"{url}?lang=pl", status=404)


def test_a_service_translation_edited_by_staff_shows_at_once(client, swim):
    url = swim.get_absolute_url()
    assert "سباحة" in page(client, f"{url}?lang=ar")
    translation = ServiceTranslation.objects.get(service=swim)
    translation.summary = "ملخص جديد."
    translation.save()
    assert "ملخص جديد." in page(client, f"{url}?lang=ar")
    translation.published = False
    translation.save()
    page(client, f"{url}?lang=ar", status=404)


def test_translations_must_be_made_by_a_person(admin_client, news, swim):
    data = {"item": news.pk, "language": "ar", "title": "T", "summary": "S", "body": "B", "published": "on"}
    response = admin_client.post("/admin/localoffer/newstranslation/add/", data)
    assert "Only translations made by a person can be published here." in response.content.decode()
    data = {"service": swim.pk, "language": "pl", "summary": "Pływanie.", "published": "on"}
    response = admin_client.post("/admin/services/servicetranslation/add/", data)
    assert "Only translations made by a person can be published here." in response.content.decode()
    data["made_by_person"] = "on"
    assert admin_client.post("/admin/services/servicetranslation/add/", data).status_code == 302
    assert "Pływanie." in page(admin_client, f"{swim.get_absolute_url()}?lang=pl")


def test_the_demo_has_a_news_item_and_a_service_summary_translated_marked_demo(client):
    call_command("seed_demo", verbosity=0)
    news = NewsTranslation.objects.get()
    service = ServiceTranslation.objects.get()
    assert news.demo and service.demo and news.made_by_person and service.made_by_person
    assert "Demo translation" in page(client, news.get_absolute_url())
    html = page(client, service.get_absolute_url())
    assert "Demo translation" in html and 'dir="rtl"' in html
