"""Make the booklets people asked for: once (for cron), or with --forever as the booklet worker beside the site."""

import signal
import threading

from django.core.management.base import BaseCommand

from services.printed.booklets import booklets_build_pending, booklets_purge_old, booklets_work


class Command(BaseCommand):
    help = (
        "Make queued booklets of the directory (PDF and print view), then stop. With --forever, keep making "
        "them as they are asked for until stopped (SIGTERM or Ctrl-C). Any number may run at once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--forever", action="store_true", help="Keep running as the booklet worker.")
        parser.add_argument("--interval", type=float, default=2.0, help="With --forever, seconds between looks.")

    def handle(self, *args, forever=False, interval=2.0, **options):
        if not forever:
            made, failed = booklets_build_pending()
            purged = booklets_purge_old()
            self.stdout.write(f"Made {made} booklet(s); {failed} failed; {purged} out-of-date booklet(s) deleted.")
            return
        stop = threading.Event()
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, lambda *_: stop.set())
        self.stdout.write(f"Booklet worker started: looking every {interval:g} s.")
        self.stdout.flush()
        made = booklets_work(stop=stop, poll_seconds=interval)
        self.stdout.write(f"Booklet worker stopped after making {made} booklet(s).")
