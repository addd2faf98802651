"""Feedback of every kind, "Was this page useful?" votes and "You said, we did"."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class ReferenceCounter(models.Model):
    """The last feedback reference number issued in a year; locked while the next is taken."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last_number}"


class TriageQuerySet(models.QuerySet):
    def open(self):
        """Items still waiting for someone: new or in progress (not yet answered or closed)."""
        return self.filter(status__in=self.model.OPEN_STATUSES)

    def overdue(self, *, today=None):
        """Open items whose reply date has passed."""
        return self.open().filter(due_on__lt=today or timezone.localdate())


class Triage(models.Model):
    """What staff need to answer a piece of feedback: status, owner, notes, due date; replies are `Reply` rows."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        IN_PROGRESS = "in-progress", "In progress"
        ANSWERED = "answered", "Answered"
        CLOSED = "closed", "Closed"

    OPEN_STATUSES = (Status.NEW, Status.IN_PROGRESS)  # the one rule: `objects.open()`, `is_open`

    reference = models.CharField(max_length=20, unique=True, editable=False)
    email = models.EmailField(blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.NEW)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    internal_notes = models.TextField(blank=True, help_text="Never shown to the person who wrote in.")
    replied_at = models.DateTimeField("last replied", null=True, blank=True)
    due_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    urgent = models.BooleanField(
        "words of crisis",
        default=False,
        help_text="Ticked when what was sent had words of crisis in it (the crisis panel's words): read it first. "
        "The person was shown the crisis panel when they sent it. Untick it when it is not a crisis (a listing of "
        "a domestic abuse helpline with a wrong number), and it no longer comes first.",
    )

    objects = TriageQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_open(self):
        return self.status in self.OPEN_STATUSES

    @property
    def overdue(self):
        return bool(self.due_on) and self.is_open and self.due_on < timezone.localdate()


class Feedback(Triage):
    """A compliment, complaint, suggestion or question; name and email are optional."""

    class Kind(models.TextChoices):
        COMPLIMENT = "compliment", "Compliment"
        COMPLAINT = "complaint", "Complaint"
        SUGGESTION = "suggestion", "Suggestion"
        QUESTION = "question", "Question"

    class About(models.TextChoices):
        WEBSITE = "website", "The Local Offer website"
        SERVICE = "service", "A service listed on the Local Offer"
        SEND = "send", "SEND services generally"

    class Who(models.TextChoices):
        PARENT_CARER = "parent-carer", "Parent or carer"
        YOUNG_PERSON = "young-person", "Young person"
        PROFESSIONAL = "professional", "Professional"
        OTHER = "other", "Other"

    class Outcome(models.TextChoices):
        UPHELD = "upheld", "Upheld"
        PARTLY_UPHELD = "partly-upheld", "Partly upheld"
        NOT_UPHELD = "not-upheld", "Not upheld"

    kind = models.CharField(max_length=12, choices=Kind.choices)
    about = models.CharField(max_length=10, choices=About.choices)
    who = models.CharField("who they are", max_length=20, choices=Who.choices, blank=True)
    message = models.TextField()
    name = models.CharField(max_length=100, blank=True)
    service = models.ForeignKey(
        "services.Service", null=True, blank=True, on_delete=models.SET_NULL, related_name="feedback"
    )
    outcome = models.CharField(
        max_length=14,
        choices=Outcome.choices,
        blank=True,
        help_text="For a complaint: whether it was upheld. Asked for when the complaint is closed; "
        "counted in the Local Offer report.",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "feedback"
        indexes = [models.Index(fields=["status", "due_on"])]
        permissions = [("view_feedback_personal_data", "Can see feedback names and contact details")]

    def __str__(self):
        return f"{self.reference} ({self.get_kind_display().lower()})"

    def get_absolute_url(self):
        return reverse("coproduction:feedback")


class PageVote(models.Model):
    """An anonymous answer to "Is this page useful?", with an optional comment on what went wrong."""

    path = models.CharField(max_length=500, db_index=True)
    useful = models.BooleanField()
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "page usefulness vote"

    def __str__(self):
        return f"{'Yes' if self.useful else 'No'} on {self.path}"

    def get_absolute_url(self):
        return self.path


class Theme(models.Model):
    """A theme for "You said, we did" entries, for example transport or EHC plans."""

    name = models.CharField(max_length=100)
    slug = models.SlugField(unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("coproduction:you-said-we-did") + f"?theme={self.slug}"


class YouSaidWeDid(models.Model):
    """What families told us (anonymised) and what the council did; public once published."""

    theme = models.ForeignKey(Theme, on_delete=models.PROTECT, related_name="entries")
    you_said = models.TextField(help_text="An anonymised summary of what families said. No names.")
    we_did = models.TextField(help_text="What the council did or will do. Markdown.")
    date = models.DateField(default=timezone.localdate)
    published = models.BooleanField(default=False)
    feedback = models.ManyToManyField(
        Feedback, blank=True, related_name="you_said_we_did", help_text="Feedback this answers. Never shown publicly."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = "You said, we did entry"
        verbose_name_plural = "You said, we did entries"

    def __str__(self):
        return f"{self.theme}: {self.you_said[:60]}"

    def get_absolute_url(self):
        return reverse("coproduction:you-said-we-did") + f"#entry-{self.pk}"


class ListingReport(Triage):
    """Someone telling us a service listing is wrong: stored against the service, triaged like feedback."""

    class Problem(models.TextChoices):
        CONTACT = "contact", "The contact details are wrong"
        CLOSED = "closed", "The service has closed"
        OUT_OF_DATE = "out-of-date", "The information is out of date"
        OTHER = "other", "Something else"

    service = models.ForeignKey("services.Service", on_delete=models.CASCADE, related_name="problem_reports")
    problem = models.CharField(max_length=12, choices=Problem.choices)
    description = models.TextField()
    wants_reply = models.BooleanField(
        "wants to hear back", default=False, help_text="They asked to be told when the listing is corrected."
    )
    resolved_at = models.DateTimeField(
        null=True, blank=True, help_text="When the listing was corrected (by staff or an approved provider change)."
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "listing problem report"
        indexes = [models.Index(fields=["status", "due_on"])]
        permissions = [("view_listingreport_personal_data", "Can see the email on listing problem reports")]

    def __str__(self):
        return f"{self.reference} ({self.get_problem_display().lower()})"

    def get_absolute_url(self):
        return reverse("coproduction:report-problem", kwargs={"slug": self.service.slug})


class FeedbackReply(models.Model):
    """One reply staff sent to someone who wrote in, kept on the item: every reply stays, dated, in order.

    A reply belongs to one feedback item or one listing problem report. It is emailed to them when
    they gave an address (through the outbox); either way it is kept here.
    """

    feedback = models.ForeignKey(Feedback, null=True, blank=True, on_delete=models.CASCADE, related_name="replies")
    listing_report = models.ForeignKey(
        ListingReport, null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author_name = models.CharField(max_length=150, blank=True, help_text="As it was when they replied.")
    text = models.TextField()
    sent_at = models.DateTimeField(default=timezone.now)
    emailed = models.BooleanField(default=False, help_text="Emailed to them; false when they gave no address.")

    class Meta:
        ordering = ["sent_at", "pk"]
        verbose_name = "reply"
        verbose_name_plural = "replies"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(feedback__isnull=False, listing_report__isnull=True)
                | models.Q(feedback__isnull=True, listing_report__isnull=False),
                name="reply_answers_one_item",
            )
        ]

    def __str__(self):
        return f"Reply of {timezone.localtime(self.sent_at):%-d %B %Y, %H:%M}"

    @property
    def item(self):
        return self.feedback or self.listing_report
