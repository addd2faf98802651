"""What a server works out once for one generation of something that changes (a search index snapshot, a
directory version) and then reuses until the next generation, in its own memory, within a size limit."""

import threading
import time


class GenerationKept:
    """Values kept by key for one generation only: a value kept for an earlier generation is never given for a
    later one, and the first value kept for a new generation lets every earlier one go. At most `limit` in all, as
    `size` measures each value, the oldest let go first, and none kept longer than `seconds` (when given: a key
    made of what a person typed is not kept for as long as a generation may last). Thread-safe; a value is shared
    by every caller that asks, so it must not be changed."""

    def __init__(self, *, limit, size, seconds=None):
        self.limit, self.size_of, self.seconds = limit, size, seconds
        self.lock = threading.Lock()
        self.generation, self.entries, self.size = None, {}, 0

    def get(self, generation, key):
        """The value kept for `key` in `generation`, or None."""
        with self.lock:
            entry = self.entries.get(key) if self.current(generation) else None
        if entry is None or self.expired(entry[0]):
            return None
        return entry[1]

    def put(self, generation, key, value):
        """Keep `value` for `key` in `generation` (unless it is kept already), letting the oldest go to make room,
        and any kept too long."""
        size = self.size_of(value)
        with self.lock:
            if not self.current(generation):
                self.generation, self.entries, self.size = generation, {}, 0
            if key in self.entries:
                if not self.expired(self.entries[key][0]):
                    return  # kept already (by another thread meanwhile)
                self.forget(key)
            while self.entries and (
                self.size + size > self.limit or self.expired(self.entries[next(iter(self.entries))][0])
            ):
                self.forget(next(iter(self.entries)))
            self.entries[key] = (time.monotonic(), value)
            self.size += size

    def forget(self, key):
        self.size -= self.size_of(self.entries.pop(key)[1])

    def expired(self, kept_at):
        return self.seconds is not None and time.monotonic() - kept_at > self.seconds

    def current(self, generation):
        return self.generation is generation or (self.generation is not None and self.generation == generation)

    def clear(self):
        with self.lock:
            self.generation, self.entries, self.size = None, {}, 0
