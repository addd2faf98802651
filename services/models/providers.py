"""People at organisations who keep their own listings up to date, and the changes they propose.

A provider account is an ordinary user with no staff status (so never let into the admin),
acting for one or more organisations. What a provider changes is held as a `PendingChange`
until a Local Offer editor approves it.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse


class ProviderAccount(models.Model):
    """Someone invited to act for organisations in the provider area; signs in by emailed link."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="provider_account")
    name = models.CharField(max_length=150)
    email = models.EmailField(unique=True, help_text="Their sign-in links are sent here.")
    organisations = models.ManyToManyField(
        "services.Organisation", blank=True, related_name="provider_accounts", help_text="Whose listings they keep."
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    invited_at = models.DateTimeField(auto_now_add=True)
    removed_at = models.DateTimeField(
        null=True, blank=True, help_text="When their access was removed, by staff or after two years unused."
    )

    class Meta:
        ordering = ["name", "email"]
        verbose_name = "provider account"
        permissions = [("view_provideraccount_personal_data", "Can see provider names and emails")]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    @property
    def is_active(self):
        return self.removed_at is None and self.user.is_active

    @property
    def last_signed_in(self):
        return self.user.last_login


class PendingChangeQuerySet(models.QuerySet):
    def waiting(self):
        """Changes nobody has decided yet (a listing has at most one)."""
        return self.filter(status=PendingChange.Status.WAITING)


class PendingChange(models.Model):
    """A provider's edit of a listing, or a new service, waiting for a Local Offer editor.

    `proposed` is the whole listing as the provider wants it; `original` the listing as it was when
    they began editing (empty for a new service), so approval can tell whether it has changed since.
    """

    class Status(models.TextChoices):
        WAITING = "waiting", "Waiting for approval"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Not approved"

    service = models.ForeignKey(
        "services.Service", null=True, blank=True, on_delete=models.CASCADE, related_name="pending_changes"
    )
    organisation = models.ForeignKey("services.Organisation", on_delete=models.CASCADE, related_name="pending_changes")
    is_new_service = models.BooleanField("new service", default=False)
    proposed = models.JSONField()
    original = models.JSONField(default=dict, blank=True)
    fixes_reports = models.JSONField(
        default=list, blank=True, help_text="Ids of the open problem reports the provider says this change fixes."
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.WAITING, db_index=True)
    reason = models.TextField(blank=True, help_text="Why it was not approved; emailed to the provider.")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="proposed_changes"
    )
    proposed_by_name = models.CharField(max_length=150)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_by_name = models.CharField(max_length=150, blank=True)
    replaced_staff_edit = models.TextField(
        blank=True, help_text="The newer staff edit the approved change replaced, and in which parts."
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = PendingChangeQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = "change waiting for approval"
        verbose_name_plural = "changes waiting for approval"
        permissions = [("view_pendingchange_personal_data", "Can see who proposed a change")]
        constraints = [
            models.UniqueConstraint(
                fields=["service"],
                condition=Q(status="waiting"),
                name="one_waiting_change_per_service",
                violation_error_message="This listing already has a change waiting for approval.",
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.get_status_display().lower()})"

    def get_absolute_url(self):
        return reverse("providers:change", kwargs={"pk": self.pk})

    @property
    def is_waiting(self):
        """Nobody has decided it yet (the rule `PendingChange.objects.waiting()` filters by)."""
        return self.status == self.Status.WAITING

    @property
    def title(self):
        name = self.proposed.get("service", {}).get("name", "")
        return f"New service: {name}" if self.is_new_service else name
