"""What co-production and feedback keep about people, why, and for how long (see localoffer/core/retention.py)."""

from coproduction.events import bookings_purge
from coproduction.feedback import feedback_purge_contact
from coproduction.panels import volunteers_purge
from coproduction.pledges import pledges_purge_unconfirmed
from localoffer.core.retention import RetentionRule

RULES = [
    RetentionRule(
        what="Co-production pledge: name, email, who you are, organisation, postcode area",
        why=(
            "To confirm your pledge, contact you about co-production if you agreed, "
            "and show your first name if you asked us to"
        ),
        setting=None,
        after="Until you withdraw (then deleted at once); unconfirmed pledges are deleted after {unconfirmed_pledge}",
        purge=pledges_purge_unconfirmed,
        purged="unconfirmed pledges deleted",
    ),
    RetentionRule(
        what="Interview panel volunteers: name, email, phone, availability, access needs",
        why="To invite you to interview panels and support you to take part",
        setting="volunteer_after_last_contact",
        after="after we last contacted you (or after you signed up, if we have not contacted you)",
        purge=volunteers_purge,
        purged="interview panel volunteers deleted",
    ),
    RetentionRule(
        what="Forum and event bookings: name, email, access needs",
        why="To manage places and make the event accessible to you",
        setting="booking_after_event",
        after="after the event",
        purge=bookings_purge,
        purged="event bookings deleted",
    ),
    RetentionRule(
        what="Feedback and reports of a problem with a listing: your name and email if you give them",
        why="To reply to you and to improve the Local Offer",
        setting="feedback_contact_after_closed",
        after="after we close your feedback (the anonymous comment may be kept)",
        purge=feedback_purge_contact,
        purged="feedback contact details erased",
    ),
]
