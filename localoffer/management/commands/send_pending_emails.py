"""Send the emails that are waiting or failed before; run from cron every few minutes."""

from django.core.management.base import BaseCommand

from localoffer.mail import emails_send_pending


class Command(BaseCommand):
    help = "Send queued emails whose next attempt is due (safe to run on any server, and twice)."

    def handle(self, *args, **options):
        sent, failed = emails_send_pending()
        self.stdout.write(f"Sent {sent} email(s); {failed} failed and will be retried.")
