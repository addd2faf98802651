"""Keep every service description's HTML up to date: after the migration that began keeping it, or a new conversion."""

from django.core.management.base import BaseCommand

from services.descriptions import descriptions_convert


class Command(BaseCommand):
    help = (
        "Convert the markdown of every service description whose kept HTML is missing or was made by an older "
        "conversion, so its page need not. Pages are right without it, only slower to make; safe to run twice."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Converted {descriptions_convert()} description(s).")
