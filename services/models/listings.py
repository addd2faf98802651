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


class KeptServicePage(models.Model):
    """A service's page as it was last rendered, kept in the database with what it was rendered from
    (services/service_page.py), so that a family's first visit to a page reads it in the query that finds the
    listing rather than rendering it.

    It is used only while the listing's version, the code, the language and the glossary it was made from are
    still the current ones, and until `fresh_until`, the first day on which the same listing would read
    differently (its check falls due, a wait grows old). The id is not a foreign key, as for the listing's
    version: writing a page never waits for a change to the service, and a row left by a deleted service is
    never read (the page is found through the visible service).
    """

    service_id = models.UUIDField(primary_key=True)
    version = models.UUIDField(null=True, help_text="The listing's version it was rendered at (None: never changed).")
    made_from = models.CharField(max_length=64, help_text="A fingerprint of the code, language and glossary.")
    fresh_until = models.DateField(null=True, help_text="The first day it may no longer be right; none: no such day.")
    parts = models.JSONField(help_text="The page's parts, as the page's template takes them.")

    class Meta:
        verbose_name = "kept service page"

    def __str__(self):
        return f"Kept page of {self.service_id}"


class KeptServiceRecord(models.Model):
    """A service's fully nested open data record as it was last made, kept in the database with what it was made
    from (services/api.py), so that a page of the list, or the record's own address, asked for the first time
    reads it rather than making it. Used only while the listing's version and what else it was made from (the
    code, the site's address) are current. As for the kept page, the id is not a foreign key."""

    service_id = models.UUIDField(primary_key=True)
    version = models.UUIDField(null=True, help_text="The listing's version it was made at (None: never changed).")
    made_from = models.CharField(max_length=64, help_text="A fingerprint of the code and the site's address.")
    body = models.TextField(help_text="The record as JSON.")
    updated = models.DateTimeField(null=True, help_text="The listing's last change, as the record gives it.")

    class Meta:
        verbose_name = "kept service record"

    def __str__(self):
        return f"Kept record of {self.service_id}"
