"""Queue the email alerts that are due (weekly or monthly digests); run from cron once a day."""

from django.core.management.base import BaseCommand

from localoffer.core.alerts import alerts_send


class Command(BaseCommand):
    help = "Queue digests for every confirmed alert whose week or month is up (safe to run daily, and twice)."

    def handle(self, *args, **options):
        looked, queued = alerts_send()
        self.stdout.write(f"Looked at {looked} alert(s); queued {queued} email(s).")
