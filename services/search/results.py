"""One search of the directory: the matches ranked, the filters counted, the page of result cards, and
the ids and words of a search for alerts and the API."""

import hashlib
from dataclasses import dataclass, field, replace

import numpy as np
from django.core.paginator import Paginator
from django.utils import timezone

from localoffer.content.crisis import crisis_shown
from localoffer.core.generation_kept import GenerationKept
from services import postcodes
from services.models.service import MAX_AGE
from services.search.cards import page_services
from services.search.engine import matched
from services.search.facets import AGES, GROUPS, Selection, chosen_values, facet_filter, group_mask
from services.search.params import COSTS, DELIVERY, SORTS, TOWNS, WAITS, SearchParams
from services.search.question import READ_FILTERS, age_label, question_line, question_parts
from services.search.ranking import ranked_matches
from services.search.reference import search_index
from services.search.spelling import spelling_correct
from services.search.understand import Understood, adults_asked, understand
from services.search.vocabulary import words_of

PER_PAGE = 20
MODES = ("in_person", "online", "by_phone", "home_visits")
DISTANCE_SCALE_MILES = 10  # with a postcode, a match this far away counts half as much as one next door
NO_DISTANCE_MILES = 5  # countywide and online services count as this far away
NEAR_WEIGHT = 2.0  # a service in a town named in the words, against one elsewhere that matches as well
COUNTYWIDE_WEIGHT = 1.5  # a countywide service reaches that town too
ADULTS_WEIGHT = 2.0  # for an adult, a service that says it takes adults, against one that matches as well
OLDER_CARER_AGE = 55  # a carer this old, still caring for a son or daughter, is an older carer
MATCHES_KEPT_BYTES = 16 * 1024 * 1024  # keyword matches kept for the index in use (`matches_find`), at most
MATCHES_KEPT_SECONDS = 300  # ... and for how long at most: they are keyed by what a person typed
SENTENCE_WORDS = 4  # a search of this many words or more, none of them recognised, gets categories to look at


def service_ranking(*, query):
    """Ids of the visible services matching `query`, best first (typos corrected, vocabulary used)."""
    index = search_index()
    words = spelling_correct(words=words_of(query), index=index).corrected
    found = standing_applied(index=index, scores=ranked_matches(index=index, words=words))
    return [index.rows[position].id for position in best_first(found, index=index)]


def standing_applied(*, index, scores):
    """Scores (an array over the index, NaN where a service did not match) weighted by each service's standing
    (closed and long-overdue listings lower)."""
    return scores * index.standing(today=timezone.localdate())


def best_first(scores, *, index):
    """The positions of the services matched, by score, best first; equal scores in name order."""
    positions = np.flatnonzero(matched(scores))
    return positions[np.lexsort((index.rank[positions], -scores[positions]))].tolist()


def keyword_queryset(*, query, queryset):
    """`queryset` narrowed to the services matching `query`."""
    return queryset.filter(pk__in=service_ranking(query=query))


@dataclass
class Option:
    """One choice in a filter, with how many results it would give."""

    value: str
    label: str
    count: int
    selected: bool
    children: list = field(default_factory=list)
    expanded: bool = False


@dataclass
class SearchResults:
    """Everything the search page shows."""

    params: SearchParams
    errors: dict
    total: int
    page: object
    services: list
    facets: dict
    active: list
    place: object
    sort: str
    sorts: list
    corrected_from: str = ""
    understood: bool = False
    crisis: object = None  # the crisis panel, when the words typed say someone may be in danger
    age_beyond: int | None = None  # an age typed past the Local Offer's 0 to 25
    understood_line: str = ""  # the parts read from the question, when more than one: "Swimming · autism · age 8"
    suggestions: list = field(default_factory=list)  # categories to look at when nothing in a sentence was recognised


def selection_from(params, reference):
    """The chosen filters as ids; unknown slugs are ignored."""

    def ids(kind, slugs):
        known = reference.by_slug(kind)
        return frozenset(known[slug].id for slug in slugs if slug in known)

    return Selection(
        category=ids("categories", params.category),
        need=ids("needs", params.need),
        age=params.ages,
        cost=frozenset(params.cost),
        town=frozenset(params.town),
        delivery=frozenset(params.delivery),
        feature=ids("features", params.feature),
        wait=frozenset(params.wait),
        referral=params.referral,
    )


def params_understood(params):
    """The search with place and age read out of its words (none replaced), and what was read (an
    `Understood`, or False when nothing was). An age past 25 searches at 25. A town read from the words
    is one to rank first (`near`), not a filter: the right club may be in the next town."""
    if not params.q:
        return params, False
    found = understand(params.q, max_age=MAX_AGE)
    if found == Understood(text=params.q):
        return params, False
    age, age_to = params.age, params.age_to
    if age is None:
        age, age_to = (found.age, found.age_to) if found.age_beyond is None else (MAX_AGE, None)
    near = tuple(dict.fromkeys([*params.near, *found.towns]))
    return (
        replace(params, q=found.text, near=near, age=age, age_to=age_to, postcode=params.postcode or found.postcode),
        found,
    )


def near_weights(*, index, near):
    """For a town asked for (`near`), a weight over the index: services there count more, countywide
    services (which reach every town) a little less, the rest as they are; None without one."""
    if not near:
        return None
    there = np.zeros(index.slots, dtype=bool)
    for town in near:
        there |= index.mask(("town", town))
    return np.where(there, NEAR_WEIGHT, np.where(index.mask(("town", "area")), COUNTYWIDE_WEIGHT, 1.0))


def adults_weights(*, index, adults):
    """For a search for an adult, a weight over the index: services that say they take adults count more;
    None otherwise."""
    if not adults:
        return None
    return np.where(index.mask(("takes", "adults")), ADULTS_WEIGHT, 1.0)


def weights_combined(*weights):
    """The product of the weights over the index that apply (not None); None when none does."""
    present = [weight for weight in weights if weight is not None]
    return np.prod(present, axis=0) if present else None


def matches_size(entry):
    positions, scores, _, _, _ = entry
    return positions.nbytes + scores.nbytes + 200


def matches_signature(positions, values, searched, corrected_from):
    """A digest of a keyword's matches: which services, their scores and the words searched."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(positions.tobytes())
    digest.update(values.tobytes())
    digest.update(repr((searched, corrected_from)).encode())
    return digest.digest()


# The keyword matches of the searches made on one index snapshot, so that another search with the same words (the
# next page, a filter added, a town chosen) does not match them again. A new snapshot (any edit to the directory)
# starts with none. Each is kept as the positions that matched and their scores, `MATCHES_KEPT_BYTES` at most, and
# for `MATCHES_KEPT_SECONDS`: the words typed are kept in this process's memory no longer than a rendered search.
matches_kept = GenerationKept(limit=MATCHES_KEPT_BYTES, size=matches_size, seconds=MATCHES_KEPT_SECONDS)


def matches_find(*, index, params, correct=True, adults=False, ranking=()):
    """The keyword's matches as scores over the index (NaN where a service does not match), the words
    searched, the words typed if they were corrected, and a digest of the three (`matches_signature`). Among
    services that match as well, those in a town named in the words come first, and for an adult (`adults`)
    those that say they take adults; `ranking` words only rank (`ranked_matches`). The same words on the same
    index are matched once (`matches_kept`)."""
    key = (params.q, params.exact, tuple(params.near), correct, adults, tuple(ranking))
    kept = matches_kept.get(index, key)
    if kept is not None:
        positions, values, searched, corrected_from, signature = kept
        scores = np.full(index.slots, np.nan)
        scores[positions] = values
        return scores, searched, corrected_from, signature
    scores, searched, corrected_from = matches_made(
        index=index, params=params, correct=correct, adults=adults, ranking=ranking
    )
    positions = np.flatnonzero(matched(scores)).astype(np.int32)
    values = scores[positions]
    signature = matches_signature(positions, values, searched, corrected_from)
    matches_kept.put(index, key, (positions, values, searched, corrected_from, signature))
    return scores, searched, corrected_from, signature


def matches_made(*, index, params, correct, adults, ranking):
    """`matches_find`, made."""
    words = words_of(params.q)
    weights = weights_combined(near_weights(index=index, near=params.near), adults_weights(index=index, adults=adults))
    takes = index.mask(("takes", "adults")) if adults else None
    corrected_from = ""
    if correct and not params.exact:
        correction = spelling_correct(words=words, index=index)
        if correction.changed:
            found = ranked_matches(
                index=index, words=list(correction.corrected), weights=weights, ranking=ranking, adults=takes
            )
            if matched(found).any():
                return found, correction.text, params.q
    found = ranked_matches(index=index, words=words, weights=weights, ranking=ranking, adults=takes)
    return found, params.q, corrected_from


def ordered(*, index, positions, scores, sort, distances):
    """Positions (an array, as given) in the chosen order, as an `Ordered` sequence; by distance, services without
    one (countywide, online) come last. Name order breaks every tie; `scores` is the keyword's, an array over the
    index (None without one).
    """
    rank = index.rank[positions]
    if sort == "updated":
        return Ordered(positions, (rank, -index.updated_times[positions]))
    if sort == "wait":  # shortest first; services stating no wait come last, in name order
        return Ordered(positions, (rank, index.wait_days[positions]))
    if sort == "relevance":
        if scores is None:
            weight = np.zeros(len(positions))
        else:  # each as a share of the best (of none below nought, as when every service is matched)
            weight = np.nan_to_num(scores[positions], nan=0.0) / (np.fmax.reduce(scores, initial=0.0) or 1.0)
        if distances is not None:
            miles = distances[positions]
            weight = weight / (1 + np.where(np.isnan(miles), NO_DISTANCE_MILES, miles) / DISTANCE_SCALE_MILES)
        return Ordered(positions, (rank, -weight))
    if sort == "distance":
        miles = distances[positions]
        return Ordered(positions, (rank, np.where(np.isnan(miles), np.inf, miles)))
    return Ordered(positions, (rank,))


class Ordered:
    """Positions in the order of their `keys` (as `np.lexsort` takes them: the last decides, the ones before break
    its ties), worked out only as far as a page asks. A search may match tens of thousands of services and a page
    shows twenty: those before the page's end are found by partition and only they are sorted (a sort of 20,000
    keys costs three milliseconds, the partition a twentieth of that). Django's paginator takes it as a list."""

    def __init__(self, positions, keys):
        self.positions, self.keys = positions, keys

    def __len__(self):
        return len(self.positions)

    def __getitem__(self, item):
        if not isinstance(item, slice) or item.step not in (None, 1):
            return self.first(len(self))[item]
        stop = len(self) if item.stop is None else min(item.stop, len(self))
        return self.first(stop)[item.start or 0 : stop]

    def first(self, count):
        """The first `count` positions in order, as an array."""
        keys = self.keys
        if count < len(self) // 2:
            deciding = keys[-1]
            bound = np.partition(deciding, count - 1)[count - 1] if count else -np.inf
            among = deciding <= bound  # every one of the first `count`, with any tied with the last of them
            keys = tuple(key[among] for key in keys)
            positions = self.positions[among]
        else:
            positions = self.positions
        return positions[np.lexsort(keys)[:count]]


@dataclass
class WordsMatched:
    """A search's words as read and matched on one index snapshot: the first part of `directory_search`, which
    decides which services the page can show and how each ranks. Everything after it (the filter counts, the
    order, the page of cards) is made from these and from the matched services' own entries."""

    params: SearchParams  # as read: place and age taken out of the words, any spelling corrected
    understood: Understood | None
    crisis: object
    corrected_from: str
    scores: np.ndarray | None  # the keyword's scores over the index (NaN: not matched); None without a keyword
    found: np.ndarray  # the services the words find (every visible one without a keyword), a boolean array
    # A digest of which services the words found, their scores and the words searched (`matches_signature`): two
    # snapshots of an index that give the same one rank the same services the same way. None without a keyword
    # (every service is found, so any edit changes what a page counts).
    signature: bytes | None = None


def words_matched(*, params, index, correct=True):
    """The first part of `directory_search`: the words read, checked for crisis, corrected and matched."""
    reference = index.reference
    crisis = crisis_shown(text=params.q, panel=reference.crisis, read=True) if params.q else None
    correct = correct and crisis is None  # words of crisis are searched as typed, never "corrected" away
    typed = params.q
    params, understood = params_understood(params)
    adults = adults_asked(typed, understood)
    corrected_from = ""
    scores = signature = None
    if params.q:
        found, searched, corrected_from, signature = matches_find(
            index=index, params=params, correct=correct, adults=adults, ranking=ranking_words(understood)
        )
        if corrected_from:
            params = replace(params, q=searched)
            crisis = crisis_shown(
                text=searched, panel=reference.crisis, read=True
            )  # "slef harm" searched as "self harm"
        scores = standing_applied(index=index, scores=found)
        found_by_words = matched(scores)
    else:
        found_by_words = index.live.copy()
    return WordsMatched(
        params=params,
        understood=understood,
        crisis=crisis,
        corrected_from=corrected_from,
        scores=scores,
        found=found_by_words,
        signature=signature,
    )


def directory_search(*, params, per_page=PER_PAGE, version=None, correct=True, index=None, words=None):
    """One page of visible services for a search, with filter counts, active filters and any correction.

    Words of crisis bring the crisis panel (`crisis`). Place and age typed in the words become
    filters; a misspelt word is corrected (unless `params.exact` or not `correct`, or words of crisis).
    Three queries: the directory's version (unless given), the postcode and the page's services; after a
    change to the directory, a few more on this server's first search to rebuild its index. `index` is the
    snapshot to search when the caller has it, and `words` these params' `words_matched` on it, when made already.
    """
    index = index if index is not None else search_index(version=version)
    reference = index.reference
    words = words if words is not None else words_matched(params=params, index=index, correct=correct)
    params, understood, crisis = words.params, words.understood, words.crisis
    corrected_from, scores, found_by_words = words.corrected_from, words.scores, words.found
    errors = dict(params.errors)
    place = None
    if params.postcode:
        try:
            place = postcodes.postcode_locate(text=params.postcode)
        except postcodes.PostcodeError as error:
            errors["postcode"] = str(error)
    choices = {
        "category": tuple(reference.categories),
        "need": tuple(reference.needs),
        "age": AGES,
        "cost": tuple(COSTS),
        "town": tuple(TOWNS),
        "delivery": tuple(DELIVERY),
        "feature": tuple(reference.features),
        "wait": tuple(WAITS),
        "referral": (True,),
    }
    everything, counts = facet_filter(
        index=index, matched=found_by_words, selection=selection_from(params, reference), choices=choices
    )
    positions = np.flatnonzero(everything)

    sorts = [key for key in SORTS if (key != "relevance" or params.q) and (key != "distance" or place)]
    default = "relevance" if params.q else "distance" if place else "name"
    sort = params.sort if params.sort in sorts else default
    distances = index.distances(latitude=place.latitude, longitude=place.longitude, among=everything) if place else None
    paginator = Paginator(
        ordered(index=index, positions=positions, scores=scores, sort=sort, distances=distances), per_page
    )
    page = paginator.get_page(params.page)
    services = page_services(index=index, positions=page.object_list.tolist(), distances=distances)
    active = active_filters(params=params, reference=reference)
    facets = facets_build(params=params, reference=reference, counts=counts)
    beyond = understood.age_beyond if understood and params.age == MAX_AGE and params.age_to is None else None
    active, understood_line, suggestions = question_read(
        params=params, index=index, active=active, facets=facets, age_beyond=beyond
    )
    return SearchResults(
        params=params,
        errors=errors,
        total=paginator.count,
        page=page,
        services=services,
        facets=facets,
        active=active,
        place=place,
        sort=sort,
        # The default order is sent as "", so that adding a postcode later keeps the best order.
        sorts=[("" if key == default else key, SORTS[key], key == sort) for key in sorts],
        corrected_from=corrected_from,
        understood=bool(understood and understood.filters),
        crisis=crisis,
        age_beyond=understood.age_beyond if understood else None,
        understood_line=understood_line,
        suggestions=suggestions if paginator.count else [],
    )


def ranking_words(understood):
    """The words read out of a question that still rank the services its other words find: the stage of life an
    age was read from ("toddlers"), and "carer support" for an older carer ("I'm 63 and still caring for my
    daughter"), whose own age says the services for carers may help."""
    if not understood:
        return []
    words = words_of(understood.stage)
    if understood.speaker_age is not None and understood.speaker_age >= OLDER_CARER_AGE:
        words += ["carer", "support"]
    return words


def question_read(*, params, index, active, facets, age_beyond=None):
    """The filters in force with the search's words as the parts read from them (the kind of help, the
    needs, the rest), each removable; them in a line when the question has more than one part; and, for
    a sentence in which nothing was recognised, the categories most of its results are in. An age typed
    past 25 (`age_beyond`), searched at 25, is said in the line as typed."""
    if not params.q:
        return active, "", []
    parts = question_parts(params=params, index=index, active=active, age_beyond=age_beyond)
    words = [part for part in parts if part.heading not in READ_FILTERS]
    entries = [(part.heading, part.label, part.query) for part in words]
    suggestions = []
    if not any(part.heading != "Search" or part.short for part in words) and len(words_of(params.q)) >= SENTENCE_WORDS:
        suggestions = sorted((option for option in facets["category"] if option.count), key=lambda o: -o.count)[:3]
    line = question_line(parts) if len(parts) > 1 else ""
    return entries + [entry for entry in active if entry[0] != "Search"], line, suggestions


def search_matching_ids(*, params, index=None):
    """Ids of every visible service a search finds with its filters, in no order: what an alert watches.

    A town read from the words (`near`), which only ranks on the page, is kept here: the alert watches the
    services there and the countywide ones that reach it, not every town. No query when `index` is given;
    the postcode only orders results, so it is not looked up.
    """
    index = index or search_index()
    params, _ = params_understood(params)
    if params.q:
        scores, _, _, _ = matches_find(index=index, params=params)
        found = matched(scores)
    else:
        found = index.live.copy()
    selection = selection_from(params, index.reference)
    for group in GROUPS:
        mask = group_mask(index, group, chosen_values(selection, group))
        if mask is not None:
            found &= mask
    if params.near and not params.town:
        found &= group_mask(index, "town", (*params.near, "area"))
    return {index.rows[position].id for position in np.flatnonzero(found)}


def search_described(*, params):
    """A search in words, for an alert: “autism”, Category: Health, Age: 8 years old."""
    index = search_index()
    params, _ = params_understood(params)
    parts = [f"{heading}: {label}" for heading, label, _ in active_filters(params=params, reference=index.reference)]
    return "; ".join(parts) or "all services"


def facets_build(*, params, reference, counts):
    """Each filter's choices with counts, in display order; sub-terms sit under their top-level term."""

    def tree(kind, group, chosen, expand_all):
        options = []
        for term in getattr(reference, kind).values():
            if term.parent_id is None:
                children = [
                    Option(child.slug, child.name, counts[group][child.id], child.slug in chosen)
                    for child in term.children
                ]
                selected = term.slug in chosen
                expanded = expand_all or selected or any(child.selected for child in children)
                options.append(Option(term.slug, term.name, counts[group][term.id], selected, children, expanded))
        return options

    return {
        "category": tree("categories", "category", params.category, expand_all=False),
        "need": tree("needs", "need", params.need, expand_all=True),
        "age": [Option(str(age), str(age), counts["age"][age], params.age == age) for age in range(26)],
        "cost": [Option(value, label, counts["cost"][value], value in params.cost) for value, label in COSTS.items()],
        "town": [Option(value, label, counts["town"][value], value in params.town) for value, label in TOWNS.items()],
        "delivery": [
            Option(value, label, counts["delivery"][value], value in params.delivery)
            for value, label in DELIVERY.items()
        ],
        "feature": [
            Option(term.slug, term.name, counts["feature"][term.id], term.slug in params.feature)
            for term in reference.features.values()
        ],
        "wait": [Option(value, label, counts["wait"][value], value in params.wait) for value, label in WAITS.items()],
        "referral": [
            Option("self", "Families can contact the service themselves", counts["referral"][True], params.referral)
        ],  # fmt: skip
    }


def active_filters(*, params, reference):
    """The filters in force as (what, label, query string without it), for "remove" links; a town read
    from the words (`near`) is listed with the towns chosen."""
    active = []
    names = {
        "category": {term.slug: term.name for term in reference.categories.values()},
        "need": {term.slug: term.name for term in reference.needs.values()},
        "feature": {term.slug: term.name for term in reference.features.values()},
        "cost": COSTS,
        "town": TOWNS,
        "delivery": DELIVERY,
        "wait": WAITS,
    }
    headings = {"category": "Category", "need": "Need", "feature": "Accessibility", "cost": "Cost", "town": "Where",
                "delivery": "How", "wait": "Wait"}  # fmt: skip
    if params.q:
        active.append(("Search", f"“{params.q}”", params.without("q")))
    for name in SearchParams.LIST_FIELDS:
        for value in getattr(params, name):
            if value in names[name]:
                active.append((headings[name], names[name][value], params.without(name, value)))
    for value in params.near:
        if value not in params.town:
            active.append(("Where", TOWNS[value], params.without("near", value)))
    if params.age is not None:
        active.append(("Age", age_label(params.age, params.age_to), params.without("age")))
    if params.referral:
        active.append(("Access", "No referral needed", params.without("referral")))
    if params.postcode:
        active.append(("Near", params.postcode, params.without("postcode")))
    return active
