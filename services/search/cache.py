"""Rendered search results kept in each app server's memory until the directory's version changes.

`SEARCH_CACHE_SECONDS` bounds how long a kept page lives anyway; 0 turns it off. Nothing personal is
ever kept: the kept part of the page is the same for everyone who asks the same question.
"""

from django.conf import settings

from localoffer.core.rendered import rendered_cached
from services.directory_version import directory_version


def fragment_cached(*, parts, render, version=None):
    """The value `render()` returns for these key parts, from this server's memory when this version of
    the directory already has it (kept by localoffer.core.rendered, for SEARCH_CACHE_SECONDS)."""
    version = directory_version() if version is None else version
    return rendered_cached(
        parts=("search", version, *parts), render=render, shared=False, seconds=settings.SEARCH_CACHE_SECONDS
    )
