"""The site's fixed addresses, reversed once per process rather than on every page that links to them.

An address depends only on the URLconf and the script prefix the site is served under, so it is kept
per pair; a URLconf changed while running (in tests) is a different key.
"""

import functools
import re

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


SLUG = re.compile(r"[-a-zA-Z0-9_]+")  # what Django's slug path converter takes, which reverse() puts in as it is
SLUG_HERE = "lo-slug-here"


@functools.lru_cache(maxsize=64)
def slug_address_around(urlconf, script_prefix, viewname):
    """The address of `viewname` before and after its slug, for one URLconf and script prefix."""
    before, after = reverse(viewname, urlconf=urlconf, kwargs={"slug": SLUG_HERE}).split(SLUG_HERE)
    return before, after


def slug_address(viewname, slug):
    """The address of `viewname` for `slug`, as reverse() gives it, with what goes around the slug made once a
    process: a page of results or of open data links to many listings. A slug the URL pattern would not take
    is given to reverse(), which refuses it as before."""
    if not SLUG.fullmatch(slug):
        return reverse(viewname, kwargs={"slug": slug})
    before, after = slug_address_around(get_urlconf() or settings.ROOT_URLCONF, get_script_prefix(), viewname)
    return f"{before}{slug}{after}"
