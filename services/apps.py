"""App config for the SEND service directory."""

from django.apps import AppConfig


class ServicesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "services"
    verbose_name = "Service directory"

    def ready(self):
        from services import listing_signals, signals

        signals.connect()
        listing_signals.connect()
