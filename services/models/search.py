"""What directory search keeps in the database: the directory's version and what people searched for."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone


class DirectoryVersion(models.Model):
    """One row whose number goes up, in the same transaction, with every change to the directory.

    Each app server compares it with the number its search index was built from, so an edit made on
    any server is searched everywhere as soon as it is committed.
    """

    number = models.PositiveBigIntegerField(default=0)
    # Made anew with the row, so a database restored from a backup never repeats an older version.
    token = models.UUIDField(default=uuid.uuid4, editable=False)

    class Meta:
        verbose_name = "directory version"

    def __str__(self):
        return f"Directory version {self.number}"


class SearchRecord(models.Model):
    """How often a search was made on one day and how many services it found: the words only, nothing
    about who searched or when in the day."""

    query = models.CharField(max_length=200)
    day = models.DateField()
    searches = models.PositiveIntegerField(default=1)
    results = models.PositiveIntegerField(default=0, help_text="Services found the last time it was made that day.")

    class Meta:
        ordering = ["-day", "query"]
        constraints = [models.UniqueConstraint(fields=["query", "day"], name="one_search_record_a_day")]
        verbose_name = "search made"
        verbose_name_plural = "searches made"

    def __str__(self):
        return f"{self.query} ({self.day})"


class SearchDealtWith(models.Model):
    """A search staff have dealt with (a word added to a term, or a note of why nothing is to be done), so that
    the searches report shows which searches that found nothing are still to do."""

    query = models.CharField(max_length=200, unique=True)
    how = models.CharField("what was done", max_length=300, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at"]
        verbose_name = "search dealt with"
        verbose_name_plural = "searches dealt with"

    def __str__(self):
        return self.query
