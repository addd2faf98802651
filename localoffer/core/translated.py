"""The site's own words in the visitor's language, for pages joined from format strings."""

from django.conf import settings
from django.utils.translation import gettext, trans_real


def page_words():
    """gettext for the language active now, found once for a whole page.

    Django's gettext finds the active language in a context-local on every call (several microseconds each,
    most of its cost), and a page joined from format strings asks for forty or more of its words; this finds
    it once. The words are what gettext gives for them (the site's words have no carriage returns, the one
    thing gettext changes before looking a message up).
    """
    if not settings.USE_I18N:
        return gettext
    return trans_real.catalog().gettext
