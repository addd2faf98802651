"""The email outbox's model: every email is saved here before the mail worker sends it.

Its table, permissions and admin address have always been the project app's (`localoffer`), so
the model says so (`app_label`); its migrations are in `localoffer/migrations/`.
"""

from django.conf import settings
from django.db import models


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
