"""The site's fixed addresses, reversed once per process rather than on every page that links to them.

An address depends only on the URLconf and the script prefix the site is served under, so it is kept
per pair; a URLconf changed while running (in tests) is a different key.
"""

import functools

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse


@functools.lru_cache(maxsize=512)
def address_reversed(urlconf, script_prefix, viewname, kwargs):
    """reverse() for one URLconf and script prefix, kept: `kwargs` are name and value pairs."""
    return reverse(viewname, urlconf=urlconf, kwargs=dict(kwargs))


def address(viewname, **kwargs):
    """The address of `viewname` with these fixed `kwargs`, as reverse() gives it, made once a process."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return address_reversed(urlconf, get_script_prefix(), viewname, tuple(sorted(kwargs.items())))
