"""Email each team mailbox the new work of the last day, when STAFF_ALERTS is "digest"; run daily from cron."""

from django.core.management.base import BaseCommand

from localoffer.core.work_alerts import work_digest_send


class Command(BaseCommand):
    help = "Send each team mailbox one email listing the new work since the last digest. Safe to rerun."

    def handle(self, *args, **options):
        self.stdout.write(f"{work_digest_send()} digest email(s) queued")
