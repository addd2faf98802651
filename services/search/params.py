"""What a family asked for, read from the query string. Anything malformed is dropped or explained, never raised."""

import re
from dataclasses import dataclass, field
from urllib.parse import quote_plus

from services.models import Location, Service
from services.models.service import MAX_AGE
from services.search.vocabulary import MAX_QUERY_LENGTH

MAX_VALUES = 40
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
PLACES = dict(Location.Town.choices[:3])  # the towns a search can rank first ("near")
TOWNS = {**PLACES, "area": "Countywide", "online": "Online or by phone only"}
DELIVERY = {"in_person": "In person", "online": "Online", "by_phone": "By phone", "home_visits": "Home visits"}
COSTS = dict(Service.Cost.choices)
SORTS = {
    "relevance": "Relevance",
    "distance": "Distance",
    "name": "Name (A to Z)",
    "updated": "Recently updated",
    "wait": "Shortest wait",
}
WAITS = {"none": "No waiting list", "4-weeks": "Seen within 4 weeks"}
AGE_ERROR = f"Enter the child's age in years, as a number from 0 to {MAX_AGE}"


def pairs_of(fields, *, page=False):
    """A search's fields (`SearchParams`'s, by name) as (name, value) pairs for a query string, in a canonical
    order; the page only with `page`."""
    pairs = [("q", fields["q"])] if fields["q"] else []
    for name in SearchParams.LIST_FIELDS:
        pairs += [(name, value) for value in fields[name]]
    pairs += [("near", value) for value in fields["near"]]
    if fields["age"] is not None:
        pairs.append(("age", str(fields["age"])))
        if fields["age_to"] is not None:
            pairs.append(("age_to", str(fields["age_to"])))
    if fields["referral"]:
        pairs.append(("referral", "self"))
    if fields["postcode"]:
        pairs.append(("postcode", fields["postcode"]))
    if fields["sort"]:
        pairs.append(("sort", fields["sort"]))
    if fields["exact"]:
        pairs.append(("spelling", "exact"))
    if page and fields["page"] > 1:
        pairs.append(("page", str(fields["page"])))
    return pairs


UNQUOTED = re.compile(r"[A-Za-z0-9_.~-]*")  # what `quote_plus` leaves as it is: slugs, towns, ages


def quoted(value):
    """A value quoted for a query string as `urlencode` quotes it (spaces as "+"); a slug as it is, unquoted."""
    return value if UNQUOTED.fullmatch(value) else quote_plus(value)


def clean_text(value, limit):
    """Text with control characters (NUL included) removed and spaces tidied, at most `limit` characters."""
    return " ".join(CONTROL_CHARS.sub(" ", str(value or "")).split())[:limit]


@dataclass(frozen=True)
class SearchParams:
    """One search: keyword, filters, postcode, sort and page. Lists hold slugs or values, in a stable order."""

    q: str = ""
    category: tuple = ()
    need: tuple = ()
    age: int | None = None
    cost: tuple = ()
    town: tuple = ()
    delivery: tuple = ()
    feature: tuple = ()
    wait: tuple = ()
    referral: bool = False
    postcode: str = ""
    sort: str = ""
    page: int = 1
    exact: bool = False  # search for the words as typed, without correcting their spelling
    age_to: int | None = None  # with `age`, an age range ("teenagers" are 13 to 19)
    near: tuple = ()  # towns read from the words: services there rank first, the rest still show
    errors: dict = field(default_factory=dict, compare=False, hash=False)

    LIST_FIELDS = ("category", "need", "cost", "town", "delivery", "feature", "wait")

    def query_pairs(self, *, page=False):
        """The search as (name, value) pairs for a query string, in a canonical order."""
        return pairs_of(self.__dict__, page=page)

    def query_string(self, **changes):
        """The query string for this search with `changes` applied (page always back to 1). A results page has a
        dozen of these (each filter's remove link, the quick filters), so the changed search is not made as a
        `SearchParams`, only its pairs, and a slug is not quoted (`quoted`)."""
        unknown = set(changes) - set(self.__dataclass_fields__)
        if unknown:
            raise TypeError(f"not a search field: {', '.join(sorted(unknown))}")
        pairs = pairs_of({**self.__dict__, "page": 1, "exact": False, **changes})
        return "&".join(f"{name}={quoted(value)}" for name, value in pairs)

    def without(self, name, value=None):
        """The query string with one filter value (or the whole filter) removed."""
        current = getattr(self, name)
        if name == "age":
            return self.query_string(age=None, age_to=None)
        if isinstance(current, tuple):
            return self.query_string(**{name: tuple(v for v in current if v != value)})
        return self.query_string(**{name: type(self).__dataclass_fields__[name].default})

    @property
    def ages(self):
        """The ages chosen, as a tuple: one, a range, or none."""
        if self.age is None:
            return ()
        return tuple(range(self.age, max(self.age, self.age_to or self.age) + 1))

    @property
    def has_filters(self):
        return any(getattr(self, name) for name in self.LIST_FIELDS) or self.age is not None or self.referral


def values(data, name, allowed=None):
    """The distinct values given for a list parameter, in order, keeping only allowed ones when given."""
    seen = []
    for raw in data.getlist(name)[:MAX_VALUES]:
        value = clean_text(raw, 100)
        if value and value not in seen and (allowed is None or value in allowed):
            seen.append(value)
    return tuple(seen)


def search_params_parse(*, data):
    """Read a search from a QueryDict; never raises. Problems a person should know about go in `errors`."""
    errors = {}
    age = None
    raw_age = clean_text(data.get("age"), 20)
    if raw_age:
        try:
            age = int(raw_age)
        except ValueError:
            age = None
        if age is None or not 0 <= age <= MAX_AGE:
            age = None
            errors["age"] = AGE_ERROR
    try:
        page = max(1, min(int(clean_text(data.get("page"), 10) or 1), 100_000))
    except ValueError:
        page = 1
    sort = clean_text(data.get("sort"), 20)
    age_to = None
    raw_age_to = clean_text(data.get("age_to"), 20)
    if age is not None and raw_age_to.isdigit() and age < int(raw_age_to) <= MAX_AGE:
        age_to = int(raw_age_to)  # a range comes from the words read ("teenagers"); anything odd is dropped
    return SearchParams(
        q=clean_text(data.get("q"), MAX_QUERY_LENGTH),
        category=values(data, "category"),
        need=values(data, "need"),
        age=age,
        cost=values(data, "cost", COSTS),
        town=values(data, "town", TOWNS),
        delivery=values(data, "delivery", DELIVERY),
        feature=values(data, "feature"),
        wait=values(data, "wait", WAITS),
        referral=clean_text(data.get("referral"), 20) == "self",
        postcode=clean_text(data.get("postcode"), 20).upper(),
        sort=sort if sort in SORTS else "",
        page=page,
        exact=clean_text(data.get("spelling"), 20) == "exact",
        age_to=age_to,
        near=values(data, "near", PLACES),
        errors=errors,
    )
