"""App config for the site-wide pieces: pages, glossary, news, email outbox."""

from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class LocalOfferConfig(AppConfig):
    default = True
    default_auto_field = "django.db.models.BigAutoField"
    name = "localoffer"
    verbose_name = "Site"

    def ready(self):
        from localoffer import (
            glossary,  # noqa: F401  (connects the signals that refresh the glossary)
            information,  # noqa: F401  (and those that renew kept information pages)
        )


class StaffAdminConfig(admin_apps.AdminConfig):
    """Makes the staff admin site, which requires a second factor, the default `admin.site`."""

    default = False
    default_site = "localoffer.admin_site.StaffAdminSite"
