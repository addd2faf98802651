"""Keep every visible service's waits as they stand today, for the dashboard and the annual report; run daily."""

from django.core.management.base import BaseCommand

from services.waits import waits_record_day


class Command(BaseCommand):
    help = "Record today's waiting times of every visible service (safe to run twice: the day's record is replaced)."

    def handle(self, *args, **options):
        recorded = waits_record_day()
        self.stdout.write(f"Recorded {recorded} wait(s) for today.")
