"""Whether a family can reach a service: a listing is shown on the website only when they can.

A listing a family can see must give at least one way to reach the service (a phone number, an
email address, a website, a place or opening times), and one that says it is available "at the
places listed" must list a place. The provider form, the approval page, the admin's service page
and its Publish action all ask `reachability_problems`, so none of them can publish a listing
that leaves a family with no way in.
"""

from services.models import Service

NO_CONTACT = (
    "A family would have no way to reach this service. Give a phone number, an email address or a website, "
    "or a place or opening times, before it is shown on the website"
)
NO_PLACE = (
    "It says it is available at the places listed, but no place is listed. Add a place, "
    "or choose where else it is available"
)


def reachability_problems(*, status, coverage, phone="", email="", website="", places=0, opening_times=0):
    """What stops a family reaching the listing, as {field name: message}; empty when it may be shown.

    A listing that is not shown (a draft, an archived one) may be incomplete.
    """
    if status not in Service.VISIBLE_STATUSES:
        return {}
    problems = {}
    if not any(str(value or "").strip() for value in (phone, email, website)) and not places and not opening_times:
        problems["status"] = NO_CONTACT
    if coverage == Service.Coverage.LOCATIONS and not places:
        problems["coverage"] = NO_PLACE
    return problems


def snapshot_reachability_problems(snapshot):
    """The problems of a listing held as a snapshot (a provider's proposed change)."""
    own = snapshot.get("service", {})
    return reachability_problems(
        status=own.get("status"),
        coverage=own.get("coverage"),
        phone=own.get("phone"),
        email=own.get("email"),
        website=own.get("website"),
        places=len(snapshot.get("locations", [])),
        opening_times=len(snapshot.get("opening_times", [])),
    )


def service_reachability_problems(*, service, status=None):
    """The problems of a listing as it is stored, were it given `status` (its own when None)."""
    return reachability_problems(
        status=status or service.status,
        coverage=service.coverage,
        phone=service.phone,
        email=service.email,
        website=service.website,
        places=service.locations.count(),
        opening_times=service.opening_times.count(),
    )
