"""Render and keep every service page and open data record not kept as it is now: after a deploy, and each
night (for cron)."""

import time

from django.core.management.base import BaseCommand

from services.api import records_keep_all
from services.service_page import pages_keep_all


class Command(BaseCommand):
    help = (
        "Render and keep in the database every visible service's page, and every open data record, that is not "
        "kept as it is now (after a deploy, a glossary change, or a day that changes what a page says), so a "
        "family's first visit to a page reads it rather than waiting for it. Run after each deploy and once a "
        "night; pages and records are also kept as they are asked for and as listings are edited."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        rendered, current, forgotten = pages_keep_all()
        self.stdout.write(
            f"Kept {rendered} service page(s) rendered now; {current} already current; "
            f"{forgotten} of services no longer shown forgotten ({time.monotonic() - started:.1f} s)."
        )
        started = time.monotonic()
        made, current, forgotten = records_keep_all()
        self.stdout.write(
            f"Kept {made} open data record(s) made now; {current} already current; "
            f"{forgotten} of drafts or deleted services forgotten ({time.monotonic() - started:.1f} s)."
        )
