"""Demo data for the localoffer app, loaded by `manage.py seed_demo`. Idempotent: safe to run again."""


def load(*, stdout, options):
    """Create or update this app's demo records; report what was done on stdout."""
