"""Send the queued emails: once (for cron), or with --forever as the mail worker that runs beside the site."""

import signal
import threading

from django.core.management.base import BaseCommand

from localoffer.core.mail import emails_send_pending, emails_work


class Command(BaseCommand):
    help = (
        "Send queued emails whose next attempt is due, then stop. With --forever, keep sending them as they "
        "arrive until stopped (SIGTERM or Ctrl-C): the mail worker. Any number may run at once, on any server."
    )

    def add_arguments(self, parser):
        parser.add_argument("--forever", action="store_true", help="Keep running as the mail worker.")
        parser.add_argument(
            "--interval",
            type=float,
            default=2.0,
            help="With --forever, seconds between looks at the outbox when it is empty (default 2).",
        )

    def handle(self, *args, forever=False, interval=2.0, **options):
        if not forever:
            sent, failed = emails_send_pending()
            self.stdout.write(f"Sent {sent} email(s); {failed} failed and will be retried.")
            return
        stop = threading.Event()
        # Stop between two emails, never in the middle of one: an interrupted send could go twice.
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, lambda *_: stop.set())
        self.stdout.write(f"Mail worker started: sending queued emails, looking every {interval:g} s.")
        self.stdout.flush()
        sent = emails_work(stop=stop, poll_seconds=interval)
        self.stdout.write(f"Mail worker stopped after sending {sent} email(s).")
