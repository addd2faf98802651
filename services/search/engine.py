"""The directory's search index: every visible service in an in-memory tantivy index, with what filters need.

Each app server (each worker process) keeps one `DirectoryIndex`, built from the database. Before
every search it reads the directory's version number (one small query); when another server, or
this one, has committed a change since the index was built, the index is built again from the
database, so a listing edited anywhere is found everywhere at once, and a restarted server builds
its index on its first search. The same code runs on SQLite and PostgreSQL, so both give the same
results.

Ranking is BM25 over five fields, weighted: the name most, then the summary and the names of the
service's categories and needs, then its description (with the organisation's name) and, least,
its Local Offer answers. Rare words count more than common ones, a phrase counts more than its
words scattered, and a service matching more of the query's meaningful words ranks higher.
"""

import math
import threading
import time
from collections import Counter
from dataclasses import dataclass

import numpy as np
import tantivy
from django.db import OperationalError
from django.db.models import CharField, DateField, F, IntegerField, Value

from services.directory_version import directory_version
from services.models import LocalOfferAnswer, Location, Service, Wait
from services.postcodes import EARTH_RADIUS_MILES
from services.search.vocabulary import apostrophes_joined, phrase_table, words_of
from services.waits import WITHIN_DAYS

FIELD_BOOSTS = {"name": 5.0, "summary": 2.5, "terms": 2.5, "body": 1.0, "answers": 0.6}
FIELDS = list(FIELD_BOOSTS)
TEXT_FIELDS = ["name", "summary", "body"]  # what a listing says in its own words, for how common a word is
MODES = ("in_person", "online", "by_phone", "home_visits")
ANALYZER = "localoffer_english"
WRITER_HEAP_BYTES = 30_000_000
CLOSED_WEIGHT = 0.5  # a temporarily closed service counts half: below an open one that matches as well
LONG_OVERDUE_WEIGHT = 0.85  # a listing not checked for long may be out of date: a little lower
LONG_OVERDUE_DAYS = 90  # past its review due date by this many days


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


class DirectoryIndex:
    """A snapshot of the visible directory at one version: the text index, filter masks and the lexicon."""

    def __init__(self, *, version, reference):
        self.version = version
        self.reference = reference
        self.analyzer = analyzer_build()
        self.rows = []
        self.masks = {}
        self.words = Counter()
        self.index = None
        self.searcher = None
        self.stems = {}
        self.names = {}  # a name's words -> positions of the services with that name
        self.phrases = phrase_table(reference.vocabulary)
        self.cards = {}  # position -> the service's result card, rendered on first use
        self.waits = {}  # position -> the service's waits (unsaved Wait instances), in order, for its card
        self.cards_day = None  # the day the cards were rendered on

    # Building

    def build(self):
        """Read every visible service and index it. A handful of queries, whatever the directory's size."""
        services = list(
            Service.objects.visible()
            .order_by("name", "pk")
            .values_list(
                "id", "name", "summary", "description", "organisation__name", "minimum_age", "maximum_age",
                "cost", "access", "coverage", "updated", "status", "review_due", *MODES,
            )
        )  # fmt: skip
        position = {record[0]: number for number, record in enumerate(services)}
        categories = links(Service.categories.through, "service_id", "category_id", position)
        needs = links(Service.needs.through, "service_id", "need_id", position)
        features = links(Location.accessibility.through, "location__service_id", "accessibilityfeature_id", position)
        answers, self.waits = answers_and_waits(position)
        shortest_waits = {number: min(wait.days for wait in waits) for number, waits in self.waits.items() if waits}
        places = {}
        for service_id, town, latitude, longitude in Location.objects.filter(service_id__in=position).values_list(
            "service_id", "town", "latitude", "longitude"
        ):
            places.setdefault(position[service_id], []).append((town, latitude, longitude))

        schema = tantivy.SchemaBuilder()
        schema.add_unsigned_field("idx", stored=False, indexed=True, fast=True)
        for name in FIELDS:
            schema.add_text_field(name, stored=False, tokenizer_name=ANALYZER)
        self.index = tantivy.Index(schema.build())
        self.index.register_tokenizer(ANALYZER, self.analyzer)
        writer = self.index.writer(WRITER_HEAP_BYTES, 1)
        members = {}
        ref = self.reference
        for number, record in enumerate(services):
            (pk, name, summary, description, organisation, minimum, maximum, cost, access, coverage, updated, status,
             review_due, *modes) = record  # fmt: skip
            category_ids = with_parents(categories.get(number, ()), ref.categories)
            need_ids = with_parents(needs.get(number, ()), ref.needs)
            terms = " ".join(
                [ref.categories[i].name for i in category_ids if i in ref.categories]
                + [ref.needs[i].name for i in need_ids if i in ref.needs]
            )
            document = tantivy.Document()
            document.add_unsigned("idx", number)
            # Possessives are one word on both sides: "carer's" is indexed as "carers", as it is searched.
            document.add_text("name", apostrophes_joined(name))
            document.add_text("summary", apostrophes_joined(summary))
            document.add_text("terms", apostrophes_joined(terms))
            document.add_text("body", apostrophes_joined(f"{description}\n{organisation}"))
            document.add_text("answers", apostrophes_joined("\n".join(answers.get(number, ()))))
            writer.add_document(document)
            self.words.update(words_of(f"{name} {summary} {terms} {description}"))
            towns = {coverage} if coverage != Service.Coverage.LOCATIONS else set()
            towns |= {town for town, _, _ in places.get(number, ())}
            keys = [
                *(("category", i) for i in category_ids),
                *(("need", i) for i in need_ids),
                *(("feature", i) for i in set(features.get(number, ()))),
                ("cost", cost),
                *((("referral", True),) if access != Service.Access.PROFESSIONAL_REFERRAL else ()),
                *(("delivery", mode) for mode, offered in zip(MODES, modes, strict=True) if offered),
                *(("town", town) for town in towns),
                *(("age", age) for age in range(minimum, maximum + 1)),
                *(("wait", key) for key, most in WITHIN_DAYS.items() if shortest_waits.get(number, most + 1) <= most),
            ]
            for key in keys:
                members.setdefault(key, []).append(number)
            points = [(lat, lng) for _, lat, lng in places.get(number, ()) if lat is not None and lng is not None]
            self.rows.append(
                Row(
                    id=pk, name=name, updated=updated, points=points,
                    closed=status == Service.Status.TEMPORARILY_CLOSED, review_due=review_due,
                    wait=shortest_waits.get(number),
                )
            )  # fmt: skip
            self.names.setdefault(" ".join(words_of(name)), []).append(number)
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()
        self.lookups_build(members)
        return self

    def lookups_build(self, members):
        """The filter masks, the places as arrays, and the words and stems the directory uses."""
        size, ref = len(self.rows), self.reference
        spots = [(number, lat, lng) for number, row in enumerate(self.rows) for lat, lng in row.points]
        self.point_rows = np.array([spot[0] for spot in spots], dtype=np.int64)
        self.point_latitudes = np.radians(np.array([spot[1] for spot in spots], dtype=np.float64))
        self.point_longitudes = np.radians(np.array([spot[2] for spot in spots], dtype=np.float64))
        self.closed = np.array([row.closed for row in self.rows], dtype=bool)
        self.review_due_days = np.array(
            [row.review_due.toordinal() if row.review_due else 0 for row in self.rows], dtype=np.int64
        )
        for key, numbers in members.items():
            mask = np.zeros(size, dtype=bool)
            mask[numbers] = True
            self.masks[key] = mask
        for phrase in [term.name for kind in ("categories", "needs") for term in getattr(ref, kind).values()]:
            self.words.update(words_of(phrase))
        for entry in ref.vocabulary:
            for phrase in entry:
                self.words.update(words_of(phrase))
        for name in TEXT_FIELDS:
            for stem, count in self.searcher.terms_with_prefix(name, ""):
                self.stems[stem] = max(count, self.stems.get(stem, 0))

    # Reading

    @property
    def size(self):
        return len(self.rows)

    def mask(self, key):
        """The services with one filter value, as a boolean array (all False when none has it)."""
        found = self.masks.get(key)
        return found if found is not None else np.zeros(self.size, dtype=bool)

    def distances(self, *, latitude, longitude):
        """Miles from a point to each service's nearest place, as an array over the index (NaN: no place)."""
        phi = math.radians(latitude)
        half_lat = np.sin((self.point_latitudes - phi) / 2) ** 2
        half_lng = np.sin((self.point_longitudes - math.radians(longitude)) / 2) ** 2
        a = half_lat + math.cos(phi) * np.cos(self.point_latitudes) * half_lng
        miles = 2 * EARTH_RADIUS_MILES * np.arcsin(np.minimum(1.0, np.sqrt(a)))
        nearest = np.full(self.size, np.inf)
        np.minimum.at(nearest, self.point_rows, miles)
        nearest[np.isinf(nearest)] = np.nan
        return nearest

    def standing(self, *, today):
        """How much each service's relevance counts, from 0 to 1: a temporarily closed service ranks below
        an open one that matches as well, and a listing long overdue for review a little lower."""
        weights = np.ones(self.size)
        weights[self.closed] *= CLOSED_WEIGHT
        weights[self.review_due_days < today.toordinal() - LONG_OVERDUE_DAYS] *= LONG_OVERDUE_WEIGHT
        return weights

    def stem(self, word):
        tokens = self.analyzer.analyze(word)
        return tokens[0] if len(tokens) == 1 else " ".join(tokens)

    def knows(self, word):
        """Whether a typed word is one the directory uses, in any form ("therapies" for "therapy")."""
        return word in self.words or self.stem(word) in self.stems

    def document_share(self, word):
        """About the share of services whose own text (not their categories) has this word, from 0 to 1."""
        return self.stems.get(self.stem(word), 0) / max(self.size, 1)

    def search(self, query):
        """{position: score} for every service the tantivy query matches."""
        if self.size == 0:
            return {}
        hits = self.searcher.search(query, limit=self.size, count=False).hits
        if not hits:
            return {}
        numbers = self.searcher.fast_field_values("idx", [address for _, address in hits])
        return dict(zip(numbers, (score for score, _ in hits), strict=True))

    def phrase_query(self, phrase, boost=1.0):
        """One phrase (or word) in every field, each field weighted."""
        text = " ".join(word.replace("+", "") for word in phrase.split(" ") if word.replace("+", ""))
        if not text:
            return None
        query = self.index.parse_query(f'"{text}"', FIELDS, field_boosts=FIELD_BOOSTS)
        return tantivy.Query.boost_query(query, boost) if boost != 1.0 else query


def answers_and_waits(position):
    """{position: [answer texts]} and {position: [Wait]} for the services being indexed, in one query."""

    def text(value):
        return Value(value, output_field=CharField())

    nothing = {"amount": Value(None, output_field=IntegerField()), "day": Value(None, output_field=DateField())}
    answers = LocalOfferAnswer.objects.annotate(
        k=Value(0, output_field=IntegerField()), t=F("answer"), a=nothing["amount"], u=text(""), d=nothing["day"],
        b=text(""), n=text(""), o=Value(0, output_field=IntegerField()),
    ).values_list("service_id", "k", "t", "a", "u", "d", "b", "n", "o", "id")  # fmt: skip
    waits = Wait.objects.annotate(
        k=Value(1, output_field=IntegerField()), t=F("label"), a=F("amount"), u=F("unit"), d=F("updated_on"),
        b=F("updated_by"), n=F("note"), o=F("order"),
    ).values_list("service_id", "k", "t", "a", "u", "d", "b", "n", "o", "id")  # fmt: skip
    found_answers, found_waits = {}, {}
    rows = answers.order_by().union(waits.order_by(), all=True)
    for service_id, kind, text_value, amount, unit, day, by, note, order, pk in rows:
        if service_id not in position:
            continue
        number = position[service_id]
        if kind == 0:
            found_answers.setdefault(number, []).append(text_value)
        else:
            wait = Wait(id=pk, service_id=service_id, label=text_value, amount=amount, unit=unit, updated_on=day,
                        updated_by=by, note=note, order=order)  # fmt: skip
            found_waits.setdefault(number, []).append(wait)
    for waits_of_one in found_waits.values():
        waits_of_one.sort(key=lambda wait: (wait.order, wait.pk))
    return found_answers, found_waits


def links(model, service_column, value_column, position):
    """{service position: [values]} for one link table, for the services being indexed."""
    found = {}
    for service_id, value in model.objects.values_list(service_column, value_column):
        if service_id in position:
            found.setdefault(position[service_id], []).append(value)
    return found


def with_parents(ids, terms):
    """The term ids with the top-level terms they sit under (a sub-category counts for its category)."""
    chosen = set(ids)
    chosen |= {terms[i].parent_id for i in ids if i in terms and terms[i].parent_id}
    return chosen


_current = None
_lock = threading.Lock()
# When the database refused the last build (a locked table, a statement timeout): the moment it gave up.
_failed_at = 0.0


def directory_index(*, reference_load, version=None):
    """This server's index of the directory as committed now, built again when the directory has changed.

    `version` is the directory's version when the caller has just read it.
    """
    global _current  # noqa: PLW0603 - one index per process, replaced whole
    version = directory_version() if version is None else version
    current = _current
    if current is not None and current.version == version:
        return current
    asked = time.monotonic()
    with _lock:
        if _current is None or _current.version != version:
            if _failed_at >= asked:
                # The build this request waited for was refused by the database: so would this one be, and
                # trying again in turn would make each waiting request wait a whole timeout more.
                raise OperationalError("The directory index could not be read from the database just now")
            _current = directory_index_build(version=version, reference_load=reference_load)
        return _current


def directory_index_build(*, version, reference_load):
    """A new index, noting when the database refused to give what it needs (see `directory_index`)."""
    global _failed_at  # noqa: PLW0603
    try:
        return DirectoryIndex(version=version, reference=reference_load()).build()
    except OperationalError:
        _failed_at = time.monotonic()
        raise
