"""Parents, carers and young people who volunteer to sit on interview panels for new staff."""

from django.db import models
from django.urls import reverse


class PanelVolunteer(models.Model):
    """Someone who has offered to join interview panels; staff move them through the statuses."""

    class Who(models.TextChoices):
        PARENT_CARER = "parent-carer", "Parent or carer of a child or young person with SEND"
        YOUNG_PERSON = "young-person", "Young person with SEND (16 to 25)"

    class AgeGroup(models.TextChoices):
        UNDER_5 = "0-4", "Under 5"
        FROM_5 = "5-10", "5 to 10"
        FROM_11 = "11-15", "11 to 15"
        FROM_16 = "16-19", "16 to 19"
        FROM_20 = "20-25", "20 to 25"

    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        TRAINED = "trained", "Trained"
        ACTIVE = "active", "Active"
        WITHDRAWN = "withdrawn", "Withdrawn"

    AVAILABILITY = [
        ("weekday-mornings", "Weekday mornings"),
        ("weekday-afternoons", "Weekday afternoons"),
        ("school-hours", "During school hours only"),
        ("evenings", "Evenings"),
        ("online", "Online panels"),
    ]

    name = models.CharField(max_length=100)
    email = models.EmailField()
    phone = models.CharField(max_length=30, blank=True)
    who = models.CharField("who they are", max_length=20, choices=Who.choices)
    age_group = models.CharField(max_length=5, choices=AgeGroup.choices)
    availability = models.JSONField(default=list, blank=True)
    availability_notes = models.CharField(max_length=500, blank=True)
    access_needs = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    staff_notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_contacted_at = models.DateTimeField(
        null=True, blank=True, help_text="Set this when you contact them; it starts the retention period again."
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "interview panel volunteer"
        permissions = [("view_panelvolunteer_personal_data", "Can see volunteers' names and contact details")]

    def __str__(self):
        return f"Volunteer {self.pk} ({self.get_status_display().lower()})"

    def get_absolute_url(self):
        return reverse("coproduction:panels")

    @property
    def availability_display(self):
        labels = dict(self.AVAILABILITY)
        return ", ".join(labels.get(value, value) for value in self.availability)
