"""Our models as Open Referral UK 3.0 records (plain dicts, ready for JSON).

Optional fields that are empty are left out, never sent as null. The functions read only what
`queries` prefetches, so a page of services costs the same few queries whatever its size.
"""

import datetime
import functools

from django.conf import settings

from services.models import Location, OpeningTime, Service
from services.oruk.standard import PROFILE_URL, TAXONOMY_FOR_MODEL, VERSION, derived_id_text

STATUS = {
    Service.Status.PUBLISHED: "active",
    Service.Status.TEMPORARILY_CLOSED: "temporarily closed",
    Service.Status.ARCHIVED: "inactive",
}
WEEKDAYS = {
    OpeningTime.Weekday.MONDAY: "MO",
    OpeningTime.Weekday.TUESDAY: "TU",
    OpeningTime.Weekday.WEDNESDAY: "WE",
    OpeningTime.Weekday.THURSDAY: "TH",
    OpeningTime.Weekday.FRIDAY: "FR",
    OpeningTime.Weekday.SATURDAY: "SA",
    OpeningTime.Weekday.SUNDAY: "SU",
}
BCP_AREA = "Bournemouth, Christchurch and Poole"


def compact(record):
    """The record without its empty optional fields (None, "" and []); 0 and False stay."""
    return {key: value for key, value in record.items() if value is not None and value not in ("", [])}


def site_url(path):
    """The public address of a page of this site."""
    return f"{settings.SITE_URL}{path}"


@functools.cache
def term_path(model, slug):
    """The browse page of a category or need; cached, as a page of services repeats the same few terms."""
    return model(slug=slug).get_absolute_url()


def timestamp(moment):
    """An ISO 8601 UTC timestamp with milliseconds, as the standard asks for."""
    return moment.astimezone(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def taxonomy_record(taxonomy, *, terms=None):
    """A taxonomy; with `terms` (an iterable of categories or needs), its terms nested too."""
    record = {
        "id": str(taxonomy.id),
        "name": taxonomy.name,
        "description": taxonomy.description,
        "uri": site_url("/open-data/"),
    }
    if terms is not None:
        record["taxonomy_terms"] = [taxonomy_term_record(term) for term in terms]
    return compact(record)


def taxonomy_term_record(term):
    """A category or need as a taxonomy term; its parent must be loaded (select_related)."""
    parent_id = term.parent.open_referral_id if term.parent_id else None
    return term_record(
        type(term),
        term.open_referral_id,
        name=term.name,
        description=term.description,
        parent_id=parent_id,
        slug=term.slug,
        site=settings.SITE_URL,
    )


@functools.lru_cache(maxsize=1024)
def term_record(model, open_referral_id, *, name, description, parent_id, slug, site):  # noqa: ARG001 (site: in the key)
    """The record of a term with these values: made once, as every record of a page repeats the same few terms
    (the same values give the same record, so an edited term simply gets a new one)."""
    taxonomy = TAXONOMY_FOR_MODEL[model]
    return compact(
        {
            "id": str(open_referral_id),
            "name": name,
            "description": description or name,
            "parent_id": str(parent_id) if parent_id else None,
            "taxonomy": taxonomy.name,
            "taxonomy_id": str(taxonomy.id),
            "term_uri": site_url(term_path(model, slug)),
            "term": name,
            "code": slug,
        }
    )


def organisation_record(organisation, *, services=None):
    """An organisation; with `services`, a short entry for each of its public services."""
    record = {
        "id": str(organisation.open_referral_id),
        "name": organisation.name,
        "description": organisation.description or organisation.name,
        "email": organisation.email,
        "website": organisation.website,
        "phones": [{"id": derived_id_text(str(organisation.open_referral_id), "phone"), "number": organisation.phone}]
        if organisation.phone
        else [],
    }
    if services is not None:
        record["services"] = [
            {"id": str(service.id), "name": service.name, "status": STATUS[service.status]} for service in services
        ]
    return compact(record)


def service_summary_record(service):
    """A service's one-to-one fields and its organisation: what the list of services shows."""
    return compact(
        {
            "id": str(service.id),
            "organization_id": str(service.organisation.open_referral_id),
            "name": service.name,
            "summary": service.summary,
            "description": service.description,
            "url": service.website or site_url(service.get_absolute_url()),
            "email": service.email,
            "status": STATUS[service.status],
            "fees": service.fees,
            "minimum_age": service.minimum_age,
            "maximum_age": service.maximum_age,
            "assured_date": service.last_reviewed.isoformat(),
            "alert": service.status_note if service.is_temporarily_closed else "",
            "last_modified": timestamp(service.updated),
            "eligibility_description": service.eligibility,
            "application_process": f"{service.get_access_display()}. {service.referral_details}".strip(),
            "organization": organisation_record(service.organisation),
        }
    )


def service_record(service):
    """The fully nested service: places, times, contacts, costs and the categories and needs it has."""
    return compact(
        {
            **service_summary_record(service),
            "schedules": schedules(service),
            "service_areas": service_areas(service),
            "service_at_locations": [service_at_location_record(location) for location in service.locations.all()],
            "cost_options": cost_options(service),
            "contacts": contacts(service),
            "attributes": attributes(service),
            WAITS_FIELD: waits(service),
        }
    )


def schedules(service):
    """The service's weekly opening times, one schedule for each day's session."""
    attending = ", ".join(str(mode) for mode in service.delivery_modes)
    service_id = str(service.id)
    return [
        compact(
            {
                "id": derived_id_text(service_id, f"schedule:{time.weekday}:{time.opens}:{time.closes}"),
                "service_id": service_id,
                "freq": "WEEKLY",
                "interval": 1,
                "byday": WEEKDAYS[time.weekday],
                "opens_at": time.opens.strftime("%H:%M"),
                "closes_at": time.closes.strftime("%H:%M"),
                "description": f"{OpeningTime.Weekday(time.weekday).label} {time.opens:%H:%M} to {time.closes:%H:%M}"
                + (f": {time.note}" if time.note else ""),
                "attending_type": attending,
                "notes": service.opening_notes,
            }
        )
        for time in service.opening_times.all()
    ]


def service_areas(service):
    """Where a service that has no places of its own is available: the whole area, or anywhere online."""
    if service.coverage == Service.Coverage.LOCATIONS:
        return []
    name = BCP_AREA if service.coverage == Service.Coverage.AREA_WIDE else "Anywhere: online or by phone"
    service_id = str(service.id)
    return [{"id": derived_id_text(service_id, "service_area"), "service_id": service_id, "name": name}]


def cost_options(service):
    """What the service costs: free, paid or partly free, with the fees text."""
    service_id = str(service.id)
    return [
        compact(
            {
                "id": derived_id_text(service_id, "cost_option"),
                "service_id": service_id,
                "option": service.get_cost_display(),
                "amount": 0 if service.cost == Service.Cost.FREE else None,
                "amount_description": service.fees,
            }
        )
    ]


def contacts(service):
    """The named contact and phone number, as one contact with its phone."""
    if not (service.contact_name or service.phone):
        return []
    service_id = str(service.id)
    contact_id = derived_id_text(service_id, "contact")
    phones = [{"id": derived_id_text(service_id, "phone"), "contact_id": contact_id, "number": service.phone}]
    return [
        compact(
            {
                "id": contact_id,
                "service_id": service_id,
                "name": service.contact_name,
                "phones": phones if service.phone else [],
            }
        )
    ]


WAITS_FIELD = "x_waits"  # an extension: Open Referral UK 3.0 has no field for waiting times


def waits(service):
    """The service's stated waits (an extension field, described in our OpenAPI file)."""
    return [
        compact(
            {
                "label": wait.label,
                "typical_wait": wait.text,
                "amount": wait.amount,
                "unit": wait.unit,
                "typical_wait_days": wait.days,
                "updated": wait.updated_on.isoformat(),
                "updated_by": wait.updated_by,
                "note": wait.note,
            }
        )
        for wait in service.waits.all()
    ]


def attributes(service):
    """A service's categories and needs, each an attribute carrying its taxonomy term."""
    service_id = str(service.id)
    attributes = []
    for term in [*service.categories.all(), *service.needs.all()]:
        term_id = str(term.open_referral_id)
        attributes.append(
            {
                "id": derived_id_text(service_id, f"attribute:{term_id}"),
                "link_id": service_id,
                "link_type": TAXONOMY_FOR_MODEL[type(term)].link_type,
                "link_entity": "service",
                "taxonomy_term_id": term_id,
                "taxonomy_term": taxonomy_term_record(term),
            }
        )
    return attributes


def county_for(location):
    """The county a location is in, for the address's required state_province."""
    outward = location.postcode.split(" ")[0]
    if location.town != Location.Town.ELSEWHERE:
        return "Dorset"
    if outward.startswith("SO") or outward in {"BH24", "BH25"}:
        return "Hampshire"
    if outward.startswith("SP") or outward.startswith("BA"):
        return "Wiltshire"
    return "Dorset"


def location_record(location):
    """A place with its address and accessibility features."""
    lines = [line.strip() for line in location.address.splitlines() if line.strip()]
    if location.town != Location.Town.ELSEWHERE:
        city = location.get_town_display()
    else:  # outside BCP, the town is the address's last line when there is more than one
        city = lines.pop() if len(lines) > 1 else county_for(location)
    location_id = str(location.open_referral_id)
    address = {
        "id": derived_id_text(location_id, "address"),
        "location_id": location_id,
        "address_1": ", ".join(lines) or location.name,
        "city": city,
        "state_province": county_for(location),
        "postal_code": location.postcode,
        "country": "GB",
        "address_type": "physical",
    }
    accessibility = [
        compact(
            {
                "id": derived_id_text(location_id, f"accessibility:{feature.pk}"),
                "location_id": location_id,
                "description": feature.name,
                "accessibility": feature.name,
            }
        )
        for feature in location.accessibility.all()
    ]
    if location.accessibility_notes:
        accessibility.append(
            {
                "id": derived_id_text(location_id, "accessibility:notes"),
                "location_id": location_id,
                "description": location.accessibility_notes,
                "details": location.accessibility_notes,
            }
        )
    return compact(
        {
            "id": location_id,
            "location_type": "physical",
            "name": location.name,
            "latitude": location.latitude,
            "longitude": location.longitude,
            "addresses": [address],
            "accessibility": accessibility,
        }
    )


def service_at_location_record(location, *, with_service=False):
    """A location of a service; with `with_service`, the service's one-to-one fields nested too."""
    record = {
        "id": str(location.open_referral_service_at_location_id),
        "service_id": str(location.service_id),
        "location_id": str(location.open_referral_id),
        "location": location_record(location),
    }
    if with_service:
        record["service"] = service_summary_record(location.service)
    return record


def api_details(*, openapi_url):
    """What the API's root answers: the version the official validator checks, and where we are described."""
    return {"version": VERSION, "profile": PROFILE_URL, "openapi_url": openapi_url}
