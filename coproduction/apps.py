"""App config for co-production and feedback."""

from django.apps import AppConfig


class CoproductionConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "coproduction"
    verbose_name = "Co-production and feedback"

    def ready(self):
        """Show listing problem reports to the listing's providers, and hear when a provider's change is approved."""
        from coproduction import listing_reports
        from services.providers.reports import reports_source_register
        from services.signals import listing_change_approved

        reports_source_register(listing_reports.open_reports_for_providers)
        listing_change_approved.connect(
            listing_reports.listing_change_approved, dispatch_uid="coproduction-listing-change-approved"
        )
