"""A record of each reminder an organisation was sent about listings due for review."""

from django.db import models
from django.utils import timezone


class ReviewReminder(models.Model):
    """One email asking an organisation to review its listings; at most one a week per organisation."""

    organisation = models.ForeignKey("services.Organisation", on_delete=models.CASCADE, related_name="reminders")
    sent_at = models.DateTimeField(default=timezone.now)
    to = models.EmailField()
    services = models.ManyToManyField("services.Service", related_name="review_reminders")
    email = models.ForeignKey(
        "localoffer.OutboundEmail", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-sent_at"]
        indexes = [models.Index(fields=["organisation", "-sent_at"], name="reminder_organisation_sent")]
        verbose_name = "review reminder"

    def __str__(self):
        return f"Review reminder to {self.organisation} on {timezone.localtime(self.sent_at):%d %B %Y}"


class ReviewCount(models.Model):
    """How many listings were kept under review on a day and how many of them were overdue.

    Written once a day by `record_review_count`, so that the Local Offer report can say how many
    listings were overdue each month: the listings themselves keep only their current due date.
    """

    day = models.DateField(unique=True)
    listings = models.PositiveIntegerField(help_text="Listings not archived, which must be kept up to date.")
    overdue = models.PositiveIntegerField(help_text="Of those, how many had passed their review date.")
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-day"]
        verbose_name = "daily count of listings overdue for review"
        verbose_name_plural = "daily counts of listings overdue for review"

    def __str__(self):
        return f"{self.day}: {self.overdue} of {self.listings} overdue"
