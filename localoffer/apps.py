"""App config for the site-wide pieces: pages, glossary, news, email outbox."""

from django.apps import AppConfig


class LocalOfferConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "localoffer"
    verbose_name = "Site"

    def ready(self):
        from localoffer import glossary  # noqa: F401  (connects the signals that refresh the glossary)
