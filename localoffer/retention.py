"""What personal data the site keeps, why, and for how long.

The privacy notice shows this table and `manage.py purge_expired` enforces it, so the two
can never disagree. The periods themselves are settings (PERSONAL_DATA_RETENTION_DAYS).
"""

from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class RetentionRule:
    what: str
    why: str
    setting: str | None  # key in PERSONAL_DATA_RETENTION_DAYS; None when kept until withdrawn
    after: str  # what the period counts from, in words

    @property
    def days(self):
        return settings.PERSONAL_DATA_RETENTION_DAYS[self.setting] if self.setting else None

    @property
    def how_long(self):
        if self.days is None:
            return self.after
        return f"{period_in_words(self.days)} {self.after}"


def period_in_words(days):
    """30 -> "30 days", 730 -> "2 years", 365 -> "1 year"."""
    if days and days % 365 == 0:
        years = days // 365
        return f"{years} year{'s' if years != 1 else ''}"
    return f"{days} day{'s' if days != 1 else ''}"


RULES = [
    RetentionRule(
        what="Co-production pledge: name, email, who you are, organisation, postcode area",
        why=(
            "To confirm your pledge, contact you about co-production if you agreed, "
            "and show your first name if you asked us to"
        ),
        setting=None,
        after="Until you withdraw (then deleted at once); unconfirmed pledges are deleted after "
        f"{settings.PERSONAL_DATA_RETENTION_DAYS['unconfirmed_pledge']} days",
    ),
    RetentionRule(
        what="Interview panel volunteers: name, email, phone, availability, access needs",
        why="To invite you to interview panels and support you to take part",
        setting="volunteer_after_last_contact",
        after="after we last contacted you (or after you signed up, if we have not contacted you)",
    ),
    RetentionRule(
        what="Forum and event bookings: name, email, access needs",
        why="To manage places and make the event accessible to you",
        setting="booking_after_event",
        after="after the event",
    ),
    RetentionRule(
        what="Feedback and reports of a problem with a listing: your name and email if you give them",
        why="To reply to you and to improve the Local Offer",
        setting="feedback_contact_after_closed",
        after="after we close your feedback (the anonymous comment may be kept)",
    ),
    RetentionRule(
        what="Provider accounts (people at organisations who update their listings): name, email, organisations",
        why="To let you sign in to the provider area and to say who changed a listing",
        setting="provider_account_unused",
        after="after you last signed in: the account is then closed (names on changes you sent are kept)",
    ),
    RetentionRule(
        what="Emails we send you",
        why="To make sure each email is delivered, retrying if it fails",
        setting="sent_email",
        after="after sending",
    ),
    RetentionRule(
        what="Words typed into the directory search, counted by day (never who searched, from where or when)",
        why="To find out what families look for and cannot find, and improve the directory",
        setting="search_records",
        after="after the day of the search",
    ),
]
