"""What signing in leaves behind, and for how long: the sign-in logs and the sessions that keep people signed in.

The sign-in logs (django-axes: each sign-in and each failed one, with the username or provider
email, address and browser) exist to spot and stop attacks on accounts; after `sign_in_logs`
days (90 by default) they have done that. A session past its expiry date can never be used
again, so it goes at the next purge.
"""

from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from localoffer.core.retention import RetentionRule


def sign_in_logs_purge(*, now=None):
    """Delete sign-in records (successful, failed, and the lockout counters) older than the retention period."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS["sign_in_logs"])
    deleted = 0
    for model in (AccessLog, AccessFailureLog, AccessAttempt):
        count, _ = model.objects.filter(attempt_time__lt=cutoff).delete()
        deleted += count
    return deleted


def sessions_purge_expired(*, now=None):
    """Delete the sessions past their expiry date; returns how many went."""
    deleted, _ = Session.objects.filter(expire_date__lt=now or timezone.now()).delete()
    return deleted


RULES = [
    RetentionRule(
        what=(
            "Sign-in records for staff and provider accounts: the username or email, internet address "
            "and browser of each sign-in and each failed attempt"
        ),
        why="To spot and stop attempts to break into accounts",
        setting="sign_in_logs",
        after="after the sign-in",
        purge=sign_in_logs_purge,
        purged="sign-in records deleted",
    ),
    RetentionRule(
        what="Sessions: what keeps you signed in, and your shortlist",
        why="To keep you signed in and remember the services you saved",
        setting=None,
        after="Until the session expires ({session} after your last visit), then deleted",
        purge=sessions_purge_expired,
        purged="expired sessions deleted",
    ),
]
