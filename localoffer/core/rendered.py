"""Content rendered once and kept, under a key made of everything it was rendered from.

A key names its sources and their versions, so an edit makes a new key and the next request renders
afresh: nothing is ever invalidated and nothing stale is ever served. The rule for what names a source:

- whatever shows one listing (its service page, its open data record, its result card) is keyed on that
  listing's own version (services/listing_versions.py), which every change to anything it shows moves
  on, and on the glossary's version where it explains terms; an edit to one listing leaves every other
  listing's renderings kept;
- a list of listings (a page of the open data API) is keyed on its members and their versions, and on
  how many there are, so it is stale only when a member changed, came or went;
- content pages on their own kind's version (localoffer/content) and the glossary's;
- anything else made from the whole directory (search results, other open data answers) on the
  directory's version (services/directory_version.py).

A service's page in the site's own language follows the same rule but is kept in the database rather than
here (services/service_page.py), so that a family's first visit to a page reads it with its listing.

Every key also names the active language, so the site's own words in a rendering match the page's, and the
code that rendered it (`code_mark`): after a deploy that changes a page's markup, a record's fields or the site's
words, nothing an earlier version kept in the shared cache is served. Two layers: this process's memory,
then the shared cache (Redis when REDIS_URL is set, the database's cache table otherwise), so a page
one app server rendered is ready on every other. Only what is the same for every visitor is kept;
`RENDERED_CACHE_SECONDS` bounds how long (0 turns it off). If the shared cache fails, pages are
rendered as if nothing were kept, and for RETRY_SECONDS after a failure it is not asked again, so a
slow or unreachable cache costs one wait every few seconds rather than one on every page.
"""

import functools
import hashlib
import logging
import sys
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.utils import translation

logger = logging.getLogger(__name__)

memory = LocMemCache(
    "localoffer-rendered", {"OPTIONS": {"MAX_ENTRIES": settings.RENDERED_MEMORY_ENTRIES, "CULL_FREQUENCY": 4}}
)
MEMORY_SECONDS = 300
MISSING = object()
RETRY_SECONDS = 5


class SharedCacheResting(Exception):
    """The shared cache failed a moment ago and is not asked again yet."""


resting_until = 0.0


def shared_cache():
    """The shared cache, unless it failed less than RETRY_SECONDS ago (then SharedCacheResting)."""
    if time.monotonic() < resting_until:
        raise SharedCacheResting
    return cache


def shared_cache_failed():
    global resting_until  # noqa: PLW0603 (one flag for the process)
    resting_until = time.monotonic() + RETRY_SECONDS


ROOT = Path(__file__).resolve().parents[2]
# What a rendering is made by: the site's code, templates, words and static files (whose addresses pages name).
CODE = ("localoffer", "services", "coproduction", "templates", "locale", "static")
CODE_SUFFIXES = {".py", ".html", ".txt", ".mo", ".csv", ".json", ".css", ".js", ".svg", ".png", ".ico", ".woff2"}


@functools.cache
def code_mark(root=ROOT):
    """A fingerprint of the code under `root` that renders what is kept (`CODE`), and of the Python and the
    libraries it runs on: the same on every server running the same code, whatever its files' times."""
    digest = hashlib.sha256(repr((sys.version, (root / "requirements.txt").read_bytes())).encode())
    for folder in CODE:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts and path.is_file():
                digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


code_mark()  # now, as the code is loaded: a worker still running earlier code after a deploy keeps its own mark


def rendered_key(parts):
    """A short cache key for the parts a rendering came from, the language its own words are in and the code
    that rendered it."""
    return "rendered:" + hashlib.sha256(repr((code_mark(), translation.get_language(), parts)).encode()).hexdigest()


def rendered_cached(*, parts, render, shared=True, seconds=None):
    """What `render()` returns for these parts: from memory, else the shared cache, else rendered and kept.

    `parts` must name every source of the rendering and its version. `render` may return None
    (nothing to show), which is not kept. `seconds` bounds how long it is kept (RENDERED_CACHE_SECONDS
    when not given; 0 keeps nothing).
    """
    seconds = settings.RENDERED_CACHE_SECONDS if seconds is None else seconds
    if seconds <= 0:
        return render()
    key = rendered_key(parts)
    value = memory.get(key, MISSING)
    if value is not MISSING:
        return value
    if shared:
        try:
            value = shared_cache().get(key, MISSING)
        except SharedCacheResting:
            return render()
        except Exception:  # noqa: BLE001  (the shared cache is an aid: render instead)
            shared_cache_failed()
            logger.warning("Rendered content: the shared cache did not answer")
            return render()
    if value is MISSING:
        value = render()
        if value is None:
            return None
        if shared:
            try:
                shared_cache().set(key, value, timeout=seconds)
            except SharedCacheResting:
                pass
            except Exception:  # noqa: BLE001
                shared_cache_failed()
                logger.warning("Rendered content: the shared cache did not take a rendering")
    memory.set(key, value, timeout=min(seconds, MEMORY_SECONDS))
    return value


def shared_versions(*keys):
    """The versions of kinds of content, shared by every app server, read in one go (a new one for any the
    cache lost). None when the shared cache is down: then nothing made from that content may be kept."""
    try:
        shared = shared_cache()
        found = shared.get_many(keys)
        for key in keys:
            if found.get(key) is None:
                shared.add(key, uuid.uuid4().hex, timeout=None)
                found[key] = shared.get(key)
    except SharedCacheResting:
        return None
    except Exception:  # noqa: BLE001
        shared_cache_failed()
        logger.warning("Rendered content: the shared cache did not answer for the versions %s", keys)
        return None
    return tuple(found[key] for key in keys)


def version_key(name):
    return f"version:{name}"


def shared_version_changed(name):
    """A new version of a kind of content: now, and again once the change is committed, so that nothing
    rendered from the old rows between the two can be kept under the new version."""

    def change():
        try:
            cache.set(version_key(name), uuid.uuid4().hex, timeout=None)
        except Exception:  # noqa: BLE001
            logger.warning("Rendered content: the shared cache did not take the new %s version", name)

    change()
    transaction.on_commit(change)
