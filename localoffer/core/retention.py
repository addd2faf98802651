"""What personal data the site keeps, why, for how long, and what deletes it when the time is up.

Each app lists its rules in `RULES` in its own `retention.py`; `retention_rules()` gathers them.
The privacy notice shows them and `manage.py purge_expired` runs each rule's `purge`, so the two
can never disagree. The periods themselves are settings (PERSONAL_DATA_RETENTION_DAYS), read each
time a rule is shown, never copied at import.
"""

from dataclasses import dataclass

from django.conf import settings

from localoffer.core.alerts import alerts_purge
from localoffer.core.discovery import declared
from localoffer.core.mail import emails_purge_sent


@dataclass(frozen=True)
class RetentionRule:
    what: str
    why: str
    setting: str | None  # key in PERSONAL_DATA_RETENTION_DAYS; None when kept until withdrawn
    # What the period counts from, in words; "{<setting key>}" stands for that period ("30 days").
    after: str
    purge: object = None  # purge(now=None) -> how many records it deleted or erased
    purged: str = ""  # what purge_expired reports beside the count, e.g. "sent emails deleted"

    @property
    def days(self):
        return settings.PERSONAL_DATA_RETENTION_DAYS[self.setting] if self.setting else None

    @property
    def how_long(self):
        periods = {key: period_in_words(days) for key, days in settings.PERSONAL_DATA_RETENTION_DAYS.items()}
        periods["session"] = period_in_words(max(settings.SESSION_COOKIE_AGE // 86400, 1))
        after = self.after.format(**periods)
        if self.days is None:
            return after
        return f"{period_in_words(self.days)} {after}"


def period_in_words(days):
    """30 -> "30 days", 730 -> "2 years", 365 -> "1 year"."""
    if days and days % 365 == 0:
        years = days // 365
        return f"{years} year{'s' if years != 1 else ''}"
    return f"{days} day{'s' if days != 1 else ''}"


def retention_rules():
    """Every installed app's retention rules, in INSTALLED_APPS order."""
    return declared("retention", "RULES")


RULES = [
    RetentionRule(
        what="Emails we send you",
        why="To make sure each email is delivered, retrying if it fails",
        setting="sent_email",
        after="after sending",
        purge=emails_purge_sent,
        purged="sent emails deleted",
    ),
    RetentionRule(
        what="Email alerts you asked for but did not confirm: your email address and the search or topic",
        why="To send you the link that starts the alert",
        setting="unconfirmed_alert",
        after="after you asked for it, if you do not confirm it",
        purge=alerts_purge,
        purged="unconfirmed or expired alerts deleted",
    ),
    RetentionRule(
        what="Email alerts: your email address, the search or topic, and how often",
        why="To email you new and changed services, news or events that match",
        setting="alert",
        after="after you confirmed it or last renewed it (the last emails before then ask whether to keep it), "
        "or until you unsubscribe",
    ),
]
