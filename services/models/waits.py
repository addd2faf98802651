"""How long families wait for a service, what helps meanwhile, and the steps to get it.

A service may state several waits (an autism assessment and speech therapy wait separately), each
with the date it was last updated and by whom. `WaitDay` keeps each wait as it stood on each day,
so that the dashboard and the annual report can show waits over time.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

DAYS_PER = {"weeks": 7, "months": 30}


class Wait(models.Model):
    """One wait a service states: the typical time from referral (or first contact) to first appointment."""

    class Unit(models.TextChoices):
        WEEKS = "weeks", "Weeks"
        MONTHS = "months", "Months"
        NONE = "none", "No waiting list"

    class UpdatedBy(models.TextChoices):
        TEAM = "team", "The SEND Local Offer team"
        PROVIDER = "provider", "The service"

    service = models.ForeignKey("services.Service", on_delete=models.CASCADE, related_name="waits")
    label = models.CharField(
        max_length=120,
        blank=True,
        help_text="What the wait is for, when the service has more than one (for example: autism assessment).",
    )
    amount = models.PositiveSmallIntegerField(
        "typical wait", null=True, blank=True, help_text="A whole number of weeks or months. Empty for no waiting list."
    )
    unit = models.CharField(max_length=10, choices=Unit, default=Unit.WEEKS)
    updated_on = models.DateField("last updated", default=timezone.localdate)
    updated_by = models.CharField(max_length=10, choices=UpdatedBy, default=UpdatedBy.TEAM)
    note = models.CharField(max_length=300, blank=True, help_text="For example: urgent cases are seen sooner.")
    order = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(unit="none") & Q(amount__isnull=True))
                | (~Q(unit="none") & Q(amount__isnull=False) & Q(amount__gt=0)),
                name="wait_amount_matches_unit",
                violation_error_message="Enter the typical wait as a number of weeks or months, "
                "or choose no waiting list (and leave the number empty).",
            )
        ]

    def __str__(self):
        text = f"{self.label}: {self.text}" if self.label else self.text.capitalize()
        return text

    @property
    def days(self):
        """The wait in days, roughly (a month counts as 30), for sorting and filtering; 0 for no waiting list."""
        if self.unit == self.Unit.NONE:
            return 0
        return (self.amount or 0) * DAYS_PER[self.unit]

    @property
    def text(self):
        """The wait in words: "about 18 months", "about 1 week" or "no waiting list"."""
        if self.unit == self.Unit.NONE:
            return "no waiting list"
        unit = self.unit[:-1] if self.amount == 1 else self.unit
        return f"about {self.amount} {unit}"

    def is_stale(self, *, today=None):
        """True when the wait was last updated longer ago than WAIT_STALE_MONTHS."""
        from services.waits import wait_stale_before

        return self.updated_on < wait_stale_before(today=today or timezone.localdate())


class WaitDay(models.Model):
    """A wait as it stood on one day, kept by the daily `record_waits` command."""

    day = models.DateField(db_index=True)
    service = models.ForeignKey("services.Service", on_delete=models.CASCADE, related_name="wait_days")
    label = models.CharField(max_length=120, blank=True)
    days = models.PositiveIntegerField(help_text="The typical wait in days (0: no waiting list).")
    text = models.CharField(max_length=60)

    class Meta:
        ordering = ["day", "service", "label"]
        constraints = [
            models.UniqueConstraint(fields=["day", "service", "label"], name="one_wait_record_per_day_and_label")
        ]
        verbose_name = "wait on a day"
        verbose_name_plural = "waits by day"

    def __str__(self):
        return f"{self.service_id} {self.label or 'wait'} on {self.day}: {self.text}"


class WaitChange(models.Model):
    """A provider's change to a service's waits: published at once, or held for approval for some organisations."""

    class Status(models.TextChoices):
        PUBLISHED = "published", "Published"
        WAITING = "waiting", "Waiting for approval"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Not approved"

    service = models.ForeignKey("services.Service", on_delete=models.CASCADE, related_name="wait_changes")
    before = models.JSONField(default=list, blank=True)
    proposed = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=Status, db_index=True)
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    proposed_by_name = models.CharField(max_length=150)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    decided_by_name = models.CharField(max_length=150, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "provider's wait change"

    def __str__(self):
        return f"Waits for {self.service} by {self.proposed_by_name} ({self.get_status_display().lower()})"

    @staticmethod
    def describe(rows):
        """Rows of a change in words, one line each."""
        lines = []
        for row in rows:
            wait = Wait(label=row.get("label", ""), amount=row.get("amount"), unit=row.get("unit", "weeks"))
            lines.append(f"{wait}{' (' + row['note'] + ')' if row.get('note') else ''}")
        return lines or ["No wait stated"]

    @property
    def before_text(self):
        return self.describe(self.before)

    @property
    def proposed_text(self):
        return self.describe(self.proposed)


class AccessStep(models.Model):
    """One step of "how to get it", in order: who refers, what to prepare, what happens after, how long it takes."""

    service = models.ForeignKey("services.Service", on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(
        max_length=200, help_text="For example: ask your GP, school or health visitor to refer you."
    )
    detail = models.TextField(blank=True, help_text="What to prepare, or what happens at this step.")
    how_long = models.CharField(max_length=100, blank=True, help_text="For example: usually 2 weeks.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "step to get it"
        verbose_name_plural = "steps to get it"

    def __str__(self):
        return self.title
