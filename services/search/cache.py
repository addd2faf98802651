"""Rendered search results, kept in each app server's memory until the directory changes.

Any change to a listing or a vocabulary deletes the shared version key (in the default cache, which
every server shares), so every server's copies go stale at once; `SEARCH_CACHE_SECONDS` bounds how
long a copy lives anyway. Set it to 0 to turn the cache off. Nothing personal is ever cached: the
cached part of the page is the same for everyone who asks the same question.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction

VERSION_KEY = "services:directory-version"
fragments = LocMemCache("services-search", {"OPTIONS": {"MAX_ENTRIES": 2000, "CULL_FREQUENCY": 4}})


def directory_version():
    """The directory's current version: a random token replaced whenever anything in it changes."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def directory_changed():
    """Mark every cached search stale once the current transaction commits."""
    transaction.on_commit(lambda: cache.delete(VERSION_KEY))


def fragment_cached(*, parts, render):
    """The value `render()` returns for these key parts, from memory when this version already has it."""
    seconds = settings.SEARCH_CACHE_SECONDS
    if seconds <= 0:
        return render()
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    key = f"{directory_version()}:{digest}"
    value = fragments.get(key)
    if value is None:
        value = render()
        fragments.set(key, value, timeout=seconds)
    return value
