"""App config for co-production and feedback."""

from django.apps import AppConfig


class CoproductionConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "coproduction"
    verbose_name = "Co-production and feedback"
