"""App configs for the staff side: the app itself, and the admin site that requires a second factor."""

from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class StaffConfig(AppConfig):
    default = True
    name = "localoffer.staff"
    label = "localoffer_staff"
    verbose_name = "Staff"


class StaffAdminConfig(admin_apps.AdminConfig):
    """Makes the staff admin site, which requires a second factor, the default `admin.site`."""

    default = False
    default_site = "localoffer.staff.admin_site.StaffAdminSite"
