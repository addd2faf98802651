"""Delete personal data that is past its retention period; run from cron once a day."""

from django.core.management.base import BaseCommand
from django.db import transaction

from localoffer.core.retention import retention_rules


class Command(BaseCommand):
    help = "Delete or erase personal data past its retention period (PERSONAL_DATA_RETENTION_DAYS). Safe to rerun."

    def handle(self, *args, **options):
        for rule in retention_rules():
            if rule.purge is None:
                continue
            with transaction.atomic():
                count = rule.purge()
            self.stdout.write(f"{count} {rule.purged}")
