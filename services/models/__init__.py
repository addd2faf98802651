"""Models of the SEND service directory: who runs what, for whom, where and when."""

from services.models.booklets import Booklet, PrintedCopyRequest
from services.models.listings import KeptServicePage, KeptServiceRecord, ListingVersion
from services.models.places import AccessibilityFeature, Location, OpeningTime, PostcodeCentroid
from services.models.providers import PendingChange, ProviderAccount
from services.models.reviews import ReviewCount, ReviewReminder
from services.models.search import DirectoryChange, DirectoryVersion, SearchDealtWith, SearchRecord
from services.models.service import LocalOfferAnswer, LocalOfferQuestion, Organisation, Service, ServiceTranslation
from services.models.taxonomy import Category, Need, SearchTerm
from services.models.waits import AccessStep, Wait, WaitChange, WaitDay

__all__ = [
    "AccessStep",
    "AccessibilityFeature",
    "Booklet",
    "Category",
    "DirectoryChange",
    "DirectoryVersion",
    "KeptServicePage",
    "KeptServiceRecord",
    "ListingVersion",
    "LocalOfferAnswer",
    "LocalOfferQuestion",
    "Location",
    "Need",
    "OpeningTime",
    "Organisation",
    "PendingChange",
    "PostcodeCentroid",
    "PrintedCopyRequest",
    "ProviderAccount",
    "ReviewCount",
    "ReviewReminder",
    "SearchDealtWith",
    "SearchRecord",
    "SearchTerm",
    "Service",
    "ServiceTranslation",
    "Wait",
    "WaitChange",
    "WaitDay",
]
