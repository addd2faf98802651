"""Interview-panel volunteers: register interest, acknowledge by email, purge when stale."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from coproduction.models import PanelVolunteer
from localoffer.core.mail import email_queue
from localoffer.core.work_alerts import work_arrived

# The interview panels page and the email to a new volunteer promise contact within 4 weeks.
CONTACT_WITHIN_DAYS = 28


@transaction.atomic
def volunteer_register(**fields):
    """Save a volunteer as new and email them what happens next."""
    volunteer = PanelVolunteer.objects.create(**fields)
    email_queue(
        to=volunteer.email,
        subject="Thank you for volunteering for interview panels",
        body=render_to_string("coproduction/email/volunteer.txt", {"volunteer": volunteer}),
        purpose="panel-volunteer",
    )
    work_arrived(
        kind="volunteers",
        title=f"Interview-panel volunteer {volunteer.pk}",
        admin_path=reverse("admin:coproduction_panelvolunteer_change", args=[volunteer.pk]),
    )
    return volunteer


def volunteers_purge(*, now=None):
    """Delete volunteers not contacted within the retention period (counting from sign-up if never)."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS["volunteer_after_last_contact"])
    stale = PanelVolunteer.objects.annotate(last=Coalesce("last_contacted_at", "created_at")).filter(Q(last__lt=cutoff))
    _, deleted = stale.delete()
    return deleted.get("coproduction.PanelVolunteer", 0)
