"""Staff screens for co-production and feedback, one module per part. Personal fields appear only for roles
that may see them. Importing the modules registers their admin classes."""

from coproduction.admin import base, events, feedback, panels, pledges  # noqa: F401
