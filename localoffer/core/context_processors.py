"""Template context every page needs: the site's name and the main navigation."""

import functools
from typing import NamedTuple

from django.conf import settings
from django.urls import get_script_prefix, reverse
from django.utils.translation import gettext_lazy as _

NAVIGATION = [
    (_("Find services"), "services:search"),
    (_("Information and advice"), "information"),
    (_("Co-production"), "coproduction:hub"),
    (_("Feedback"), "coproduction:feedback"),
]


class NavigationItem(NamedTuple):
    """One section in the header: its name, its address, and whether the page is it or is in it."""

    text: str
    href: str
    current: bool
    active: bool


@functools.lru_cache(maxsize=8)
def navigation_addresses(script_prefix):
    """Each section's name and address, reversed once a process (per script prefix, which they start with)."""
    return tuple((text, reverse(name)) for text, name in NAVIGATION)


def site(request):
    """The service name, SITE_URL and navigation items, marking the section being viewed."""
    path = request.path
    navigation = [
        NavigationItem(text=text, href=href, current=path == href, active=path.startswith(href))
        for text, href in navigation_addresses(get_script_prefix())
    ]
    return {
        "service_name": "SEND Local Offer",
        "council_name": "BCP Council",
        "site_url": settings.SITE_URL,
        "contact_email": settings.CONTACT_EMAIL,
        "contact_phone": settings.CONTACT_PHONE,
        "navigation": navigation,
    }
