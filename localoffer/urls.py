"""Root URLconf: the site-wide pages here, each app's pages under its own prefix."""

from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from localoffer import views
from localoffer.feeds import NewsFeed
from localoffer.sitemaps import SITEMAPS
from services import api

handler404 = "localoffer.views.page_not_found"
handler500 = "localoffer.views.server_error"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("accessibility/", views.notice, {"template": "accessibility"}, name="accessibility"),
    path("privacy/", views.privacy, name="privacy"),
    path("cookies/", views.notice, {"template": "cookies"}, name="cookies"),
    path("contact/", views.notice, {"template": "contact"}, name="contact"),
    path("information/", views.information_index, name="information"),
    path("information/<path:path>/", views.information_page, name="information_page"),
    path("glossary/", views.glossary, name="glossary"),
    path("news/", views.news_list, name="news"),
    path("news/feed/", NewsFeed(), name="news_feed"),
    path("news/<slug:slug>/", views.news_item, name="news_item"),
    path("search/", views.search, name="search"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("open-data/", api.open_data, name="open_data"),
    path("api/oruk/", include("services.api_urls")),
    path(settings.ADMIN_URL, admin.site.urls),
    path("provider/", include("services.providers.urls")),
    path("", include("services.urls")),
    path("", include("coproduction.urls")),
]
