"""Issue a staff member the single-use link they need to set up their authenticator app."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from localoffer.staff.sign_in import has_second_factor, setup_link_issue


class Command(BaseCommand):
    help = (
        "Email a staff account a link to set up its authenticator app (works once, for STAFF_SETUP_LINK_HOURS) "
        "and print it. Any earlier set-up link stops working."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        try:
            user = get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as error:
            raise CommandError(f"No account called {username!r}.") from error
        if not user.is_staff:
            raise CommandError(f"{username!r} is not a staff account.")
        if has_second_factor(user):
            raise CommandError(f"{username!r} already has an authenticator app; use staff_2fa_reset to replace it.")
        link = setup_link_issue(user=user)
        emailed = f" (emailed to {user.email})" if user.email else ""
        self.stdout.write(
            f"Set-up link for {username}, working once, for {settings.STAFF_SETUP_LINK_HOURS} hours{emailed}:\n{link}"
        )
