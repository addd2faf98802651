"""The project app's models, defined where they belong and gathered here for Django and migrations."""

from localoffer.content.models import GlossaryTerm, InformationPage, NewsItem
from localoffer.core.models import OutboundEmail

__all__ = ["GlossaryTerm", "InformationPage", "NewsItem", "OutboundEmail"]
