"""A cache for counters (form rate limits) that carries on in this process's memory when the shared one fails.

The shared cache (Redis) is an aid, not a store of record: when it cannot be reached, a form must
still be accepted and kept. `FallbackCache` passes every call to the shared cache it names; when a
call fails it logs once, counts in this process's own memory instead, and tries the shared cache
again after `RETRY_SECONDS`, logging once more when it answers again. While it is down, each app
server process counts on its own, so a sender may get a few more submissions through than the limit:
better than losing every family's form.
"""

import logging
import threading
import time

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.locmem import LocMemCache

logger = logging.getLogger(__name__)

# How long to count in memory before asking the shared cache again, so a cache that is down or slow
# costs one failed call every few seconds, not one a request.
RETRY_SECONDS = 5


class FallbackCache(BaseCache):
    """The cache named by LOCATION, or this process's memory while that one does not answer."""

    def __init__(self, location, params):
        super().__init__(params)
        self.shared_alias = location
        self.memory = LocMemCache(f"fallback-{location}", {"OPTIONS": {"MAX_ENTRIES": 10000}})
        self.lock = threading.Lock()
        self.down_until = 0.0

    @property
    def shared(self):
        return caches[self.shared_alias]

    def call(self, name, *args, **kwargs):
        """Call `name` on the shared cache; on failure (or while it is resting) on this process's memory."""
        if time.monotonic() >= self.down_until:
            try:
                result = getattr(self.shared, name)(*args, **kwargs)
            except Exception as error:  # noqa: BLE001  (any failure of the shared cache: count locally)
                self.went_down(error)
            else:
                self.came_back()
                return result
        return getattr(self.memory, name)(*args, **kwargs)

    def went_down(self, error):
        with self.lock:
            first = self.down_until == 0.0
            self.down_until = time.monotonic() + RETRY_SECONDS
        if first:
            logger.warning(
                "The shared cache %r did not answer (%s): counting in this process's memory until it does",
                self.shared_alias,
                error,
            )

    def came_back(self):
        if self.down_until == 0.0:
            return
        with self.lock:
            was_down, self.down_until = self.down_until != 0.0, 0.0
        if was_down:
            logger.warning("The shared cache %r answers again: counting there", self.shared_alias)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self.call("add", key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self.call("get", key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self.call("set", key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.call("touch", key, timeout, version)

    def delete(self, key, version=None):
        return self.call("delete", key, version)

    def incr(self, key, delta=1, version=None):
        try:
            return self.call("incr", key, delta, version)
        except ValueError:
            # Counted in the shared cache until a moment ago: this process starts again from here.
            if self.down_until and self.memory.add(key, delta, version=version):
                return delta
            raise

    def has_key(self, key, version=None):
        return self.call("has_key", key, version)

    def clear(self):
        self.memory.clear()
        return self.call("clear")
