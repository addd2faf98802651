"""Load the demo data: clearly fictional services, pages and news for trying the site. Idempotent.

Each app that has demo data has a `demo` module (or package) with `load(stdout=..., options=...)`;
they are loaded in INSTALLED_APPS order, each in its own transaction.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from localoffer.core.discovery import app_modules


def demo_loaders():
    """Every installed app's `demo.load`, in INSTALLED_APPS order."""
    return [module.load for module in app_modules("demo") if hasattr(module, "load")]


class Command(BaseCommand):
    help = "Load the demo data (safe to run again: it updates rather than duplicates)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--services", type=int, default=0, help="Also make this many synthetic services, for benchmarks."
        )

    def handle(self, *args, **options):
        for load in demo_loaders():
            with transaction.atomic():
                load(stdout=self.stdout, options=options)
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
