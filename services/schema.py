"""schema.org data about a service, for search engines and other sites (JSON-LD)."""

import json

from django.conf import settings
from django.utils.safestring import mark_safe

# As Django's json_script: nothing in the data can close the script element or open a comment.
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def service_json_ld(*, service):
    """The service as a schema.org Service, as JSON safe to put inside a <script> element."""
    url = settings.SITE_URL + service.get_absolute_url()
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "@id": url,
        "url": url,
        "name": service.name,
        "description": service.summary,
        "provider": {"@type": "Organization", "name": service.organisation.name},
        "audience": {
            "@type": "PeopleAudience",
            "suggestedMinAge": service.minimum_age,
            "suggestedMaxAge": service.maximum_age,
        },
        "areaServed": "Bournemouth, Christchurch and Poole",
        "isAccessibleForFree": service.cost == service.Cost.FREE,
        "category": [category.name for category in service.categories.all()],
    }
    if service.organisation.website:
        data["provider"]["url"] = service.organisation.website
    channel = {"@type": "ServiceChannel"}
    if service.phone:
        channel["servicePhone"] = {"@type": "ContactPoint", "telephone": service.phone}
    if service.website:
        channel["serviceUrl"] = service.website
    if len(channel) > 1:
        data["availableChannel"] = channel
    locations = [
        {
            "@type": "Place",
            "name": location.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": ", ".join(location.full_address[:-1]),
                "addressLocality": location.get_town_display(),
                "postalCode": location.postcode,
                "addressCountry": "GB",
            },
            **(
                {"geo": {"@type": "GeoCoordinates", "latitude": location.latitude, "longitude": location.longitude}}
                if location.latitude is not None
                else {}
            ),
        }
        for location in service.locations.all()
    ]
    if locations:
        data["location"] = locations
    hours = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{DAYS[time.weekday]}",
            "opens": time.opens.strftime("%H:%M"),
            "closes": time.closes.strftime("%H:%M"),
        }
        for time in service.opening_times.all()
    ]
    if hours:
        data["hoursAvailable"] = hours
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES))  # noqa: S308 (escaped above)
