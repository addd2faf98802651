"""Models for co-production and feedback, one module per area."""

from coproduction.models.events import Booking, Event, EventChange
from coproduction.models.feedback import (
    Feedback,
    FeedbackReply,
    ListingReport,
    PageVote,
    ReferenceCounter,
    Theme,
    YouSaidWeDid,
)
from coproduction.models.hub import HubPage
from coproduction.models.panels import PanelVolunteer
from coproduction.models.pledges import Pledge, PledgeLevel

__all__ = [
    "Booking",
    "Event",
    "EventChange",
    "Feedback",
    "FeedbackReply",
    "HubPage",
    "ListingReport",
    "PageVote",
    "PanelVolunteer",
    "Pledge",
    "PledgeLevel",
    "ReferenceCounter",
    "Theme",
    "YouSaidWeDid",
]
