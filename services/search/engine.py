"""The directory's search index: every visible service in an in-memory tantivy index, with what filters need.

Each app server (each worker process) keeps one `DirectoryIndex`, built from the database on its first
search. Before every search it reads the directory's version number (one small query); when another
server, or this one, has committed a change since, it reads from the change log which services changed
and applies only those (`DirectoryIndex.updated`): their old documents are deleted from the text index
and the new ones added, and the filter masks, places, lexicon and name order follow. So a listing edited
anywhere is found everywhere at once, at the cost of that listing. The index is built afresh only when
the log cannot say what changed (a category, need or the vocabulary changed, or the server is too far
behind) or when many of the text index's documents are replaced ones. The result is the same as a
fresh build's. The same code runs on SQLite and PostgreSQL, so both give the same results.

Ranking is BM25 over five fields, weighted: the name most, then the summary and the names of the
service's categories and needs, then its description (with the organisation's name) and, least,
its Local Offer answers. Rare words count more than common ones, a phrase counts more than its
words scattered, and a service matching more of the query's meaningful words ranks higher.
"""

import bisect
import copy
import ctypes
import functools
import gc
import logging
import math
import re
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import numpy as np
import tantivy
from django.db import OperationalError, connection, connections
from django.db.models import CharField, DateField, F, IntegerField, TextField, Value
from django.db.models.functions import Cast

from services.directory_version import directory_changes_since, directory_version, version_number
from services.listing_versions import with_versions
from services.models import LocalOfferAnswer, Location, Service, Wait
from services.postcodes import EARTH_RADIUS_MILES
from services.search import answers, snapshot
from services.search.vocabulary import apostrophes_joined, phrase_table, words_of
from services.waits import WITHIN_DAYS

logger = logging.getLogger(__name__)

FIELD_BOOSTS = {"name": 5.0, "summary": 2.5, "terms": 2.5, "body": 1.0, "answers": 0.6}
FIELDS = list(FIELD_BOOSTS)
TEXT_FIELDS = ["name", "summary", "body"]  # what a listing says in its own words, for how common a word is
OWN_FIELDS = ("name", "summary", "body", "answers")  # everything but the names of its categories and needs
MODES = ("in_person", "online", "by_phone", "home_visits")
ANALYZER = "localoffer_english"
WRITER_HEAP_BYTES = 30_000_000
UPDATE_HEAP_BYTES = 15_000_000  # tantivy's least: enough for the few documents one change replaces
CLOSED_WEIGHT = 0.5  # a temporarily closed service counts half: below an open one that matches as well
LONG_OVERDUE_WEIGHT = 0.85  # a listing not checked for long may be out of date: a little lower
LONG_OVERDUE_DAYS = 90  # past its review due date by this many days
# A listing that says it also takes adults ("children and adults", "people of all ages", "adult-sized"), not only
# young adults, nor children with an adult ("accompanied by an adult", "babies and their grown-ups"), nor a move
# to come ("planning the move to adult social care": "adult" before a service says what it leads to).
TAKES_ADULTS = re.compile(
    r"(?<!young )(?<!responsible )\badults\b|\badult[- ]sized\b|\badult services (?:available )?for\b"
    r"|\ball ages\b|\bany age\b|\bolder people\b|\bover[- ]?(?:18|25)s\b|\b(?:18|eighteen) and over\b"
)
ADULT_AGE = 18  # a service whose youngest is this old is for adults, unless its listing says young ones only
# A listing that says it is for young adults or young people ("young adults with learning disabilities", "aged 19
# to 25"): from 18 it still ends at 25, so it is not for someone of 30.
# Every listing that `TAKES_ADULTS` finds says one of these: looked for first, as the pattern is slow to search
# every listing for (about a tenth of a millisecond each), and most listings say none of them.
TAKES_ADULTS_WORDS = ("adult", "all ages", "any age", "older people", "over")
YOUNG_ONLY = re.compile(r"\byoung (?:adults?|people|persons?)\b|\baged (?:1[6-9]|2[0-4]) to 25\b")
GROWTH = 256  # empty places added to the arrays when a new service finds none free
REBUILD_SHARE = 0.2  # build afresh once this share of the text index's documents are replaced ones
REBUILD_AT_LEAST = 200  # ... but never for fewer replaced documents than this
EMPTY_RANK = 2**62  # an empty slot's place in the name order: after every service
NO_WAIT = 2**62  # `wait_days` of a service that states no wait: after every wait
PHRASE_QUERIES_KEPT = 5000  # parsed phrase queries a text index keeps: the vocabulary's and the words families type
RECORD_COLUMNS = (
    "id", "name", "slug", "summary", "description", "organisation__name", "minimum_age", "maximum_age", "cost",
    "access", "coverage", "updated", "status", "review_due", *MODES,
)  # fmt: skip


def analyzer_build():
    """Words split on anything but letters and digits, lower-cased, accents folded, English stems."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


@dataclass
class Row:
    """What filtering, sorting and the results page need about one indexed service."""

    id: object
    name: str
    updated: object
    points: list
    closed: bool = False
    review_due: object = None
    wait: int | None = None  # the shortest wait stated, in days (0: no waiting list); None when none is stated
    version: object = None  # the listing's own version (services/listing_versions.py): its card is kept per version
    needs: int = 0  # how many needs the service is tagged with (without the groups they sit under)
    # What its result card shows besides (services/search/cards.py).
    slug: str = ""
    summary: str = ""
    organisation: str = ""
    minimum_age: int = 0
    maximum_age: int = 0
    cost: str = ""
    coverage: str = ""


@dataclass
class Listing:
    """One visible service as read from the database: its document's text and what filters and cards need."""

    row: Row
    texts: tuple  # (name, summary, terms, description, organisation), as indexed
    answers: str
    keys: list = field(default_factory=list)
    waits: list = field(default_factory=list)

    def document(self, slot):
        document = tantivy.Document()
        document.add_unsigned("idx", slot)
        for name, text in zip(FIELDS, self.indexed_texts(), strict=True):
            document.add_text(name, text)
        return document

    def indexed_texts(self):
        """The text of each of the text index's fields (`FIELDS`), in order."""
        name, summary, terms, description, organisation = self.texts
        # Possessives are one word on both sides: "carer's" is indexed as "carers", as it is searched.
        return [
            apostrophes_joined(text) for text in (name, summary, terms, f"{description}\n{organisation}", self.answers)
        ]


def text_words(texts):
    """The words a listing adds to the directory's lexicon (what spelling corrects towards)."""
    name, summary, terms, description, _ = texts
    return words_of(f"{name} {summary} {terms} {description}")


def text_fields(texts):
    """{field: text} for the fields whose stems say how common a word is (`TEXT_FIELDS`)."""
    name, summary, _, description, organisation = texts
    return {
        "name": apostrophes_joined(name),
        "summary": apostrophes_joined(summary),
        "body": apostrophes_joined(f"{description}\n{organisation}"),
    }


def listings_read(*, reference, ids=None):
    """Every visible service (or those of `ids` still visible) in name order. A handful of queries."""
    services = Service.objects.visible()
    if ids is not None:
        services = services.filter(pk__in=ids)
    # Name order is the characters' order, the same in every database and in Python, so a service added
    # later takes the place a fresh build would give it.
    records = sorted(
        with_versions(services).order_by().values_list(*RECORD_COLUMNS, "version"),
        key=lambda record: (record[1], record[0]),
    )
    if not records:
        return []
    # Each service's place in `records` by its id as the database writes it as text: reading hundreds of thousands
    # of linked rows' ids as text rather than as UUIDs saves a second at 50,000 services.
    position = {id_text(record[0]): number for number, record in enumerate(records)}
    categories = links(Service.categories.through, "service_id", "category_id", position, ids)
    needs = links(Service.needs.through, "service_id", "need_id", position, ids)
    features = links(Location.accessibility.through, "location__service_id", "accessibilityfeature_id", position, ids)
    answers, waits = answers_and_waits(position, ids)
    places = {}
    locations = Location.objects.all() if ids is None else Location.objects.filter(service_id__in=ids)
    for service_id, town, latitude, longitude in locations.values_list(
        as_text("service_id"), "town", "latitude", "longitude"
    ):
        if service_id in position:
            places.setdefault(position[service_id], []).append((town, latitude, longitude))
    read = {"categories": categories, "needs": needs, "features": features, "answers": answers, "places": places}
    return [
        listing_make(record, number=number, read=read, waits=waits.get(number, []), reference=reference)
        for number, record in enumerate(records)
    ]


def listing_make(record, *, number, read, waits, reference):
    """One service's `Listing` from its record and what was read with it."""
    (pk, name, slug, summary, description, organisation, minimum, maximum, cost, access, coverage, updated, status,
     review_due, *modes, version) = record  # fmt: skip
    ref = reference
    category_ids = with_parents(read["categories"].get(number, ()), ref.categories)
    need_ids = with_parents(read["needs"].get(number, ()), ref.needs)
    terms = " ".join(
        [ref.categories[i].name for i in category_ids if i in ref.categories]
        + [ref.needs[i].name for i in need_ids if i in ref.needs]
    )
    shortest_wait = min((wait.days for wait in waits), default=None)
    places = read["places"].get(number, ())
    towns = {coverage} if coverage != Service.Coverage.LOCATIONS else set()
    towns |= {town for town, _, _ in places}
    keys = [
        *(("category", i) for i in category_ids),
        *(("need", i) for i in need_ids),
        *(("feature", i) for i in set(read["features"].get(number, ()))),
        ("cost", cost),
        *((("referral", True),) if access != Service.Access.PROFESSIONAL_REFERRAL else ()),
        *(("delivery", mode) for mode, offered in zip(MODES, modes, strict=True) if offered),
        *(("town", town) for town in towns),
        *(("age", age) for age in range(minimum, maximum + 1)),
        *(("wait", key) for key, most in WITHIN_DAYS.items() if shortest_wait is not None and shortest_wait <= most),
        *((("takes", "adults"),) if takes_adults(texts=(name, summary, description), minimum_age=minimum) else ()),
    ]
    points = [(lat, lng) for _, lat, lng in places if lat is not None and lng is not None]
    row = Row(
        id=pk, name=name, updated=updated, points=points, closed=status == Service.Status.TEMPORARILY_CLOSED,
        review_due=review_due, wait=shortest_wait, version=version, needs=len(set(read["needs"].get(number, ()))),
        slug=slug, summary=summary, organisation=organisation, minimum_age=minimum, maximum_age=maximum, cost=cost,
        coverage=coverage,
    )  # fmt: skip
    texts = (name, summary, terms, description, organisation)
    return Listing(row=row, texts=texts, answers="\n".join(read["answers"].get(number, ())), keys=keys, waits=waits)


def takes_adults(*, texts, minimum_age):
    """Whether a service takes adults: its listing says it takes them, or its ages start at 18 or over and its name
    and summary (`texts` begins with them), where a listing says who it is for, do not say young adults only."""
    text = "\n".join(texts).lower()
    if any(word in text for word in TAKES_ADULTS_WORDS) and TAKES_ADULTS.search(text):
        return True
    return minimum_age >= ADULT_AGE and not YOUNG_ONLY.search("\n".join(texts[:2]).lower())


class DirectoryIndex:
    """A snapshot of the visible directory at one version: the text index, filter masks and the lexicon.

    Each service has a slot: its number in the text index and its place in every array. A snapshot is
    never changed once searched: `updated` makes the next one, sharing what did not change, so a search
    running meanwhile in another thread reads one version throughout.
    """

    def __init__(self, *, version, reference):
        self.version = version
        self.reference = reference
        self.analyzer = analyzer_build()
        self.rows = []  # slot -> Row; None for an empty slot
        self.sources = []  # slot -> the texts indexed (`Listing.texts`), to take a listing's words out again
        self.slot_of = {}  # service id -> slot
        self.free = []  # empty slots
        self.order = []  # (name, id) of every indexed service, sorted: the name order
        self.rank = np.zeros(0, dtype=np.int64)  # slot -> its place in the name order
        self.live = np.zeros(0, dtype=bool)  # slot -> whether a service is in it
        self.masks = {}
        self.words = Counter()
        self.field_stems = {name: Counter() for name in TEXT_FIELDS}  # field -> {stem: services using it}
        self.index = None
        self.searcher = None
        self.replaced = 0  # documents deleted from the text index since it was built (still in its statistics)
        self.names = {}  # a name's words -> slots of the services with that name
        self.phrases = phrase_table(reference.vocabulary)
        self.cards = {}  # slot -> {language: the service's result card}, rendered on first use
        self.waits = {}  # slot -> the service's waits (unsaved Wait instances), in order, for its card
        self.cards_day = None  # the day the cards were rendered on
        self.own_matches = {}  # a kind of help's vocabulary group -> the services offering it in their own words
        self.kind_scores = {}  # a kind of help's vocabulary group -> (its slots, their scores as shares of the best)
        self.choice_bits = {}  # (filter, its values) -> their services as rows of bits (search/facets.py)
        self.build_seconds = 0.0  # how long its last fresh build took (`index_built`)
        self.standing_kept = None  # (day, `standing` on that day), made on the day's first search
        self.phrase_queries = {}  # (phrase, boost, fields) -> its parsed query, shared by every snapshot of the index
        self.folder = None  # the worker's folder its text index is kept in (search/snapshot.py); None: in memory
        self.answered = answers.Answers()  # the text index's answers to queries, shared by its snapshots
        self.generation = 0  # this snapshot's number among them (`answers.Answers.generation_next`)

    # Building

    def build(self, *, folder=None):
        """Read every visible service and index it. A handful of queries, whatever the directory's size. The text
        index is kept in `folder` (a `snapshot.WorkingFolder`) when given, else in memory."""
        listings = listings_read(reference=self.reference)
        schema = tantivy.SchemaBuilder()
        schema.add_unsigned_field("idx", stored=False, indexed=True, fast=True)
        for name in FIELDS:
            schema.add_text_field(name, stored=False, tokenizer_name=ANALYZER)
        self.folder = folder
        self.index = tantivy.Index(schema.build(), path=str(folder.path) if folder else None)
        self.index.register_tokenizer(ANALYZER, self.analyzer)
        writer = self.index.writer(WRITER_HEAP_BYTES, 1)
        members = {}
        for slot, listing in enumerate(listings):
            writer.add_document(listing.document(slot))
            self.words.update(text_words(listing.texts))
            for key in listing.keys:
                members.setdefault(key, []).append(slot)
            self.rows.append(listing.row)
            self.sources.append(listing.texts)
            if listing.waits:
                self.waits[slot] = listing.waits
            self.names.setdefault(" ".join(words_of(listing.row.name)), []).append(slot)
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()
        self.slot_of = {row.id: slot for slot, row in enumerate(self.rows)}
        self.order = [(row.name, row.id) for row in self.rows]
        self.rank = np.arange(len(self.rows), dtype=np.int64)
        self.live = np.ones(len(self.rows), dtype=bool)
        self.lookups_build(members)
        return self

    def lookups_build(self, members):
        """The filter masks, the places as arrays, and the words and stems the directory uses."""
        ref = self.reference
        self.points_build()
        self.closed = np.array([row.closed for row in self.rows], dtype=bool)
        self.review_due_days = np.array(
            [row.review_due.toordinal() if row.review_due else 0 for row in self.rows], dtype=np.int64
        )
        self.updated_times = np.array([time_key(row.updated) for row in self.rows], dtype=np.int64)
        self.wait_days = np.array([wait_key(row.wait) for row in self.rows], dtype=np.int64)
        for key, numbers in members.items():
            mask = np.zeros(self.slots, dtype=bool)
            mask[numbers] = True
            self.masks[key] = mask
        for phrase in [term.name for kind in ("categories", "needs") for term in getattr(ref, kind).values()]:
            self.words.update(words_of(phrase))
        for entry in ref.vocabulary:
            for phrase in entry:
                self.words.update(words_of(phrase))
        for name in TEXT_FIELDS:
            self.field_stems[name] = Counter(dict(self.searcher.terms_with_prefix(name, "")))

    def points_build(self):
        spots = [(slot, lat, lng) for slot, row in enumerate(self.rows) if row for lat, lng in row.points]
        self.point_rows = np.array([spot[0] for spot in spots], dtype=np.int64)
        self.point_latitudes = np.radians(np.array([spot[1] for spot in spots], dtype=np.float64))
        self.point_longitudes = np.radians(np.array([spot[2] for spot in spots], dtype=np.float64))

    # Applying changes

    def updated(self, *, version, services):
        """The next snapshot, at `version`: this one with the services of `services` (ids) read again from
        the database, each taken out and, if still visible, put back in. This snapshot is left as it was."""
        listings = listings_read(reference=self.reference, ids=services)
        new = copy.copy(self)
        new.version = version
        new.rows, new.sources, new.free = list(self.rows), list(self.sources), list(self.free)
        new.order = list(self.order)
        new.slot_of, new.names, new.masks = dict(self.slot_of), dict(self.names), dict(self.masks)
        new.cards, new.waits = dict(self.cards), dict(self.waits)
        new.own_matches, new.kind_scores = {}, {}  # found again in the new snapshot's documents
        new.standing_kept = None
        new.words = Counter(self.words)
        new.field_stems = {name: Counter(counts) for name, counts in self.field_stems.items()}
        new.rank, new.live = self.rank.copy(), self.live.copy()
        new.closed, new.review_due_days = self.closed.copy(), self.review_due_days.copy()
        new.updated_times, new.wait_days = self.updated_times.copy(), self.wait_days.copy()
        new.copied, new.touched = set(), set()  # masks already copied for this snapshot; slots changed
        new.indexed_words = set()  # the words of the documents put back in, as "field:word", for the answers kept
        new.__dict__.pop("words_by_length", None)
        lexicon = set()  # the lexicon's words the services changed said before and say now (`words_by_length`)
        writer = self.index.writer(UPDATE_HEAP_BYTES, 1)
        for pk in services:
            if pk in new.slot_of:
                lexicon.update(text_words(new.sources[new.slot_of[pk]]))
                new.listing_remove(pk, writer=writer)
        for listing in listings:
            lexicon.update(text_words(listing.texts))
            new.listing_add(listing, writer=writer)
        if "words_by_length" in self.__dict__:
            new.words_by_length = self.words_by_length_after(new, lexicon)
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        new.searcher = self.index.searcher()
        new.points_update(self)
        new.choice_bits = self.choice_bits_kept(new)
        changed = np.array(sorted(new.touched), dtype=np.int64)
        new.generation = self.answered.generation_next(parent=self.generation, changed=changed, said=new.indexed_words)
        del new.copied, new.touched, new.indexed_words
        return new

    def choice_bits_kept(self, new):
        """This snapshot's filter bit rows (search/facets.py) that `new` can share: those none of whose masks
        changed; the others are made again from `new`'s masks when first asked for."""
        if new.slots != self.slots:
            return {}
        changed = new.copied
        return {key: bits for key, bits in self.choice_bits.items() if not any((key[0], v) in changed for v in key[1])}

    def points_update(self, previous):
        """The places as arrays: `previous` snapshot's, without the changed slots' and with their new ones."""
        keep = ~np.isin(previous.point_rows, np.fromiter(self.touched, dtype=np.int64, count=len(self.touched)))
        spots = [(slot, lat, lng) for slot in self.touched if self.rows[slot] for lat, lng in self.rows[slot].points]
        self.point_rows = np.concatenate([previous.point_rows[keep], np.array([s[0] for s in spots], dtype=np.int64)])
        self.point_latitudes = np.concatenate(
            [previous.point_latitudes[keep], np.radians(np.array([s[1] for s in spots], dtype=np.float64))]
        )
        self.point_longitudes = np.concatenate(
            [previous.point_longitudes[keep], np.radians(np.array([s[2] for s in spots], dtype=np.float64))]
        )

    def mask_set(self, key, slot, value):
        if key not in self.copied:
            mask = self.masks.get(key)
            self.masks[key] = mask.copy() if mask is not None else np.zeros(self.slots, dtype=bool)
            self.copied.add(key)
        self.masks[key][slot] = value

    def listing_remove(self, pk, *, writer):
        """Take one service out: its document, its slot in every mask, its words and its place in name order."""
        slot = self.slot_of.pop(pk)
        self.touched.add(slot)
        row, texts = self.rows[slot], self.sources[slot]
        writer.delete_documents_by_query(tantivy.Query.term_query(self.index.schema, "idx", slot))
        self.replaced += 1
        for key in [key for key, mask in self.masks.items() if mask[slot]]:
            self.mask_set(key, slot, False)
        counts_subtract(self.words, text_words(texts))
        for name, text in text_fields(texts).items():
            counts_subtract(self.field_stems[name], set(self.analyzer.analyze(text)))
        name_words = " ".join(words_of(row.name))
        left = [other for other in self.names[name_words] if other != slot]
        if left:
            self.names[name_words] = left
        else:
            del self.names[name_words]
        place = bisect.bisect_left(self.order, (row.name, pk))
        del self.order[place]
        self.rank[self.rank > place] -= 1
        self.rank[slot] = EMPTY_RANK
        self.rows[slot] = self.sources[slot] = None
        self.live[slot] = self.closed[slot] = False
        self.review_due_days[slot] = self.updated_times[slot] = 0
        self.wait_days[slot] = NO_WAIT
        self.waits.pop(slot, None)
        self.cards.pop(slot, None)
        self.free.append(slot)

    def listing_add(self, listing, *, writer):
        """Put one service in a free slot (the arrays grow when there is none)."""
        if not self.free:
            self.grow()
        slot = self.free.pop()
        self.touched.add(slot)
        row = listing.row
        writer.add_document(listing.document(slot))
        for number, text in enumerate(listing.indexed_texts(), start=1):  # the schema's fields: "idx", then FIELDS
            self.indexed_words.update(f"{number}:{word}" for word in self.analyzer.analyze(text))
        for key in listing.keys:
            self.mask_set(key, slot, True)
        self.words.update(text_words(listing.texts))
        for name, text in text_fields(listing.texts).items():
            self.field_stems[name].update(set(self.analyzer.analyze(text)))
        name_words = " ".join(words_of(row.name))
        self.names[name_words] = [*self.names.get(name_words, ()), slot]
        place = bisect.bisect_left(self.order, (row.name, row.id))
        self.order.insert(place, (row.name, row.id))
        self.rank[self.rank >= place] += 1
        self.rank[slot] = place
        self.rows[slot], self.sources[slot], self.slot_of[row.id] = row, listing.texts, slot
        self.live[slot], self.closed[slot] = True, row.closed
        self.review_due_days[slot] = row.review_due.toordinal() if row.review_due else 0
        self.updated_times[slot], self.wait_days[slot] = time_key(row.updated), wait_key(row.wait)
        if listing.waits:
            self.waits[slot] = listing.waits

    def grow(self):
        """Add empty slots to every array (a few hundred at a time, so that adding services stays cheap)."""
        extra = max(GROWTH, self.slots // 16)
        self.rows += [None] * extra
        self.sources += [None] * extra
        self.free += reversed(range(self.slots - extra, self.slots))
        self.rank = np.concatenate([self.rank, np.full(extra, EMPTY_RANK, dtype=np.int64)])
        self.live = np.append(self.live, np.zeros(extra, dtype=bool))
        self.closed = np.append(self.closed, np.zeros(extra, dtype=bool))
        self.review_due_days = np.append(self.review_due_days, np.zeros(extra, dtype=np.int64))
        self.updated_times = np.append(self.updated_times, np.zeros(extra, dtype=np.int64))
        self.wait_days = np.append(self.wait_days, np.full(extra, NO_WAIT, dtype=np.int64))
        for key, mask in self.masks.items():
            self.masks[key] = np.append(mask, np.zeros(extra, dtype=bool))
            self.copied.add(key)

    # Reading

    @property
    def size(self):
        """How many services are indexed."""
        return len(self.order)

    @property
    def slots(self):
        """The length of every array over the index (services and empty slots)."""
        return len(self.rows)

    def service_ids(self):
        """The ids of every indexed (visible) service."""
        return set(self.slot_of)

    def name_ordered(self, positions):
        """Slots in the services' name order."""
        positions = np.asarray(positions, dtype=np.int64)
        return positions[np.argsort(self.rank[positions], kind="stable")]

    def mask(self, key):
        """The services with one filter value, as a boolean array (all False when none has it)."""
        found = self.masks.get(key)
        return found if found is not None else np.zeros(self.slots, dtype=bool)

    def distances(self, *, latitude, longitude, among=None):
        """Miles from a point to each service's nearest place, as an array over the index (NaN: no place); with
        `among` (a boolean array over the index), only for those services, NaN for the rest, so that a search
        measures the distances to its results and not to every place in the directory."""
        rows, latitudes, longitudes = self.point_rows, self.point_latitudes, self.point_longitudes
        if among is not None:
            wanted = among[rows]
            rows, latitudes, longitudes = rows[wanted], latitudes[wanted], longitudes[wanted]
        phi = math.radians(latitude)
        half_lat = np.sin((latitudes - phi) / 2) ** 2
        half_lng = np.sin((longitudes - math.radians(longitude)) / 2) ** 2
        a = half_lat + math.cos(phi) * np.cos(latitudes) * half_lng
        miles = 2 * EARTH_RADIUS_MILES * np.arcsin(np.minimum(1.0, np.sqrt(a)))
        nearest = np.full(self.slots, np.inf)
        np.minimum.at(nearest, rows, miles)
        nearest[np.isinf(nearest)] = np.nan
        return nearest

    def standing(self, *, today):
        """How much each service's relevance counts, from 0 to 1: a temporarily closed service ranks below
        an open one that matches as well, and a listing long overdue for review a little lower. Made once a day
        for each snapshot; not to be changed."""
        if self.standing_kept is None or self.standing_kept[0] != today:
            weights = np.ones(self.slots)
            weights[self.closed] *= CLOSED_WEIGHT
            weights[self.review_due_days < today.toordinal() - LONG_OVERDUE_DAYS] *= LONG_OVERDUE_WEIGHT
            self.standing_kept = (today, weights)
        return self.standing_kept[1]

    def stem(self, word):
        tokens = self.analyzer.analyze(word)
        return tokens[0] if len(tokens) == 1 else " ".join(tokens)

    def stem_count(self, stem):
        """How many services use a stem in one of their own text fields (the most of any field)."""
        return max(self.field_stems[name].get(stem, 0) for name in TEXT_FIELDS)

    @functools.cached_property
    def category_names(self):
        """{a category's name as stems: its ids}, to tell a kind of help that names a whole category."""
        found = {}
        for category in self.reference.categories.values():
            found.setdefault(tuple(self.analyzer.analyze(apostrophes_joined(category.name))), []).append(category.id)
        return found

    def named_categories_mask(self, phrases):
        """The services in a category whose whole name is one of `phrases` ("holiday activities"), not
        only a part of it ("swimming" of "Sport and swimming"), as a boolean array."""
        mask = np.zeros(self.slots, dtype=bool)
        for phrase in phrases:
            for category in self.category_names.get(tuple(self.analyzer.analyze(phrase)), ()):
                mask |= self.mask(("category", category))
        return mask

    @functools.cached_property
    def words_by_length(self):
        """{length: the directory's words of that length}, for finding the words close to a misspelt one."""
        grouped = {}
        for word in self.words:
            grouped.setdefault(len(word), []).append(word)
        return grouped

    def words_by_length_after(self, new, lexicon):
        """`words_by_length` for the `new` snapshot, from this one's: only the words of `lexicon` can have come or
        gone (a directory's words by length take tens of milliseconds to group afresh at 50,000 services)."""
        grouped, copied = dict(self.words_by_length), set()
        for word in sorted(lexicon):
            before, after = word in self.words, word in new.words
            if before == after:
                continue
            if len(word) not in copied:
                grouped[len(word)] = list(grouped.get(len(word), ()))
                copied.add(len(word))
            if after:
                grouped[len(word)].append(word)
            else:
                grouped[len(word)].remove(word)
        return grouped

    def knows(self, word):
        """Whether a typed word is one the directory uses, in any form ("therapies" for "therapy")."""
        return word in self.words or self.stem_count(self.stem(word)) > 0

    def document_share(self, word):
        """About the share of services whose own text (not their categories) has this word, from 0 to 1."""
        return self.stem_count(self.stem(word)) / max(self.size, 1)

    def search(self, query):
        """Each service's score for the tantivy query, as an array over the index: NaN where it does not match
        (`matched`). Families' words match thousands of services in a large directory, so the scores go
        straight into an array and every step after works on arrays, not on one service at a time. The answer
        is kept for the next search that asks the same query, on this snapshot or a later one (`answer`)."""
        scores = np.full(self.slots, np.nan)
        if self.size:
            positions, found = self.answer(query, scored=True)
            scores[positions] = found
        return scores

    def search_any(self, queries, also=()):
        """`search` of a boolean query of `queries`, any of which must match, and `also`, which only add to the
        scores of the services found by them: the scores summed here from each query's own answer as tantivy
        sums a boolean query's clauses (in float32, in order), so they are the same to the last bit.

        A family's question is new; its parts are not. "Swimming for my autistic son in Poole" is asked once,
        but swimming, autism and Poole are each asked in search after search, so each one's answer is kept
        (`answer`) and only their sum is made for the question, instead of asking the index for every service
        that matches any of them (tens of thousands of hits in a large directory, each read into Python)."""
        scores = np.full(self.slots, np.nan)
        if not self.size:
            return scores
        found, total = self.answers_summed(queries)
        if also:
            total += self.answers_summed(also)[1]
        scores[found] = total[found]
        return scores

    def answers_summed(self, queries):
        """Which services any of `queries` matches (a boolean array over the index) and the sum of their scores,
        in float32, added in the order given (the order tantivy adds a boolean query's clauses in)."""
        found = np.zeros(self.slots, dtype=bool)
        total = np.zeros(self.slots, dtype=np.float32)
        for query in queries:
            if query is not None:
                positions, scores = self.answer(query, scored=True)
                found[positions] = True
                total[positions] += scores
        return found, total

    def matching(self, query):
        """The services the tantivy query matches, as a boolean array over the index: `search`'s matches without
        scoring them, for the steps that only ask which services match (a third cheaper in a large directory)."""
        found = np.zeros(self.slots, dtype=bool)
        if self.size:
            found[self.answer(query, scored=False)[0]] = True
        return found

    def answer(self, query, *, scored):
        """The slots the query matches and, when `scored`, their scores: kept from an earlier search of this
        snapshot, or of an earlier one and asked again of only the services changed since (search/answers.py),
        or asked of the whole text index."""
        text = repr(query)
        key = answers.query_key(text, scored=scored)
        kept = self.answered.get(key)
        if kept is not None and kept.generation == self.generation:
            return kept.positions, kept.scores
        if not scored:  # which services match: those of the scored answer, when it is kept
            whole = self.answered.get(answers.query_key(text, scored=True))
            if whole is not None and whole.generation == self.generation:
                return whole.positions, None
        changed = None
        if kept is not None and kept.generation < self.generation and self.size >= answers.CARRIED_FROM_SIZE:
            # Every service changed since the whole index was asked, counted and asked again (not only those since
            # the answer was last brought up to date): the share changed is the share scored apart from the rest.
            at_most = int(self.size * answers.CHANGED_SHARE)
            changed = self.answered.changed_between(kept.asked, self.generation, at_most=at_most)
        if changed is None:
            asked, made_at = self.generation, time.monotonic()
            positions, scores = self.hits(query, scored=scored)
        else:
            asked, made_at = kept.asked, kept.made_at  # the whole index's statistics as they were (answers.py)
            slots, said = changed
            unchanged = ~np.isin(kept.positions, slots)
            positions = kept.positions[unchanged]
            scores = kept.scores[unchanged] if scored else None
            if slots.size and answers.may_match(text, said):
                found, found_scores = self.hits(
                    tantivy.Query.boolean_query([(tantivy.Occur.Must, query), (tantivy.Occur.Must, self.among(slots))]),
                    scored=scored,
                )
                positions = np.concatenate([positions, found])
                scores = np.concatenate([scores, found_scores]) if scored else None
        answer = answers.Answer(
            generation=self.generation, asked=asked, made_at=made_at, positions=positions, scores=scores
        )
        self.answered.put(key, answer)
        return positions, scores

    def among(self, slots):
        """A query matching the services in `slots` (changed since an answer was asked), adding nothing to a score.
        One term a slot, looked up in the index's words: a term set query would read every slot's term in turn, a
        quarter of a millisecond at 50,000 services, for each answer brought up to date."""
        schema = self.index.schema
        terms = [(tantivy.Occur.Should, tantivy.Query.term_query(schema, "idx", int(slot))) for slot in slots]
        return tantivy.Query.const_score_query(tantivy.Query.boolean_query(terms), 0.0)

    def hits(self, query, *, scored):
        """The slots the query matches in the text index (an int32 array) and, when `scored`, their scores (as
        tantivy gives them, float32), or None.

        The hits are read with the cyclic garbage collector paused: in a large directory they are tens of
        thousands of short-lived tuples, which would otherwise be counted as surviving objects and set off
        collections of everything the process holds (the whole index among it) every few searches.
        """
        collecting = gc.isenabled()
        gc.disable()
        try:
            if scored:
                hits = self.searcher.search(query, limit=self.size, count=False).hits
            else:  # in slot order, the slots given as the values hits are ordered by: no lookup, no scoring
                hits = self.searcher.search(query, limit=self.size, count=False, order_by_field="idx").hits
            if not hits:
                return np.zeros(0, dtype=np.int32), (np.zeros(0, dtype=np.float32) if scored else None)
            first, addresses = zip(*hits, strict=True)
            del hits  # gone before collecting resumes
            if scored:
                slots = self.searcher.fast_field_values("idx", list(addresses))
                return np.array(slots, dtype=np.int32), np.array(first, dtype=np.float32)
            return np.array(first, dtype=np.int32), None
        finally:
            if collecting:
                gc.enable()

    def phrase_query(self, phrase, boost=1.0, fields=FIELDS):
        """One phrase (or word) in every field (or those of `fields`), each field weighted. Parsed once for the
        text index: the vocabulary's phrases come back in search after search, a dozen in each. Only a phrase
        whose every word the directory or its vocabulary uses is kept: a word a family typed that neither knows
        (a name, a street) finds nothing, and is not kept in the server's memory either."""
        key = (phrase, boost, tuple(fields))
        if key in self.phrase_queries:
            return self.phrase_queries[key]
        text = " ".join(word.replace("+", "") for word in phrase.split(" ") if word.replace("+", ""))
        query = None
        if text:
            query = self.index.parse_query(f'"{text}"', list(fields), field_boosts=FIELD_BOOSTS)
            query = tantivy.Query.boost_query(query, boost) if boost != 1.0 else query
        if len(self.phrase_queries) < PHRASE_QUERIES_KEPT and all(word in self.words for word in text.split(" ")):
            self.phrase_queries[key] = query
        return query


def time_key(moment):
    """A date and time as whole microseconds since 1970, to sort by in an array (aware or naive, as read)."""
    return (moment - datetime(1970, 1, 1, tzinfo=UTC if moment.tzinfo else None)) // timedelta(microseconds=1)


def wait_key(days):
    """A service's shortest wait in days, to sort by in an array; `NO_WAIT` when it states none."""
    return NO_WAIT if days is None else days


def matched(scores):
    """The services a search matched, as a boolean array over the index (`DirectoryIndex.search`'s scores)."""
    return ~np.isnan(scores)


def best_score(scores):
    """The highest score of the services matched; 0.0 when none was."""
    found = scores[matched(scores)]
    return found.max() if found.size else 0.0


def counts_subtract(counts, items):
    """Take `items` out of a Counter, forgetting any item no longer counted (as a fresh count would)."""
    for item in items:
        left = counts[item] - 1
        if left > 0:
            counts[item] = left
        else:
            del counts[item]


def answers_and_waits(position, ids=None):
    """{position: [answer texts]} and {position: [Wait]} for the services being indexed (those of `ids`, when
    given), in one query."""

    def text(value):
        return Value(value, output_field=CharField())

    nothing = {"amount": Value(None, output_field=IntegerField()), "day": Value(None, output_field=DateField())}
    answers = LocalOfferAnswer.objects.annotate(
        k=Value(0, output_field=IntegerField()), t=F("answer"), a=nothing["amount"], u=text(""), d=nothing["day"],
        b=text(""), n=text(""), o=Value(0, output_field=IntegerField()),
    ).values_list(as_text("service_id"), "k", "t", "a", "u", "d", "b", "n", "o", "id")  # fmt: skip
    if ids is not None:
        answers = answers.filter(service_id__in=ids)
    waits = Wait.objects.annotate(
        k=Value(1, output_field=IntegerField()), t=F("label"), a=F("amount"), u=F("unit"), d=F("updated_on"),
        b=F("updated_by"), n=F("note"), o=F("order"),
    ).values_list(as_text("service_id"), "k", "t", "a", "u", "d", "b", "n", "o", "id")  # fmt: skip
    if ids is not None:
        waits = waits.filter(service_id__in=ids)
    found_answers, found_waits = {}, {}
    rows = answers.order_by().union(waits.order_by(), all=True)
    for service_id, kind, text_value, amount, unit, day, by, note, order, pk in rows:
        if service_id not in position:
            continue
        number = position[service_id]
        if kind == 0:
            found_answers.setdefault(number, []).append(text_value)
        else:
            wait = Wait(id=pk, service_id=uuid.UUID(service_id), label=text_value, amount=amount, unit=unit,
                        updated_on=day, updated_by=by, note=note, order=order)  # fmt: skip
            found_waits.setdefault(number, []).append(wait)
    for waits_of_one in found_waits.values():
        waits_of_one.sort(key=lambda wait: (wait.order, wait.pk))
    return found_answers, found_waits


def links(model, service_column, value_column, position, ids=None):
    """{service position: [values]} for one link table, for the services being indexed (of `ids`, when given)."""
    found = {}
    rows = model.objects.all() if ids is None else model.objects.filter(**{f"{service_column}__in": ids})
    for service_id, value in rows.values_list(as_text(service_column), value_column):
        if service_id in position:
            found.setdefault(position[service_id], []).append(value)
    return found


def as_text(column):
    """A service id column read as text (`id_text`)."""
    return Cast(column, output_field=TextField())


def id_text(pk):
    """A service id as the database writes it as text: PostgreSQL's uuid with its dashes, SQLite's without."""
    return str(pk) if connection.vendor == "postgresql" else pk.hex


def with_parents(ids, terms):
    """The term ids with the top-level terms they sit under (a sub-category counts for its category)."""
    chosen = set(ids)
    chosen |= {terms[i].parent_id for i in ids if i in terms and terms[i].parent_id}
    return chosen


_current = None
_lock = threading.Lock()
# When the database refused the last build (a locked table, a statement timeout): the moment it gave up.
_failed_at = 0.0
# A fresh build made beside the searches, which meanwhile use the index as it was (see `index_brought_up_to`).
_building = None
_beside_failed_at = -math.inf  # when the last such build failed
BUILT_BESIDE_AFTER = 1.0  # seconds: a directory whose last build took longer is built afresh beside the searches
FAILED_BUILD_PAUSE = 5.0  # seconds: a build beside the searches that failed is tried again after this


def directory_index(*, reference_load, version=None, prepare=None):
    """This server's index of the directory as committed now, brought up to date when the directory has changed.

    `version` is the directory's version when the caller has just read it. `prepare`, when given, is called with
    a fresh index built beside the searches before they use it (what the first searches would otherwise make).
    """
    global _current  # noqa: PLW0603 - one index per process, replaced whole
    version = directory_version() if version is None else version
    current = _current
    if current is not None and not version_later(version, current.version):
        return current
    if current is not None and _building is not None and same_database(version, current.version):
        return current  # a fresh build is on its way; until then the index as it was answers
    asked = time.monotonic()
    with _lock:
        if _current is None or version_later(version, _current.version):
            if _failed_at >= asked:
                # The build this request waited for was refused by the database: so would this one be, and
                # trying again in turn would make each waiting request wait a whole timeout more.
                raise OperationalError("The directory index could not be read from the database just now")
            previous = _current
            _current = directory_index_refreshed(
                _current, version=version, reference_load=reference_load, prepare=prepare
            )
            if previous is None or _current.index is not previous.index:  # built afresh, not an edit applied
                collector_settled()
        return _current


def collector_settled():
    """After a fresh build has become this process's index: every object alive now, the index's hundreds of
    thousands among them, set aside from the cyclic garbage collector (`gc.freeze`), so that its full collections,
    which searches' allocations set off every few hundred searches, no longer walk them all (at 50,158 services,
    235 ms each before, 44 ms after: a search that sets one off waits for it). Reference counting still frees them
    (the index holds no cycles: a test says so); the objects set aside at the last build are handed back to the
    collector first, so any cycle among them is still collected."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def directory_index_refreshed(current, *, version, reference_load, prepare=None):
    """`current` brought up to `version`, noting when the database refused what it needs (see `directory_index`)."""
    global _failed_at  # noqa: PLW0603
    try:
        return index_brought_up_to(current, version=version, reference_load=reference_load, prepare=prepare)
    except OperationalError:
        _failed_at = time.monotonic()
        raise


def same_database(version, other):
    """Whether two directory versions are of the same database (a number each, after the database's mark)."""
    return version.partition(":")[0] == other.partition(":")[0]


def version_later(version, than):
    """Whether `version` is later than `than`: a larger number of the same database, or another database's."""
    if not same_database(version, than):
        return True
    return version_number(version) > version_number(than)


def index_brought_up_to(current, *, version, reference_load, prepare=None):
    """`current` with the services changed since its version applied, or a fresh build when the change log
    cannot say which changed (staff changed the vocabulary, a category or a need), or when replaced documents
    would be too large a share of the text index.

    A fresh build of a directory whose last build took more than `BUILT_BESIDE_AFTER` seconds (at 50,000
    services, 10 to 15) is made in a thread beside the searches, which use `current` until it is done, rather
    than every search on the server waiting for it: for those seconds they read the directory as it was
    before the change. A server with no index yet, or with another database's, builds before answering (or takes
    the index another worker of the server saved: `index_built`).
    """
    if current is not None and same_database(version, current.version):
        changed = directory_changes_since(number=version_number(current.version))
        most = max(REBUILD_AT_LEAST, REBUILD_SHARE * current.size)
        if changed is not None and current.replaced + len(changed) <= most:
            memory_returned()
            return current.updated(version=version, services=changed)
        if current.build_seconds > BUILT_BESIDE_AFTER:
            if time.monotonic() - _beside_failed_at >= FAILED_BUILD_PAUSE:
                build_beside(version=version, reference_load=reference_load, prepare=prepare)
            return current
    return index_built(version=version, reference_load=reference_load)


def memory_returned():
    """Hand back to the system the memory freed since the last edit was applied: the snapshot before this one, and
    what searches of it made. The C library (glibc) otherwise keeps freed memory for the process, and a worker's
    resident memory grows with each edit at 50,000 services (from 420 MB to 560 MB over 41 edits and 2,500
    searches, of which 426 MB in use). A few milliseconds an edit; nothing where the C library is not glibc."""
    if _malloc_trim is not None:
        _malloc_trim(0)


def malloc_trim_found():
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


_malloc_trim = malloc_trim_found()


def index_built(*, version, reference_load):
    """A fresh index of the directory at `version`: the one this server saved last (search/snapshot.py) with the
    services changed since applied, when it can be used; else built, knowing how long that took, and saved for the
    workers after. While one worker of the server builds, the others wait for it and take what it saved, rather
    than each spend the same seconds of CPU on the same build."""
    index = index_from_snapshot(version=version, reference_load=reference_load)
    if index is not None:
        return index
    with snapshot.build_turn():
        index = index_from_snapshot(version=version, reference_load=reference_load)  # saved while this one waited
        if index is not None:
            return index
        started = time.monotonic()
        index = DirectoryIndex(version=version, reference=reference_load()).build(folder=snapshot.working_folder())
        index.build_seconds = time.monotonic() - started
        snapshot.index_saved(index)
    return index


def index_from_snapshot(*, version, reference_load):
    """The index this server saved last, brought up to `version` as any index is; None when there is none that can
    be used, or when so much changed since that an index would be built afresh."""
    index = snapshot.index_loaded(version=version, reference_load=reference_load)
    if index is None or index.version == version:
        return index
    changed = directory_changes_since(number=version_number(index.version))
    if changed is None or len(changed) > max(REBUILD_AT_LEAST, REBUILD_SHARE * index.size):
        return None
    return index.updated(version=version, services=changed)


def build_beside(*, version, reference_load, prepare):
    """Start building a fresh index in a thread of its own (called holding `_lock`); when done, it replaces this
    server's index, and the next search applies whatever changed while it was built."""
    global _building  # noqa: PLW0603

    def build():
        global _current, _building, _beside_failed_at  # noqa: PLW0603
        fresh = None
        try:
            fresh = index_built(version=version, reference_load=reference_load)
            if prepare is not None:
                prepare(fresh)
        except Exception:
            logger.exception("A fresh search index was not built; searches use the one before")
        finally:
            connections.close_all()  # this thread's own connection
            with _lock:
                if fresh is None:
                    _beside_failed_at = time.monotonic()
                elif _current is not None and not version_later(_current.version, fresh.version):
                    _current = fresh
                    collector_settled()
                _building = None

    _building = threading.Thread(target=build, name="search-index-build", daemon=True)
    _building.start()


def index_build_wait():
    """Wait for a fresh index being built beside the searches, if there is one (for commands and tests)."""
    building = _building
    if building is not None:
        building.join()
