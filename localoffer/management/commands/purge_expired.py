"""Delete personal data that is past its retention period; run from cron once a day."""

from django.core.management.base import BaseCommand
from django.db import transaction

from coproduction.events import bookings_purge
from coproduction.feedback import feedback_purge_contact
from coproduction.panels import volunteers_purge
from coproduction.pledges import pledges_purge_unconfirmed
from localoffer.mail import emails_purge_sent
from services.providers.accounts import providers_deactivate_unused
from services.search.report import search_records_purge

# (what, function): each takes `now` and returns how many records it deleted or erased.
PURGES = [
    ("unconfirmed pledges deleted", pledges_purge_unconfirmed),
    ("interview panel volunteers deleted", volunteers_purge),
    ("event bookings deleted", bookings_purge),
    ("feedback contact details erased", feedback_purge_contact),
    ("sent emails deleted", emails_purge_sent),
    ("daily search counts deleted", search_records_purge),
    ("provider accounts unused for the retention period closed", providers_deactivate_unused),
]


class Command(BaseCommand):
    help = "Delete or erase personal data past its retention period (PERSONAL_DATA_RETENTION_DAYS). Safe to rerun."

    def handle(self, *args, **options):
        for what, purge in PURGES:
            with transaction.atomic():
                count = purge()
            self.stdout.write(f"{count} {what}")
