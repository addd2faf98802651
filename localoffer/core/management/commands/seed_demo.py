"""Load the demo data: clearly fictional services, pages and news for trying the site. Idempotent.

Each app that has demo data has a `demo` module (or package) with `load(stdout=..., options=...)`
and `loaded()` (true once its demo is in the database); they are loaded in INSTALLED_APPS order,
each in its own transaction. With `--if-empty` nothing is loaded once any app's demo is there, so
`make run` never puts back a listing that someone has since changed.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from localoffer.core.discovery import app_modules


def demo_loaders():
    """Every installed app's `demo.load`, in INSTALLED_APPS order."""
    return [module.load for module in app_modules("demo") if hasattr(module, "load")]


def demo_loaded():
    """True when any installed app's demo data is already in the database."""
    return any(module.loaded() for module in app_modules("demo") if hasattr(module, "loaded"))


class Command(BaseCommand):
    help = "Load the demo data (safe to run again: it updates rather than duplicates)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Load nothing when the demo data is already there (keeps what was changed since).",
        )
        parser.add_argument(
            "--services", type=int, default=0, help="Also make this many synthetic services, for benchmarks."
        )

    def handle(self, *args, **options):
        if options["if_empty"] and demo_loaded():
            self.stdout.write("Demo data already loaded: left as it is (`make reset` starts again).")
            return
        for load in demo_loaders():
            with transaction.atomic():
                load(stdout=self.stdout, options=options)
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
