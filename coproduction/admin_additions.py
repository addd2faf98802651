"""What co-production adds to other apps' admin pages: a service's problem reports on its page."""

from coproduction.admin.feedback import ListingReportInline

INLINES = {"services.Service": [ListingReportInline]}
