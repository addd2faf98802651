"""App config for co-production and feedback."""

from django.apps import AppConfig


class CoproductionConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "coproduction"
    verbose_name = "Co-production and feedback"

    def ready(self):
        """Hear when a provider's change is approved, to close the problem reports it fixes."""
        from coproduction import listing_reports
        from services.signals import listing_change_approved

        listing_change_approved.connect(
            listing_reports.listing_change_approved, dispatch_uid="coproduction-listing-change-approved"
        )
