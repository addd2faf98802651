"""Root URLconf: the site-wide pages here, each app's pages under its own prefix."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from localoffer import views
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
    path("open-data/", api.open_data, name="open_data"),
    path("api/oruk/", include("services.api_urls")),
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("services.urls")),
    path("", include("coproduction.urls")),
]
