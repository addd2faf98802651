"""The text index's answers to the queries searches make, kept across the snapshots of one text index.

An edit to the directory makes a new snapshot sharing the text index (`DirectoryIndex.updated`), and every search
after it would otherwise ask the whole index again, for each of its words, what a search before the edit already
had. An answer kept from an earlier snapshot is brought up to date instead by asking the query again of the
services changed since (their slots: one query over a handful of documents) and of nothing else. Whether a service
matches depends on its own document alone, so which services match is what a fresh search gives. So does each
unchanged service's score, but for the index's statistics (how many documents use each word, and how long they
are), which one edit among thousands moves by a part in thousands, as a replaced document the text index still
counts already does (`DirectoryIndex.replaced`). So an answer is carried only while the services changed since it
was asked of the whole index are at most `CHANGED_SHARE` of them (a small directory is asked afresh after any
edit, and costs little to ask), and is asked afresh once `SECONDS` have passed, so no such difference grows or
lasts.

An answer is kept by a digest of its query, never the words in it, for at most `SECONDS` (a query holds what a
family typed), `LIMIT_BYTES` in all, the oldest let go first.
"""

import hashlib
import re
import secrets
import threading
import time

import numpy as np

LIMIT_BYTES = 32 * 1024 * 1024
SECONDS = 300
CHANGED_SHARE = 0.02  # services changed since an answer was asked of the whole index, at most, as a share of them
# Answers are carried in a directory of this many services or more. Asking a query of a few services costs about as
# much as setting the query up over the whole text index (its words' postings in every field and segment): at 5,158
# services, 1.0 ms for a scored query asked of the changed services against 0.9 ms of the whole index; at 50,158,
# 1.4 ms against 4 ms (bench/profile_search.py --edit-every).
CARRIED_FROM_SIZE = 10_000
HISTORY = 512  # the snapshots whose changed slots are remembered


# A query as tantivy writes it out (`repr`): the words in it, and the names of its parts outside them. A query made
# only of the parts of `WORD_PARTS` matches a document only through one of its words (a term on a number, an
# `AllQuery` or any other part may match without one).
WORD = re.compile(r'type=Str, "([^"\\]*)"')
TERM = re.compile(r'TermQuery\(Term\(field=(\d+), type=Str, "([^"\\]*)"\)\)')
PHRASE = re.compile(r"PhraseQuery \{ field: Field\((\d+)\), phrase_terms: \[(.*?)\], slop")
QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
NAME = re.compile(r"\b[A-Z][A-Za-z0-9_]*\b")
WORD_PARTS = frozenset(
    {"Query", "BooleanQuery", "DisjunctionMaxQuery", "Boost", "TermQuery", "PhraseQuery", "Term", "Field", "Str"}
    | {"Should", "Must", "MustNot"}
)
KEY = secrets.token_bytes(16)  # this process's own: a digest kept says nothing to anyone outside it


def query_key(text, *, scored):
    """A digest of a query written out (`repr`: its whole structure, fields, words and boosts), and whether scores
    were asked for."""
    return scored, hashlib.blake2b(text.encode(), digest_size=16, key=KEY).digest()


def may_match(text, said):
    """Whether a query written out (`repr`) may match a document whose words are among `said` (each as
    "field:word", the field by its number in the schema, the word as indexed). A query made only of words and phrases
    combined (any of, all of, the best of, boosted) matches a document only when one of its words is in the field it
    is asked of, or all of one of its phrases' words are: "learning disabilities" is not asked again of a listing
    that says "learning" only. Any other query may."""
    if "\\" in text or "MustNot" in text or not set(NAME.findall(QUOTED.sub('""', text))) <= WORD_PARTS:
        return True
    leaves = [{f"{field}:{word}"} for field, word in TERM.findall(text)]
    leaves += [{f"{field}:{word}" for word in WORD.findall(terms)} for field, terms in PHRASE.findall(text)]
    if sum(len(leaf) for leaf in leaves) != len(WORD.findall(text)):
        return True  # a word outside the terms and phrases read: not a query made only of them
    return any(leaf <= said for leaf in leaves)


class Answer:
    """Which slots a query matched on one snapshot (`generation`) and, when scored, each one's score (tantivy's
    float32), as asked of the whole text index at generation `asked` and time `made_at` and brought up to date since.
    Its arrays are read-only: an answer is shared by every search that asks the query."""

    __slots__ = ("asked", "generation", "made_at", "positions", "scores")

    def __init__(self, *, generation, asked, made_at, positions, scores):
        self.generation, self.asked, self.made_at = generation, asked, made_at
        self.positions, self.scores = positions, scores
        for array in (positions, scores):
            if array is not None:
                array.setflags(write=False)

    @property
    def size(self):
        return self.positions.nbytes + (self.scores.nbytes if self.scores is not None else 0) + 200


class Answers:
    """The answers of one text index's snapshots, each snapshot known by its generation (a number given once).
    Thread-safe; an answer is shared by every caller and never changed."""

    def __init__(self, *, limit=LIMIT_BYTES, seconds=SECONDS):
        self.limit, self.seconds = limit, seconds
        self.lock = threading.Lock()
        self.lineage = secrets.token_hex(8)  # names this text index's snapshots apart from any other's
        self.entries = {}  # key -> Answer, oldest first
        self.size = 0
        self.made = 0  # the last generation given
        # generation -> (the generation it was made from, the slots changed in making it, the words they say now)
        self.changes = {}
        self.swept = time.monotonic()

    def generation_next(self, *, parent, changed, said):
        """A new generation, made from `parent` by changing the slots of `changed` (an array), whose documents now
        have the words of `said` (a set, as indexed)."""
        with self.lock:
            self.made += 1
            self.changes[self.made] = (parent, changed, frozenset(said))
            while len(self.changes) > HISTORY:
                del self.changes[next(iter(self.changes))]
            return self.made

    def changed_between(self, earlier, later, *, at_most):
        """The slots changed from generation `earlier` to `later` (an array) and the words their documents have
        had since (a set), or None when `later` was not made from `earlier` in the history kept, or more than
        `at_most` changed."""
        parts, said = [], set()
        generation, total = later, 0
        with self.lock:
            while generation != earlier:
                step = self.changes.get(generation)
                if step is None or generation < earlier:
                    return None
                generation, changed, words = step
                parts.append(changed)
                said |= words
                total += changed.size
                if total > at_most:
                    return None
        return (np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)), said

    def get(self, key):
        """The answer kept for `key` (of any generation), or None; one older than `seconds` is let go."""
        with self.lock:
            answer = self.entries.get(key)
            if answer is not None and time.monotonic() - answer.made_at > self.seconds:
                self.forget(key)
                return None
            return answer

    def put(self, key, answer):
        """Keep `answer` for `key`, unless one of a later generation is kept already; the oldest let go to make
        room, and any kept too long."""
        with self.lock:
            if answer.size > self.limit:
                return
            kept = self.entries.get(key)
            if kept is not None:
                if kept.generation > answer.generation:
                    return
                self.forget(key)
            now = time.monotonic()
            if now - self.swept > 10:  # an answer carried to a later snapshot is kept in a later place
                self.swept = now
                for old in [old for old, kept in self.entries.items() if now - kept.made_at > self.seconds]:
                    self.forget(old)
            while self.entries:
                oldest = next(iter(self.entries))
                if self.size + answer.size <= self.limit and now - self.entries[oldest].made_at <= self.seconds:
                    break
                self.forget(oldest)
            self.entries[key] = answer
            self.size += answer.size

    def forget(self, key):
        self.size -= self.entries.pop(key).size

    def clear(self):
        with self.lock:
            self.entries, self.size = {}, 0
