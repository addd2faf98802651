"""Each listing's own version, which its kept renderings are keyed on (services/listing_versions.py)."""

import uuid

from django.db import models


class ListingVersion(models.Model):
    """A listing's own version: made anew, in the same transaction, with every change to anything its page,
    its open data record or its result card shows (services/listing_versions.py).

    Kept renderings of one listing are keyed on it, so an edit makes only what shows that listing stale.
    A listing that has never changed since this table began has no row (and so the version None). The id is
    not a foreign key: a row may be written while its service is being deleted, and ids are never reused.
    """

    service_id = models.UUIDField(primary_key=True)
    token = models.UUIDField(default=uuid.uuid4)

    class Meta:
        verbose_name = "listing version"

    def __str__(self):
        return f"Listing version {self.token}"
