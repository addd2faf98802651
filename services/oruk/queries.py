"""Reading an API request's parameters and finding the records it asks for.

Bad parameters raise ParameterError, which the views answer with a 400 and a JSON message.
Drafts never leave this module: every service query starts from `services_public()`.
"""

import datetime
import math
import uuid
from dataclasses import dataclass

from django.db.models import Exists, F, Func, IntegerField, OuterRef, Prefetch, Q, Subquery, TextField
from django.db.models.functions import ASin, Cast, Cos, Least, Power, Radians, Sin, Sqrt
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from localoffer.core.generation_kept import GenerationKept
from services import postcodes
from services.models import Category, Location, Need, Organisation, Service
from services.oruk.standard import TAXONOMIES
from services.search import keyword_queryset

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100
MAX_AGE = 150
MAX_TEXT_LENGTH = 200
MAX_PROXIMITY_METRES = 1_000_000
EARTH_RADIUS_METRES = 6_371_000
TRUE_WORDS = {"true", "1", "yes"}
FALSE_WORDS = {"false", "0", "no"}
PAGE_PARAMETERS = ("page", "per_page")
LISTS_KEPT_SECONDS = 300  # a list's filters may include a postcode: not kept for as long as a version may last
LISTS_KEPT_IDS = 150_000  # the ids of the lists this server keeps for the directory's version (`lists_kept`), at most


class ParameterError(ValueError):
    """A query parameter we cannot use; `parameter` names it and the message says what would work."""

    def __init__(self, parameter, message):
        super().__init__(message)
        self.parameter = parameter


def text_parameter(params, name):
    """The parameter's text, trimmed; "" when absent."""
    value = params.get(name, "")
    if "\x00" in value:
        raise ParameterError(name, f"{name} must not contain NUL characters.")
    if len(value) > MAX_TEXT_LENGTH:
        raise ParameterError(name, f"{name} must be at most {MAX_TEXT_LENGTH} characters.")
    return value.strip()


def integer_parameter(params, name, *, minimum, maximum=None, default=None):
    """A whole number from minimum to maximum, or the default when the parameter is absent or empty."""
    value = text_parameter(params, name)
    if not value:
        return default
    if not value.isascii() or not value.lstrip("+-").isdigit() or len(value) > 20:
        raise ParameterError(name, f"{name} must be a whole number, like {minimum}.")
    number = int(value)
    if number < minimum:
        raise ParameterError(name, f"{name} must be {minimum} or more.")
    if maximum is not None and number > maximum:
        raise ParameterError(name, f"{name} must be {maximum} or less.")
    return number


def boolean_parameter(params, name, *, default):
    """true/false (also 1/0, yes/no), or the default when absent."""
    value = text_parameter(params, name).lower()
    if not value:
        return default
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ParameterError(name, f"{name} must be true or false.")


def uuid_parameter(params, name):
    """A UUID, or None when absent."""
    value = text_parameter(params, name)
    if not value:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        raise ParameterError(name, f"{name} must be a UUID, like 3fa85f64-5717-4562-b3fc-2c963f66afa6.") from None


def datetime_parameter(params, name):
    """A date or date-time (ISO 8601); a date means its start, and a time without a zone is UK time."""
    value = text_parameter(params, name).replace(" ", "+")  # an unencoded "+01:00" arrives as " 01:00"
    if not value:
        return None
    message = f"{name} must be an ISO 8601 date or date-time, like 2025-01-31 or 2025-01-31T09:00:00Z."
    try:
        moment = parse_datetime(value)
        if moment is None and (day := parse_date(value)):
            moment = datetime.datetime.combine(day, datetime.time.min)
    except (ValueError, OverflowError):
        raise ParameterError(name, message) from None
    if moment is None:
        raise ParameterError(name, message)
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def format_check(params):
    """Only JSON is served; asking for anything else is a mistake worth telling."""
    value = text_parameter(params, "format").lower()
    if value not in ("", "json"):
        raise ParameterError("format", "format must be json (the only format served).")


@dataclass
class Page:
    """One page of results and where it sits among them."""

    items: list
    total_items: int
    page_number: int
    per_page: int

    @property
    def total_pages(self):
        return max(1, math.ceil(self.total_items / self.per_page))

    def envelope(self, contents):
        """The standard's paging fields around `contents` (the page's items, as records)."""
        return {
            "total_items": self.total_items,
            "total_pages": self.total_pages,
            "page_number": self.page_number,
            "size": len(contents),
            "first_page": self.page_number == 1,
            "last_page": self.page_number >= self.total_pages,
            "empty": not contents,
            "contents": contents,
        }


def page_asked(params):
    """The page number (from 1) and the page size (up to MAX_PER_PAGE) the request asks for."""
    format_check(params)
    page_number = integer_parameter(params, "page", minimum=1, default=1)
    per_page = min(integer_parameter(params, "per_page", minimum=1, default=DEFAULT_PER_PAGE), MAX_PER_PAGE)
    return page_number, per_page


def page_read(params, *, rows):
    """The page the request asks for (`page` from 1, `per_page` up to MAX_PER_PAGE) of a queryset or list."""
    page_number, per_page = page_asked(params)
    total = len(rows) if isinstance(rows, list) else rows.count()
    start = (page_number - 1) * per_page
    items = list(rows[start : start + per_page]) if start < total else []
    return Page(items=items, total_items=total, page_number=page_number, per_page=per_page)


MAX_OFFSET = 2**62


class RowCount(Func):
    template = "COUNT(*)"
    output_field = IntegerField()


def ids_page_read(params, *, rows):
    """The page of ids the request asks for of `rows` (an ordered queryset), with how many there are, in one
    query (and a second only for a page past the last)."""
    page_number, per_page = page_asked(params)
    start = (page_number - 1) * per_page
    total = Subquery(rows.order_by().values(total=RowCount()))
    found = []
    if start < MAX_OFFSET:  # further on than any table could reach, and than PostgreSQL's offsets go
        found = list(rows.annotate(total_items=total).values_list("pk", "total_items")[start : start + per_page])
    total = found[0][1] if found else rows.count()
    return Page(items=[pk for pk, _ in found], total_items=total, page_number=page_number, per_page=per_page)


# Each list of services asked for (the filters of a request, in order) as the ids of its members, read once per
# version of the directory on this server: every page of it is then a slice, rather than a count and an offset over
# the directory for each page. The directory's version moves on with every change that could alter a list (a
# listing added, renamed, published or withdrawn). At most `LISTS_KEPT_IDS` ids in all, the oldest list let go first.
lists_kept = GenerationKept(limit=LISTS_KEPT_IDS, size=len, seconds=LISTS_KEPT_SECONDS)


def list_ids(params, *, version, rows):
    """The ids (as text) of `rows` (the request's filters' services, ordered) at the directory's `version`."""
    key = tuple(sorted((name, tuple(values)) for name, values in params.lists() if name not in PAGE_PARAMETERS))
    ids = lists_kept.get(version, key)
    if ids is None:
        ids = list(rows.values_list(Cast("pk", output_field=TextField()), flat=True))
        lists_kept.put(version, key, ids)
    return ids


def ids_page_listed(params, *, rows, version):
    """The page of ids the request asks for of `rows` (an ordered queryset), from the whole list's ids kept for the
    directory's `version` (`lists_kept`): one query for the first page of a list asked for at that version, none
    for the rest."""
    page_number, per_page = page_asked(params)
    ids = list_ids(params, version=version, rows=rows)
    start = (page_number - 1) * per_page
    items = [uuid.UUID(pk) for pk in ids[start : start + per_page]]
    return Page(items=items, total_items=len(ids), page_number=page_number, per_page=per_page)


def services_public():
    """Every service the API may show: published, temporarily closed and archived; never drafts."""
    return Service.objects.exclude(status=Service.Status.DRAFT)


def services_nested(queryset):
    """`queryset` with everything a fully nested service record reads, in a fixed number of queries."""
    terms = {model: model.objects.select_related("parent") for model in (Category, Need)}
    return queryset.select_related("organisation").prefetch_related(
        "opening_times",
        "waits",
        Prefetch("locations", queryset=Location.objects.prefetch_related("accessibility")),
        Prefetch("categories", queryset=terms[Category]),
        Prefetch("needs", queryset=terms[Need]),
    )


def term_find(term_id):
    """The category or need with this Open Referral id, or None."""
    for taxonomy in TAXONOMIES:
        term = taxonomy.model.objects.filter(open_referral_id=term_id).first()
        if term:
            return term
    return None


def services_with_term(queryset, term):
    """Services tagged with `term` or, for a top-level term, with any term under it."""
    links, field = (Service.categories, "category") if isinstance(term, Category) else (Service.needs, "need")
    tagged = links.through.objects.filter(Q(**{field: term}) | Q(**{f"{field}__parent": term}))
    return queryset.filter(pk__in=tagged.values("service_id"))


def services_near(queryset, *, place, metres):
    """Services with a location within `metres` of `place` (great-circle distance)."""
    lat, lng = math.radians(place.latitude), math.radians(place.longitude)
    latitude, longitude = Radians(F("latitude")), Radians(F("longitude"))
    half_angle = Power(Sin((latitude - lat) / 2), 2) + math.cos(lat) * Cos(latitude) * Power(
        Sin((longitude - lng) / 2), 2
    )
    distance = 2 * EARTH_RADIUS_METRES * ASin(Least(Sqrt(half_angle), 1.0))
    degrees = metres / 111_000
    nearby = (
        Location.objects.filter(
            service=OuterRef("pk"),
            latitude__range=(place.latitude - degrees, place.latitude + degrees),
            longitude__range=(place.longitude - degrees * 2, place.longitude + degrees * 2),
        )
        .annotate(distance=distance)
        .filter(distance__lte=metres)
    )
    return queryset.filter(Exists(nearby))


def services_filter(params):
    """The public services that match every filter in the request (they combine with AND), by name."""
    services = services_public()
    if search := text_parameter(params, "search"):
        services = keyword_queryset(query=search, queryset=services)
    if term_id := uuid_parameter(params, "taxonomy_term_id"):
        term = term_find(term_id)
        services = services_with_term(services, term) if term else services.none()
    if taxonomy_id := uuid_parameter(params, "taxonomy_id"):
        taxonomy = next((taxonomy for taxonomy in TAXONOMIES if taxonomy.id == taxonomy_id), None)
        links = {Category: Service.categories, Need: Service.needs}[taxonomy.model] if taxonomy else None
        services = services.filter(pk__in=links.through.objects.values("service_id")) if links else services.none()
    if organisation_id := uuid_parameter(params, "organization_id"):
        services = services.filter(organisation__open_referral_id=organisation_id)
    if modified_after := datetime_parameter(params, "modified_after"):
        services = services.filter(updated__gte=modified_after)
    minimum_age = integer_parameter(params, "minimum_age", minimum=0, maximum=MAX_AGE)
    maximum_age = integer_parameter(params, "maximum_age", minimum=0, maximum=MAX_AGE)
    if minimum_age is not None and maximum_age is not None and minimum_age > maximum_age:
        raise ParameterError("minimum_age", "minimum_age must not be more than maximum_age.")
    if minimum_age is not None:
        services = services.filter(maximum_age__gte=minimum_age)
    if maximum_age is not None:
        services = services.filter(minimum_age__lte=maximum_age)
    services = postcode_filter(params, services)
    return services.order_by("name", "id")


def postcode_filter(params, services):
    """Services near `postcode` within `proximity` metres; the two come together or not at all."""
    postcode = text_parameter(params, "postcode")
    proximity = text_parameter(params, "proximity")
    if not postcode and not proximity:
        return services
    if not postcode:
        raise ParameterError("postcode", "postcode is needed with proximity.")
    if not proximity:
        raise ParameterError("proximity", "proximity (in metres) is needed with postcode.")
    try:
        metres = float(proximity)
    except ValueError:
        raise ParameterError("proximity", "proximity must be a number of metres, like 5000.") from None
    if not (0 < metres <= MAX_PROXIMITY_METRES):  # also false for NaN
        raise ParameterError("proximity", f"proximity must be more than 0 and at most {MAX_PROXIMITY_METRES} metres.")
    try:
        place = postcodes.postcode_locate(text=postcode)
    except postcodes.PostcodeError as error:
        raise ParameterError("postcode", str(error)) from None
    return services_near(services, place=place, metres=metres)


def organisations_public():
    """Organisations that run at least one service the API shows."""
    return Organisation.objects.filter(Exists(services_public().filter(organisation=OuterRef("pk")))).order_by(
        "name", "pk"
    )


def organisations_filter(params):
    """Public organisations, narrowed by `search` over their name and description."""
    organisations = organisations_public()
    if search := text_parameter(params, "search"):
        organisations = organisations.filter(Q(name__icontains=search) | Q(description__icontains=search))
    return organisations


def locations_filter(params):
    """Service-at-locations of the services that match the request's service filters."""
    services = services_filter(params)
    return (
        Location.objects.filter(service__in=services.values("pk"))
        .select_related("service__organisation")
        .prefetch_related("accessibility")
        .order_by("service__name", "service_id", "name", "pk")
    )


def terms_all():
    """Every category then every need, each tree in its browse order (parents before their children)."""
    terms = []
    for taxonomy in TAXONOMIES:
        rows = list(taxonomy.model.objects.select_related("parent"))
        tops = [row for row in rows if not row.parent_id]
        for top in tops:
            terms.append(top)
            terms += [row for row in rows if row.parent_id == top.pk]
    return terms


def terms_filter(params):
    """Taxonomy terms, narrowed by `taxonomy_id`, `parent_id`, `top_only` and `search` (all combine)."""
    terms = terms_all()
    if taxonomy_id := uuid_parameter(params, "taxonomy_id"):
        models = [taxonomy.model for taxonomy in TAXONOMIES if taxonomy.id == taxonomy_id]
        terms = [term for term in terms if type(term) in models]
    if parent_id := uuid_parameter(params, "parent_id"):
        terms = [term for term in terms if term.parent_id and term.parent.open_referral_id == parent_id]
    if boolean_parameter(params, "top_only", default=False):
        terms = [term for term in terms if not term.parent_id]
    if search := text_parameter(params, "search").lower():
        terms = [term for term in terms if search in term.name.lower() or search in term.description.lower()]
    return terms
