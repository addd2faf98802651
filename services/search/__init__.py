"""Search and browse the SEND service directory.

Public functions:
- `search_params_parse(*, data)`: read a search from a query string, never raising.
- `directory_search(*, params, per_page=20)`: one page of results with counts for every filter.
- `keyword_search(*, query, queryset=None)`: services matching a keyword, best first (for site-wide search).
- `query_expand(*, query, vocabulary=None)`: a query as groups of alternatives from the SEND vocabulary.
- `spelling_suggestion(*, query, lexicon)`: "Did you mean ...?" for a misspelt query.
"""

from dataclasses import dataclass, field

from django.contrib.postgres.expressions import ArraySubquery
from django.core.paginator import Paginator
from django.db.models import CharField, F, Func, IntegerField, OuterRef, Value

from services import postcodes
from services.models import AccessibilityFeature, Category, Location, Need, SearchTerm, Service
from services.search.facets import Row, Selection, facet_filter
from services.search.keywords import (
    keyword_filter,
    lexicon_words,
    spelling_suggestion,
    terms_matching,
    uses_postgresql,
)
from services.search.params import COSTS, DELIVERY, SORTS, TOWNS, SearchParams, search_params_parse
from services.search.vocabulary import query_expand, term_phrases, vocabulary_load

__all__ = [
    "SearchParams",
    "SearchResults",
    "directory_search",
    "keyword_search",
    "query_expand",
    "search_params_parse",
    "spelling_suggestion",
    "vocabulary_load",
]

PER_PAGE = 20
MODES = ("in_person", "online", "by_phone", "home_visits")
KINDS = {1: "categories", 2: "needs", 3: "features", 4: "vocabulary"}


@dataclass
class Term:
    """A category, need or accessibility feature as the search page shows it."""

    id: int
    slug: str
    name: str
    parent_id: int | None
    order: int
    children: list = field(default_factory=list)


@dataclass
class Reference:
    """The vocabularies a search needs, read in one query."""

    categories: dict
    needs: dict
    features: dict
    vocabulary: list

    def by_slug(self, kind):
        return {term.slug: term for term in getattr(self, kind).values()}

    @property
    def lexicon(self):
        names = [term.name for kind in ("categories", "needs") for term in getattr(self, kind).values()]
        return lexicon_words(names + [phrase for entry in self.vocabulary for phrase in entry])


def reference_load():
    """Categories, needs, features and the search vocabulary, in one database query."""

    def part(model, kind, *, slug="slug", name="name", parent=None, order="order"):
        return model.objects.annotate(
            k=Value(kind, output_field=IntegerField()),
            i=F("id"),
            s=F(slug),
            n=F(name),
            p=F(parent) if parent else Value(None, output_field=IntegerField()),
            o=F(order) if order else Value(0, output_field=IntegerField()),
        ).values_list("k", "i", "s", "n", "p", "o")

    rows = (
        part(Category, 1, parent="parent_id")
        .order_by()
        .union(
            part(Need, 2, parent="parent_id").order_by(),
            part(AccessibilityFeature, 3).order_by(),
            part(SearchTerm, 4, slug="term", name="also_known_as", order=None).order_by(),
            all=True,
        )
    )
    reference = Reference(categories={}, needs={}, features={}, vocabulary=[])
    for kind, pk, slug, name, parent_id, order in rows:
        if kind == 4:
            reference.vocabulary.append(term_phrases(slug, name))
        else:
            getattr(reference, KINDS[kind])[pk] = Term(pk, slug, name, parent_id, order)
    for kind in ("categories", "needs", "features"):
        terms = getattr(reference, kind)
        ordered = sorted(terms.values(), key=lambda term: (term.order, term.name))
        setattr(reference, kind, {term.id: term for term in ordered})
        for term in ordered:
            if term.parent_id in terms:
                terms[term.parent_id].children.append(term)
    return reference


def visible_services():
    """Services the public may see: published, or temporarily closed (shown with a notice)."""
    return Service.objects.filter(status__in=Service.VISIBLE_STATUSES)


def keyword_search(*, query, queryset=None, reference=None):
    """Visible services matching `query` (SEND vocabulary, category and need names included), best first.

    Returns a queryset annotated with `rank`; every visible service when the query is blank.
    """
    reference = reference or reference_load()
    queryset = visible_services() if queryset is None else queryset
    return keyword_queryset(query=query, queryset=queryset, reference=reference).order_by("-rank", "name")


def keyword_queryset(*, query, queryset, reference):
    """`queryset` narrowed to services matching the query, annotated with `rank`."""
    groups = query_expand(query=query, vocabulary=reference.vocabulary)
    term_ids = [
        (terms_matching(group, reference.categories), terms_matching(group, reference.needs)) for group in groups
    ]
    return keyword_filter(queryset, groups=groups, term_ids=term_ids)


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
    suggestion: str | None
    place: object
    sort: str
    sorts: list


def selection_from(params, reference):
    """The chosen filters as ids; unknown slugs are ignored."""

    def ids(kind, slugs):
        known = reference.by_slug(kind)
        return frozenset(known[slug].id for slug in slugs if slug in known)

    return Selection(
        category=ids("categories", params.category),
        need=ids("needs", params.need),
        age=params.age,
        cost=frozenset(params.cost),
        town=frozenset(params.town),
        delivery=frozenset(params.delivery),
        feature=ids("features", params.feature),
        referral=params.referral,
    )


def rows_load(*, queryset, reference, place):
    """One Row per matched service, with categories, needs, towns, features and distance.

    On PostgreSQL one query brings each service's memberships as arrays; elsewhere three queries do.
    """
    rows = rows_with_arrays(queryset) if uses_postgresql() else rows_with_links(queryset)
    for row in rows.values():
        row.categories |= {reference.categories[i].parent_id for i in row.categories if i in reference.categories}
        row.categories.discard(None)
        row.needs |= {reference.needs[i].parent_id for i in row.needs if i in reference.needs}
        row.needs.discard(None)
        if place:
            distances = [
                postcodes.distance_miles(place.latitude, place.longitude, latitude, longitude)
                for latitude, longitude in row.points
                if latitude is not None and longitude is not None
            ]
            row.distance = min(distances) if distances else None
    return list(rows.values())


ROW_FIELDS = ["id", "minimum_age", "maximum_age", "cost", "access", "coverage", *MODES, "rank", "name", "updated"]


def row_from(record):
    return Row(
        id=record["id"],
        minimum_age=record["minimum_age"],
        maximum_age=record["maximum_age"],
        cost=record["cost"],
        self_referral=record["access"] != Service.Access.PROFESSIONAL_REFERRAL,
        coverage=record["coverage"],
        modes=frozenset(mode for mode in MODES if record[mode]),
        rank=record["rank"] or 0.0,
        name=record["name"],
        updated=record["updated"],
        towns={record["coverage"]} if record["coverage"] != Service.Coverage.LOCATIONS else set(),
    )


def rows_with_arrays(queryset):
    """PostgreSQL: the services and their memberships in one query, as arrays per service."""

    def array(model, column, service="service_id"):
        return ArraySubquery(model.objects.filter(**{service: OuterRef("pk")}).order_by().values(column))

    place = Func(F("town"), F("latitude"), F("longitude"), template="concat_ws('|', %(expressions)s)")
    queryset = queryset.annotate(
        category_ids=array(Service.categories.through, "category_id"),
        need_ids=array(Service.needs.through, "need_id"),
        feature_ids=array(Location.accessibility.through, "accessibilityfeature_id", "location__service_id"),
        places=ArraySubquery(
            Location.objects.filter(service_id=OuterRef("pk"))
            .order_by()
            .annotate(place=Func(place, function="", output_field=CharField()))
            .values("place")
        ),
    )
    extra = ["category_ids", "need_ids", "feature_ids", "places"]
    rows = {}
    for values in queryset.order_by().values_list(*ROW_FIELDS, *extra):
        record = dict(zip(ROW_FIELDS + extra, values, strict=True))
        row = row_from(record)
        row.categories = set(record["category_ids"])
        row.needs = set(record["need_ids"])
        row.features = set(record["feature_ids"])
        for text in record["places"]:
            town, latitude, longitude = [*text.split("|"), "", ""][:3]
            row.towns.add(town)
            if latitude and longitude:
                row.points.append((float(latitude), float(longitude)))
        rows[row.id] = row
    return rows


def rows_with_links(queryset):
    """Any database: the services, then their memberships and locations, in three queries."""
    rows = {}
    for values in queryset.order_by().values_list(*ROW_FIELDS):
        row = row_from(dict(zip(ROW_FIELDS, values, strict=True)))
        rows[row.id] = row
    if not rows:
        return rows
    matched = queryset.order_by().values("pk")

    def links(through, kind, service, term):
        return (
            through.objects.filter(**{f"{service}__in": matched})
            .annotate(k=Value(kind, output_field=IntegerField()), s=F(f"{service}_id"), t=F(term))
            .values_list("k", "s", "t")
        )

    union = links(Service.categories.through, 1, "service", "category_id").union(
        links(Service.needs.through, 2, "service", "need_id"),
        links(Location.accessibility.through, 3, "location__service", "accessibilityfeature_id"),
        all=True,
    )
    for kind, service_id, term_id in union:
        if row := rows.get(service_id):
            (row.categories, row.needs, row.features)[kind - 1].add(term_id)
    for service_id, town, latitude, longitude in Location.objects.filter(service__in=matched).values_list(
        "service_id", "town", "latitude", "longitude"
    ):
        if row := rows.get(service_id):
            row.towns.add(town)
            row.points.append((latitude, longitude))
    return rows


def sorted_rows(rows, sort):
    """Rows in the chosen order; by distance, services without one (countywide, online) come last."""
    if sort == "relevance":
        return sorted(rows, key=lambda row: (-row.rank, row.name))
    if sort == "distance":
        return sorted(rows, key=lambda row: (row.distance is None, row.distance or 0, row.name))
    if sort == "updated":
        return sorted(rows, key=lambda row: row.updated, reverse=True)
    return sorted(rows, key=lambda row: row.name)


def directory_search(*, params, per_page=PER_PAGE):
    """One page of visible services for a search, with filter counts, active filters and a spelling suggestion.

    Uses at most seven queries whatever the number of results.
    """
    errors = dict(params.errors)
    reference = reference_load()
    place = None
    if params.postcode:
        try:
            place = postcodes.postcode_locate(text=params.postcode)
        except postcodes.PostcodeError as error:
            errors["postcode"] = str(error)
    queryset = keyword_queryset(query=params.q, queryset=visible_services(), reference=reference)
    rows = rows_load(queryset=queryset, reference=reference, place=place)
    matches, counts = facet_filter(rows=rows, selection=selection_from(params, reference))

    sorts = [key for key in SORTS if (key != "relevance" or params.q) and (key != "distance" or place)]
    default = "distance" if place else "relevance" if params.q else "name"
    sort = params.sort if params.sort in sorts else default
    paginator = Paginator(sorted_rows(matches, sort), per_page)
    page = paginator.get_page(params.page)
    services = []
    if page.object_list:
        by_id = {row.id: row for row in page.object_list}
        loaded = Service.objects.filter(pk__in=by_id).select_related("organisation").only(
            "id", "name", "slug", "summary", "status", "minimum_age", "maximum_age", "cost", "coverage",
            "access", "organisation__name", "last_reviewed", *MODES,
        )  # fmt: skip
        by_pk = {service.pk: service for service in loaded}
        for row in page.object_list:
            service = by_pk[row.id]
            service.distance = row.distance
            service.towns = [TOWNS[town] for town in TOWNS if town in row.towns and town not in ("area", "online")]
            services.append(service)
    suggestion = None
    if params.q and not rows:
        suggestion = spelling_suggestion(query=params.q, lexicon=reference.lexicon)
    return SearchResults(
        params=params,
        errors=errors,
        total=paginator.count,
        page=page,
        services=services,
        facets=facets_build(params=params, reference=reference, counts=counts),
        active=active_filters(params=params, reference=reference),
        suggestion=suggestion,
        place=place,
        sort=sort,
        # The default order is sent as "", so that adding a postcode later switches to distance.
        sorts=[("" if key == default else key, SORTS[key], key == sort) for key in sorts],
    )


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
        "referral": [
            Option("self", "Families can contact the service themselves", counts["referral"][True], params.referral)
        ],  # fmt: skip
    }


def active_filters(*, params, reference):
    """The filters in force as (what, label, query string without it), for "remove" links."""
    active = []
    names = {
        "category": {term.slug: term.name for term in reference.categories.values()},
        "need": {term.slug: term.name for term in reference.needs.values()},
        "feature": {term.slug: term.name for term in reference.features.values()},
        "cost": COSTS,
        "town": TOWNS,
        "delivery": DELIVERY,
    }
    headings = {"category": "Category", "need": "Need", "feature": "Accessibility", "cost": "Cost", "town": "Where",
                "delivery": "How"}  # fmt: skip
    if params.q:
        active.append(("Search", f"“{params.q}”", params.without("q")))
    for name in SearchParams.LIST_FIELDS:
        for value in getattr(params, name):
            if value in names[name]:
                active.append((headings[name], names[name][value], params.without(name, value)))
    if params.age is not None:
        active.append(("Age", f"{params.age} years old", params.without("age")))
    if params.referral:
        active.append(("Access", "No referral needed", params.without("referral")))
    if params.postcode:
        active.append(("Near", params.postcode, params.without("postcode")))
    return active
