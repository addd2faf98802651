"""Printed directories: booklets made by the worker from a part of the directory, and requests for a paper copy."""

import uuid

from django.db import models
from django.urls import reverse


class Booklet(models.Model):
    """A booklet of one part of the directory at one directory version, made by the booklet worker.

    A booklet is kept while the directory stays at the version it was made from: asking again for the
    same part gives the same booklet, and any change to the directory makes the next request a new one.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Being prepared"
        READY = "ready", "Ready"
        FAILED = "failed", "Could not be made"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    part = models.CharField(
        max_length=2000,
        help_text="Which part of the directory: kind and value, e.g. need:autism, or search: and the search's query.",
    )
    large_print = models.BooleanField(default=False)
    directory_version = models.CharField(max_length=80)
    status = models.CharField(max_length=10, choices=Status, default=Status.QUEUED, db_index=True)
    title = models.CharField(max_length=200)
    requested_at = models.DateTimeField(auto_now_add=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    made_at = models.DateTimeField(null=True, blank=True)
    services_count = models.PositiveIntegerField(default=0)
    pages = models.PositiveIntegerField(default=0)
    # Kept in the database, shared by every app server (no local files).
    html = models.TextField(blank=True, editable=False)
    pdf = models.BinaryField(blank=True, editable=False)

    class Meta:
        ordering = ["-requested_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["part", "large_print", "directory_version"], name="one_booklet_per_part_and_version"
            )
        ]

    def __str__(self):
        return f"{self.title}{' (large print)' if self.large_print else ''}"

    def get_absolute_url(self):
        return reverse("printed:booklet", kwargs={"pk": self.pk})


class PrintedCopyRequest(models.Model):
    """A request from a member of the public for a printed booklet posted to them; personal data until deleted."""

    name = models.CharField(max_length=200)
    address = models.TextField("postal address")
    postcode = models.CharField(max_length=10)
    part = models.CharField(max_length=120, help_text="Which part of the directory they asked for.")
    part_title = models.CharField("which part", max_length=200)
    large_print = models.BooleanField(default=False)
    requested_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField("posted on", null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["sent_at", "requested_at"]
        verbose_name = "printed copy request"

    def __str__(self):
        return f"{self.part_title} for {self.name}"
