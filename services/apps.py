"""App config for the SEND service directory."""

from django.apps import AppConfig


class ServicesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "services"
    verbose_name = "Service directory"

    def ready(self):
        from services import listing_signals, signals

        # A listing's own version moves on before the directory's, so that a server which sees the directory's
        # new version (and keeps what it reads under it) sees the listing's new version too, even for a save
        # made outside a transaction.
        listing_signals.connect()
        signals.connect()
