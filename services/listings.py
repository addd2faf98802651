"""Keeping listings up to date: what staff do when they check a service."""

from django.utils import timezone

from services.models import Service
from services.models.service import REVIEW_INTERVAL_DAYS
from services.search.cache import directory_changed


def services_mark_reviewed(*, services, on=None):
    """Record that each service was checked on `on` (today by default); the next check is due a year later."""
    on = on or timezone.localdate()
    due = on + timezone.timedelta(days=REVIEW_INTERVAL_DAYS)
    count = Service.objects.filter(pk__in=[service.pk for service in services]).update(
        last_reviewed=on, review_due=due, updated=timezone.now()
    )
    directory_changed()
    return count


def services_publish(*, services):
    """Publish the services: they appear in search results straight away."""
    count = Service.objects.filter(pk__in=[service.pk for service in services]).update(
        status=Service.Status.PUBLISHED, updated=timezone.now()
    )
    directory_changed()
    return count
