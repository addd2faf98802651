"""App config for the SEND service directory."""

from django.apps import AppConfig


class ServicesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "services"
    verbose_name = "Service directory"

    def ready(self):
        from services import listing_signals, signals

        # The directory's version first, then the listings': every change to the directory takes the one version
        # row before anything else it locks, so two transactions changing it wait for each other, never deadlock.
        signals.connect()
        listing_signals.connect()
