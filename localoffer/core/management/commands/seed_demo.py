"""Load the demo data: clearly fictional services, pages and news for trying the site. Idempotent."""

from django.core.management.base import BaseCommand
from django.db import transaction

from coproduction import demo as coproduction_demo
from localoffer.content import demo as localoffer_demo
from services import demo as services_demo

LOADERS = [localoffer_demo.load, services_demo.load, coproduction_demo.load]


class Command(BaseCommand):
    help = "Load the demo data (safe to run again: it updates rather than duplicates)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--services", type=int, default=0, help="Also make this many synthetic services, for benchmarks."
        )

    def handle(self, *args, **options):
        for load in LOADERS:
            with transaction.atomic():
                load(stdout=self.stdout, options=options)
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
