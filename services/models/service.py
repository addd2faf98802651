"""Organisations, their services and the answers each service gives to the Local Offer questions."""

import uuid

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from localoffer.content.markdown import kept_markdown_to_html, markdown_fingerprint, markdown_kept
from localoffer.content.models import Translation
from localoffer.core.addresses import slug_address

MAX_AGE = 25


class Organisation(models.Model):
    """A council team, NHS service, school, charity or business that runs services."""

    open_referral_id = models.UUIDField(
        "Open Referral id", unique=True, default=uuid.uuid4, editable=False, help_text="Its id in the open data API."
    )
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    website = models.URLField(blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    hold_waits_for_approval = models.BooleanField(
        "hold its waits for approval",
        default=False,
        help_text="Providers' changes to this organisation's waiting times wait for an editor instead of "
        "being published at once.",
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class ServiceQuerySet(models.QuerySet):
    def visible(self):
        """What the public may see: published or temporarily closed (with its notice), never drafts or archived."""
        return self.filter(status__in=Service.VISIBLE_STATUSES)


class Service(models.Model):
    """One service in the Local Offer: what it offers, for whom, how to get it."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft (not shown)"
        PUBLISHED = "published", "Published"
        TEMPORARILY_CLOSED = "closed", "Temporarily closed (shown with a notice)"
        ARCHIVED = "archived", "Archived (not shown)"

    class Cost(models.TextChoices):
        FREE = "free", "Free"
        SOME_FREE = "some_free", "Some parts free, some paid"
        PAID = "paid", "Paid"

    class Access(models.TextChoices):
        SELF_REFERRAL = "self", "Families can contact the service themselves"
        PROFESSIONAL_REFERRAL = "professional", "A professional must refer"
        BOTH = "both", "Either: families themselves or a professional"

    class Coverage(models.TextChoices):
        LOCATIONS = "locations", "At the places listed"
        AREA_WIDE = "area", "Across the whole BCP area (countywide)"
        ONLINE = "online", "Online or by phone only"

    VISIBLE_STATUSES = (Status.PUBLISHED, Status.TEMPORARILY_CLOSED)  # the one rule: Service.objects.visible()

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="services")
    name = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200,
        unique=True,
        help_text="Part of the web address. Keep it the same once published.",
        error_messages={"unique": "Another service already uses this web address. Change the slug to make it unique."},
    )
    summary = models.CharField(max_length=300, help_text="One sentence shown in search results.")
    easy_read_summary = models.TextField(
        blank=True,
        help_text="Easy read: very short sentences, one idea a line, common words. Shown first to families "
        "who choose easy read.",
    )
    description = models.TextField(help_text="What the service offers. You can use markdown: ## headings, - lists.")
    description_html = models.TextField(
        blank=True, editable=False, help_text="The description as sanitised HTML, converted when it is saved."
    )
    description_html_fingerprint = models.CharField(
        max_length=64, blank=True, editable=False, help_text="What the description's HTML was made from."
    )
    status = models.CharField(max_length=20, choices=Status, default=Status.DRAFT, db_index=True)
    status_note = models.CharField(
        max_length=300, blank=True, help_text="Shown in the notice when temporarily closed, e.g. when it reopens."
    )
    minimum_age = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(MAX_AGE)])
    maximum_age = models.PositiveSmallIntegerField(default=MAX_AGE, validators=[MaxValueValidator(MAX_AGE)])
    categories = models.ManyToManyField("services.Category", related_name="services")
    needs = models.ManyToManyField(
        "services.Need", blank=True, related_name="services", help_text="Leave empty if it is open to any need."
    )
    cost = models.CharField(max_length=20, choices=Cost, default=Cost.FREE)
    fees = models.CharField(max_length=300, blank=True, help_text="What it costs, e.g. £5 a session.")
    access = models.CharField("how to access", max_length=20, choices=Access, default=Access.SELF_REFERRAL)
    referral_details = models.TextField(blank=True, help_text="How to get a referral or apply.")
    eligibility = models.TextField(blank=True, help_text="Who can use the service.")
    coverage = models.CharField("where it is available", max_length=20, choices=Coverage, default=Coverage.LOCATIONS)
    in_person = models.BooleanField("in person", default=True)
    online = models.BooleanField("online", default=False)
    by_phone = models.BooleanField("by phone", default=False)
    home_visits = models.BooleanField("home visits", default=False)
    opening_notes = models.CharField(max_length=300, blank=True, help_text="For example: term time only.")
    contact_name = models.CharField(max_length=200, blank=True)
    phone = models.CharField(max_length=40, blank=True)
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    while_you_wait_services = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="+",
        verbose_name="while you wait: services",
        help_text="Other services that help families while they wait for this one.",
    )
    while_you_wait_pages = models.ManyToManyField(
        "localoffer.InformationPage",
        blank=True,
        related_name="+",
        verbose_name="while you wait: advice pages",
        help_text="Advice pages that help families while they wait.",
    )
    last_reviewed = models.DateField(default=timezone.localdate, help_text="When the listing was last reviewed.")
    review_due = models.DateField(
        blank=True,
        db_index=True,
        help_text="Worked out from the last review date when left empty or when that date changes.",
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True, db_index=True)
    objects = ServiceQuerySet.as_manager()

    history = HistoricalRecords(
        m2m_fields=[categories, needs], excluded_fields=["description_html", "description_html_fingerprint"]
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(minimum_age__lte=F("maximum_age")),
                name="service_minimum_age_not_above_maximum",
                violation_error_message="The youngest age cannot be higher than the oldest age.",
            ),
            models.CheckConstraint(condition=Q(maximum_age__lte=MAX_AGE), name="service_maximum_age_at_most_25"),
        ]
        indexes = [
            models.Index(fields=["status", "name"], name="service_status_name"),
            # Pages of the open data API walk the services it may show (all but drafts) in this order, and count
            # them: from this index alone, however deep the page.
            models.Index(fields=["name", "id"], name="service_name_id_public", condition=~Q(status="draft")),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.review_due:
            from services.reviews import review_due_after

            self.review_due = review_due_after(self.last_reviewed)
        self.keep_description_html()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "description" in update_fields:
            kwargs["update_fields"] = {*update_fields, "description_html", "description_html_fingerprint"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_address("services:detail", self.slug)

    def keep_description_html(self):
        """Convert the description's markdown when it changes, rather than on every first showing of the page."""
        if self.description_html_fingerprint != markdown_fingerprint(self.description):
            self.description_html, self.description_html_fingerprint = markdown_kept(self.description)

    @property
    def description_as_html(self):
        """The description as sanitised HTML, glossary terms explained (from the HTML kept when it was saved)."""
        return kept_markdown_to_html(
            text=self.description, html=self.description_html, fingerprint=self.description_html_fingerprint
        )

    @property
    def is_visible(self):
        return self.status in self.VISIBLE_STATUSES

    @property
    def is_temporarily_closed(self):
        return self.status == self.Status.TEMPORARILY_CLOSED

    @property
    def needs_review(self):
        """True when the listing's review due date has passed."""
        return self.review_due < timezone.localdate()

    @property
    def self_referral(self):
        return self.access in (self.Access.SELF_REFERRAL, self.Access.BOTH)

    @property
    def delivery_modes(self):
        """The ways the service is delivered, in words."""
        fields = ("in_person", "online", "by_phone", "home_visits")
        return [self._meta.get_field(name).verbose_name for name in fields if getattr(self, name)]

    @property
    def age_range(self):
        return ages_in_words(self.minimum_age, self.maximum_age)


class LocalOfferQuestion(models.Model):
    """A question every service is asked for the Local Offer (SEND Regulations 2014, schedule 2)."""

    question = models.CharField(max_length=300, unique=True)
    help_text = models.CharField(max_length=300, blank=True, help_text="Guidance for whoever writes the answer.")
    order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField("in use", default=True)

    class Meta:
        ordering = ["order", "question"]
        verbose_name = "Local Offer question"

    def __str__(self):
        return self.question


class LocalOfferAnswer(models.Model):
    """A service's answer to one Local Offer question, in markdown."""

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(LocalOfferQuestion, on_delete=models.PROTECT, related_name="answers")
    answer = models.TextField(help_text="You can use markdown.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["question__order", "question__question"]
        constraints = [
            models.UniqueConstraint(
                fields=["service", "question"],
                name="one_answer_per_question_per_service",
                violation_error_message="This service already answers that question; edit that answer instead.",
            )
        ]
        verbose_name = "Local Offer answer"

    def __str__(self):
        return f"{self.service}: {self.question}"


class ServiceTranslation(Translation):
    """A service's summary in another language, written or checked by a person; shown first on its page."""

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="translations")
    summary = models.TextField(help_text="What the service is and who it is for, in a few plain sentences.")

    class Meta(Translation.Meta):
        verbose_name = "service summary translation"
        constraints = [
            models.UniqueConstraint(fields=["service", "language"], name="service_translation_one_per_language")
        ]

    def __str__(self):
        return f"{self.service.name} ({self.get_language_display()})"

    def get_absolute_url(self):
        return f"{self.service.get_absolute_url()}?lang={self.language}"


def ages_in_words(minimum, maximum):
    """The ages a service is for, as its page and result card say it: "0 to 25 years"."""
    return f"{minimum} to {maximum} years"
