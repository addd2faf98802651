"""The shortlist: services a family wants to remember, kept in their session (no account needed)."""

from services.models import Service

SESSION_KEY = "shortlist"
MAX_SERVICES = 50


def shortlist_ids(*, session):
    """The shortlisted service ids, oldest first, as strings."""
    return list(session.get(SESSION_KEY, []))


def shortlist_add(*, session, service):
    """Add a service (once); the oldest falls off beyond MAX_SERVICES. Returns the new list."""
    ids = [pk for pk in shortlist_ids(session=session) if pk != str(service.pk)]
    ids = [*ids, str(service.pk)][-MAX_SERVICES:]
    session[SESSION_KEY] = ids
    return ids


def shortlist_remove(*, session, service_id):
    """Remove a service if it is there. Returns the new list."""
    ids = [pk for pk in shortlist_ids(session=session) if pk != str(service_id)]
    session[SESSION_KEY] = ids
    return ids


def shortlist_services(*, session):
    """The shortlisted services the public can still see, in the order they were added, with their details."""
    ids = shortlist_ids(session=session)
    if not ids:
        return []
    services = (
        Service.objects.visible()
        .filter(pk__in=ids)
        .select_related("organisation")
        .prefetch_related("locations", "opening_times")
    )
    by_id = {str(service.pk): service for service in services}
    return [by_id[pk] for pk in ids if pk in by_id]
