"""A service's description kept as sanitised HTML beside its markdown, so its page need not convert it.

Saving a service converts its description (Service.keep_description_html); HTML kept from other text or
by an older conversion is never shown (the page converts afresh), and `descriptions_convert` brings every
listing's kept HTML up to date, for listings saved before it was kept or after the conversion changed.
"""

from services.models import Service


def descriptions_convert(*, batch_size=500):
    """Keep the HTML of every description whose kept HTML is missing or out of date; returns how many. Safe to run
    at any time, and twice."""
    converted = 0
    batch = []
    for service in Service.objects.only("pk", "description", "description_html_fingerprint").iterator(batch_size):
        fingerprint = service.description_html_fingerprint
        service.keep_description_html()
        if service.description_html_fingerprint != fingerprint:
            batch.append(service)
        if len(batch) >= batch_size:
            converted += descriptions_saved(batch)
            batch = []
    return converted + descriptions_saved(batch)


def descriptions_saved(services):
    Service.objects.bulk_update(services, ["description_html", "description_html_fingerprint"])
    return len(services)
