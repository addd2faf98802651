"""What one app adds to another app's admin page, without either importing the other's admin.

An app lists its additions in `INLINES` in its own `admin_additions.py`, keyed by the model label
of the page they go on: `INLINES = {"services.Service": [ListingReportInline]}`. A ModelAdmin that
takes additions mixes in `AdminAdditionsMixin`; the inlines are looked up on each request, so the
order apps are installed or imported in does not matter.
"""

from localoffer.core.discovery import app_modules


def inlines_added_to(model):
    """The inline classes other apps add to `model`'s admin page, in INSTALLED_APPS order."""
    return [
        inline
        for module in app_modules("admin_additions")
        for inline in getattr(module, "INLINES", {}).get(model._meta.label, ())
    ]


class AdminAdditionsMixin:
    """Shows the inlines that other apps add to this model's page after this admin's own."""

    def get_inlines(self, request, obj):
        return [*super().get_inlines(request, obj), *inlines_added_to(self.model)]
