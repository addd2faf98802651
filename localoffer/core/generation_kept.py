"""What a server works out once for one generation of something that changes (a search index snapshot, a
directory version) and then reuses until the next generation, in its own memory, within a size limit."""

import threading


class GenerationKept:
    """Values kept by key for one generation only: a value kept for an earlier generation is never given for a
    later one, and the first value kept for a new generation lets every earlier one go. At most `limit` in all, as
    `size` measures each value, the oldest let go first. Thread-safe; a value is shared by every caller that asks,
    so it must not be changed."""

    def __init__(self, *, limit, size):
        self.limit, self.size_of = limit, size
        self.lock = threading.Lock()
        self.generation, self.entries, self.size = None, {}, 0

    def get(self, generation, key):
        """The value kept for `key` in `generation`, or None."""
        with self.lock:
            return self.entries.get(key) if self.current(generation) else None

    def put(self, generation, key, value):
        """Keep `value` for `key` in `generation` (unless one is kept already), letting the oldest go to make room."""
        size = self.size_of(value)
        with self.lock:
            if not self.current(generation):
                self.generation, self.entries, self.size = generation, {}, 0
            if key in self.entries:
                return
            while self.entries and self.size + size > self.limit:
                self.size -= self.size_of(self.entries.pop(next(iter(self.entries))))
            self.entries[key] = value
            self.size += size

    def current(self, generation):
        return self.generation is generation or (self.generation is not None and self.generation == generation)

    def clear(self):
        with self.lock:
            self.generation, self.entries, self.size = None, {}, 0
