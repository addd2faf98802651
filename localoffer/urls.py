"""Root URLconf: the site-wide pages here, each app's pages under its own prefix."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from localoffer import views as home_views
from localoffer.content import views
from localoffer.content.feeds import NewsFeed
from localoffer.content.sitemaps import InformationPageSitemap, NewsSitemap, StaticPageSitemap, TranslatedPageSitemap
from localoffer.core import views as core_views
from services import api
from services.sitemaps import ServiceSitemap, TranslatedServiceSitemap

handler404 = "localoffer.core.views.page_not_found"
handler500 = "localoffer.core.views.server_error"

# /sitemap.xml: one entry per kind of page.
SITEMAPS = {
    "static": StaticPageSitemap,
    "services": ServiceSitemap,
    "pages": InformationPageSitemap,
    "news": NewsSitemap,
    "translated-pages": TranslatedPageSitemap,
    "translated-services": TranslatedServiceSitemap,
}

urlpatterns = [
    path("", home_views.home, name="home"),
    path("healthz", core_views.healthz, name="healthz"),
    path("accessibility/", views.notice, {"template": "accessibility"}, name="accessibility"),
    path("privacy/", views.privacy, name="privacy"),
    path("cookies/", views.notice, {"template": "cookies"}, name="cookies"),
    path("contact/", views.notice, {"template": "contact"}, name="contact"),
    path("information/", views.information_index, name="information"),
    path("information/<path:path>/easy-read/", views.information_easy_read, name="information_easy_read"),
    path("easy-read/choice/", views.easy_read_choice, name="easy_read_choice"),
    path("information/<path:path>/", views.information_page, name="information_page"),
    path("glossary/", views.glossary, name="glossary"),
    path("news/", views.news_list, name="news"),
    path("news/feed/", NewsFeed(), name="news_feed"),
    path("news/<slug:slug>/", views.news_item, name="news_item"),
    path("search/", views.search, name="search"),
    path("alerts/", include("localoffer.core.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("open-data/", api.open_data, name="open_data"),
    path("api/oruk/", include("services.api_urls")),
    path(settings.ADMIN_URL, admin.site.urls),
    path("provider/", include("services.providers.urls")),
    path("print-the-directory/", include("services.printed.urls")),
    path("", include("services.urls")),
    path("", include("coproduction.urls")),
    # Staff's uploaded pictures: served by nginx in production, by Django only while DEBUG.
    *static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT),
]
