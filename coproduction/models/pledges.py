"""The co-production pledge and its staff-editable levels."""

from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse

from coproduction.models.choices import WhoYouAre


class PledgeLevel(models.Model):
    """A level of co-production someone can pledge to (individual, service, strategic)."""

    name = models.CharField(max_length=100)
    slug = models.SlugField(unique=True)
    summary = models.CharField(max_length=300, help_text="One line, shown beside the checkbox.")
    description = models.TextField(blank=True, help_text="What this level means. Markdown.")
    order = models.PositiveSmallIntegerField(default=0)
    active = models.BooleanField(default=True, help_text="Inactive levels cannot be chosen but keep their counts.")

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class Pledge(models.Model):
    """One person's or organisation's pledge; personal details are erased when it is withdrawn."""

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", "Waiting for confirmation"
        CONFIRMED = "confirmed", "Confirmed"
        WITHDRAWN = "withdrawn", "Withdrawn"

    name = models.CharField(max_length=100, blank=True)
    email = models.EmailField(blank=True)
    who = models.CharField("who they are", max_length=20, choices=WhoYouAre.choices)
    organisation = models.CharField(max_length=150, blank=True)
    postcode_area = models.CharField(max_length=8, blank=True)
    levels = models.ManyToManyField(PledgeLevel, related_name="pledges")
    show_on_wall = models.BooleanField("show first name and role publicly", default=False)
    consent_to_contact = models.BooleanField(default=False)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.UNCONFIRMED)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    last_emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "confirmed_at"])]
        constraints = [
            models.UniqueConstraint(
                Lower("email"), condition=~models.Q(status="withdrawn"), name="pledge_one_active_per_email"
            ),
            models.CheckConstraint(
                condition=~models.Q(status="withdrawn") | (models.Q(name="") & models.Q(email="")),
                name="pledge_withdrawn_has_no_personal_details",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="confirmed") | models.Q(confirmed_at__isnull=False),
                name="pledge_confirmed_has_date",
            ),
        ]
        permissions = [("view_pledge_personal_data", "Can see pledge names and contact details")]

    def __str__(self):
        return f"Pledge {self.pk} ({self.get_status_display().lower()})"

    def get_absolute_url(self):
        return reverse("coproduction:pledge-wall")

    @property
    def first_name(self):
        return self.name.split()[0] if self.name.strip() else ""
