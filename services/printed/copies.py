"""Printed copies posted on request: queued for the Local Offer team, deleted once posted and the period is up."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from services.models import PrintedCopyRequest
from services.printed.booklets import booklet_part


def printed_copy_request(*, name, address, postcode, part, large_print):
    """Queue a request for a printed booklet, for the Local Offer team to post (they see it in the admin)."""
    chosen = booklet_part(key=part)
    title = chosen.title if chosen else part
    return PrintedCopyRequest.objects.create(
        name=name, address=address, postcode=postcode, part=part, part_title=title, large_print=large_print
    )


def printed_copies_mark_posted(*, requests, now=None):
    """Record that these requests were posted; their personal data is deleted when the retention period ends."""
    return requests.filter(sent_at=None).update(sent_at=now or timezone.now())


def printed_copies_purge(*, now=None):
    """Delete requests posted longer ago than the retention period: the name and address go with them."""
    now = now or timezone.now()
    days = settings.PERSONAL_DATA_RETENTION_DAYS["printed_copy_after_posted"]
    deleted, _ = PrintedCopyRequest.objects.filter(sent_at__lt=now - timedelta(days=days)).delete()
    return deleted
