"""What co-production shows in the provider area: open problem reports about a provider's listings."""

from coproduction.listing_reports import open_reports_for_providers

OPEN_REPORT_SOURCES = [open_reports_for_providers]
