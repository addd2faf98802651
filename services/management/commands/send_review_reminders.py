"""Email each organisation a list of its listings due for review; run from cron once a day."""

from django.core.management.base import BaseCommand

from services.reviews import REMINDER_EVERY_DAYS, review_reminders_send


class Command(BaseCommand):
    help = (
        "Remind organisations of listings overdue or due for review soon "
        f"(at most once every {REMINDER_EVERY_DAYS} days each; safe to run daily and twice at once)."
    )

    def handle(self, *args, **options):
        sent, without_email = review_reminders_send()
        self.stdout.write(f"Sent {sent} review reminder(s).")
        if without_email:
            self.stdout.write(
                f"{without_email} organisation(s) with listings due have no email address; add one in the admin."
            )
