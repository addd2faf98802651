"""App configs for the staff side: the app itself, and the admin site that requires a second factor."""

from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate


class StaffConfig(AppConfig):
    default = True
    name = "localoffer.staff"
    label = "localoffer_staff"
    verbose_name = "Staff"

    def ready(self):
        from localoffer.staff.roles import roles_sync_after_migrate

        post_migrate.connect(roles_sync_after_migrate, sender=self, dispatch_uid="localoffer_staff_roles_sync")


class StaffAdminConfig(admin_apps.AdminConfig):
    """Makes the staff admin site, which requires a second factor, the default `admin.site`."""

    default = False
    default_site = "localoffer.staff.admin_site.StaffAdminSite"
