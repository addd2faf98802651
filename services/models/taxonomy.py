"""The directory's vocabularies: categories, areas of need and the words families search with."""

import functools
import re
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import get_script_prefix, reverse


@functools.lru_cache(maxsize=4096)
def term_address(url_name, slug, script_prefix):
    """A term's page address, reversed once a process (per script prefix, which it starts with): a service page
    or a page of results links to many."""
    return reverse(url_name, kwargs={"slug": slug})


class TwoLevelTree(models.Model):
    """A term that is either top-level or sits under a top-level term (never deeper)."""

    open_referral_id = models.UUIDField(
        "Open Referral id", unique=True, default=uuid.uuid4, editable=False, help_text="Its id in the open data API."
    )
    name = models.CharField(max_length=100)
    slug = models.SlugField(
        max_length=100,
        unique=True,
        help_text="Part of the web address. Keep it the same once published: links and bookmarks use it.",
        error_messages={"unique": "Another entry already uses this web address. Change the slug to make it unique."},
    )
    description = models.TextField(blank=True, help_text="One or two sentences, shown on the browse pages.")
    order = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers are listed first.")

    class Meta:
        abstract = True
        ordering = ["order", "name"]

    def __str__(self):
        return f"{self.parent.name} › {self.name}" if self.parent_id else self.name

    def clean(self):
        if self.parent_id:
            if self.parent_id == self.pk:
                raise ValidationError({"parent": "A term cannot sit under itself."})
            if self.parent.parent_id:
                raise ValidationError(
                    {"parent": f"Choose a top-level term. “{self.parent.name}” is already under another term."}
                )
            if self.pk and type(self).objects.filter(parent_id=self.pk).exists():
                raise ValidationError(
                    {"parent": "This term has terms under it, so it must stay at the top level. Move those first."}
                )

    @property
    def is_top_level(self):
        return self.parent_id is None

    @classmethod
    def grouped_choices(cls):
        """Choices for a picker, grouped under each top-level term in its order: the term itself first
        ("Health (in general)"), then the terms under it, so children of different parents never interleave."""
        terms = list(cls.objects.order_by("order", "name"))
        groups = []
        for top in (term for term in terms if term.parent_id is None):
            children = [(term.pk, term.name) for term in terms if term.parent_id == top.pk]
            groups.append((top.name, [(top.pk, f"{top.name} (in general)"), *children]))
        return groups


class Category(TwoLevelTree):
    """A kind of provision: education, health, short breaks and so on, with sub-categories."""

    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text="Leave empty for a main category; choose one to make this a sub-category of it.",
    )

    class Meta(TwoLevelTree.Meta):
        verbose_name_plural = "categories"

    def get_absolute_url(self):
        return term_address("services:category", self.slug, get_script_prefix())


class Need(TwoLevelTree):
    """One of the four broad areas of need of the SEND Code of Practice, or a specific need under one."""

    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name="broad area of need",
        help_text="Leave empty for one of the four broad areas; choose the area a specific need belongs to.",
    )

    class Meta(TwoLevelTree.Meta):
        verbose_name = "area of need"
        verbose_name_plural = "areas of need"

    def get_absolute_url(self):
        return term_address("services:need", self.slug, get_script_prefix())


def split_phrases(text):
    """The comma- or line-separated phrases in a piece of text, tidied and lower-cased."""
    return [" ".join(part.split()).lower() for part in re.split(r"[,\n;]", text or "") if part.strip()]


class SearchTerm(models.Model):
    """A SEND term and the other words families use for it; a search for any of them finds them all."""

    term = models.CharField(
        max_length=100, unique=True, help_text="The formal term, as used in listings. For example: autism."
    )
    also_known_as = models.TextField(
        help_text="Abbreviations and everyday words for the same thing, separated by commas. "
        "For example: ASD, autistic, autistic spectrum condition."
    )
    kind_of_help = models.BooleanField(
        "names a kind of help",
        default=False,
        help_text="Tick when these words name what a family wants (swimming, a nursery, jobs, someone to talk "
        "to) rather than a need or who it is for. A search that names a kind of help shows first the services "
        "that offer it.",
    )
    related_kinds = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        limit_choices_to={"kind_of_help": True},
        related_name="related_to",
        verbose_name="related kinds of help",
        help_text="Other kinds of help that often help families who search for these words, though no word of "
        "their search names them (for school avoidance: the SEND information, advice and support service). "
        "A search for these words also finds the services offering them, always after the services offering "
        "what was asked for.",
    )

    class Meta:
        ordering = ["term"]
        verbose_name = "search word"
        verbose_name_plural = "search words (SEND vocabulary)"

    def __str__(self):
        return self.term

    def clean(self):
        self.term = " ".join((self.term or "").split())
        if not split_phrases(self.also_known_as):
            raise ValidationError({"also_known_as": "Enter at least one other word or abbreviation for this term."})

    @property
    def phrases(self):
        """The term first, then every other way of saying it, without repeats."""
        seen = []
        for phrase in [self.term.lower(), *split_phrases(self.also_known_as)]:
            if phrase not in seen:
                seen.append(phrase)
        return seen
