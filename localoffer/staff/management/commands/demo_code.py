"""Print the demo staff accounts and the current authenticator code of each, for signing in locally."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import TOTP

from localoffer.staff.demo import DEMO_PASSWORD, DEMO_STAFF, demo_staff_device


def totp_now(device):
    """The code the account's authenticator app would show now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


class Command(BaseCommand):
    help = "Show the demo staff accounts and their current sign-in codes (only with DEBUG on)."

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?", help="One demo account; all of them when left out.")

    def handle(self, *args, username=None, **options):
        if not settings.DEBUG:
            raise CommandError("demo_code works only with DEBUG on: a live site has no demo accounts.")
        names = [username] if username else [name for name, _, _ in DEMO_STAFF]
        roles = {name: role or "System owner (superuser)" for name, _, role in DEMO_STAFF}
        for name in names:
            device = demo_staff_device(name)
            if device is None:
                raise CommandError(f"No demo account called {name!r}: run `manage.py seed_demo` with DEBUG on.")
            code = totp_now(device)
            self.stdout.write(f"{name:<20} {roles[name]:<26} code now: {code}")
        if not username:
            self.stdout.write(
                f"Password for each: {DEMO_PASSWORD}. A code lasts 30 seconds: "
                "`manage.py demo_code USERNAME` prints a fresh one."
            )
