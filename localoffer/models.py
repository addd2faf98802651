"""Site-wide models: the email outbox (information pages, glossary and news join them)."""

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

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "outgoing email"

    def __str__(self):
        return f"{self.subject} to {self.to}"

    @property
    def status(self):
        if self.sent_at:
            return "sent"
        return "failed, will retry" if self.attempts else "waiting"
