"""Remove a staff member's second factor (lost phone and recovery codes); they set it up again with
the set-up link this emails them."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from localoffer.staff.sign_in import second_factor_reset


class Command(BaseCommand):
    help = "Remove a staff account's authenticator and recovery codes so that it sets them up again at next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        try:
            user = get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as error:
            raise CommandError(f"No account called {username!r}.") from error
        link = second_factor_reset(user=user)
        self.stdout.write(
            f"{username} sets up a new authenticator app with this link, which works once, "
            f"for {settings.STAFF_SETUP_LINK_HOURS} hours{' (emailed to them too)' if user.email else ''}:\n{link}"
        )
