"""Sitemaps of the content pages; `localoffer/urls.py` puts every app's sitemaps together at /sitemap.xml."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from localoffer.content.information import public_pages
from localoffer.content.models import NewsItem, NewsTranslation, PageTranslation


class SiteSitemap(Sitemap):
    """Addresses under SITE_URL, whatever host the request came in on."""

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or "https"


class StaticPageSitemap(SiteSitemap):
    """The fixed pages: home, the A to Z, the lists and the statutory notices."""

    changefreq = "monthly"
    NAMES = ["home", "information", "glossary", "news", "accessibility", "privacy", "cookies", "contact"]

    def items(self):
        return self.NAMES

    def location(self, item):
        return reverse(item)


class InformationPageSitemap(SiteSitemap):
    changefreq = "monthly"

    def items(self):
        return public_pages().order_by("path")

    def lastmod(self, page):
        return page.updated_at


class NewsSitemap(SiteSitemap):
    changefreq = "yearly"

    def items(self):
        return NewsItem.objects.public().order_by("-published_on", "pk")

    def lastmod(self, item):
        return item.updated_at


class TranslatedPageSitemap(SiteSitemap):
    """Each information page and news item in the other languages people have made for it (`?lang=`)."""

    changefreq = "monthly"

    def items(self):
        shown = {"published": True, "made_by_person": True}
        pages = PageTranslation.objects.filter(**shown, page__in=public_pages()).select_related("page")
        news = NewsTranslation.objects.filter(**shown, item__in=NewsItem.objects.public()).select_related("item")
        return [
            *pages.order_by("page__path", "language"),
            *news.order_by("-item__published_on", "item__pk", "language"),
        ]

    def location(self, translation):
        return translation.get_absolute_url()

    def lastmod(self, translation):
        return translation.updated_at
