"""Template context every page needs: the site's name and the main navigation."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

NAVIGATION = [
    (_("Find services"), "services:search"),
    (_("Information and advice"), "information"),
    (_("Co-production"), "coproduction:hub"),
    (_("Feedback"), "coproduction:feedback"),
]


def site(request):
    """The service name, SITE_URL and navigation items, marking the section being viewed."""
    path = request.path
    navigation = [
        {"text": text, "href": href, "current": path == href, "active": path.startswith(href)}
        for text, href in ((text, reverse(name)) for text, name in NAVIGATION)
    ]
    return {
        "service_name": "SEND Local Offer",
        "council_name": "BCP Council",
        "site_url": settings.SITE_URL,
        "contact_email": settings.CONTACT_EMAIL,
        "contact_phone": settings.CONTACT_PHONE,
        "navigation": navigation,
    }
