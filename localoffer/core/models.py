"""The email outbox's model, and the email alerts people sign up to without an account.

Its table, permissions and admin address have always been the project app's (`localoffer`), so
the model says so (`app_label`); its migrations are in `localoffer/migrations/`.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone


class OutboundEmail(models.Model):
    """An email saved before it is sent, so that nothing is lost when the mail server is down."""

    to = models.EmailField()
    subject = models.CharField(max_length=200)
    body = models.TextField()
    reply_to = models.EmailField(blank=True)
    purpose = models.CharField(
        max_length=50, blank=True, help_text="What the email is for, for example pledge-confirmation."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    delete_when_sent = models.BooleanField(
        default=False, help_text="Deleted as soon as it is sent, for emails the site must not keep (a shortlist)."
    )
    headers = models.JSONField(
        default=dict, blank=True, help_text="Extra headers, such as List-Unsubscribe on alert emails."
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "outgoing email"
        app_label = "localoffer"

    def __str__(self):
        return f"{self.subject} to {self.to}"

    @property
    def status(self):
        """Sent, waiting (for the mail worker), failed (and will be retried), or given up."""
        if self.sent_at:
            return "sent"
        if self.attempts >= settings.EMAIL_MAX_ATTEMPTS:
            return "given up"
        return "failed, will retry" if self.attempts else "waiting"


class NewWork(models.Model):
    """A new item of staff work (a complaint, a provider's change...) waiting to go in its team's daily digest.

    Rows are kept only when the teams are sent a digest rather than one email per item
    (STAFF_ALERTS = "digest"); the digest marks them sent. No personal data: a reference and a link.
    """

    kind = models.CharField(max_length=30)
    title = models.CharField(max_length=200)
    link = models.CharField(max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)
    digested_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = "new work for a digest"
        verbose_name_plural = "new work for digests"
        app_label = "localoffer"

    def __str__(self):
        return f"{self.kind}: {self.title}"


class Alert(models.Model):
    """An email alert: new and changed services matching a saved search, or news or events on a topic.

    Confirmed by an emailed link before anything is sent; `token` makes its one-click unsubscribe
    link. The address and the search are personal data, kept under the alerts' retention rules.
    """

    class Kind(models.TextChoices):
        SERVICES = "services", "Services"
        NEWS = "news", "News"
        EVENTS = "events", "Events"

    class Frequency(models.TextChoices):
        WEEKLY = "weekly", "Once a week"
        MONTHLY = "monthly", "Once a month"

    email = models.EmailField(db_index=True)
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.SERVICES)
    query = models.CharField(max_length=1000, blank=True, help_text="The saved search, as a query string.")
    description = models.CharField(max_length=300, help_text="The search or topic in words.")
    frequency = models.CharField(max_length=10, choices=Frequency, default=Frequency.WEEKLY)
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    renewed_at = models.DateTimeField(null=True, blank=True, help_text="When it was last confirmed or renewed.")
    last_sent_at = models.DateTimeField(
        null=True, blank=True, help_text="When the last digest was due (sent or, with nothing new, skipped)."
    )

    class Meta:
        ordering = ["-created_at"]
        app_label = "localoffer"
        indexes = [models.Index(fields=["confirmed_at", "frequency", "last_sent_at"], name="alert_due")]

    def __str__(self):
        return f"{self.get_kind_display()} alert: {self.description}"
