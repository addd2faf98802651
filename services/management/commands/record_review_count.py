"""Keep today's count of listings overdue for review, for the Local Offer report; run once a day from cron."""

from django.core.management.base import BaseCommand

from services.reviews import review_count_record


class Command(BaseCommand):
    help = "Record how many listings are under review today and how many are overdue. Safe to rerun."

    def handle(self, *args, **options):
        count = review_count_record()
        self.stdout.write(f"{count.day}: {count.overdue} of {count.listings} listing(s) overdue for review")
